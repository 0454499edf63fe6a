// Digests of model paths, each computed once however many bundles are tried against them.
import { relative } from 'node:path';
import type { DirectoryDigest } from '../types.js';
import { hashFilesWith, type HashAlgorithm } from './engine.js';
import type { HashProgress } from './progress.js';
import { digestDirectory } from './tree.js';

export interface DigestCacheOptions {
  /** Hashing threads, the calling thread included; default the cores. */
  concurrency?: number;
  /** Progress of each model path, named "model PATH" (relative to `base` when given). */
  onProgress?: (label: string, p: HashProgress) => void;
  base?: string;
}

/**
 * Caches digests so that trying several bundles hashes each file once. Every file goes through
 * the engine's scheduler, so the model paths checked at once hash on every core, with the threads
 * and buffers bounded whatever their number.
 */
export class DigestCache {
  private files = new Map<string, Promise<{ digest: string; size: number }>>();
  private dirs = new Map<string, Promise<DirectoryDigest>>();

  constructor(private readonly opts: DigestCacheOptions = {}) {}

  /** Hashing options for one path: progress under its name relative to the base. */
  private hashing(path: string) {
    const { onProgress, base, concurrency } = this.opts;
    const label = `model ${base ? relative(base, path) || '.' : path}`;
    return {
      input: 'model',
      concurrency,
      onProgress: onProgress && ((p: HashProgress) => onProgress(label, p)),
    };
  }

  file(path: string, alg: HashAlgorithm): Promise<{ digest: string; size: number }> {
    const key = `${alg}\0${path}`;
    let p = this.files.get(key);
    if (!p) {
      p = hashFilesWith([{ path, relPath: path }], [alg], {
        ...this.hashing(path),
        pool: 'always',
      }).then(([f]) => ({ digest: f!.digest[alg]!, size: f!.size }));
      this.files.set(key, p);
    }
    return p;
  }

  directory(
    path: string,
    ignorePaths: readonly string[],
    followLinks = false,
  ): Promise<DirectoryDigest> {
    const key = `${followLinks ? 'links' : ''}\0${[...ignorePaths].sort().join('\0')}\0\0${path}`;
    let p = this.dirs.get(key);
    if (!p) {
      p = digestDirectory(path, { ...this.hashing(path), ignorePaths, followLinks });
      this.dirs.set(key, p);
    }
    return p;
  }
}
