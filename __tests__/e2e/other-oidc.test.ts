// A token of any other issuer, as a Kubernetes service account's for a private Fulcio: the local
// stack mints one (its own issuer, subject system:serviceaccount:NS:SA) and its Fulcio issues
// the certificate Fulcio's kubernetes identity type issues. attest signs keylessly with it and
// records the token's issuer and subject beside what git says; verify pins the SAN and issuer.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { runBare } from '../helpers/shell.js';

let stack: Stack;
let ws: string;
const SAN = 'https://kubernetes.io/namespaces/ml/serviceaccounts/trainer';
const tp = (args: string[], env: Record<string, string> = {}) => runBare(args, ws, env);
const verify = (...pins: string[]) =>
  tp([
    'verify',
    '--model',
    'model.bin',
    '--bundle',
    'out/training.sigstore.json',
    '--trusted-root',
    stack.trustedRootPath,
    ...pins,
  ]);

beforeAll(async () => {
  stack = await startStack();
  ws = await mkdtemp(join(tmpdir(), 'tp-oidc-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await writeFile(join(ws, 'model.bin'), 'weights');
  // A Kubernetes service account token: its subject, and the kubernetes.io claim Fulcio reads.
  const token = await stack.mintOtherToken({
    sub: 'system:serviceaccount:ml:trainer',
    'kubernetes.io': { namespace: 'ml', serviceaccount: { name: 'trainer', uid: 'c0ffee' } },
  });
  const r = await tp(
    [
      'attest',
      '--model',
      'model.bin',
      '--python',
      'none',
      '--trust-config',
      stack.trustConfigFulcioRekorPath,
      '--output-dir',
      'out',
    ],
    { SIGSTORE_ID_TOKEN: token },
  );
  if (r.code !== 0) throw new Error(r.stderr);
}, 60_000);
afterAll(() => stack?.close());

test("the record holds the token's issuer and subject, and what git says of the source", async () => {
  const p = JSON.parse(await readFile(join(ws, 'out/training.intoto.json'), 'utf8')).predicate;
  const ours = p.buildDefinition.internalParameters.training_provenance;
  expect(ours.identitySource).toBe('oidc-token');
  expect(ours.local.oidc).toEqual({
    issuer: stack.issuerUrl,
    subject: 'system:serviceaccount:ml:trainer',
  });
  expect(p.buildDefinition.externalParameters.workflow).toBeUndefined();
});

test('verify pins the certificate identity and issuer; another identity, or a repository, fails', async () => {
  const ok = await verify('--cert-identity', SAN, '--cert-oidc-issuer', stack.issuerUrl);
  expect(ok.stdout).toMatch(/^VERIFIED/);
  const other = await verify(
    '--cert-identity',
    'https://kubernetes.io/namespaces/ml/serviceaccounts/intruder',
    '--cert-oidc-issuer',
    stack.issuerUrl,
  );
  expect(other.code).toBe(1);
  expect(other.stdout).toContain(SAN);
  const repo = await verify('--repository', 'acme/vision', '--cert-oidc-issuer', stack.issuerUrl);
  expect(repo.code).toBe(1);
});
