// A base model's evidence signed keyless (a CI certificate from the local Sigstore stack): the
// policy's `lineage.signers` identity and issuer decide; and the evidence found by the base's
// digest in the attestations API (the fake GitHub REST API) when no file is at hand.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signStatement } from '../../src/sign/sign.js';
import { startFakeGitHub, type FakeGitHub } from '../../tools/github-api/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { attest, keyPair, resign, tpIn, withBases, withKey } from '../helpers/lineage.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const GH_TOKEN = 'ghs_lineageFixtureTokenNeverLogged0123456789';
let ws: string;
let stack: Stack;
let gh: FakeGitHub;

const keyless = async (payload: Buffer) =>
  (
    await signStatement(payload, {
      endpoints: { instance: 'custom', fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl },
      token: await stack.mintToken(),
    })
  ).bundle;

beforeAll(async () => {
  stack = await startStack();
  gh = await startFakeGitHub({ token: GH_TOKEN });
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-keyless-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await Promise.all([keyPair(ws, 'ft'), keyPair(ws, 'upstream')]);
  await attest(ws, 'base.bin', 'upstream', 'base-out', ['hf://datasets/good/clean']);
  await resign(ws, 'base-out', keyless);
  await attest(ws, 'ft.bin', 'ft', 'ft-out');
  await withBases(ws, 'ft-out', withKey(ws, 'ft'), [
    { name: 'base', from: 'base-out', model: 'base.bin' },
  ]);
}, 120_000);

afterAll(async () => {
  await stack?.close();
  await gh?.close();
  await rm(ws, { recursive: true, force: true });
});

const policy = async (name: string, signer: string) => {
  await writeFile(
    join(ws, name),
    `version: 1\nframeworks:\n  advisories: none\nlineage:\n  signers:\n    - ${signer}\n`,
  );
  return name;
};

const verifyFt = (bundle: string, p: string, env: Record<string, string> = {}) =>
  tpIn(ws)(
    [
      'verify',
      '--model',
      'ft.bin',
      '--bundle',
      bundle,
      '--public-key',
      'ft.pub',
      '--trusted-root',
      stack.trustedRootPath,
      '--policy',
      p,
    ],
    env,
  );

test('keyless evidence: the identity the policy allows passes; another fails, naming the base', async () => {
  const ok = await policy(
    'ok.yml',
    `{identity-regex: 'https://github\\.com/acme/vision/.*', issuer: '${ISSUER}'}`,
  );
  const passed = await verifyFt('ft-out/training.sigstore.json', ok);
  expect(passed.stdout).toMatch(/^VERIFIED/);
  expect(passed.stdout).toMatch(/✓ ft\.bin → base sha256:[0-9a-f]{64}, signed by \/https/);
  const other = await policy(
    'other.yml',
    `{identity: 'https://github.com/evil/fork/.github/workflows/x.yml@refs/heads/main', issuer: '${ISSUER}'}`,
  );
  const failed = await verifyFt('ft-out/training.sigstore.json', other);
  expect(failed.code).toBe(1);
  expect(failed.stdout).toMatch(
    /lineage\.require-evidence: base ft\.bin → base has no evidence that verifies: .*cert-identity: expected https:\/\/github\.com\/evil\/fork\/.*, certificate has https:\/\/github\.com\/acme\/vision\//,
  );
});

test("the attestations API by the base's digest, when no evidence file is found", async () => {
  // The base's record stored in upstream's attestations; the fine-tune's bundle alone.
  const bundle = JSON.parse(await readFile(join(ws, 'base-out/training.sigstore.json'), 'utf8'));
  const stored = await fetch(`${gh.url}/repos/acme/upstream/attestations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${GH_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ bundle }),
  });
  expect(stored.status).toBe(201);
  await writeFile(
    join(ws, 'lone.sigstore.json'),
    await readFile(join(ws, 'ft-out/training.sigstore.json')),
  );
  const p = await policy(
    'api.yml',
    `{identity-regex: 'https://github\\.com/acme/.*', issuer: '${ISSUER}'}`,
  );
  const env = {
    GITHUB_TOKEN: GH_TOKEN,
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'acme/upstream',
  };
  const r = await verifyFt('lone.sigstore.json', p, env);
  expect(r.stdout).toMatch(/^VERIFIED/);
  expect(r.stdout).toContain('✓ ft.bin → base sha256:');
  expect(r.stdout + r.stderr).not.toContain(GH_TOKEN);
  // Without the token there is nowhere else to look: not verified, said.
  const without = await verifyFt('lone.sigstore.json', p);
  expect(without.code).toBe(1);
  expect(without.stdout).toContain('evidence bases/base/training.sigstore.json: not found');
});
