// `manifest PATH [--shard I/N]`: the files of a dataset directory (or one shard of them) hashed
// in OMS order and written as a manifest as they are hashed, so memory stays flat whatever
// the number of files.
import { stat } from 'node:fs/promises';
import { ProvenanceError } from '../errors.js';
import { countInOrder, hashInOrder, type StreamedTotals } from '../hash/stream.js';
import { walkInOrder } from '../hash/walk.js';
import type { ProgressListener } from '../hash/progress.js';
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

export interface WriteManifestOptions {
  /** The dataset directory. */
  dir: string;
  /** How the header names the dataset root: shards of one dataset must say the same. */
  rootLabel: string;
  shard?: ShardSpec;
  toolVersion: string;
  ignorePaths?: readonly string[];
  onProgress?: ProgressListener;
}

async function* inShard(files: AsyncIterable<FileToHash>, shard?: ShardSpec) {
  for await (const f of files)
    if (!shard || shardOf(f.relPath, shard.count) === shard.index) yield f;
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
  const files = () => inShard(walkInOrder(opts.dir, walkOpts(opts)), opts.shard);
  const filesTotal = opts.onProgress ? await countInOrder(files()) : 0;
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
    files(),
    (f) => sink(recordLine({ path: f.relPath, size: f.size, sha256: f.sha256 })),
    { input: 'manifest', filesTotal, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) },
  );
  await sink(
    trailerLine({ files: totals.files, bytes: totals.bytes, root: `sha256:${totals.root}` }),
  );
  return totals;
}
