// The lineage issue's done-when, end to end with real attest runs only (no record made by
// hand): grand → base → ft, the upstream two attested with one key, the fine-tune with another,
// each naming its base with --base-model and giving the base's output-dir as evidence. Then
// verify through the command as typed and through the bundled verify action, and `lineage`.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { attestDir, keyPair, okIn, tpIn } from '../helpers/lineage.js';

let ws: string;
const tp = (...args: string[]) => tpIn(ws)(args);

const ok = (...args: string[]) => okIn(ws)(...args);

/** attest DIR signed with KEY into DIR-out, with its datasets and its base (NAME=DIR, evidence). */
const attest = (dir: string, key: string, more: string[]) => attestDir(ws, dir, key, more);

const policy = async (name: string, lineage: string, more = '') => {
  // attest ran --python none: no advisories to check (a policy checks them by default).
  await writeFile(
    join(ws, name),
    `version: 1\nframeworks:\n  advisories: none\n${more}lineage:\n${lineage}`,
  );
  return name;
};
const upstream = '  signers:\n    - public-key: upstream.pub\n';

const verify = (model: string, out: string, p: string) =>
  tp(
    'verify',
    '--model',
    model,
    '--bundle',
    `${out}/training.sigstore.json`,
    '--public-key',
    'ft.pub',
    '--policy',
    p,
  );

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-chain-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await Promise.all(['ft', 'upstream', 'other'].map((k) => keyPair(ws, k)));
  await attest('grand', 'upstream', [
    '--dataset',
    'hf://datasets/evil/poison',
    '--output-dir',
    'grand-out',
  ]);
  await attest('base', 'upstream', [
    '--dataset',
    'hf://datasets/good/clean',
    '--base-model',
    'grand=grand',
    '--base-model-evidence',
    'grand-out',
    '--output-dir',
    'base-out',
  ]);
  await attest('ft', 'ft', [
    '--base-model',
    'base=base',
    '--base-model-evidence',
    'base-out/training.sigstore.json',
    '--output-dir',
    'ft-out',
  ]);
  // The same fine-tune naming its base with no evidence at all.
  await cp(join(ws, 'ft'), join(ws, 'ft-bare'), { recursive: true });
  await ok(
    'attest',
    '--model',
    'ft-bare',
    '--private-key',
    'ft.pem',
    '--python',
    'none',
    '--base-model',
    'base=base',
    '--output-dir',
    'bare-out',
  );
}, 120_000);
afterAll(() => (ws ? rm(ws, { recursive: true, force: true }) : undefined));

test('attest carried the chain: ft-out/bases/base holds the base record and its own bases/', async () => {
  const record = JSON.parse(await readFile(join(ws, 'ft-out/training.intoto.json'), 'utf8'));
  const [base] = record.predicate.buildDefinition.resolvedDependencies.filter(
    (d: { annotations?: { role?: string } }) => d.annotations?.role === 'base-model',
  );
  expect(base.annotations.evidence).toEqual([
    expect.objectContaining({
      kind: 'training-record',
      path: 'bases/base/training.sigstore.json',
      signer: expect.objectContaining({ kind: 'key' }),
    }),
  ]);
  expect(await readFile(join(ws, 'ft-out/bases/base/training.sigstore.json'))).toEqual(
    await readFile(join(ws, 'base-out/training.sigstore.json')),
  );
  expect(await readFile(join(ws, 'ft-out/bases/base/bases/grand/training.sigstore.json'))).toEqual(
    await readFile(join(ws, 'grand-out/training.sigstore.json')),
  );
});

test("verify passes with the base's signer allowed, and walks to the grand-base", async () => {
  const r = await verify('ft', 'ft-out', await policy('allow.yml', upstream));
  expect({ code: r.code, out: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, out: '' });
  expect(r.stdout).toContain('✓ lineage.require-evidence: every base has evidence that verifies');
  expect(r.stdout).toMatch(/✓ ft → base → grand sha256:[0-9a-f]{64}/);
});

test('verify fails naming the base when another signer is required', async () => {
  const r = await verify(
    'ft',
    'ft-out',
    await policy('other.yml', '  signers:\n    - public-key: other.pub\n'),
  );
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(
    /lineage\.require-evidence: base ft → base has no evidence that verifies: .*does not verify with the public key given/,
  );
});

test("verify fails when the evidence in bases/ is swapped for another model's record", async () => {
  const ev = join(ws, 'ft-out/bases/base/training.sigstore.json');
  const original = await readFile(ev);
  await cp(join(ws, 'grand-out/training.sigstore.json'), ev);
  const r = await verify('ft', 'ft-out', await policy('swap.yml', upstream)).finally(() =>
    writeFile(ev, original),
  );
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(
    /base ft → base has no evidence that verifies: .*the record names sha256:[0-9a-f]{64}: it is not the evidence recorded \(swapped or changed\)/,
  );
});

test('verify fails when a dataset denied under inherit: [datasets] was used two levels up', async () => {
  const p = await policy(
    'inherit.yml',
    `${upstream}  inherit: [datasets]\n`,
    'datasets:\n  deny: ["hf://datasets/evil/*"]\n',
  );
  const r = await verify('ft', 'ft-out', p);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(
    "lineage.inherit.datasets: datasets.deny: base ft → base → grand: dataset hf://datasets/evil/poison is denied by 'hf://datasets/evil/*'",
  );
  expect(r.stdout).not.toMatch(/ft → base: dataset/);
});

