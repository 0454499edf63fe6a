// OMS shard serialization (spec §6.3.2): each file is cut into byte ranges of `shard_size`
// (the last one shorter; an empty file has none), each named `path:start:end` (end exclusive)
// and hashed on its own. The files on disk are cut the same way and each signed range re-read.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { FileToHash } from '../hash/index.js';
import type { DiskDigest } from './compare.js';
import { OMS_HASH_TYPES, type ParsedOmsStatement } from './parse.js';

/** The shard names of a file of `size` bytes. */
export function shardNames(relPath: string, size: number, shardSize: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < size; start += shardSize)
    out.push(`${relPath}:${start}:${Math.min(start + shardSize, size)}`);
  return out;
}

async function hashRange(
  algorithm: string,
  path: string,
  start: number,
  end: number,
): Promise<string> {
  const h = createHash(algorithm);
  if (end > start)
    for await (const chunk of createReadStream(path, {
      start,
      end: end - 1,
      highWaterMark: 1 << 20,
    }))
      h.update(chunk as Buffer);
  return h.digest('hex');
}

/**
 * The files' shards as `{relPath: name, digest}`: every shard on disk, hashed under the
 * signature's hash type when the signature lists it (the others are extra whatever they hold),
 * several at once.
 */
export async function diskShards(
  files: readonly FileToHash[],
  how: Pick<ParsedOmsStatement, 'shardSize' | 'hashType'>,
  signed: ReadonlySet<string>,
): Promise<DiskDigest[]> {
  const shardSize = how.shardSize!;
  const algorithm = OMS_HASH_TYPES[how.hashType].node;
  const shards: Array<{ relPath: string; path: string; start: number; end: number }> = [];
  for (const f of files) {
    const { size } = await stat(f.path);
    for (const name of shardNames(f.relPath, size, shardSize)) {
      const [start, end] = name
        .slice(f.relPath.length + 1)
        .split(':')
        .map(Number);
      shards.push({ relPath: name, path: f.path, start: start!, end: end! });
    }
  }
  const out = shards.map((s) => ({ relPath: s.relPath, digest: '' }));
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < shards.length; i = next++) {
      const s = shards[i]!;
      if (signed.has(s.relPath))
        out[i]!.digest = await hashRange(algorithm, s.path, s.start, s.end);
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return out;
}
