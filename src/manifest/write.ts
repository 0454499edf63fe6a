// `manifest PATH [--shard I/N]`: the files of a dataset directory (or one shard of them) hashed
// in OMS order and written as a manifest as they are hashed, so memory stays flat whatever
// the number of files.
import { stat } from 'node:fs/promises';
import { ProvenanceError } from '../errors.js';
import { hashInOrder, walkInOrder, type StreamedTotals } from '../hash/stream.js';
import type { FileToHash } from '../hash/index.js';
import type { LineSink } from '../store/files.js';
import {
  headerLine,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  recordLine,
  trailerLine,
  type ShardSpec,
} from './format.js';
import { shardOf } from './shard.js';

export interface ManifestProgress {
  filesDone: number;
  /** Files this manifest covers, counted by a listing pass before hashing. */
  filesTotal: number;
  bytesDone: number;
}

export interface WriteManifestOptions {
  /** The dataset directory. */
  dir: string;
  /** How the header names the dataset root: shards of one dataset must say the same. */
  rootLabel: string;
  shard?: ShardSpec;
  toolVersion: string;
  ignorePaths?: readonly string[];
  onProgress?: (p: ManifestProgress) => void;
}

async function* inShard(files: AsyncIterable<FileToHash>, shard?: ShardSpec) {
  for await (const f of files)
    if (!shard || shardOf(f.relPath, shard.count) === shard.index) yield f;
}

async function countFiles(opts: WriteManifestOptions): Promise<number> {
  let n = 0;
  for await (const f of inShard(walkInOrder(opts.dir, walkOpts(opts)), opts.shard)) if (f) n++;
  return n;
}

const walkOpts = (opts: WriteManifestOptions) => ({
  input: 'manifest',
  ...(opts.ignorePaths ? { ignorePaths: opts.ignorePaths } : {}),
});

export async function writeManifest(
  opts: WriteManifestOptions,
  sink: LineSink,
): Promise<StreamedTotals> {
  const st = await stat(opts.dir).catch(() => undefined);
  if (!st?.isDirectory())
    throw new ProvenanceError('INPUT_INVALID', `${opts.dir} is not a directory`, {
      input: 'manifest',
      value: opts.dir,
      fix: 'give the dataset directory: a manifest lists the files under one root',
    });
  const filesTotal = opts.onProgress ? await countFiles(opts) : 0;
  await sink(
    headerLine({
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      root: opts.rootLabel,
      tool: `training-provenance ${opts.toolVersion}`,
      ...(opts.shard ? { shard: opts.shard } : {}),
    }),
  );
  const totals = await hashInOrder(
    inShard(walkInOrder(opts.dir, walkOpts(opts)), opts.shard),
    (f) => sink(recordLine({ path: f.relPath, size: f.size, sha256: f.sha256 })),
    {
      input: 'manifest',
      onChunk: (d) => opts.onProgress?.({ filesDone: d.files, filesTotal, bytesDone: d.bytes }),
    },
  );
  await sink(
    trailerLine({ files: totals.files, bytes: totals.bytes, root: `sha256:${totals.root}` }),
  );
  return totals;
}
