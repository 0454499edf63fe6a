// The model on disk against the subjects, several paths at once: results keep the input order,
// a bad path does not cut the others short, and large files hash side by side.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeHashPool } from '../../src/hash/index.js';
import { getHashPool } from '../../src/hash/pool.js';
import { checkSubjects, DigestCache, type ResolvedPath } from '../../src/verify/subjects.js';

const MiB = 1024 * 1024;
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'verify-subjects-'));
});
afterAll(async () => {
  await closeHashPool();
  rmSync(root, { recursive: true, force: true });
});

function file(name: string, bytes: Buffer): { path: ResolvedPath; sha256: string } {
  const path = join(root, name);
  writeFileSync(path, bytes);
  return {
    path: { kind: 'file', path, relPath: name },
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

test('two large model files hash side by side: one on a worker, one on the calling thread', async () => {
  const files = [
    file('a.safetensors', randomBytes(20 * MiB)),
    file('b.safetensors', randomBytes(20 * MiB)),
  ];
  const subjects = files.map((f) => ({ name: f.path.relPath, digest: { sha256: f.sha256 } }));
  const pool = getHashPool(1);
  await pool.ready();
  const before = pool.bytesSent;
  // Two threads: the calling one and one worker. One after the other, both would go to the
  // idle worker (40 MiB sent); at once, the second goes to the calling thread.
  const checks = await checkSubjects(
    subjects,
    files.map((f) => f.path),
    new DigestCache({ concurrency: 2 }),
  );
  expect(checks.map((c) => [c.name, c.ok])).toEqual([
    ['a.safetensors', true],
    ['b.safetensors', true],
  ]);
  expect(pool.bytesSent - before).toBe(20 * MiB);
});

test('each path reports its progress under its name, relative to the base', async () => {
  const f = file('progress.bin', randomBytes(3000));
  const seen: [string, number, number][] = [];
  const cache = new DigestCache({
    base: root,
    onProgress: (label, p) => seen.push([label, p.bytesDone, p.bytesTotal]),
  });
  const [check] = await checkSubjects(
    [{ name: 'progress.bin', digest: { sha256: f.sha256 } }],
    [f.path],
    cache,
  );
  expect(check!.ok).toBe(true);
  expect(seen[0]).toEqual(['model progress.bin', 0, 3000]);
  expect(seen.at(-1)).toEqual(['model progress.bin', 3000, 3000]);
});

test('results keep the input order, and a changed file fails alone', async () => {
  const files = ['c.bin', 'd.bin', 'e.bin'].map((n, i) => file(n, randomBytes(1000 + i)));
  const subjects = files.map((f) => ({ name: f.path.relPath, digest: { sha256: f.sha256 } }));
  writeFileSync(files[1]!.path.path, 'tampered');
  const checks = await checkSubjects(
    subjects,
    files.map((f) => f.path),
    new DigestCache({ concurrency: 2 }),
  );
  expect(checks.map((c) => [c.name, c.ok])).toEqual([
    ['c.bin', true],
    ['d.bin', false],
    ['e.bin', true],
  ]);
  expect(checks[1]!.expected).toBe(`sha256:${files[1]!.sha256}`);
  expect(checks[1]!.actual).toBe(`sha256:${createHash('sha256').update('tampered').digest('hex')}`);
});
