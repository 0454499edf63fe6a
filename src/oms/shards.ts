// OMS shard serialization (spec §6.3.2): each file is cut into byte ranges of `shard_size`
// (the last one shorter; an empty file has none), each named `path:start:end` (end exclusive)
// and hashed on its own, on every core through the hashing pool, as whole files are. The files
// on disk are cut the same way when a shard signature is checked.
import { stat } from 'node:fs/promises';
import { hashFilesWith, type FileToHash } from '../hash/index.js';
import type { DiskDigest } from './compare.js';
import { OMS_HASH_TYPES } from './layout.js';
import type { ParsedOmsStatement } from './parse.js';

/** The files' shards, in the files' order, each a byte range named `path:start:end`. */
export async function shardsOf(
  files: readonly FileToHash[],
  shardSize: number,
): Promise<FileToHash[]> {
  const out: FileToHash[] = [];
  for (const f of files) {
    const { size } = await stat(f.path);
    for (let start = 0; start < size; start += shardSize) {
      const end = Math.min(start + shardSize, size);
      out.push({ path: f.path, relPath: `${f.relPath}:${start}:${end}`, range: { start, end } });
    }
  }
  return out;
}

/**
 * The files' shards as `{relPath: name, digest}`: every shard on disk, hashed under the
 * signature's hash type when the signature lists it (the others are extra whatever they hold).
 */
export async function diskShards(
  files: readonly FileToHash[],
  how: Pick<ParsedOmsStatement, 'shardSize' | 'hashType'>,
  signed: ReadonlySet<string>,
): Promise<DiskDigest[]> {
  const algorithm = OMS_HASH_TYPES[how.hashType].algorithm;
  const shards = await shardsOf(files, how.shardSize!);
  const listed = shards.filter((s) => signed.has(s.relPath));
  const hashed = await hashFilesWith(listed, [algorithm], { input: 'model' });
  const digests = new Map(hashed.map((h) => [h.relPath, h.digest[algorithm]!]));
  return shards.map((s) => ({ relPath: s.relPath, digest: digests.get(s.relPath) ?? '' }));
}
