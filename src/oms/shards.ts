// OMS shard serialization (spec §6.3.2): each file is cut into byte ranges of `shard_size`
// (the last one shorter; an empty file has none), each named `path:start:end` (end exclusive)
// and hashed on its own. The files on disk are cut the same way and each signed range re-read,
// on every core through the hashing pool, as whole files are.
import { stat } from 'node:fs/promises';
import { hashFilesWith, type FileToHash } from '../hash/index.js';
import type { DiskDigest } from './compare.js';
import { OMS_HASH_TYPES } from './layout.js';
import type { ParsedOmsStatement } from './parse.js';

/** The shard names of a file of `size` bytes. */
export function shardNames(relPath: string, size: number, shardSize: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < size; start += shardSize)
    out.push(`${relPath}:${start}:${Math.min(start + shardSize, size)}`);
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
  const algorithm = OMS_HASH_TYPES[how.hashType].node;
  const out: DiskDigest[] = [];
  const toHash: Array<FileToHash & { index: number }> = [];
  for (const f of files) {
    const { size } = await stat(f.path);
    for (const name of shardNames(f.relPath, size, how.shardSize!)) {
      if (signed.has(name)) {
        const [start, end] = name
          .slice(f.relPath.length + 1)
          .split(':')
          .map(Number);
        toHash.push({
          path: f.path,
          relPath: name,
          range: { start: start!, end: end! },
          index: out.length,
        });
      }
      out.push({ relPath: name, digest: '' });
    }
  }
  const hashed = await hashFilesWith(toHash, [algorithm], { input: 'model' });
  hashed.forEach((h, k) => (out[toHash[k]!.index]!.digest = h.digest[algorithm]!));
  return out;
}
