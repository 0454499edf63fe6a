// The loopback artifact service, driven by the real @actions/artifact client: what it accepts
// is what the client sends, and what it refuses the real service refuses (rules cited in
// tools/artifact-service/index.ts).
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startArtifactService, type ArtifactService } from '../../tools/artifact-service/index.js';

let svc: ArtifactService;
const saved = { ...process.env };
beforeAll(async () => {
  svc = await startArtifactService();
});
afterAll(async () => {
  process.env = saved;
  await svc.close();
});

/** The client reads its service and token from the runner's variables, per job. */
async function client(run: string, job: string) {
  Object.assign(process.env, {
    ACTIONS_RESULTS_URL: svc.url,
    ACTIONS_RUNTIME_TOKEN: svc.runtimeToken(run, job),
    GITHUB_SERVER_URL: 'https://github.com',
  });
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

async function files(): Promise<{ root: string; paths: string[] }> {
  const root = await mkdtemp(join(tmpdir(), 'tp-artifact-'));
  const paths = ['a.json', 'b.json'].map((n) => join(root, n));
  for (const p of paths) await writeFile(p, `{"file":"${p}"}`);
  return { root, paths };
}

// @actions/core logs each step of the upload to stdout: keep the test's output readable.
const quiet = async <T>(fn: () => Promise<T>): Promise<T> => {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
};

test('an upload is created, staged as blocks, committed, finalized, listed and downloaded whole', async () => {
  const { root, paths } = await files();
  const c = await client('run-1', 'job-1');
  const up = await quiet(() => c.uploadArtifact('provenance', paths, root));
  expect(up.id).toBeGreaterThan(0);
  expect(svc.requests.some((r) => r.includes('?block'))).toBe(true);
  const listed = await quiet(() => c.listArtifacts());
  expect(listed.artifacts.map((a) => a.name)).toEqual(['provenance']);
  const out = await mkdtemp(join(tmpdir(), 'tp-artifact-dl-'));
  await quiet(() => c.downloadArtifact(up.id!, { path: out }));
  expect(await readFile(join(out, 'a.json'), 'utf8')).toBe(await readFile(paths[0]!, 'utf8'));
});

test('a name used twice in one run is 409, with the service message; another run may use it', async () => {
  const { root, paths } = await files();
  const first = await client('run-2', 'job-a');
  await quiet(() => first.uploadArtifact('same', paths, root));
  const second = await client('run-2', 'job-b');
  await expect(quiet(() => second.uploadArtifact('same', paths, root))).rejects.toThrow(
    /Failed to CreateArtifact: Received non-retryable error: Failed request: \(409\) Conflict: an artifact with this name already exists on the workflow run/,
  );
  const other = await client('run-3', 'job-a');
  await expect(quiet(() => other.uploadArtifact('same', paths, root))).resolves.toMatchObject({
    id: expect.any(Number),
  });
});

test('an artifact never finalized is not listed', async () => {
  const res = await fetch(
    `${svc.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${svc.runtimeToken('run-4', 'job')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        workflowRunBackendId: 'run-4',
        workflowJobRunBackendId: 'job',
        name: 'half',
        version: 7,
      }),
    },
  );
  expect(res.status).toBe(200);
  const c = await client('run-4', 'job');
  expect((await quiet(() => c.listArtifacts())).artifacts).toEqual([]);
});

test('the service refuses a name the client would let through, and a token of another run', async () => {
  const call = (name: string, run: string) =>
    fetch(`${svc.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${svc.runtimeToken('run-5', 'job')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ workflowRunBackendId: run, workflowJobRunBackendId: 'job', name }),
    });
  expect((await call('a/b', 'run-5')).status).toBe(400);
  expect((await call('ok', 'run-6')).status).toBe(403);
});
