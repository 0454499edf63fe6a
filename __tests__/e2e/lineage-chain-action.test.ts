// The lineage done-when through the bundled actions: the upstream grand → base attested for
// real with one key (the command as typed), the fine-tune attested by the root action itself,
// signed keylessly on the local Sigstore stack, naming its base with `base-models` and giving the
// base's output-dir as `base-model-evidence`. The verify action then gates the chain.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { keyPair, okIn } from '../helpers/lineage.js';

let stack: Stack;
let ws: string;

const ok = (...args: string[]) => okIn(ws)(...args);

async function model(dir: string) {
  await mkdir(join(ws, dir), { recursive: true });
  await writeFile(join(ws, dir, 'weights.bin'), `weights of ${dir}`);
}

const policy = (name: string, signers: string, more = '') =>
  writeFile(
    join(ws, name),
    `version: 1\nframeworks:\n  advisories: none\n${more}lineage:\n  signers:\n    - public-key: ${signers}\n`,
  );

beforeAll(async () => {
  stack = await startStack();
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-action-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await Promise.all([keyPair(ws, 'upstream'), keyPair(ws, 'other')]);
  await Promise.all(['grand', 'base', 'ft'].map(model));
  const key = ['--private-key', 'upstream.pem', '--python', 'none'];
  await ok(
    'attest',
    '--model',
    'grand',
    ...key,
    '--dataset',
    'hf://datasets/evil/poison',
    '--output-dir',
    'grand-out',
  );
  await ok(
    'attest',
    '--model',
    'base',
    ...key,
    '--base-model',
    'grand=grand',
    '--base-model-evidence',
    'grand-out',
    '--output-dir',
    'base-out',
  );
  await cp(stack.trustedRootPath, join(ws, 'root.json'));
  await cp(stack.trustConfigPath, join(ws, 'tc.json'));
  await policy('allow.yml', 'upstream.pub');
  await policy('other.yml', 'other.pub');
  await policy(
    'inherit.yml',
    'upstream.pub\n  inherit: [datasets]',
    'datasets:\n  deny: ["hf://datasets/evil/*"]\n',
  );
}, 120_000);
afterAll(async () => {
  await stack?.close();
  if (ws) await rm(ws, { recursive: true, force: true });
});

// This branch's names for a custom Sigstore instance (v1 replaces them with `trust-config`).
/** The stack as one ClientTrustConfig (where to sign, and the root keyless evidence checks with). */
const SIGN_ON_STACK = () => ({ 'trust-config': 'tc.json' });

test('the root action attests the fine-tune with its base; the verify action gates the chain', async () => {
  const attest = await runAction({
    workspace: ws,
    inputs: {
      model: 'ft',
      'base-models': 'base=base',
      'base-model-evidence': 'base-out',
      python: 'none',
      ...SIGN_ON_STACK(),
      'output-dir': 'ft-out',
      'push-to-github': 'false',
      artifact: 'false',
      summary: 'false',
    },
    env: githubContextEnv({
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
    }),
    timeoutMs: 60_000,
  });
  if (attest.exitCode !== 0) throw new Error(attest.stdout + attest.stderr);
  expect(await readFile(join(ws, 'ft-out/bases/base/bases/grand/training.sigstore.json'))).toEqual(
    await readFile(join(ws, 'grand-out/training.sigstore.json')),
  );

  const verify = (p: string) =>
    runAction({
      workspace: ws,
      action: 'verify',
      inputs: {
        model: 'ft',
        bundle: 'ft-out/training.sigstore.json',
        'trusted-root': 'root.json',
        policy: p,
      },
      env: githubContextEnv(),
      timeoutMs: 60_000,
    });
  const passed = await verify('allow.yml');
  expect({ code: passed.exitCode, out: passed.exitCode === 0 ? '' : passed.stdout }).toEqual({
    code: 0,
    out: '',
  });
  expect(passed.stdout).toMatch(/✓ ft → base → grand sha256:[0-9a-f]{64}/);
  const other = await verify('other.yml');
  expect(other.exitCode).not.toBe(0);
  expect(other.stdout).toMatch(
    /lineage\.require-evidence: base ft → base has no evidence that verifies/,
  );
  const inherit = await verify('inherit.yml');
  expect(inherit.exitCode).not.toBe(0);
  expect(inherit.stdout).toContain(
    "lineage.inherit.datasets: datasets.deny: base ft → base → grand: dataset hf://datasets/evil/poison is denied by 'hf://datasets/evil/*'",
  );
  // Swapped evidence: the base's record replaced by the grand-base's.
  await cp(
    join(ws, 'grand-out/training.sigstore.json'),
    join(ws, 'ft-out/bases/base/training.sigstore.json'),
  );
  const swapped = await verify('allow.yml');
  expect(swapped.exitCode).not.toBe(0);
  expect(swapped.stdout).toMatch(
    /base ft → base has no evidence that verifies: .*it is not the evidence recorded \(swapped or changed\)/,
  );
}, 180_000);
