// `manifest verify MANIFEST DIR [--sample N | --all]`: the files re-hashed against the manifest.
// A sample is drawn by reservoir sampling with a seeded generator (the seed is printed, so the
// same sample can be drawn again); --all also walks the directory beside the manifest, both in
// OMS order, and names files added and removed. Every difference is named.
import { randomInt } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { compareOmsPaths } from '../hash/oms.js';
import { hashInOrder } from '../hash/stream.js';
import { walkInOrder } from '../hash/walk.js';
import type { FileToHash } from '../hash/index.js';
import type { ManifestRecord } from './format.js';
import { ManifestFile } from './read.js';

export interface Difference {
  path: string;
  kind: 'changed' | 'missing' | 'added';
  detail: string;
}

export interface CheckResult {
  /** Files the manifest lists. */
  listed: number;
  /** Files re-hashed. */
  checked: number;
  /** The sample's seed; absent with --all. */
  seed?: number;
  differences: Difference[];
}

/** mulberry32: a small seeded generator, so a sample can be drawn again from its seed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function sample(file: ManifestFile, n: number, seed: number) {
  const next = generator(seed);
  const kept: ManifestRecord[] = [];
  let seen = 0;
  for await (const r of file.records()) {
    seen++;
    if (kept.length < n) kept.push(r);
    else {
      const j = Math.floor(next() * seen);
      if (j < n) kept[j] = r;
    }
  }
  return { kept: kept.sort((a, b) => compareOmsPaths(a.path, b.path)), listed: seen };
}

/** Re-hash `records` (in OMS order) under `dir`; a missing file is a difference, not an error. */
async function rehash(dir: string, records: readonly ManifestRecord[], out: Difference[]) {
  const present: ManifestRecord[] = [];
  for (const r of records) {
    const st = await stat(join(dir, r.path)).catch(() => undefined);
    if (st?.isFile()) present.push(r);
    else out.push({ path: r.path, kind: 'missing', detail: 'listed in the manifest, not on disk' });
  }
  let i = 0;
  const files = (async function* () {
    for (const r of present) yield { path: join(dir, r.path), relPath: r.path };
  })();
  await hashInOrder(files, (f) => compare(present[i++]!, f, out), { input: 'manifest verify' });
  return present.length;
}

function compare(want: ManifestRecord, got: { size: number; sha256: string }, out: Difference[]) {
  if (got.sha256 !== want.sha256 || got.size !== want.size)
    out.push({
      path: want.path,
      kind: 'changed',
      detail: `manifest ${want.size} bytes sha256:${want.sha256}, on disk ${got.size} bytes sha256:${got.sha256}`,
    });
}

/** --all: the directory and the manifest walked together; common files re-hashed in order. */
async function checkAll(file: ManifestFile, dir: string): Promise<CheckResult> {
  const out: Difference[] = [];
  const expected: ManifestRecord[] = [];
  const records = file.records();
  let want = await records.next();
  let listed = 0;
  async function* common(): AsyncGenerator<FileToHash> {
    for await (const f of walkInOrder(dir, { input: 'manifest verify' })) {
      while (!want.done && compareOmsPaths(want.value.path, f.relPath) < 0) {
        out.push({
          path: want.value.path,
          kind: 'missing',
          detail: 'listed in the manifest, not on disk',
        });
        listed++;
        want = await records.next();
      }
      if (want.done || want.value.path !== f.relPath) {
        out.push({ path: f.relPath, kind: 'added', detail: 'on disk, not in the manifest' });
        continue;
      }
      expected.push(want.value);
      listed++;
      want = await records.next();
      yield f;
    }
    for (; !want.done; want = await records.next(), listed++)
      out.push({
        path: want.value.path,
        kind: 'missing',
        detail: 'listed in the manifest, not on disk',
      });
  }
  let i = 0;
  const totals = await hashInOrder(common(), (f) => compare(expected[i++]!, f, out), {
    input: 'manifest verify',
  });
  out.sort((a, b) => compareOmsPaths(a.path, b.path));
  return { listed, checked: totals.files, differences: out };
}

export async function checkManifest(
  manifestPath: string,
  dir: string,
  opts: { sample?: number; seed?: number },
): Promise<CheckResult> {
  const file = await ManifestFile.open(manifestPath, 'manifest verify');
  if (opts.sample === undefined) return checkAll(file, dir);
  const seed = opts.seed ?? randomInt(0, 2 ** 31);
  const { kept, listed } = await sample(file, opts.sample, seed);
  const differences: Difference[] = [];
  const checked = await rehash(dir, kept, differences);
  return { listed, checked, seed, differences };
}
