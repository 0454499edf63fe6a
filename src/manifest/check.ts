// `manifest verify MANIFEST DIR [--sample N | --all]`: the files re-hashed against the manifest.
// Either way the directory is walked beside the manifest, both in OMS order, and files added and
// removed are named. --all re-hashes every file; a sample is drawn by reservoir sampling with a
// seeded generator (the seed is printed, so the same sample can be drawn again). Every
// difference is named in verify's words (verify/content.ts): added, removed, renamed, changed.
// Only the differences are held, never a file list: memory stays flat however many files match.
import { randomInt } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { compareOmsPaths } from '../hash/oms.js';
import { hashInOrder } from '../hash/stream.js';
import { walkInOrder } from '../hash/walk.js';
import type { FileDigest } from '../types.js';
import type { FileToHash } from '../hash/index.js';
import { compareContent, differenceLines, type DifferenceLine } from '../verify/content.js';
import type { ManifestRecord } from './format.js';
import { ManifestFile } from './read.js';

export interface Difference {
  kind: DifferenceLine['kind'];
  /** The file's name on disk (a removed file's: in the manifest). */
  path: string;
  /** A renamed file's name in the manifest. */
  from?: string;
  /** The line verify would print for it: `renamed A → B`, `removed A`, … */
  line: string;
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

/** What the walk and the re-hash found on one side only or different: all a check keeps. */
interface Sides {
  removed: ManifestRecord[];
  added: FileToHash[];
  changed: Array<{ want: ManifestRecord; got: FileDigest }>;
}

const noSides = (): Sides => ({ removed: [], added: [], changed: [] });

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
 * yielded, a file on one side only is kept in `sides`. Listing is cheap next to hashing, so a
 * sample re-hashes few files but still names every file added and removed.
 */
async function* pairs(
  file: ManifestFile,
  dir: string,
  sides: Sides,
  count: { listed: number },
): AsyncGenerator<Pair> {
  const records = file.records();
  let want = await records.next();
  const missing = (r: ManifestRecord) => {
    sides.removed.push(r);
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
      sides.added.push(f);
      continue;
    }
    const pair = { want: want.value, file: f };
    count.listed++;
    want = await records.next();
    yield pair;
  }
  for (; !want.done; want = await records.next()) missing(want.value);
}

/** Re-hashes the pairs' files in order, keeping each that differs from its record. */
async function rehash(files: AsyncIterable<Pair> | Iterable<Pair>, sides: Sides) {
  const expected: ManifestRecord[] = [];
  let i = 0;
  async function* each(): AsyncGenerator<FileToHash> {
    for await (const p of files) {
      expected.push(p.want);
      yield p.file;
    }
  }
  // Files come back in the order given; a queue emptied as it is consumed keeps memory flat.
  const next = (got: FileDigest) => {
    const want = expected[i++]!;
    if (got.sha256 !== want.sha256 || got.size !== want.size) sides.changed.push({ want, got });
    if (i === expected.length) expected.length = i = 0;
  };
  const totals = await hashInOrder(each(), next, { input: 'manifest verify' });
  return totals.files;
}

// A record binds a size as well as a digest: two are the same content only if both agree.
const content = (size: number, sha256: string) => `${sha256}:${size}`;

/**
 * The files added whose size some removed record has, hashed: only they can be a rename. A
 * sample stays cheap when a directory holds many files the manifest does not list.
 */
async function addedContent(sides: Sides): Promise<Map<string, string>> {
  const sizes = new Set(sides.removed.map((r) => r.size));
  async function* candidates(): AsyncGenerator<FileToHash> {
    if (sizes.size === 0) return;
    for (const f of sides.added) {
      // A file gone since the walk stays named as added; hashing it would only fail.
      const size = await stat(f.path).then(
        (st) => st.size,
        () => -1,
      );
      if (sizes.has(size)) yield f;
    }
  }
  const found = new Map<string, string>();
  // In chunks, as the walk's files are: many added files are never all hashed at once.
  const keep = (f: FileDigest) => void found.set(f.relPath, content(f.size, f.sha256));
  await hashInOrder(candidates(), keep, { input: 'manifest verify' });
  return found;
}

/** The differences kept, compared and named as verify names them (verify/content.ts). */
async function differences(sides: Sides): Promise<Difference[]> {
  const added = await addedContent(sides);
  const records = new Map(sides.removed.map((r) => [r.path, r]));
  const changed = new Map(sides.changed.map((c) => [c.want.path, c]));
  const diff = compareContent(
    [...sides.removed, ...sides.changed.map((c) => c.want)].map((r) => ({
      name: r.path,
      digest: content(r.size, r.sha256),
    })),
    [
      // A file not hashed (no removed record of its size) has no content to pair.
      ...sides.added.map((f) => ({ name: f.relPath, digest: added.get(f.relPath) ?? '' })),
      ...sides.changed.map((c) => ({
        name: c.got.relPath,
        digest: content(c.got.size, c.got.sha256),
      })),
    ],
  );
  const from = new Map(diff.renamed.map((r) => [r.to, r.from]));
  return differenceLines(diff).map((d) => {
    const was = d.kind === 'renamed' ? from.get(d.name)! : undefined;
    return {
      kind: d.kind,
      path: d.name,
      ...(was ? { from: was } : {}),
      line: d.line,
      detail: detail(d, was, records, changed),
    };
  });
}

function detail(
  d: DifferenceLine,
  was: string | undefined,
  records: Map<string, ManifestRecord>,
  changed: Map<string, Sides['changed'][number]>,
): string {
  if (d.kind === 'added') return 'on disk, not in the manifest';
  if (d.kind === 'removed') return 'listed in the manifest, not on disk';
  if (d.kind === 'renamed') {
    const r = records.get(was!)!;
    return `${r.size} bytes sha256:${r.sha256}`;
  }
  const { want, got } = changed.get(d.name)!;
  return `manifest ${want.size} bytes sha256:${want.sha256}, on disk ${got.size} bytes sha256:${got.sha256}`;
}

/** A seeded reservoir sample of `n` of the files on both sides (OMS order), re-hashed. */
async function checkSample(
  file: ManifestFile,
  dir: string,
  n: number,
  seed: number,
): Promise<CheckResult> {
  const sides = noSides();
  const count = { listed: 0 };
  const next = generator(seed);
  const kept: Pair[] = [];
  let seen = 0;
  for await (const p of pairs(file, dir, sides, count)) {
    seen++;
    if (kept.length < n) kept.push(p);
    else {
      const j = Math.floor(next() * seen);
      if (j < n) kept[j] = p;
    }
  }
  kept.sort((a, b) => compareOmsPaths(a.want.path, b.want.path));
  const checked = await rehash(kept, sides);
  return { listed: count.listed, checked, seed, differences: await differences(sides) };
}

/** --all: every file on both sides re-hashed, as the walk reaches it. */
async function checkAll(file: ManifestFile, dir: string): Promise<CheckResult> {
  const sides = noSides();
  const count = { listed: 0 };
  const checked = await rehash(pairs(file, dir, sides, count), sides);
  return { listed: count.listed, checked, differences: await differences(sides) };
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
