// Refreshing a trusted root over TUF from a real repository on loopback (tools/tuf-repo: metadata
// signed with @tufjs/models, served over HTTP): a rotation is followed; tampered, rolled-back and
// expired metadata are each refused with the reason; an unreachable repository is said so, so
// that the caller can fall back; a refreshed root is kept for a day.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenanceError } from '../../src/errors.js';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import type { LoadedTrustedRoot } from '../../src/verify/trust.js';
import { refreshTrustedRoot, type TufRefresh } from '../../src/verify/tuf.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { startTufRepo, type TufRepo } from '../../tools/tuf-repo/index.js';

let a: Stack;
let b: Stack;
let repo: TufRepo;
const rootJson = async (s: Stack) => JSON.parse(await readFile(s.trustedRootPath, 'utf8'));
/** The first certificate authority's chain, as trusted_root.json writes it. */
const authorityIn = (json: { certificateAuthorities: Array<{ certChain: unknown }> }) =>
  JSON.stringify(json.certificateAuthorities[0]!.certChain);
const authorityOf = (root: LoadedTrustedRoot) =>
  authorityIn(TrustedRoot.toJSON(root.root) as Parameters<typeof authorityIn>[0]);

beforeAll(async () => {
  [a, b] = await Promise.all([startStack(), startStack()]);
  repo = await startTufRepo(await rootJson(a));
}, 60_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), repo?.close()]);
});

const fresh = async (): Promise<TufRefresh> => ({
  url: repo.url,
  rootPath: repo.rootPath,
  cacheDir: await mkdtemp(join(tmpdir(), 'tp-tuf-cache-')),
});

async function refused(r: TufRefresh, reason: RegExp): Promise<void> {
  const e = await refreshTrustedRoot({ ...r, maxAgeMs: 0 }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ProvenanceError);
  expect((e as ProvenanceError).code).toBe('TUF_REFUSED');
  expect((e as ProvenanceError).message).toMatch(reason);
}

test('the served root is returned, then kept for a day without asking again', async () => {
  const r = await fresh();
  const first = await refreshTrustedRoot(r);
  expect(first.ok).toBe(true);
  if (!first.ok) return;
  expect(authorityOf(first.root)).toBe(authorityIn(await rootJson(a)));
  // Consistent snapshots, as Sigstore's repository serves them: versioned metadata, hashed target.
  expect(repo.requests).toEqual(
    expect.arrayContaining([
      'timestamp.json',
      expect.stringMatching(/^\d+\.snapshot\.json$/),
      expect.stringMatching(/^\d+\.targets\.json$/),
      expect.stringMatching(/^targets\/[0-9a-f]{64}\.trusted_root\.json$/),
    ]),
  );
  expect(first.root.source).toMatch(new RegExp(`^TUF ${repo.url}, refreshed \\d{4}-`));
  const asked = repo.requests.length;
  const again = await refreshTrustedRoot(r);
  expect(again).toMatchObject({ ok: true, fromCache: true });
  expect(repo.requests.length).toBe(asked);
  const nextDay = await refreshTrustedRoot({ ...r, now: new Date(Date.now() + 25 * 3_600_000) });
  expect(nextDay).toMatchObject({ ok: true, fromCache: false });
  expect(repo.requests.length).toBeGreaterThan(asked);
});

test('a rotation (new trusted_root.json, new snapshot and timestamp) is picked up', async () => {
  const r = await fresh();
  const before = await refreshTrustedRoot(r);
  expect(before.ok && authorityOf(before.root)).toBe(authorityIn(await rootJson(a)));
  repo.publish(await rootJson(b));
  const after = await refreshTrustedRoot({ ...r, maxAgeMs: 0 });
  expect(after.ok && authorityOf(after.root)).toBe(authorityIn(await rootJson(b)));
  repo.publish(await rootJson(a));
});

test('tampered metadata is refused', async () => {
  const r = await fresh();
  repo.tamper('timestamp.json');
  await refused(r, /timestamp was signed by 0\/1 keys/);
  repo.publish(await rootJson(a));
});

test('a rollback to an older timestamp is refused', async () => {
  const r = await fresh();
  repo.publish(await rootJson(a));
  await refreshTrustedRoot({ ...r, maxAgeMs: 0 });
  repo.rollBackTimestamp();
  await refused(r, /version/i);
  repo.publish(await rootJson(a));
});

test('expired metadata is refused', async () => {
  const r = await fresh();
  repo.expireTimestamp();
  await refused(r, /expired/i);
  repo.publish(await rootJson(a));
});

test('a repository that cannot be reached is said so, not refused', async () => {
  const r = await fresh();
  const closed = await startTufRepo(await rootJson(a));
  const url = closed.url;
  await closed.close();
  const o = await refreshTrustedRoot({ ...r, url, maxAgeMs: 0 });
  expect(o).toEqual({ ok: false, unreachable: 'fetch failed: no connection' });
});