test('a base with no evidence passes only with require-evidence: false, and the report says so', async () => {
  const strict = await verify('ft-bare', 'bare-out', await policy('strict.yml', upstream));
  expect(strict.code).toBe(1);
  expect(strict.stdout).toMatch(/lineage\.require-evidence: base ft-bare → base has no evidence/);
  const lax = await verify(
    'ft-bare',
    'bare-out',
    await policy('lax.yml', `  require-evidence: false\n${upstream}`),
  );
  expect({ code: lax.code, out: lax.code === 0 ? '' : lax.stdout }).toEqual({ code: 0, out: '' });
  expect(lax.stdout).toMatch(/Base models not verified:\n\s+- ft-bare → base: /);
  expect(lax.stdout).not.toContain('✓ lineage.require-evidence');
});

test('lineage prints the real chain as text, JSON and Mermaid', async () => {
  const p = await policy('show.yml', upstream);
  const line = (...more: string[]) =>
    tp(
      'lineage',
      'ft-out/training.sigstore.json',
      '--public-key',
      'ft.pub',
      '--policy',
      p,
      ...more,
    );
  const json = await line('--format', 'json');
  expect({ code: json.code, err: json.code === 0 ? '' : json.stderr }).toEqual({
    code: 0,
    err: '',
  });
  const chain = JSON.parse(json.stdout);
  expect(chain).toMatchObject({ verified: true, unverified: [] });
  const base = chain.lineage.bases[0];
  expect(base).toMatchObject({ name: 'base', path: ['ft', 'base'], problems: [] });
  expect(base.datasets).toEqual([expect.objectContaining({ uri: 'hf://datasets/good/clean' })]);
  expect(base.bases[0]).toMatchObject({
    name: 'grand',
    path: ['ft', 'base', 'grand'],
    datasets: [expect.objectContaining({ uri: 'hf://datasets/evil/poison' })],
    evidence: [expect.objectContaining({ kind: 'training-record', verified: true })],
  });
  const text = await line();
  expect(text.code).toBe(0);
  expect(text.stdout).toContain(
    'Lineage verified: every model in the chain has verified evidence.',
  );
  expect(text.stdout).toMatch(/base grand {2}✓ verified/);
  const mermaid = await line('--format', 'mermaid');
  expect(mermaid.code).toBe(0);
  expect(mermaid.stdout).toMatch(/^flowchart LR\n/);
  expect(mermaid.stdout).toContain('base: grand');
  expect(mermaid.stdout).toContain('hf://datasets/evil/poison');
  const refused = await tp(
    'lineage',
    'ft-out/training.sigstore.json',
    '--public-key',
    'ft.pub',
    '--policy',
    'other.yml',
    '--format',
    'json',
  );
  expect(refused.code).toBe(1);
  expect(JSON.parse(refused.stdout).unverified.map((u: { path: string[] }) => u.path)).toEqual([
    ['ft', 'base'],
  ]);
});

test('the bundled verify action gates the same chain', async () => {
  const run = (p: string, model = 'ft', out = 'ft-out') =>
    runAction({
      workspace: ws,
      action: 'verify',
      inputs: { model, bundle: `${out}/training.sigstore.json`, 'public-key': 'ft.pub', policy: p },
      env: githubContextEnv(),
      timeoutMs: 60_000,
    });
  const passed = await run('allow.yml');
  expect({ code: passed.exitCode, out: passed.exitCode === 0 ? '' : passed.stdout }).toEqual({
    code: 0,
    out: '',
  });
  expect(passed.outputs.verified).toBe('true');
  const other = await run('other.yml');
  expect(other.exitCode).not.toBe(0);
  expect(other.stdout).toMatch(
    /lineage\.require-evidence: base ft → base has no evidence that verifies/,
  );
  const inherit = await run('inherit.yml');
  expect(inherit.exitCode).not.toBe(0);
  expect(inherit.stdout).toContain(
    'base ft → base → grand: dataset hf://datasets/evil/poison is denied',
  );
  const lax = await run('lax.yml', 'ft-bare', 'bare-out');
  expect({ code: lax.exitCode, out: lax.exitCode === 0 ? '' : lax.stdout }).toEqual({
    code: 0,
    out: '',
  });
  expect(lax.stdout).toMatch(/ft-bare → base: /);
}, 120_000);

test('inspect names the bases as base models, with their digest and evidence', async () => {
  for (const file of ['ft-out/training.sigstore.json', 'ft-out/training.intoto.json']) {
    const r = await ok('inspect', file);
    expect(r.stdout).toMatch(
      /\nbase models \(1\):\n {2}base {2}local-directory {2}sha256:[0-9a-f]{16} {2}evidence: training-record bases\/base\/training\.sigstore\.json\n/,
    );
    const json = JSON.parse((await ok('inspect', file, '--format', 'json')).stdout);
    const inspected = Array.isArray(json) ? json[0] : json;
    expect(inspected.baseModels).toEqual([
      expect.objectContaining({ name: 'base', kind: 'local-directory' }),
    ]);
  }
});
