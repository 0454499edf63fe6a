// attest uploads its files as a workflow artifact for real: the bundled action, run as the
// runner runs it, against a loopback artifact service as strict as GitHub's
// (tools/artifact-service); the artifact is then downloaded with @actions/artifact.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cp, writeFile } from 'node:fs/promises';
import {
  attachRestRoutes,
  startArtifactService,
  type ArtifactService,
} from '../../tools/artifact-service/index.js';
import { startFakeGitHub, type FakeGitHub } from '../../tools/github-api/index.js';
import { makeTrainingFixture, type TrainingFixture } from '../../tools/fixture/index.js';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';

let stack: Stack;
let svc: ArtifactService;
let fx: TrainingFixture;
const saved = { ...process.env };

beforeAll(async () => {
  stack = await startStack();
  svc = await startArtifactService();
  fx = await makeTrainingFixture(await mkdtemp(join(tmpdir(), 'tp-artifact-e2e-')));
}, 60_000);
afterAll(async () => {
  process.env = saved;
  await stack?.close();
  await svc?.close();
});

/** One job of one workflow run: the runner gives each job its own runtime token. */
function attestInJob(
  run: string,
  job: string,
  inputs: Record<string, string> = {},
  workspace = fx.workspace,
) {
  return runAction({
    workspace,
    inputs: {
      ...fx.inputs,
      python: 'none',
      'trust-config': stack.trustConfigFulcioRekorPath,
      'push-to-github': 'false',
      ...inputs,
    },
    env: githubContextEnv({
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
      ACTIONS_RUNTIME_TOKEN: svc.runtimeToken(run, job),
      ACTIONS_RESULTS_URL: svc.url,
    }),
  });
}

async function download(run: string, id: number): Promise<string> {
  Object.assign(process.env, {
    ACTIONS_RESULTS_URL: svc.url,
    ACTIONS_RUNTIME_TOKEN: svc.runtimeToken(run, 'reader'),
    GITHUB_SERVER_URL: 'https://github.com',
  });
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const out = await mkdtemp(join(tmpdir(), 'tp-artifact-got-'));
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    await new DefaultArtifactClient().downloadArtifact(id, { path: out });
  } finally {
    process.stdout.write = write;
  }
  return out;
}

test('the finalized artifact holds both statements and both bundles, under a name of the job and model', async () => {
  const r = await attestInJob('run-1', 'job-1');
  if (r.exitCode !== 0) throw new Error(r.stdout);
  const [a] = svc.artifacts.filter((x) => x.runBackendId === 'run-1');
  const digest = r.outputs['model-digest']!.slice('sha256:'.length, 'sha256:'.length + 12);
  expect(a).toMatchObject({ name: `training-provenance-train-${digest}`, finalized: true });
  const got = await download('run-1', a!.id);
  expect((await readdir(got)).sort()).toEqual([
    'provenance.intoto.json',
    'provenance.sigstore.json',
    'training.intoto.json',
    'training.sigstore.json',
  ]);
  for (const [out, file] of [
    ['statement-path', 'provenance.intoto.json'],
    ['training-bundle-path', 'training.sigstore.json'],
  ] as const)
    expect(await readFile(join(got, file), 'utf8')).toBe(await readFile(r.outputs[out]!, 'utf8'));
}, 120_000);

test('two matrix jobs with the default name both upload; an explicit name used twice fails with the 409', async () => {
  const first = await attestInJob('run-2', 'job-a');
  const second = await attestInJob('run-2', 'job-b');
  expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
  const names = svc.artifacts.filter((x) => x.runBackendId === 'run-2').map((x) => x.name);
  expect(names).toHaveLength(2);
  expect(names[1]).toBe(`${names[0]}-2`);
  expect(second.stdout).toMatch(/is taken in this run: trying the next/);

  const a = await attestInJob('run-3', 'job-a', { artifact: 'shared' });
  const b = await attestInJob('run-3', 'job-b', { artifact: 'shared' });
  expect(a.exitCode).toBe(0);
  expect(b.exitCode).not.toBe(0);
  const error = b.stdout.split('\n').find((l) => l.startsWith('::error')) ?? '';
  expect(error).toContain("STORAGE_FAILED: input 'artifact'");
  expect(error).toContain(
    '(409) Conflict: an artifact with this name already exists on the workflow run',
  );
  expect(error).toContain('strategy.job-index');
  // Not a notice: the step failed, and the signed files stayed whole.
  expect((await readdir(join(b.runnerTemp, 'training-provenance'))).sort()).toHaveLength(4);
}, 180_000);

describe('review@v0 finds its base through the same service', () => {
  const GH_TOKEN = 'ghs_reviewArtifactToken0123456789';
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub({ token: GH_TOKEN });
    // The base branch's last successful run of train.yml is run 100, backend id base-run.
    attachRestRoutes(svc, gh, 'acme/vision', [
      { id: 100, backendId: 'base-run', workflowFile: 'train.yml' },
    ]);
  });
  afterAll(() => gh?.close());

  test("the base run's artifact is downloaded by @actions/artifact from the REST API, and the comment shows the diff", async () => {
    const base = await attestInJob('base-run', 'job-1', { 'push-to-github': 'false' });
    if (base.exitCode !== 0) throw new Error(base.stdout);
    // The pull request trains with another learning rate.
    const ws = await mkdtemp(join(tmpdir(), 'tp-artifact-pr-'));
    await cp(fx.workspace, ws, { recursive: true });
    await writeFile(join(ws, 'params.yaml'), 'learning_rate: 0.001\nepochs: 3\nbatch_size: 32\n');
    const head = await attestInJob('pr-run', 'job-1', {}, ws);
    if (head.exitCode !== 0) throw new Error(head.stdout);
    const event = join(ws, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 9, base: { ref: 'main' } } }));
    const r = await runAction({
      workspace: ws,
      action: 'review',
      inputs: {
        bundle: head.outputs['training-bundle-path']!,
        base: 'auto',
        'trusted-root': stack.trustedRootPath,
        'github-token': GH_TOKEN,
      },
      env: githubContextEnv({
        GITHUB_API_URL: gh.url,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        ACTIONS_RUNTIME_TOKEN: svc.runtimeToken('review-run', 'job-1'),
        ACTIONS_RESULTS_URL: svc.url,
      }),
    });
    if (r.exitCode !== 0) throw new Error(r.stdout);
    // The download went through GitHub's redirect to the blob, as @actions/artifact does it.
    expect(gh.requests.some((q) => /\/actions\/artifacts\/\d+\/zip$/.test(q.path))).toBe(true);
    const [comment] = gh.state.comments.filter((c) => c.issue === 9);
    expect(comment!.body).toContain(
      'Compared with [run 100](https://github.com/acme/vision/actions/runs/100)',
    );
    expect(comment!.body).toMatch(/learning_rate/);
  }, 180_000);
});
