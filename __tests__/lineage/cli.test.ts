// `training-provenance lineage BUNDLE`: the flags reach the walker as the verify side takes
// them (paths absolute), the chain prints in each format or goes to --output, the exit code
// says whether the whole chain verified, and bad usage names the flag.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCommand } from '../../src/cli/command.js';
import { lineageWith } from '../../src/cli/lineage.js';

/** The command as index.ts runs it, with a stand-in walker. */
const cliLineage = (argv: string[], out: PassThrough, err: PassThrough, walk: WalkLineage) =>
  runCommand('lineage', lineageWith(walk), argv, out, err as unknown as NodeJS.WriteStream);
import { isProvenanceError } from '../../src/errors.js';
import type { LineageNode, WalkLineage, WalkLineageOptions } from '../../src/lineage/types.js';

function tree(baseVerified: boolean): LineageNode {
  return {
    name: 'model',
    digest: `sha256:${'a'.repeat(64)}`,
    signer: 'key 3f2a9c',
    datasets: [{ name: 'tickets', digest: `sha256:${'b'.repeat(64)}` }],
    evidence: [{ kind: 'training-record', path: 'training.sigstore.json', verified: true }],
    bases: [
      {
        name: 'llama-base',
        uri: 'hf://meta-llama/Llama-3.2-1B@4e20de36',
        datasets: [],
        evidence: [
          {
            kind: 'model-signature',
            path: 'bases/llama-base/model.sig',
            verified: baseVerified,
            ...(baseVerified ? {} : { problem: 'the signature does not verify' }),
          },
        ],
        bases: [],
        problems: [],
        path: ['model', 'llama-base'],
      },
    ],
    problems: [],
    path: ['model'],
  };
}

async function run(argv: string[], root: LineageNode) {
  const out = new PassThrough();
  const err = new PassThrough();
  const calls: { bundle: string; options: WalkLineageOptions }[] = [];
  const walk: WalkLineage = async (bundle, options) => {
    calls.push({ bundle, options });
    return root;
  };
  const code = await cliLineage(argv, out, err, walk);
  out.end();
  err.end();
  return { code, out: String(out.read() ?? ''), err: String(err.read() ?? ''), calls };
}

test('the walker gets the bundle, the evidence directory and the signer flags, absolute', async () => {
  const r = await run(
    [
      'out/training.sigstore.json',
      '--evidence',
      'ev1',
      '--public-key',
      'key.pub',
      '--offline',
      '--policy',
      'policy.yml',
    ],
    tree(true),
  );
  expect(r.calls).toHaveLength(1);
  const { bundle, options } = r.calls[0]!;
  expect(bundle).toBe(join(process.cwd(), 'out/training.sigstore.json'));
  expect(options.evidence).toEqual([join(process.cwd(), 'ev1')]);
  expect(options.policy).toBe(join(process.cwd(), 'policy.yml'));
  expect(options.trust.signer).toMatchObject({
    kind: 'key',
    publicKey: join(process.cwd(), 'key.pub'),
  });
  expect(options.trust.offline).toBe(true);
  expect(options.trust.trustedRoot).toEqual({ kind: 'auto' });
  expect(r.code).toBe(0);
  expect(r.out.split('\n')[0]).toBe(
    'Lineage verified: every model in the chain has verified evidence.',
  );
});

test('a base that could not be verified: exit 1, and the text says which and why', async () => {
  const r = await run(['b.json', '--public-key', 'k.pub'], tree(false));
  expect(r.code).toBe(1);
  expect(r.out).toContain('base llama-base  ✗ NOT verified');
  expect(r.out).toContain(
    'not verified: model-signature bases/llama-base/model.sig: the signature does not verify',
  );
});

test('--format json and mermaid; --output writes the file, the verdict goes to stderr', async () => {
  const json = await run(['b.json', '--format', 'json'], tree(false));
  expect(JSON.parse(json.out)).toMatchObject({ verified: false, lineage: { name: 'model' } });
  expect(json.err).toBe('lineage NOT verified: 1 model could not be verified\n');

  const dir = mkdtempSync(join(tmpdir(), 'lineage-cli-'));
  try {
    const file = join(dir, 'chain.mmd');
    const m = await run(['b.json', '--format', 'mermaid', '--output', file], tree(true));
    expect(m.code).toBe(0);
    expect(m.out).toBe('');
    expect(m.err).toBe(`lineage verified (written to ${file})\n`);
    expect(readFileSync(file, 'utf8')).toMatch(/^flowchart LR\n[\s\S]*base model[\s\S]*\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad usage names the flag and the fix (exit 2 codes), and walks nothing', async () => {
  const cases: [string[], string, string][] = [
    [['b.json', '--format', 'svg'], 'INPUT_INVALID', '--format'],
    [[], 'INPUT_MISSING', 'lineage'],
    [['a.json', 'b.json'], 'INPUT_INVALID', 'lineage'],
    [
      ['b.json', '--trust-config', 'tc.json', '--trusted-root', 'r.json'],
      'INPUT_INVALID',
      'trust-config',
    ],
  ];
  for (const [argv, code, input] of cases) {
    let walked = false;
    const walk: WalkLineage = async () => {
      walked = true;
      return tree(true);
    };
    const e = await cliLineage(argv, new PassThrough(), new PassThrough(), walk).catch((x) => x);
    expect(isProvenanceError(e) && { code: e.code, input: e.input, fix: Boolean(e.fix) }).toEqual({
      code,
      input,
      fix: true,
    });
    expect(walked).toBe(false);
  }
});
