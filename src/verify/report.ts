// The verify report for people (text) and for machines (JSON).
import type { VerifyReport } from './types.js';

/** The JSON report, stable key order as built, two-space indented, newline-terminated. */
export function renderReportJson(report: VerifyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** A plain-text report: verdict, signer, every violation, then the checks that passed. */
export function renderReportText(report: VerifyReport): string {
  const out: string[] = [];
  const n = report.violations.length;
  out.push(
    report.verified
      ? `VERIFIED: ${report.bundle ?? 'bundle'}`
      : `NOT VERIFIED: ${n} violation${n === 1 ? '' : 's'}${report.bundle ? ` (${report.bundle})` : ''}`,
  );
  const s = report.signer;
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

  if (n > 0) {
    out.push('', 'Violations:');
    for (const v of report.violations) {
      out.push(`  ✗ [${v.kind}] ${v.rule}: ${v.message}`);
      if (v.expected !== undefined || v.actual !== undefined) {
        out.push(`      expected: ${v.expected ?? '(n/a)'}`);
        out.push(`      actual:   ${v.actual ?? '(absent)'}`);
      }
      if (v.fix) out.push(`      fix: ${v.fix}`);
    }
  }

  if (report.warnings.length > 0) {
    out.push('', 'Warnings (known advisories; a policy makes them violations):');
    for (const w of report.warnings) out.push(`  ! ${w}`);
  }

  if (report.subjects.length > 0) {
    out.push('', 'Model:');
    for (const c of report.subjects)
      out.push(
        `  ${mark(c.ok)} ${c.name}${c.kind === 'directory' ? '/' : ''} ${c.actual ?? ''}`.trimEnd(),
      );
  }
  const passedIdentity = report.identity.filter((c) => c.ok);
  if (passedIdentity.length > 0) {
    out.push('', 'Identity checks passed:');
    for (const c of passedIdentity) out.push(`  ✓ ${c.check}: ${c.expected}`);
  }
  const passedRules = report.rules.filter((r) => r.ok);
  if (passedRules.length > 0) {
    out.push('', 'Policy rules passed:');
    for (const r of passedRules) out.push(`  ✓ ${r.rule}: ${r.reason}`);
  }
  if (report.statement) {
    const st = report.statement;
    out.push('', 'Statement:');
    out.push(`  predicate:  ${st.predicateType}`);
    if (st.buildType) out.push(`  buildType:  ${st.buildType}`);
    out.push(`  subjects:   ${st.subjects}`);
    if (st.datasets !== undefined) out.push(`  datasets:   ${st.datasets}`);
    if (st.packages !== undefined) out.push(`  packages:   ${st.packages}`);
    if (st.finishedOn) out.push(`  finished:   ${st.finishedOn}`);
  }
  if (report.attempts.length > 1) {
    out.push('', 'Bundles tried:');
    for (const a of report.attempts) {
      out.push(
        `  ${mark(a.verified)} ${a.source}${a.verified ? '' : `: ${a.firstViolation ?? `stopped at ${a.stage}`}`}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
