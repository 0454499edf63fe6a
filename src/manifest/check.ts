// `manifest verify MANIFEST DIR [--sample N | --all]`: the files re-hashed against the manifest.
// Either way the directory is walked beside the manifest, both in OMS order, and files added and
// removed are named. --all re-hashes every file; a sample is drawn by reservoir sampling with a
// seeded generator (the seed is printed, so the same sample can be drawn again). Every
// difference is named.
import { randomInt } from 'node:crypto';
import { compareOmsPaths } from '../hash/oms.js';
import { hashInOrder } from '../hash/stream.js';
import { walkInOrder } from '../hash/walk.js';
import type { FileDigest } from '../types.js';
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

type Pair = { want: ManifestRecord; file: FileToHash };

/**
 * The directory and the manifest walked together, both in OMS order: a file on both sides is
 * yielded, a file on one side only is a difference. Listing is cheap next to hashing, so a
 * sample re-hashes few files but still names every file added and removed.
 */
async function* pairs(
  file: ManifestFile,
  dir: string,
  out: Difference[],
  count: { listed: number },
): AsyncGenerator<Pair> {
  const records = file.records();
  let want = await records.next();
  const missing = (r: ManifestRecord) => {
    out.push({ path: r.path, kind: 'missing', detail: 'listed in the manifest, not on disk' });
    count.listed++;
  };
  for await (const f of walkInOrder(dir, { input: 'manifest verify' })) {
    for (
      ;
      !want.done && compareOmsPaths(want.value.path, f.relPath) < 0;
      want = await records.next()
    )
      missing(want.value);
    if (want.done || want.value.path !== f.relPath) {
      out.push({ path: f.relPath, kind: 'added', detail: 'on disk, not in the manifest' });
      continue;
    }
    const pair = { want: want.value, file: f };
    count.listed++;
    want = await records.next();
    yield pair;
  }
  for (; !want.done; want = await records.next()) missing(want.value);
}

/** Re-hashes the pairs' files in order, naming each that differs from its record. */
async function rehash(files: AsyncIterable<Pair> | Iterable<Pair>, out: Difference[]) {
  const expected: ManifestRecord[] = [];
  let i = 0;
  async function* each(): AsyncGenerator<FileToHash> {
    for await (const p of files) {
      expected.push(p.want);
      yield p.file;
    }
  }
  // Files come back in the order given; a queue emptied as it is consumed keeps memory flat.
  const next = (f: FileDigest) => {
    compare(expected[i++]!, f, out);
    if (i === expected.length) expected.length = i = 0;
  };
  const totals = await hashInOrder(each(), next, { input: 'manifest verify' });
  return totals.files;
}

function compare(want: ManifestRecord, got: { size: number; sha256: string }, out: Difference[]) {
  if (got.sha256 !== want.sha256 || got.size !== want.size)
    out.push({
      path: want.path,
      kind: 'changed',
      detail: `manifest ${want.size} bytes sha256:${want.sha256}, on disk ${got.size} bytes sha256:${got.sha256}`,
    });
}

/** A seeded reservoir sample of `n` of the files on both sides (OMS order), re-hashed. */
async function checkSample(
  file: ManifestFile,
  dir: string,
  n: number,
  seed: number,
): Promise<CheckResult> {
  const out: Difference[] = [];
  const count = { listed: 0 };
  const next = generator(seed);
  const kept: Pair[] = [];
  let seen = 0;
  for await (const p of pairs(file, dir, out, count)) {
    seen++;
    if (kept.length < n) kept.push(p);
    else {
      const j = Math.floor(next() * seen);
      if (j < n) kept[j] = p;
    }
  }
  kept.sort((a, b) => compareOmsPaths(a.want.path, b.want.path));
  const checked = await rehash(kept, out);
  out.sort((a, b) => compareOmsPaths(a.path, b.path));
  return { listed: count.listed, checked, seed, differences: out };
}

/** --all: every file on both sides re-hashed, as the walk reaches it. */
async function checkAll(file: ManifestFile, dir: string): Promise<CheckResult> {
  const out: Difference[] = [];
  const count = { listed: 0 };
  const checked = await rehash(pairs(file, dir, out, count), out);
  out.sort((a, b) => compareOmsPaths(a.path, b.path));
  return { listed: count.listed, checked, differences: out };
}

export async function checkManifest(
  manifestPath: string,
  dir: string,
  opts: { sample?: number; seed?: number },
): Promise<CheckResult> {
  const file = await ManifestFile.open(manifestPath, 'manifest verify');
  if (opts.sample === undefined) return checkAll(file, dir);
  return checkSample(file, dir, opts.sample, opts.seed ?? randomInt(0, 2 ** 31));
}
