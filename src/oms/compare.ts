// The signed manifest against the files on disk: which files changed, which are missing,
// which are on disk but were never signed. Pure: the caller hashes.
import { compareOmsPaths } from '../hash/index.js';
import type { SignedResource } from './parse.js';

export interface OmsFileDiff {
  changed: string[];
  missing: string[];
  extra: string[];
}

export interface ChangedFile {
  name: string;
  signed: string;
  actual: string;
}

export function diffManifest(
  signed: readonly SignedResource[],
  onDisk: readonly { relPath: string; sha256: string }[],
): OmsFileDiff & { changedDetail: ChangedFile[] } {
  const want = new Map(signed.map((r) => [r.name, r.digest.toLowerCase()]));
  const have = new Map(onDisk.map((f) => [f.relPath, f.sha256 as string]));
  const byPath = (a: string, b: string) => compareOmsPaths(a, b);
  const changedDetail: ChangedFile[] = [];
  for (const [name, digest] of want) {
    const actual = have.get(name);
    if (actual !== undefined && actual !== digest)
      changedDetail.push({ name, signed: digest, actual });
  }
  changedDetail.sort((a, b) => byPath(a.name, b.name));
  return {
    changed: changedDetail.map((c) => c.name),
    missing: [...want.keys()].filter((n) => !have.has(n)).sort(byPath),
    extra: [...have.keys()].filter((n) => !want.has(n)).sort(byPath),
    changedDetail,
  };
}
