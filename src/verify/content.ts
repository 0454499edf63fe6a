// The one comparison of a signed list of files (names and digests) with the files on disk, and
// the words every report uses for what differs: added, removed, renamed, changed. Pure: the
// callers hash. A name is compared as its exact string: the NFC and NFD spellings of one name
// are two names, as they are two files to the file system and to whoever loads the model.
import { compareOmsPaths } from '../hash/oms.js';

/** A file (or an OMS shard) and its digest, lowercase hex under one algorithm. */
export interface ListedFile {
  name: string;
  digest: string;
}

export interface ChangedContent {
  name: string;
  signed: string;
  actual: string;
}

export interface ContentDifferences {
  /** On disk, not in the signed list. */
  added: string[];
  /** In the signed list, not on disk. */
  removed: string[];
  /** A removed name and an added name with the same digest. */
  renamed: Array<{ from: string; to: string }>;
  changed: ChangedContent[];
}

export const noDifferences = (d: ContentDifferences): boolean =>
  d.added.length + d.removed.length + d.renamed.length + d.changed.length === 0;

/** Pairs each removed name with the first added one of the same digest, both in path order. */
function pairRenames(
  removed: string[],
  added: string[],
  want: Map<string, string>,
  have: Map<string, string>,
) {
  // Added names by digest, each list in path order, taken from the front: linear, however many
  // files moved or share one content.
  const byDigest = new Map<string, { names: string[]; next: number }>();
  for (const a of added) {
    const d = have.get(a)!;
    const q = byDigest.get(d);
    if (q) q.names.push(a);
    else byDigest.set(d, { names: [a], next: 0 });
  }
  const renamed: ContentDifferences['renamed'] = [];
  for (const from of removed) {
    const q = byDigest.get(want.get(from)!);
    if (q && q.next < q.names.length) renamed.push({ from, to: q.names[q.next++]! });
  }
  const moved = new Set(renamed.map((r) => r.from));
  const taken = new Set(renamed.map((r) => r.to));
  return {
    renamed,
    removed: removed.filter((n) => !moved.has(n)),
    added: added.filter((n) => !taken.has(n)),
  };
}

/** The signed list against the disk: every name added, removed, renamed or changed. */
export function compareContent(
  signed: readonly ListedFile[],
  onDisk: readonly ListedFile[],
): ContentDifferences {
  const want = new Map(signed.map((f) => [f.name, f.digest.toLowerCase()]));
  const have = new Map(onDisk.map((f) => [f.name, f.digest.toLowerCase()]));
  const changed: ChangedContent[] = [];
  for (const [name, digest] of want) {
    const actual = have.get(name);
    if (actual !== undefined && actual !== digest) changed.push({ name, signed: digest, actual });
  }
  changed.sort((a, b) => compareOmsPaths(a.name, b.name));
  const removed = [...want.keys()].filter((n) => !have.has(n)).sort(compareOmsPaths);
  const added = [...have.keys()].filter((n) => !want.has(n)).sort(compareOmsPaths);
  return { ...pairRenames(removed, added, want, have), changed };
}

/** Two names that differ only in their Unicode normalization look alike: say so. */
function spelling(from: string, to: string): string {
  if (from.normalize('NFC') !== to.normalize('NFC')) return '';
  const form = (s: string) =>
    s === s.normalize('NFC') ? 'NFC' : s === s.normalize('NFD') ? 'NFD' : 'mixed';
  return ` (the same name spelt ${form(from)} then ${form(to)}: '${escape(from)}' → '${escape(to)}')`;
}

const escape = (s: string) =>
  s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The same differences with `prefix` joined to every name (a directory's path in the workspace). */
export function withPrefix(d: ContentDifferences, prefix: string): ContentDifferences {
  const p = (n: string) => `${prefix}${n}`;
  return {
    added: d.added.map(p),
    removed: d.removed.map(p),
    renamed: d.renamed.map((r) => ({ from: p(r.from), to: p(r.to) })),
    changed: d.changed.map((c) => ({ ...c, name: p(c.name) })),
  };
}

/** One difference, as every report says it: its kind, the name on disk (or signed), the line. */
export interface DifferenceLine {
  kind: 'renamed' | 'removed' | 'added' | 'changed';
  name: string;
  line: string;
}

/** Each difference in the words every report uses: renamed, removed, added, changed. */
export function differenceLines(d: ContentDifferences): DifferenceLine[] {
  const line = (kind: DifferenceLine['kind'], name: string, text = `${kind} ${name}`) => ({
    kind,
    name,
    line: text,
  });
  return [
    ...d.renamed.map((r) =>
      line('renamed', r.to, `renamed ${r.from} → ${r.to}${spelling(r.from, r.to)}`),
    ),
    ...d.removed.map((n) => line('removed', n)),
    ...d.added.map((n) => line('added', n)),
    ...d.changed.map((c) => line('changed', c.name)),
  ];
}

export const describeDifferences = (d: ContentDifferences): string[] =>
  differenceLines(d).map((l) => l.line);
