// The signed manifest against the files on disk: which files changed, which are missing,
// which are on disk but were never signed. Pure: the caller hashes.
import { compareOmsPaths } from '../hash/index.js';
import type { SignedResource } from './parse.js';

export interface OmsFileDiff {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** A file (or byte range) on disk and its digest under the signature's hash type. */
export interface DiskDigest {
  relPath: string;
  digest: string;
}

export interface ChangedFile {
  name: string;
  signed: string;
  actual: string;
}

export function diffManifest(
  signed: readonly SignedResource[],
  onDisk: readonly DiskDigest[],
): OmsFileDiff & { changedDetail: ChangedFile[] } {
  const want = new Map(signed.map((r) => [r.name, r.digest.toLowerCase()]));
  const have = new Map(onDisk.map((f) => [f.relPath, f.digest]));
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
