// `manifest`, `manifest merge`, `manifest verify`: datasets hashed where they live, in shards
// on many nodes, merged into one manifest that attest records without reading the data.
import { basename } from 'node:path';
import { checkManifest, type CheckResult } from '../manifest/check.js';
import { mergeManifests } from '../manifest/merge.js';
import type { ShardSpec } from '../manifest/format.js';
import { writeManifest } from '../manifest/write.js';
import type { ProgressListener } from '../hash/progress.js';
import type { StreamedTotals } from '../hash/stream.js';
import type { ManifestTrailer } from '../manifest/format.js';
import { writeStreamAtomic, type FlushingSink, type LineSink } from '../store/files.js';

/** Paths arrive absolute (the command resolves them where it runs), the shard parsed. */
export interface ManifestContext {
  toolVersion: string;
  /** Where lines go when no output file is given (standard output). */
  stdout: FlushingSink;
  onProgress?: ProgressListener;
}

/** Into `output` atomically when given, else to the context's standard output. */
function into<T>(output: string, ctx: ManifestContext, fill: (sink: LineSink) => Promise<T>) {
  if (output) return writeStreamAtomic(output, fill, 'output');
  return fill(ctx.stdout).finally(() => ctx.stdout.flush());
}

export async function makeManifest(
  inputs: { path: string; shard?: ShardSpec; output?: string; rootName?: string },
  ctx: ManifestContext,
): Promise<StreamedTotals> {
  const dir = inputs.path;
  const opts = {
    dir,
    rootLabel: inputs.rootName || basename(dir),
    ...(inputs.shard ? { shard: inputs.shard } : {}),
    toolVersion: ctx.toolVersion,
    ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
  };
  return into(inputs.output ?? '', ctx, (sink) => writeManifest(opts, sink));
}

export async function mergeManifestFiles(
  inputs: { manifests: string[]; output?: string },
  ctx: ManifestContext,
): Promise<ManifestTrailer> {
  return into(inputs.output ?? '', ctx, (sink) =>
    mergeManifests(inputs.manifests, sink, ctx.toolVersion, ctx.onProgress),
  );
}

export async function verifyManifest(inputs: {
  manifest: string;
  path: string;
  sample?: number;
  seed?: number;
}): Promise<CheckResult> {
  return checkManifest(inputs.manifest, inputs.path, {
    ...(inputs.sample !== undefined ? { sample: inputs.sample } : {}),
    ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
  });
}
