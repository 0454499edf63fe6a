// The manifest format (docs/manifests.md), version 1: JSON lines. A header line, one line a file
// (path relative to the dataset root, size, sha256) in OMS order, and a trailer with the counts
// and the OMS root digest over the lines before it, so a truncated or edited file is detected.
import type { Sha256Hex } from '../types.js';

export const MANIFEST_FORMAT = 'training-provenance/manifest';
export const MANIFEST_VERSION = 1;

/** Which deterministic part of the dataset a manifest covers; absent for the whole. */
export interface ShardSpec {
  /** 0-based, as SLURM_ARRAY_TASK_ID and a Kubernetes JOB_COMPLETION_INDEX count. */
  index: number;
  count: number;
}

export interface ManifestHeader {
  format: typeof MANIFEST_FORMAT;
  version: typeof MANIFEST_VERSION;
  /** The dataset root as given (a path, or a name): shards of one dataset share it. */
  root: string;
  tool: string;
  shard?: ShardSpec;
  /** A merged manifest: how many shards it was made from. */
  mergedFrom?: number;
}

export interface ManifestRecord {
  path: string;
  size: number;
  sha256: Sha256Hex;
}

export interface ManifestTrailer {
  files: number;
  bytes: number;
  /** OMS root digest over the records' digests in order: `sha256:HEX`. */
  root: string;
}

export function headerLine(h: ManifestHeader): string {
  return `${JSON.stringify(h)}\n`;
}

export function recordLine(r: ManifestRecord): string {
  return `{"path":${JSON.stringify(r.path)},"size":${r.size},"sha256":"${r.sha256}"}\n`;
}

export function trailerLine(t: ManifestTrailer): string {
  return `${JSON.stringify({ files: t.files, bytes: t.bytes, root: t.root })}\n`;
}
