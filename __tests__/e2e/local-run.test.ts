// No CI at all: the command typed on a laptop or a cluster node, with no GITHUB_* variable set.
// attest --no-sign records what git says (the remote without credentials, the commit, the
// branch, uncommitted changes) and the host, marked local; it writes no GitHub build provenance.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBare } from '../helpers/shell.js';

const bare = runBare;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

async function record(dir: string) {
  const s = JSON.parse(await readFile(join(dir, 'out/training.intoto.json'), 'utf8'));
  return s.predicate as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

test('in a git checkout: the remote without its token, the commit, the branch, the host; local', async () => {
  const ws = await mkdtemp(join(tmpdir(), 'tp-local-'));
  git(ws, 'init', '-q', '-b', 'train-v2');
  git(
    ws,
    'remote',
    'add',
    'origin',
    'https://oauth2:glpat-SECRET123@gitlab.example.com/acme/vision.git',
  );
  await writeFile(join(ws, 'model.bin'), 'weights');
  git(ws, 'add', 'model.bin');
  git(ws, 'commit', '-qm', 'model');
  const head = git(ws, 'rev-parse', 'HEAD');
  const r = await bare(
    ['attest', '--model', 'model.bin', '--no-sign', '--python', 'none', '--output-dir', 'out'],
    ws,
  );
  if (r.code !== 0) throw new Error(r.stderr);
  expect(await readdir(join(ws, 'out'))).toEqual(['training.intoto.json']);
  const text = await readFile(join(ws, 'out/training.intoto.json'), 'utf8');
  expect(text).not.toContain('SECRET123');
  expect(text).not.toContain('oauth2');
  const p = await record(ws);
  expect(p.buildDefinition.internalParameters.training_provenance).toMatchObject({
    identitySource: 'local',
    local: {
      host: hostname(),
      git: {
        remote: 'https://gitlab.example.com/acme/vision.git',
        commit: head,
        branch: 'train-v2',
        dirty: false,
      },
    },
  });
  expect(p.buildDefinition.externalParameters.workflow).toBeUndefined();
  expect(p.buildDefinition.internalParameters.github).toBeUndefined();
  expect(p.buildDefinition.resolvedDependencies[0]).toEqual({
    uri: 'git+https://gitlab.example.com/acme/vision.git@refs/heads/train-v2',
    digest: { gitCommit: head },
  });
  expect(p.runDetails.builder.id).toBe('https://training-provenance.github.io/builders/local/v1');
  const shown = await bare(['inspect', 'out/training.intoto.json'], ws);
  expect(shown.stdout).toContain(
    `run:        local, on ${hostname()}: git https://gitlab.example.com/acme/vision.git @ train-v2 ${head.slice(0, 12)}`,
  );
  // A tracked file changed since the commit: the commit alone does not say what ran.
  await writeFile(join(ws, 'model.bin'), 'weights, retrained');
  await bare(
    ['attest', '--model', 'model.bin', '--no-sign', '--python', 'none', '--output-dir', 'out'],
    ws,
  );
  expect(
    (await record(ws)).buildDefinition.internalParameters.training_provenance.local.git.dirty,
  ).toBe(true);
});

test('outside a git checkout: the host alone, and no commit to pin the source', async () => {
  const ws = await mkdtemp(join(tmpdir(), 'tp-local-nogit-'));
  await writeFile(join(ws, 'model.bin'), 'weights');
  const r = await bare(
    ['attest', '--model', 'model.bin', '--no-sign', '--python', 'none', '--output-dir', 'out'],
    ws,
    { GIT_CEILING_DIRECTORIES: tmpdir() },
  );
  if (r.code !== 0) throw new Error(r.stderr);
  const p = await record(ws);
  expect(p.buildDefinition.internalParameters.training_provenance.local).toEqual({
    host: hostname(),
  });
  expect(p.buildDefinition.resolvedDependencies[0]).toEqual({ uri: `file://${hostname()}/` });
});

test('some GitHub variables but not all is a GitHub run missing some: it says which (exit 2)', async () => {
  const ws = await mkdtemp(join(tmpdir(), 'tp-local-partial-'));
  await writeFile(join(ws, 'model.bin'), 'weights');
  const r = await bare(['attest', '--model', 'model.bin', '--no-sign', '--python', 'none'], ws, {
    GITHUB_REPOSITORY: 'acme/vision',
  });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('the workflow identity needs the variable(s) GITHUB_REF, GITHUB_SHA');
});
