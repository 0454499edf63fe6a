// A GitLab CI job, as the local stack stands in for it: GitLab-shaped ID tokens (issuer
// https://gitlab.com, audience sigstore, GitLab's documented claims) and a Fulcio that writes the
// extensions its gitlab-pipeline provider writes. The job signs keylessly with SIGSTORE_ID_TOKEN
// and no GitHub variable set; verify pins the project, the ref and the CI config, and a token of
// another project fails with the pin named.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { runBare } from '../helpers/shell.js';

let stack: Stack;
let ws: string;
const tp = (args: string[], env: Record<string, string> = {}) => runBare(args, ws, env);

async function attest(out: string, token: string) {
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
      out,
    ],
    { SIGSTORE_ID_TOKEN: token },
  );
  if (r.code !== 0) throw new Error(r.stderr);
}

const verify = (out: string, ...pins: string[]) =>
  tp([
    'verify',
    '--model',
    'model.bin',
    '--bundle',
    `${out}/training.sigstore.json`,
    '--trusted-root',
    stack.trustedRootPath,
    '--cert-oidc-issuer',
    'https://gitlab.com',
    ...pins,
  ]);

beforeAll(async () => {
  stack = await startStack();
  ws = await mkdtemp(join(tmpdir(), 'tp-gitlab-'));
  await writeFile(join(ws, 'model.bin'), 'weights');
  await attest('out', await stack.mintGitLabToken({ project_path: 'acme/ml/vision' }));
  await attest('other', await stack.mintGitLabToken({ project_path: 'evil/vision' }));
}, 60_000);
afterAll(() => stack?.close());

test("the record holds GitLab's identity in its own layout, and no GitHub build provenance is written", async () => {
  expect((await readdir(join(ws, 'out'))).sort()).toEqual([
    'training.intoto.json',
    'training.sigstore.json',
  ]);
  const p = JSON.parse(await readFile(join(ws, 'out/training.intoto.json'), 'utf8')).predicate;
  expect(p.buildDefinition.externalParameters.workflow).toEqual({
    ref: 'refs/heads/main',
    repository: 'https://gitlab.com/acme/ml/vision',
    path: '.gitlab-ci.yml',
  });
  expect(p.buildDefinition.internalParameters.github).toBeUndefined();
  expect(p.buildDefinition.internalParameters.gitlab).toMatchObject({
    pipeline_source: 'push',
    pipeline_id: '1234567',
    job_id: '7654321',
    namespace_path: 'acme/ml',
    runner_environment: 'gitlab-hosted',
  });
  expect(p.runDetails.builder.id).toBe(
    'https://gitlab.com/acme/ml/vision//.gitlab-ci.yml@refs/heads/main',
  );
  expect(p.runDetails.metadata.invocationId).toBe(
    'https://gitlab.com/acme/ml/vision/-/jobs/7654321',
  );
});

test('verify pins the project (nested groups), the ref, the CI config, and GitLab-hosted runners', async () => {
  const r = await verify(
    'out',
    '--repository',
    'acme/ml/vision',
    '--source-ref',
    'refs/heads/main',
    '--signer-workflow',
    'acme/ml/vision//.gitlab-ci.yml',
    '--deny-self-hosted-runners',
  );
  expect(r.stdout).toMatch(/^VERIFIED/);
  expect(r.code).toBe(0);
});

test("another project's token fails with the pin named; another CI config and ref too", async () => {
  const project = await verify('other', '--repository', 'acme/ml/vision');
  expect(project.code).toBe(1);
  expect(project.stdout).toContain('https://gitlab.com/acme/ml/vision');
  expect(project.stdout).toContain('https://gitlab.com/evil/vision');
  const config = await verify('out', '--signer-workflow', 'acme/ml/vision//ci/other.yml');
  expect(config.code).toBe(1);
  const ref = await verify(
    'out',
    '--repository',
    'acme/ml/vision',
    '--source-ref',
    'refs/heads/release',
  );
  expect(ref.code).toBe(1);
  expect(ref.stdout).toContain('refs/heads/release');
});

test('a GitLab token without the sigstore audience is refused before anything is hashed (exit 2)', async () => {
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
      'aud',
    ],
    { SIGSTORE_ID_TOKEN: await stack.mintGitLabToken({ aud: 'https://vault.example.com' }) },
  );
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('has the audience "https://vault.example.com", not sigstore');
});

test('an expired token is refused before anything is hashed, saying when it expired (exit 2)', async () => {
  const past = Math.floor(Date.now() / 1000) - 600;
  const token = await stack.mintGitLabToken({ iat: past - 300, nbf: past - 300, exp: past });
  const before = stack.requestCount('fulcio');
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
      'expired',
    ],
    { SIGSTORE_ID_TOKEN: token },
  );
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`the OIDC token expired at ${new Date(past * 1000).toISOString()}`);
  expect(stack.requestCount('fulcio')).toBe(before); // Fulcio was never asked
});
