import { buildTrainingRecord } from '../../src/statement/build.js';
import { renderAttestSummary } from '../../src/report/summary.js';
import { escapeText } from '../../src/present/markdown.js';
import { renderVerifySummary } from '../../src/report/verify-summary.js';
import type { VerifyOutcome } from '../../src/verify/model-signature.js';
import type { RuleResult } from '../../src/policy/evaluate.js';
import { exampleInput } from '../fixtures/statement-example.js';

/** The cells of the table row whose first cell contains `first`, split on unescaped pipes. */
function row(md: string, first: string): string[] | undefined {
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    if (cells[0] === first) return cells;
  }
  return undefined;
}

describe('renderAttestSummary', () => {
  const input = exampleInput();
  const statement = buildTrainingRecord(input);
  const md = renderAttestSummary({
    statement,
    statementPath: '/tmp/out/provenance.intoto.json',
    bundlePath: '/tmp/out/provenance.sigstore.json',
    logIndex: '153879472',
    attestation: {
      attestationId: '1',
      attestationUrl: 'https://github.com/acme/vision/attestations/1',
    },
    endpoints: { instance: 'public-good', rekorUrl: 'https://rekor.sigstore.dev' },
  });

  test('a heading and one section per topic', () => {
    expect(md.startsWith('## ✅ Training provenance signed\n')).toBe(true);
    for (const h of [
      '### Model',
      '### Datasets',
      '### Frameworks and environment',
      '### Identity',
      '### Signature',
    ]) {
      expect(md).toContain(`\n${h}\n`);
    }
  });

  test('subjects: name, short digest, size', () => {
    const dir = row(md, '`out/model`');
    expect(dir).toBeDefined();
    expect(dir![2]).toBe(`\`sha256:${input.subjects[3]!.digest.sha256.slice(0, 12)}…\``);
    expect(dir![3]).toBe('329.7 MiB, 3 files'); // 345711902 bytes / 2^20 = 329.69
    expect(row(md, '`out/model/model.safetensors`')?.[1]).toBe('file');
  });

  test('datasets: pinned and unpinned', () => {
    const train = row(md, 'train');
    expect(train?.[1]).toBe('reference');
    expect(train?.[3]).toBe('`gitCommit:8d2f61c0a4b9…`');
    expect(train?.[6]).toBe('cc-by-4.0');
    const raw = row(md, 'raw');
    expect(raw?.[3]).toBe('⚠ unpinned');
    expect(raw?.[2]).toBe('`s3://acme-raw/scenes/2026-10/`');
    const val = row(md, 'data/val');
    expect(val?.[4]).toBe('12');
    expect(val?.[5]).toBe('4.0 KiB');
    expect(md).toContain('⚠ 1 dataset is unpinned');
  });

  test('notable frameworks and the CUDA build', () => {
    expect(row(md, 'torch')?.[1]).toBe('`2.3.1+cu121`');
    expect(row(md, 'transformers')?.[1]).toBe('`4.41.2`');
    expect(md).toContain('Python 3.11.7, 4 installed distributions recorded.');
    expect(md).toContain('\n- CUDA build 12.1 (from torch 2.3.1+cu121)\n');
    expect(md).toContain('\n- GPU: NVIDIA A100-SXM4-80GB\n');
    expect(md).toContain('\n- NVIDIA driver 535.183.01\n');
  });

  test('identity rows with links', () => {
    expect(row(md, 'Repository')?.[1]).toBe('[acme/vision](https://github.com/acme/vision)');
    expect(row(md, 'Job workflow')?.[1]).toContain(
      'acme/ml-workflows/.github/workflows/train-gpu.yml@refs/tags/v2.1.0',
    );
    expect(row(md, 'Commit')?.[1]).toBe(
      '[3f9c2a7d1e5b](https://github.com/acme/vision/commit/3f9c2a7d1e5b4c6f8a0b2d4e6f8091a3b5c7d9e1)',
    );
    expect(row(md, 'Run')?.[1]).toBe(
      '[run 12003456789, attempt 1](https://github.com/acme/vision/actions/runs/12003456789/attempts/1)',
    );
    expect(row(md, 'Runner')?.[1]).toContain('github-hosted');
    expect(row(md, 'Identity source')?.[1]).toMatch(/^OIDC token/);
  });

  test('signing rows', () => {
    expect(row(md, 'Sigstore instance')?.[1]).toBe('public-good');
    expect(row(md, 'Transparency log')?.[1]).toBe(
      '[entry 153879472](https://search.sigstore.dev/?logIndex=153879472)',
    );
    expect(row(md, 'Bundle')?.[1]).toBe('`/tmp/out/provenance.sigstore.json`');
    expect(row(md, 'Attestation')?.[1]).toContain('https://github.com/acme/vision/attestations/1');
  });

  test('an unsigned statement says so', () => {
    const unsigned = renderAttestSummary({ statement, statementPath: '/tmp/s.json' });
    expect(unsigned).toContain('Not signed');
    expect(unsigned).not.toContain('Transparency log');
  });

  test('explicit signing details win', () => {
    const out = renderAttestSummary({
      statement,
      signing: {
        instance: 'github',
        signer: 'https://github.com/x/y/.github/workflows/z.yml@refs/heads/main',
      },
    });
    expect(row(out, 'Transparency log')?.[1]).toMatch(/none/);
    expect(row(out, 'Signer')?.[1]).toContain('x/y/.github/workflows/z.yml');
  });

  test('hostile values cannot break the tables', () => {
    const x = exampleInput();
    x.datasets = [
      {
        name: 'a|b\nc',
        kind: 'reference',
        uri: 'https://example.com/x|y',
        digest: {},
        unpinned: true,
        license: '<script>|mit',
      },
    ];
    const out = renderAttestSummary({ statement: buildTrainingRecord(x) });
    const lines = out.split('\n');
    const header = lines.find((l) => l.startsWith('| Name |'))!;
    const dataRow = lines[lines.indexOf(header) + 2]!;
    // Same number of unescaped separators as the header: the row did not split.
    const count = (l: string) => l.split(/(?<!\\)\|/).length;
    expect(count(dataRow)).toBe(count(header));
    expect(dataRow).toContain('a\\|b c');
    expect(dataRow).toContain('&lt;script>\\|mit');
    expect(out).not.toContain('<script>');
  });

  test("user text is neither a link nor a mention: the PR comment's escaper", () => {
    const x = exampleInput();
    x.datasets = [
      {
        name: '[click](https://evil.example) @acme/team',
        kind: 'reference',
        uri: 'https://example.com/data.tar',
        digest: { sha256: 'ab'.repeat(32) },
        unpinned: false,
        license: '**bold** _it_',
      },
    ];
    const out = renderAttestSummary({ statement: buildTrainingRecord(x) });
    expect(out).toContain('\\[click\\](https://evil.example)');
    expect(out).not.toMatch(/(?<!\\)\[click(?<!\\)\]\(/);
    expect(out).toContain('@\u200bacme/team');
    expect(out).not.toMatch(/@acme/);
    expect(out).toContain('\\*\\*bold\\*\\*');
  });

  test('a Python environment not recorded is said once, for 0.1 records too', () => {
    for (const reason of ['python: none', 'not recorded (python: none)']) {
      const x = exampleInput();
      x.environment = { ...x.environment, python: { present: false, reason, packages: [] } };
      const out = renderAttestSummary({ statement: buildTrainingRecord(x) });
      expect(out).toContain('Python: not recorded (python: none).');
      expect(out).not.toContain('not recorded (not recorded');
    }
  });

  test('many subjects are cut with a pointer to the statement', () => {
    const x = exampleInput();
    x.subjects = Array.from({ length: 60 }, (_, i) => ({
      name: `shards/part-${i}.bin`,
      digest: { sha256: i.toString(16).padStart(64, '0') },
    }));
    const out = renderAttestSummary({ statement: buildTrainingRecord(x) });
    expect(out).toContain('… and 10 more (see the statement).');
    expect(out).toContain('part-49.bin');
    expect(out).not.toContain('part-50.bin');
  });
});

describe('renderVerifySummary', () => {
  const report = (rules: RuleResult[]): VerifyOutcome => ({
    verified: true,
    violations: [],
    timestamps: [],
    identity: [],
    subjects: [],
    rules,
    warnings: [],
    attempts: [],
    checkedAt: '2026-12-01T00:00:00Z',
    modelSignatures: [],
  });

  test('each policy rule shows its status; one not evaluated is never ✅', () => {
    const md = renderVerifySummary(
      report([
        { rule: 'max-age', status: 'passed', ok: true, reason: 'within 30d' },
        {
          rule: 'frameworks.deny[0]',
          status: 'not-evaluated',
          ok: false,
          reason: 'no Python environment was recorded',
        },
      ]),
    );
    expect(row(md, 'max-age')).toEqual(['max-age', '✅', 'within 30d']);
    const name = escapeText('frameworks.deny[0]');
    expect(row(md, name)).toEqual([name, '➖ not evaluated', 'no Python environment was recorded']);
  });
});
