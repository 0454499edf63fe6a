// Which shard a file belongs to: by its path alone, so the same file falls in the same shard
// on every run and every node, whatever else the dataset holds.
import { createHash } from 'node:crypto';
import { ProvenanceError } from '../errors.js';
import type { ShardSpec } from './format.js';

export function shardOf(path: string, count: number): number {
  return createHash('sha256').update(path).digest().readUInt32BE(0) % count;
}

/** `I/N`, 0 ≤ I < N (e.g. `$SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT`). */
export function parseShard(text: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count || count > 1_000_000)
    throw new ProvenanceError('INPUT_INVALID', `--shard '${text}' is not I/N with 0 ≤ I < N`, {
      input: 'shard',
      value: text,
      fix: 'give the 0-based shard index and the shard count, e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT',
    });
  return { index, count };
}
