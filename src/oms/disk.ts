// The model on disk as a signature names it: every file (or byte range, for a shard signature)
// with its digest under the signature's hash type, and the root over them in the order the
// signature lists them, as model_signing verifies.
import {
  compareOmsPaths,
  digestDirectory,
  hashFile,
  hashFilesWith,
  listDirectory,
  rootOfDigests,
} from '../hash/index.js';
import type { Sha256Hex } from '../types.js';
import type { DigestCache } from '../hash/cache.js';
import type { DiskDigest } from './compare.js';
import { OMS_HASH_TYPES } from './layout.js';
import type { ParsedOmsStatement } from './parse.js';
import { diskShards } from './shards.js';
import { singleFileName } from './single-file.js';

type Signed = Pick<
  ParsedOmsStatement,
  'method' | 'resources' | 'shardSize' | 'hashType' | 'allowSymlinks'
>;

/** The files of `model` (a directory, or one file) with their digests, as `signed` names them. */
export async function digestsOnDisk(
  model: string,
  kind: 'file' | 'directory',
  signed: Signed,
  ignorePaths: string[],
  cache?: DigestCache,
): Promise<DiskDigest[]> {
  const algorithm = OMS_HASH_TYPES[signed.hashType].algorithm;
  const names = new Set(signed.resources.map((r) => r.name));
  if (kind === 'file') {
    if (signed.method === 'shards') {
      // Shards are named `NAME:start:end`; the file's name is what comes before the range.
      const own = [...new Set([...names].map((n) => n.replace(/:\d+:\d+$/, '')))];
      return diskShards([{ path: model, relPath: singleFileName(own, model) }], signed, names);
    }
    // Through the cache, the provenance's check of the same file and this one read it once.
    const { digest } = cache
      ? await cache.file(model, algorithm)
      : await hashFile(model, algorithm, { input: 'model' });
    return [{ relPath: singleFileName([...names], model), digest }];
  }
  const walk = { ignorePaths, input: 'model', followLinks: signed.allowSymlinks };
  if (signed.method === 'shards') {
    const { files } = await listDirectory(model, walk);
    return diskShards(files, signed, names);
  }
  if (signed.hashType !== 'sha256') {
    const { files } = await listDirectory(model, walk);
    const hashed = await hashFilesWith(files, [algorithm], { input: 'model' });
    return hashed.map((f) => ({ relPath: f.relPath, digest: f.digest[algorithm]! }));
  }
  const disk = cache
    ? await cache.directory(model, ignorePaths, signed.allowSymlinks)
    : await digestDirectory(model, walk);
  return disk.files.map((f) => ({ relPath: f.relPath, digest: f.sha256 }));
}

/**
 * The root over the files on disk in the order the signature lists them, as model_signing
 * verifies: it writes Python's PurePosixPath order, the specification says code-point order, and
 * the two differ where a name has a character below `/` where they branch (`tokenizer.json`
 * beside `tokenizer/`). A signature from either passes. Undefined when a listed file is missing.
 */
export function rootInSignedOrder(
  signed: Pick<ParsedOmsStatement, 'resources'>,
  files: readonly DiskDigest[],
): string | undefined {
  const byName = new Map(files.map((f) => [f.relPath, f.digest]));
  const digests = signed.resources.map((r) => byName.get(r.name));
  return digests.every((d) => d !== undefined) ? rootOfDigests(digests) : undefined;
}

/** The root in PurePosixPath order: what a directory subject records (`model_signing digest`). */
export function directoryRoot(files: readonly DiskDigest[]): Sha256Hex {
  const sorted = [...files].sort((a, b) => compareOmsPaths(a.relPath, b.relPath));
  return rootOfDigests(sorted.map((f) => f.digest));
}
