// The verify report for people (text) and for machines (JSON).
import type { ModelSignatureCheck, VerifyOutcome } from './model-signature.js';
import type { LineageNode, VerifyReport } from './types.js';

/** The JSON report, stable key order as built, two-space indented, newline-terminated. */
export function renderReportJson(report: VerifyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The outcome for a terminal or a log: the report, then the model signatures checked. */
export function renderText(outcome: VerifyOutcome): string {
  return renderReportText(outcome) + renderModelSignaturesText(outcome.modelSignatures);
}

/** A plain-text report: verdict, signer, every violation, then the checks that passed. */
export function renderReportText(report: VerifyReport): string {
  const n = report.violations.length;
  const verdict = report.verified
    ? `VERIFIED: ${report.bundle ?? 'bundle'}`
    : `NOT VERIFIED: ${n} violation${n === 1 ? '' : 's'}${report.bundle ? ` (${report.bundle})` : ''}`;
  const sections = [
    signerLines(report),
    section('Violations:', report.violations.flatMap(violationLines)),
    section(
      'Warnings (known advisories; a policy makes them violations):',
      report.warnings.map((w) => `  ! ${w}`),
    ),
    section('Model:', [
      ...report.subjects.map((c) =>
        `  ${mark(c.ok)} ${c.name}${c.kind === 'directory' ? '/' : ''} ${c.actual ?? ''}`.trimEnd(),
      ),
      ...coverageLine(report),
    ]),
    section(
      'Identity checks passed:',
      report.identity.filter((c) => c.ok).map((c) => `  ✓ ${c.check}: ${c.expected}`),
    ),
    section(
      'Policy rules passed:',
      report.rules.filter((r) => r.status === 'passed').map((r) => `  ✓ ${r.rule}: ${r.reason}`),
    ),
    // Never with ✓: what was not evaluated is not shown to hold.
    section(
      'Policy rules not evaluated:',
      report.rules
        .filter((r) => r.status === 'not-evaluated')
        .map((r) => `  - ${r.rule}: ${r.reason}`),
    ),
    ...lineageLines(report),
    statementLines(report),
    report.attempts.length > 1
      ? section(
          'Bundles tried:',
          report.attempts.map(
            (a) =>
              `  ${mark(a.verified)} ${a.source}${a.verified ? '' : `: ${a.firstViolation ?? `stopped at ${a.stage}`}`}`,
          ),
        )
      : [],
  ];
  return `${[verdict, ...sections.flat()].join('\n')}\n`;
}

/** Every base whose evidence did not verify, with why: listed whatever the policy says. */
export function unverifiedBases(node: LineageNode): string[] {
  return node.bases.flatMap((b) => [
    ...(b.evidence.some((e) => e.verified)
      ? []
      : [`${b.path.join(' → ')}: ${b.problems.join('; ') || 'no evidence verified'}`]),
    ...unverifiedBases(b),
  ]);
}

/** The base models up the chain, each by its path; then those whose evidence did not verify. */
function lineageLines({ lineage }: VerifyReport): string[][] {
  if (!lineage) return [];
  const walk = (n: LineageNode): string[] =>
    n.bases.flatMap((b) => {
      const ok = b.evidence.some((e) => e.verified);
      const signer = b.signer ? `, signed by ${b.signer}` : '';
      const line = `  ${ok ? '✓' : '✗'} ${b.path.join(' → ')} ${b.digest ?? '(no digest)'}${signer}`;
      return [line, ...walk(b)];
    });
  const tree = walk(lineage);
  return [
    section('Lineage (base models):', tree.length ? tree : ['  no base models recorded']),
    // Never with ✓: a base not verified is listed whatever the policy lets stand.
    section(
      'Base models not verified:',
      unverifiedBases(lineage).map((u) => `  - ${u}`),
    ),
  ];
}

/** How many of the signed subjects the model patterns cover were found and checked. */
function coverageLine({ coverage: c }: VerifyReport): string[] {
  if (!c) return [];
  return [`  ${c.checked} of ${c.signed} signed subject${c.signed === 1 ? '' : 's'} checked`];
}

/** A titled block after a blank line, or nothing when it has no lines. */
const section = (title: string, lines: string[]): string[] =>
  lines.length > 0 ? ['', title, ...lines] : [];

function signerLines(report: VerifyReport): string[] {
  const out: string[] = [];
  const s = report.signer;
  if (report.signedWithKey)
    out.push('', `Signer: ${report.signedWithKey}; no CI certificate, so no CI identity`);
  if (s) {
    out.push('', 'Signer (from the certificate):');
    out.push(`  identity (SAN):   ${s.san ?? '(none)'}`);
    out.push(`  issuer:           ${s.issuer ?? '(none)'}`);
    if (s.sourceRepositoryUri) out.push(`  repository:       ${s.sourceRepositoryUri}`);
    if (s.sourceRepositoryRef) out.push(`  ref:              ${s.sourceRepositoryRef}`);
    if (s.sourceRepositoryDigest) out.push(`  commit:           ${s.sourceRepositoryDigest}`);
    if (s.runnerEnvironment) out.push(`  runner:           ${s.runnerEnvironment}`);
    if (s.runInvocationUri) out.push(`  run:              ${s.runInvocationUri}`);
    out.push(`  certificate CA:   ${s.certificateIssuer}`);
  }
  if (report.trustedRoot)
    out.push(`  trusted root:     ${report.trustedRoot.name} (${report.trustedRoot.source})`);
  if (report.logIndex)
    out.push(
      `  log index:        ${report.logIndex}${report.integratedTime ? ` at ${report.integratedTime}` : ''}`,
    );
  for (const t of report.timestamps) out.push(`  timestamp (TSA):  ${t}`);
  if (report.signedAt)
    out.push(`  signed at:        ${report.signedAt.time} (${report.signedAt.source})`);
  return out;
}

function violationLines(v: VerifyReport['violations'][number]): string[] {
  const out = [`  ✗ [${v.kind}] ${v.rule}: ${v.message}`];
  if (v.expected !== undefined || v.actual !== undefined) {
    out.push(`      expected: ${v.expected ?? '(n/a)'}`);
    out.push(`      actual:   ${v.actual ?? '(absent)'}`);
  }
  if (v.fix) out.push(`      fix: ${v.fix}`);
  return out;
}

function statementLines(report: VerifyReport): string[] {
  const st = report.statement;
  if (!st) return [];
  const out = ['', 'Statement:', `  predicate:  ${st.predicateType}`];
  if (st.buildType) out.push(`  buildType:  ${st.buildType}`);
  out.push(`  subjects:   ${st.subjects}`);
  if (st.datasets !== undefined) out.push(`  datasets:   ${st.datasets}`);
  if (st.packages !== undefined) out.push(`  packages:   ${st.packages}`);
  if (st.finishedOn) out.push(`  finished:   ${st.finishedOn}`);
  return out;
}

/** The OMS model signatures checked beside the provenance, for a terminal or a log. */
function renderModelSignaturesText(checks: readonly ModelSignatureCheck[]): string {
  if (checks.length === 0) return '';
  const lines = ['', 'Model signatures (OpenSSF model signing):'];
  for (const c of checks) {
    lines.push(
      `  ${c.result.verified ? '✓' : '✗'} ${c.signature} (${c.result.signer?.san ?? (c.result.publicKey ? `public key ${c.result.publicKey}` : 'no signer')})`,
    );
    const { root, signedRoot } = c.result;
    // They differ when the files are listed in the specification's order (or hashed with
    // blake2b): the signed root, and the directory's as `model_signing digest` prints it.
    if (signedRoot && root && signedRoot !== root && c.result.verified)
      lines.push(`    root sha256:${signedRoot} as signed; directory digest sha256:${root}`);
    else if (root) lines.push(`    root sha256:${root}`);
    if (c.binding) lines.push(`    ${c.binding.statement}`);
    for (const v of c.result.violations) lines.push(`    ✗ ${v.message}`);
  }
  return `${lines.join('\n')}\n`;
}
