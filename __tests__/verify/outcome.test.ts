// The verify report is built once, from the provenance's stages and the model signatures' stage:
// the provenance's report is not changed, the verdict is derived from the violations, and nothing
// can add a violation or flip the verdict afterwards.
import type { ModelSignatureCheck } from '../../src/verify/model-signature.js';
import { verifyOutcome } from '../../src/verify/model-signatures.js';
import type { Violation, VerifyReport } from '../../src/verify/types.js';
import { renderReportText, renderText } from '../../src/verify/report.js';

const unbound: Violation = {
  kind: 'subject',
  rule: 'names: model',
  message: 'model/: its file names are not bound',
};
const provenance = (violations: Violation[]): VerifyReport => ({
  verified: violations.length === 0,
  violations,
  timestamps: [],
  identity: [],
  subjects: [],
  rules: [],
  warnings: [],
  attempts: [],
  checkedAt: '2026-01-01T00:00:00.000Z',
});
const check = (verified: boolean, bound: boolean, violations: Violation[] = []) =>
  ({
    signature: '/w/model/model.sig',
    modelDir: '/w/model',
    result: { verified, violations },
    binding: { bound, statement: bound ? 'same root' : 'the provenance signed another root' },
  }) as unknown as ModelSignatureCheck;
const model = [
  { kind: 'directory' as const, path: '/w/model', relPath: 'model', pattern: 'model' },
];

test('a verified model.sig binding the names: verified, the provenance report untouched', () => {
  const report = provenance([unbound]);
  const out = verifyOutcome(report, [check(true, true)], model);
  expect(out.verified).toBe(true);
  expect(out.violations).toEqual([]);
  expect(report.violations).toEqual([unbound]);
  expect(report.verified).toBe(false);
});

test("the model signature's violations and an unbound root join the provenance's", () => {
  const bad: Violation = { kind: 'signature', rule: 'public-key', message: 'no' };
  const out = verifyOutcome(provenance([]), [check(false, true, [bad])], model);
  expect(out.verified).toBe(false);
  expect(out.violations.map((v) => v.rule)).toEqual(['model-signature public-key']);
  const other = verifyOutcome(provenance([unbound]), [check(true, false)], model);
  expect(other.violations.map((v) => v.rule)).toEqual(['names: model', 'model-signature binding']);
});

test('the report is sealed once built: no violation added, no verdict flipped', () => {
  const out = verifyOutcome(provenance([]), [], model);
  expect(() => out.violations.push(unbound)).toThrow(TypeError);
  expect(() => {
    (out as { verified: boolean }).verified = false;
  }).toThrow(TypeError);
  expect(out.verified).toBe(true);
});

test('the one text rendering: the report, then each model signature checked and its binding', () => {
  const bad: Violation = { kind: 'signature', rule: 'signature', message: 'signed by another key' };
  const out = verifyOutcome(provenance([]), [check(false, false, [bad])], model);
  const text = renderText(out);
  expect(text.startsWith(renderReportText(out))).toBe(true);
  expect(text).toContain('Model signatures (OpenSSF model signing):');
  expect(text).toContain('✗ /w/model/model.sig (no signer)');
  expect(text).toContain('the provenance signed another root');
  expect(text).toContain('    ✗ signed by another key');
  expect(out.verified).toBe(false);
  const none = verifyOutcome(provenance([]), [], model);
  expect(renderText(none)).toBe(renderReportText(none));
  expect(renderText(none)).toMatch(/^VERIFIED/);
});
