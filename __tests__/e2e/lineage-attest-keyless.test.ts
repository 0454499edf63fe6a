// Keyless evidence about a base model, on the local Sigstore stack: attest checks it against the
// trusted root of the instance it signs with (--trust-config), records the certificate's identity
// and issuer without judging them, and refuses a bundle whose signature does not verify or whose
// instance it has no root for.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let stack: Stack;
let bin: string;
let ws: string;
const sh = (line: string, env: Record<string, string> = {}) => shell(bin, line, ws, env);
const token = async () => ({ SIGSTORE_ID_TOKEN: await stack.mintToken() });

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp()]);
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-keyless-'));
  for (const [dir, content] of [
    ['base', 'base weights'],
    ['ft', 'fine-tuned weights'],
  ] as const) {
    await mkdir(join(ws, dir));
    await writeFile(join(ws, dir, 'weights.bin'), content);
  }
  await writeFile(join(ws, 'tc.json'), await readFile(stack.trustConfigPath));
  const a = await sh(
    'tp attest --model base --python none --trust-config tc.json --output-dir base-out',
    await token(),
  );
  if (a.code !== 0) throw new Error(a.stderr);
}, 60_000);
afterAll(async () => {
  await stack?.close();
  await rm(ws, { recursive: true, force: true });
});

const fineTune = async (evidence: string, out: string, more = '--trust-config tc.json') =>
  sh(
    `tp attest --model ft --base-model base --base-model-evidence ${evidence} --python none ${more} --output-dir ${out}`,
    await token(),
  );

test('keyless evidence: checked against the instance root, its signer recorded as the certificate says', async () => {
  const r = await fineTune('base-out/training.sigstore.json', 'ft-out');
  if (r.code !== 0) throw new Error(r.stderr);
  const record = JSON.parse(await readFile(join(ws, 'ft-out/training.intoto.json'), 'utf8'));
  const base = record.predicate.buildDefinition.resolvedDependencies.find(
    (d: { annotations?: { role?: string } }) => d.annotations?.role === 'base-model',
  );
  expect(base.annotations.evidence).toEqual([
    expect.objectContaining({
      kind: 'training-record',
      signer: {
        kind: 'keyless',
        identity: `https://github.com/${stack.claims.job_workflow_ref}`,
        issuer: 'https://token.actions.githubusercontent.com',
      },
    }),
  ]);
  // The base's output-dir as a whole: GitHub's build provenance is evidence about it too.
  const p = await fineTune('base-out', 'ft-out-2');
  if (p.code !== 0) throw new Error(p.stderr);
  const again = JSON.parse(await readFile(join(ws, 'ft-out-2/training.intoto.json'), 'utf8'));
  const both = again.predicate.buildDefinition.resolvedDependencies.find(
    (d: { annotations?: { role?: string } }) => d.annotations?.role === 'base-model',
  );
  expect(
    both.annotations.evidence.map((e: { kind: string; path: string }) => [e.kind, e.path]),
  ).toEqual([
    ['build-provenance', 'bases/base/provenance.sigstore.json'],
    ['training-record', 'bases/base/training.sigstore.json'],
  ]);
});

test('a keyless bundle whose signature is broken, or from an instance without a root, is refused', async () => {
  const bundle = JSON.parse(await readFile(join(ws, 'base-out/training.sigstore.json'), 'utf8'));
  const sig = bundle.dsseEnvelope.signatures[0];
  sig.sig = Buffer.from(
    Buffer.from(sig.sig, 'base64').map((b, i) => (i === 10 ? b ^ 1 : b)),
  ).toString('base64');
  await writeFile(join(ws, 'broken.sigstore.json'), JSON.stringify(bundle));
  const broken = await fineTune('broken.sigstore.json', 'refused-out');
  expect(broken.code).toBe(2);
  expect(broken.stderr).toMatch(/broken\.sigstore\.json: its signature does not verify/);
  // Without --trust-config, attest has only the public-good root: the stack's bundle is refused.
  const noRoot = await fineTune('base-out/training.sigstore.json', 'refused-out', '--no-sign');
  expect(noRoot.code).toBe(2);
  expect(noRoot.stderr).toMatch(/training\.sigstore\.json: its signature does not verify/);
});

test("the action checks keyless evidence against its trust-config's root", async () => {
  const run = (more: Record<string, string>) =>
    runAction({
      workspace: ws,
      env: githubContextEnv(),
      inputs: {
        model: 'ft',
        'base-models': 'base',
        'base-model-evidence': 'base-out/training.sigstore.json',
        sign: 'false',
        python: 'none',
        'push-to-github': 'false',
        artifact: 'false',
        summary: 'false',
        ...more,
      },
    });
  const r = await run({ 'trust-config': 'tc.json', 'output-dir': 'action-out' });
  if (r.exitCode !== 0) throw new Error(r.stdout + r.stderr);
  const without = await run({ 'output-dir': 'action-out-2' });
  expect(without.exitCode).not.toBe(0);
  expect(without.stdout).toContain('its signature does not verify');
});
