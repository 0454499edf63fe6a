// Trust roots that stay current, through the command as a user types it: a TUF repository on
// loopback (tools/tuf-repo) serves the local stack's trusted root. `verify --tuf-url --tuf-root`
// passes that stack's bundle with no --trusted-root (the embedded root cannot); after the
// repository rotates to a second stack's root, that stack's bundle passes too; `trusted-root`
// prints JSON lines that `verify --trusted-root FILE` accepts offline; a repository that cannot be
// reached falls back to the embedded root and the report says so.
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeHashPool } from '../../src/hash/index.js';
import { verifyProvenance } from '../../src/verify/pipeline.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { startTufRepo, type TufRepo } from '../../tools/tuf-repo/index.js';
import { installTp, sh as shell } from '../helpers/shell.js';
import { vector } from '../helpers/vectors.js';

let a: Stack;
let b: Stack;
let repo: TufRepo;
let bin: string;
let ws: string;
let cache: string;
/** Online (the suite runs offline), with a cache of its own. */
const online = () => ({ TRAINING_PROVENANCE_OFFLINE: '', XDG_CACHE_HOME: cache });
const sh = (line: string, env: Record<string, string> = online()) => shell(bin, line, ws, env);
const rootOf = async (s: Stack) => JSON.parse(await readFile(s.trustedRootPath, 'utf8'));
const verifyLine = (out: string, extra: string) =>
  `tp verify --model model --bundle ${out}/provenance.sigstore.json --repository acme/vision --format json ${extra}`;

async function attestOn(s: Stack, out: string): Promise<void> {
  const r = await sh(
    `tp attest --model model --trust-config ${s.trustConfigFulcioRekorPath} --python none --output-dir ${out}`,
    { SIGSTORE_ID_TOKEN: await s.mintToken() },
  );
  if (r.code !== 0) throw new Error(r.stderr);
}

beforeAll(async () => {
  [a, b, bin] = await Promise.all([startStack(), startStack(), installTp()]);
  repo = await startTufRepo(await rootOf(a));
  ws = await mkdtemp(join(tmpdir(), 'tp-trust-'));
  cache = await mkdtemp(join(tmpdir(), 'tp-trust-cache-'));
  await mkdir(join(ws, 'model'));
  await writeFile(join(ws, 'model/weights.bin'), 'w'.repeat(1024));
  await attestOn(a, 'out-a');
  await attestOn(b, 'out-b');
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), repo?.close()]);
  await closeHashPool();
});

const tuf = () => `--tuf-url ${repo.url} --tuf-root ${repo.rootPath}`;

test('a root delivered over TUF verifies a bundle the embedded root cannot', async () => {
  const embedded = await sh(verifyLine('out-a', ''), { TRAINING_PROVENANCE_OFFLINE: '1' });
  expect(embedded.code).toBe(1);
  expect(JSON.parse(embedded.stdout).violations[0].kind).toBe('trusted-root');
  const r = await sh(verifyLine('out-a', tuf()));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).trustedRoot.source).toMatch(
    new RegExp(`^TUF ${repo.url}, refreshed \\d{4}-\\d\\d-\\d\\dT`),
  );
  // Kept for a day: a second verify asks the repository nothing.
  const asked = repo.requests.length;
  expect((await sh(verifyLine('out-a', tuf()))).code).toBe(0);
  expect(repo.requests.length).toBe(asked);
}, 60_000);

test("after a rotation to a second stack's root, that stack's bundle passes too", async () => {
  repo.publish(await rootOf(b));
  const r = await sh(verifyLine('out-b', tuf()));
  if (r.code !== 0) throw new Error(`${r.stdout}\n${r.stderr}`);
}, 60_000);

test('trusted-root prints JSON lines that verify --trusted-root accepts, offline', async () => {
  const p = await sh(`tp trusted-root ${tuf()} --output roots.jsonl`);
  expect(p.code).toBe(0);
  const lines = (await readFile(join(ws, 'roots.jsonl'), 'utf8')).trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]!).mediaType).toMatch(/trustedroot/);
  const v = await sh(verifyLine('out-b', '--trusted-root roots.jsonl'), {
    TRAINING_PROVENANCE_OFFLINE: '1',
  });
  if (v.code !== 0) throw new Error(`${v.stdout}\n${v.stderr}`);
}, 60_000);

test('tampered metadata fails the gate with the reason, never falling back', async () => {
  const fresh = {
    ...online(),
    XDG_CACHE_HOME: await mkdtemp(join(tmpdir(), 'tp-trust-tampered-')),
  };
  repo.tamper('snapshot.json');
  const r = await sh(verifyLine('out-b', tuf()), fresh);
  repo.publish(await rootOf(b));
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout).violations[0].message).toMatch(
    /TUF repository .* did not give a trusted root that verifies: .*snapshot/,
  );
}, 60_000);

test('an unreachable repository: the embedded root, and the report says so', async () => {
  const closed = await startTufRepo({});
  const url = closed.url;
  await closed.close();
  const at = (n: string) => vector('gh-cli', n);
  const dir = await mkdtemp(join(tmpdir(), 'tp-trust-pg-'));
  const r = await verifyProvenance({
    bundles: [at('sigstore-js-2.1.0-bundle.json')],
    model: [{ kind: 'file', path: at('sigstore-js-2.1.0.tgz'), relPath: 'sigstore-js-2.1.0.tgz' }],
    workspace: dir,
    identity: { repository: 'sigstore/sigstore-js' },
    trustedRoot: 'auto',
    refresh: { url, rootPath: repo.rootPath, cacheDir: dir },
  });
  expect(r.violations).toEqual([]);
  expect(r.trustedRoot?.source).toMatch(
    new RegExp(
      `^embedded @sigstore/tuf .* seed \\(newest key from .*\\); ${url} could not be reached \\(fetch failed: no connection\\)$`,
    ),
  );
});

test("GitHub's instance with auto: says its root could not be refreshed, and how to supply it", async () => {
  const gh = await mkdtemp(join(tmpdir(), 'tp-trust-gh-'));
  for (const n of [
    'github_provenance_demo-0.0.12-py3-none-any.whl',
    'github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl',
  ])
    await copyFile(vector('gh-cli', n), join(gh, n));
  const r = await shell(
    bin,
    'tp verify --model github_provenance_demo-0.0.12-py3-none-any.whl --bundle github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl --repository malancas/attest-demo --format json',
    gh,
    { TRAINING_PROVENANCE_OFFLINE: '1' },
  );
  if (r.code !== 1) throw new Error(`${r.stdout}\n${r.stderr}`);
  const v = JSON.parse(r.stdout).violations[0];
  expect(v.message).toMatch(/GitHub's Sigstore instance/);
  expect(v.fix).toContain('tuf-url: https://tuf-repo.github.com');
});
