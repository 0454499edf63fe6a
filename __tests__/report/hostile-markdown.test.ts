// Everything a statement says is untrusted: a name, URI, version, licence or parameter that
// carries backticks, pipes, newlines, HTML, an HTML comment, a javascript: link or an
// @mention renders inert wherever it appears, in the PR comment and in both job summaries.
import type { VerifyOutcome } from '../../src/verify/model-signature.js';
import { code, escapeText, link } from '../../src/present/markdown.js';
import { renderAttestSummary } from '../../src/report/summary.js';
import { renderVerifySummary } from '../../src/report/verify-summary.js';
import { diffProvenance } from '../../src/review/diff.js';
import { renderReview, reviewMarker } from '../../src/review/markdown.js';
import { buildTrainingRecord, type BuildInput } from '../../src/statement/build.js';
import { readProvenance } from '../../src/statement/read.js';
import { baseStatement, headInput, identity, pypi } from '../fixtures/review/pair.js';
import { expectInert, withoutCodeSpans } from '../helpers/markdown.js';

const EVIL =
  'x|y``z`\n## injected <script>alert(1)</script> <!-- hidden --> @acme/admins [click](javascript:alert(1)) ![i](https://evil.example/p.png)';

/** The head run with the hostile text in every field a reader sees. */
function hostileInput(): BuildInput {
  const input = headInput();
  const dir = input.subjects[2]!;
  input.subjects = [
    { name: EVIL, digest: { sha256: 'ab'.repeat(32) } },
    { ...dir, name: `${EVIL}/dir` },
  ];
  input.datasets = [
    {
      name: EVIL,
      kind: 'reference',
      uri: `https://e.example/${EVIL}`,
      digest: {},
      unpinned: true,
      license: EVIL,
    },
  ];
  input.parameters = { parameters: { [EVIL]: EVIL }, source: { name: EVIL, digest: {} } };
  input.environment.python!.packages.push(pypi('torch', EVIL), { ...pypi('x', '1'), name: EVIL });
  input.environment.python!.version = EVIL;
  input.environment.accelerator = { cuda: EVIL, cudaSource: EVIL, gpus: [EVIL], notes: [EVIL] };
  input.environment.runner = { ...input.environment.runner, name: EVIL, imageOs: EVIL };
  input.identity = {
    ...identity(),
    ref: EVIL,
    workflowPath: EVIL,
    jobWorkflowRef: EVIL,
    runId: EVIL,
  };
  return input;
}

const statement = () => JSON.parse(JSON.stringify(buildTrainingRecord(hostileInput())));

test('the PR comment: hostile text in every section stays inert', () => {
  const head = readProvenance(statement());
  const md = renderReview({
    head,
    diff: diffProvenance(readProvenance(baseStatement()), head),
    verdict: {
      status: 'failed',
      verified: false,
      signatureChecked: true,
      violations: [EVIL],
      rules: [{ rule: EVIL, status: 'failed', ok: false, reason: EVIL }],
      notes: [EVIL],
    },
    marker: reviewMarker(EVIL),
    base: { ref: EVIL, path: undefined, note: EVIL },
  });
  // the hostile text reached the changes, the violations and the folded record
  expect(md.split('#### Changes since base')[1]).toContain('injected');
  expect(md.split(/#### 1 violation\n/)[1]).toContain('injected');
  expect(md.split('Full record')[1]).toContain('injected');
  expectInert(md.split('\n').slice(1).join('\n'));
  expect(md.split('\n')[0]).toMatch(/^<!-- [^>]*-->$/);
});

test('the PR comment without a base, unverified: the notes and the base note stay inert too', () => {
  const head = readProvenance(statement());
  const md = renderReview({
    head,
    diff: diffProvenance(undefined, head),
    verdict: {
      status: 'unverified',
      verified: false,
      signatureChecked: false,
      violations: [],
      rules: [],
      notes: [EVIL],
    },
    marker: reviewMarker(),
    base: { ref: EVIL, note: EVIL },
    runUrl: `https://github.com/acme/vision/actions/runs/1?x=${EVIL}`,
  });
  expect(md.split('#### Changes since base')[0]).toContain('injected');
  expect(md.split('#### Changes since base')[1]).toContain('injected');
  expectInert(md);
});

test('the attest job summary: hostile text in every section stays inert', () => {
  const md = renderAttestSummary({
    statement: statement(),
    statementPath: EVIL,
    signing: {
      signer: EVIL,
      instance: EVIL,
      logIndex: EVIL,
      logUrl: 'javascript:alert(1)',
      bundlePath: EVIL,
    },
  });
  expect(md.split('Full record')[1]).toContain('injected');
  expectInert(md);
});

test('the verify job summary: hostile text in every section stays inert', () => {
  const report: VerifyOutcome = {
    verified: false,
    violations: [{ kind: 'policy', rule: EVIL, message: EVIL }],
    signer: { san: EVIL, issuer: EVIL, sourceRepositoryUri: EVIL, sourceRepositoryRef: EVIL },
    trustedRoot: { name: EVIL, source: EVIL },
    logIndex: EVIL,
    timestamps: [],
    identity: [{ check: EVIL, ok: false, expected: EVIL, actual: EVIL }],
    subjects: [{ name: EVIL, ok: false, reason: EVIL }],
    rules: [{ rule: EVIL, status: 'failed', ok: false, reason: EVIL }],
    warnings: [EVIL],
    attempts: [],
    checkedAt: '2026-12-01T00:00:00Z',
    modelSignatures: [],
  } as unknown as VerifyOutcome;
  const md = renderVerifySummary(report);
  expect(md.split('Full record')[1]).toContain('injected');
  expectInert(md);
});

describe('the shared primitives', () => {
  test('a code span outlasts any backtick run in its text (CommonMark)', () => {
    for (const text of ['a`b', 'a``b', '```', '`lead', 'trail`', 'a````b`'])
      expect(withoutCodeSpans(`x ${code(text)} y`)).toBe('x   y');
    expect(code('a``b')).toBe('``` a``b ```');
  });

  test('escaped text: HTML, comments, links, mentions and cell boundaries inert', () => {
    expect(escapeText('<!-- c --> @team [a](javascript:x) | b\nc')).toBe(
      '&lt;!-- c --> @\u200bteam \\[a\\](javascript:x) \\| b c',
    );
  });

  test('links: only http(s) targets, the label as given', () => {
    expect(link('x', 'javascript:alert(1)')).toBe('x');
    expect(link('x', 'data:text/html,hi')).toBe('x');
    expect(link('x', 'https://a.example/p (1)')).toBe('[x](https://a.example/p%20%281%29)');
  });
});
