// The verify step's job summary: the verdict first, then every violation, then the checks
// themselves folded, so a blocked release says why at a glance.
import type { ModelSignatureCheck, VerifyOutcome } from '../verify/model-signature.js';
import {
  CLOSE_DETAILS,
  code as codeCell,
  escapeText as escapeCell,
  openDetails,
  ruleMark,
} from '../present/markdown.js';
import { lineageMarkdown, unverifiedNodes } from '../lineage/render.js';
import type { LineageNode } from '../lineage/types.js';

const mark = (ok: boolean) => (ok ? '✅' : '❌');

/**
 * The outcome, and the lineage when the chain walker produced one (`lineage`, src/lineage/chain.ts):
 * drawn after the violations, before the folded record.
 */
export function renderVerifySummary(r: VerifyOutcome & { lineage?: LineageNode }): string {
  const out: string[] = [];
  const n = r.violations.length;
  out.push(
    r.verified
      ? '## ✅ Training provenance verified'
      : `## ❌ Training provenance not verified: ${n} violation${n === 1 ? '' : 's'}`,
    '',
  );
  if (n > 0) {
    for (const v of r.violations) out.push(`- **${escapeCell(v.rule)}**: ${escapeCell(v.message)}`);
    out.push('');
  }
  out.push(...warningsSection(r.warnings));
  if (r.lineage) out.push(...lineageSection(r.lineage));
  // The full record: a reader who wants it unfolds it; the verdict and violations stay on top.
  out.push(openDetails('Full record: signer, identity, model, policy'));
  out.push(...signerTable(r));
  if (r.identity.length > 0) {
    out.push(
      '### Identity checks',
      '',
      '| Check | Result | Expected | Actual |',
      '| --- | --- | --- | --- |',
    );
    for (const c of r.identity) {
      out.push(
        `| ${escapeCell(c.check)} | ${mark(c.ok)} | ${codeCell(c.expected)} | ${c.actual ? codeCell(c.actual) : ''} |`,
      );
    }
    out.push('');
  }
  if (r.subjects.length > 0) {
    out.push('### Model', '', '| Path | Result | Detail |', '| --- | --- | --- |');
    for (const c of r.subjects)
      out.push(`| ${codeCell(c.name)} | ${mark(c.ok)} | ${escapeCell(c.reason)} |`);
    if (r.coverage)
      out.push('', `${r.coverage.checked} of ${r.coverage.signed} signed subjects checked`);
    out.push('');
  }
  if (r.rules.length > 0) {
    out.push('### Policy', '', '| Rule | Result | Reason |', '| --- | --- | --- |');
    for (const rule of r.rules)
      out.push(
        `| ${escapeCell(rule.rule)} | ${ruleMark(rule.status)} | ${escapeCell(rule.reason)} |`,
      );
    out.push('');
  }
  out.push(...modelSignaturesMarkdown(r.modelSignatures));
  out.push(CLOSE_DETAILS);
  return `${out.join('\n')}\n`;
}

function warningsSection(warnings: readonly string[]): string[] {
  if (warnings.length === 0) return [];
  return [
    '### ⚠️ Known advisories',
    '',
    'No policy was given; a policy makes these violations.',
    '',
    ...warnings.map((w) => `- ${escapeCell(w)}`),
    '',
  ];
}

function lineageSection(root: LineageNode): string[] {
  const bad = unverifiedNodes(root).length;
  return [
    '### Lineage',
    '',
    bad === 0
      ? 'Every model in the chain has verified evidence.'
      : `${bad} model${bad === 1 ? '' : 's'} in the chain could not be verified (dashed, marked ⚠).`,
    '',
    lineageMarkdown(root, 'verified'),
    '',
  ];
}

/** Who signed, and against what: the certificate's identity, the trusted root, the time. */
function signerTable(r: VerifyOutcome): string[] {
  const s = r.signer;
  if (!s) return [];
  const out: string[] = [];
  out.push('### Signer', '', '| Item | Value |', '| --- | --- |');
  out.push(`| Identity | ${codeCell(s.san ?? '(none)')} |`);
  out.push(`| Issuer | ${codeCell(s.issuer ?? '(none)')} |`);
  if (s.sourceRepositoryUri) out.push(`| Repository | ${codeCell(s.sourceRepositoryUri)} |`);
  if (s.sourceRepositoryRef) out.push(`| Ref | ${codeCell(s.sourceRepositoryRef)} |`);
  if (s.sourceRepositoryDigest) out.push(`| Commit | ${codeCell(s.sourceRepositoryDigest)} |`);
  if (s.runnerEnvironment) out.push(`| Runner | ${codeCell(s.runnerEnvironment)} |`);
  if (r.trustedRoot)
    out.push(`| Trusted root | ${escapeCell(`${r.trustedRoot.name} (${r.trustedRoot.source})`)} |`);
  if (r.logIndex) out.push(`| Log index | ${codeCell(r.logIndex)} |`);
  if (r.signedAt)
    out.push(`| Signed at | ${escapeCell(`${r.signedAt.time} (${r.signedAt.source})`)} |`);
  out.push('');
  return out;
}

function modelSignaturesMarkdown(checks: readonly ModelSignatureCheck[]): string[] {
  if (checks.length === 0) return [];
  const out = [
    '### Model signatures (OpenSSF model signing)',
    '',
    '| Signature | Result | Signer | Binding |',
    '| --- | --- | --- | --- |',
  ];
  for (const c of checks) {
    out.push(
      `| ${codeCell(c.signature)} | ${mark(c.result.verified)} | ${codeCell(c.result.signer?.san ?? (c.result.publicKey ? `public key ${c.result.publicKey}` : '(none)'))} | ${escapeCell(c.binding?.statement ?? '')} |`,
    );
  }
  out.push('');
  return out;
}
