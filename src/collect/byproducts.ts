// Byproducts: files the run made besides the model (metrics, logs, the model card),
// recorded with digests in runDetails.byproducts. A directory stands for its files.
import type { ResourceDescriptor } from '../types.js';
import { digestFilesOf } from './paths.js';

export async function collectByproducts(
  patterns: readonly string[],
  opts: { workspace: string },
): Promise<ResourceDescriptor[]> {
  const files = await digestFilesOf(patterns, { workspace: opts.workspace, input: 'byproducts' });
  return files.map((f) => ({
    name: f.relPath,
    digest: { sha256: f.sha256 },
    annotations: { role: 'byproduct' },
  }));
}
