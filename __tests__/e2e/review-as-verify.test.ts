// The review runs the release gate's verification, not a second one: the same signer rules
// (GitLab's included), the same coverage of the signed subjects. Through what ships: the review
// sub-action (dist/index.js as the runner runs it) beside the verify sub-action and the CLI,
// on bundles the CLI signed on the local stack.
import { cp, mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { startTufRepo } from '../../tools/tuf-repo/index.js';
import { runBare } from '../helpers/shell.js';

let stack: Stack;
let ws: string;

async function attest(out: string, token: string, model: string) {
  const r = await runBare(
    [
      'attest',
      '--model',
      model,
      '--python',
      'none',
      '--trust-config',
      stack.trustConfigFulcioRekorPath,
      '--output-dir',
      out,
    ],
    ws,
    { SIGSTORE_ID_TOKEN: token },
  );
  if (r.code !== 0) throw new Error(r.stderr);
}

/** `uses: …/review@v0` or `…/verify@v0`, with the stack's trusted root unless told otherwise. */
const run = (
  action: 'review' | 'verify',
  inputs: Record<string, string>,
  workspace = ws,
  env: Record<string, string> = {},
) =>
  runAction({
    workspace,
    action,
    inputs: { 'trusted-root': stack.trustedRootPath, ...inputs },
    env: githubContextEnv({ GITHUB_REPOSITORY: 'acme/vision', ...env }),
  });

beforeAll(async () => {
  stack = await startStack();
  ws = await mkdtemp(join(tmpdir(), 'tp-review-as-verify-'));
  await writeFile(join(ws, 'model.bin'), 'weights');
  await mkdir(join(ws, 'shards'));
  await writeFile(join(ws, 'shards/a.bin'), 'shard a');
  await writeFile(join(ws, 'shards/b.bin'), 'shard b');
  await attest(
    'gitlab',
    await stack.mintGitLabToken({ project_path: 'acme/ml/vision' }),
    'model.bin',
  );
  await attest('evil', await stack.mintGitLabToken({ project_path: 'evil/vision' }), 'model.bin');
  await attest('shards-out', await stack.mintToken(), 'shards/*.bin');
}, 120_000);
afterAll(() => stack?.close());

describe("a GitLab-signed record: the review holds it to verify's identity rules", () => {
  const gitlab = {
    'cert-oidc-issuer': 'https://gitlab.com',
    repository: 'acme/ml/vision',
    'source-ref': 'refs/heads/main',
    'signer-workflow': 'acme/ml/vision//.gitlab-ci.yml',
    'deny-self-hosted-runners': 'true',
  };

  test('the project, ref, CI config and runner pinned: verified by both', async () => {
    const inputs = { ...gitlab, bundle: 'gitlab/training.sigstore.json' };
    const verified = await run('verify', { ...inputs, model: 'model.bin' });
    expect(verified.outputs.verified).toBe('true');
    const reviewed = await run('review', inputs);
    expect(reviewed.exitCode).toBe(0);
    expect(reviewed.summary).toMatch(/### Training provenance: ✅ verified/);
    expect(reviewed.outputs.verified).toBe('true');
  }, 60_000);

  test("another project's record: refused by both, the GitLab project named", async () => {
    const inputs = {
      'cert-oidc-issuer': 'https://gitlab.com',
      repository: 'acme/ml/vision',
      bundle: 'evil/training.sigstore.json',
    };
    const verified = await run('verify', { ...inputs, model: 'model.bin' });
    expect(verified.outputs.verified).toBe('false');
    const reviewed = await run('review', inputs);
    expect(reviewed.outputs.verified).toBe('false');
    expect(reviewed.summary).toContain('https://gitlab.com/evil/vision');
    expect(reviewed.summary).toContain('https://gitlab.com/acme/ml/vision');
  }, 60_000);
});

test('a signed shard renamed on disk: verify fails, and so does the review', async () => {
  const moved = await mkdtemp(join(tmpdir(), 'tp-review-renamed-'));
  await cp(ws, moved, { recursive: true });
  await rename(join(moved, 'shards/b.bin'), join(moved, 'shards/c.bin'));
  const inputs = { repository: 'acme/vision', bundle: 'shards-out/training.sigstore.json' };
  const verified = await run('verify', { ...inputs, model: 'shards/*.bin' }, moved);
  expect(verified.outputs.verified).toBe('false');
  const reviewed = await run('review', inputs, moved);
  expect(reviewed.outputs.verified).toBe('false');
  expect(reviewed.summary).toContain('shards/b.bin');
  expect(reviewed.summary).not.toMatch(/✅ verified/);
}, 60_000);

test("trusted-root: auto is verify's: refreshed over the TUF repository given, in the review too", async () => {
  const repo = await startTufRepo(JSON.parse(await readFile(stack.trustedRootPath, 'utf8')));
  try {
    const inputs = {
      'trusted-root': 'auto',
      'tuf-url': repo.url,
      'tuf-root': repo.rootPath,
      repository: 'acme/vision',
      bundle: 'shards-out/training.sigstore.json',
    };
    // Online (the suite runs offline): the stack's root is only to be had from the repository.
    const online = { TRAINING_PROVENANCE_OFFLINE: '' };
    const verified = await run('verify', { ...inputs, model: 'shards/*.bin' }, ws, online);
    expect(verified.outputs.verified).toBe('true');
    const asked = repo.requests.length;
    const reviewed = await run('review', inputs, ws, online);
    expect(reviewed.outputs.verified).toBe('true');
    expect(repo.requests.length).toBeGreaterThan(asked);
    // Offline, auto is the embedded root, which never signed the stack's bundle: both refuse.
    const offline = await run('review', inputs, ws, { TRAINING_PROVENANCE_OFFLINE: '1' });
    expect(offline.outputs.verified).toBe('false');
    // The offline input is the same setting: no request to the repository, from either action.
    const before = repo.requests.length;
    const byInput = { ...inputs, offline: 'true' };
    const gate = await run('verify', { ...byInput, model: 'shards/*.bin' }, ws, online);
    expect(gate.outputs.verified).toBe('false');
    expect((await run('review', byInput, ws, online)).outputs.verified).toBe('false');
    expect(repo.requests.length).toBe(before);
  } finally {
    await repo.close();
  }
}, 60_000);
