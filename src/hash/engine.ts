// The hashing engine every part uses (subjects, datasets, verify's re-hash, OMS).
//
// A run stats every file first (the total for progress, and the facts the change check compares
// against), then hashes: a few small files on the calling thread alone, anything bigger on one
// thread per core, the calling thread and a pool of worker threads. (A worker costs about 100 ms
// of CPU to boot on a small runner, so the calling thread is one of the hashing threads rather
// than an idle dispatcher, and it starts at once while the workers boot.) Small files travel to a
// worker in batches so that the per-message cost does not dominate; a large file is its own batch
// and streams through two reused buffers. Runs in flight at once share the threads (see
// schedule.ts). Results come back in the input's order, whatever the completion order, and
// memory stays at a few buffers per thread whatever the input.
import { availableParallelism } from 'node:os';
import type { DigestSet, FileDigest, Sha256Hex } from '../types.js';
import { failureToError } from './failures.js';
import { BatchFailed, getHashPool, type HashPool } from './pool.js';
import { scheduleBatches, type Batch, type HashRun } from './schedule.js';
import { ProgressThrottle, type ProgressListener } from './progress.js';
import {
  CHUNK_SIZE,
  digestFile,
  statForHash,
  type DigestSettings,
  type FileStat,
  type HashAlgorithm,
} from './read.js';

export type { HashAlgorithm } from './read.js';
export type { HashProgress } from './progress.js';
export { closeHashPool } from './pool.js';

export interface HashOptions {
  /**
   * Progress, throttled by the engine: once when the totals are known (before any byte is read),
   * then at most every `progressIntervalMs`, then once at the end.
   */
  onProgress?: ProgressListener;
  /** Input name used in error messages, e.g. "model". */
  input?: string;
  /**
   * Where to hash: 'auto' (default) keeps small inputs on the calling thread and shares larger
   * ones between it and concurrency - 1 workers; 'never' keeps everything on the calling thread;
   * 'always' uses the workers even for one small file (with concurrency 1, one worker alone).
   */
  pool?: 'auto' | 'always' | 'never';
  /** Threads hashing at once, the calling thread included; default: the number of cores. */
  concurrency?: number;
  /** Minimum time between two progress calls; default 250 ms. */
  progressIntervalMs?: number;
  /** Read size in bytes (two buffers of it per thread); default 4 MiB. */
  chunkSize?: number;
}

export interface FileToHash {
  path: string;
  relPath: string;
}

/** A file with its digests under every requested algorithm (an in-toto digest set). */
export interface HashedFile {
  path: string;
  relPath: string;
  size: number;
  digest: DigestSet;
}

// Below this much work (bytes, plus a per-file cost expressed in bytes) the calling thread alone
// finishes before the workers would have booted; once they are up, the bar is much lower.
const LOCAL_WORK_LIMIT = 48 * 1024 * 1024;
const LOCAL_WORK_LIMIT_WARM = 8 * 1024 * 1024;
const PER_FILE_COST = 32 * 1024;
// With this many files the pool is certain to be used: start it before the stat pass, which then
// runs while the workers boot.
const EARLY_START_FILES = LOCAL_WORK_LIMIT / PER_FILE_COST;
// A batch is closed at this many files or bytes; a bigger file is a batch of its own.
const BATCH_FILES = 256;
const BATCH_BYTES = 16 * 1024 * 1024;
const MIN_CHUNK = 4096;

/**
 * Boot the worker threads now (for example while the rest of the program loads) so that the next
 * run finds them up; resolves when they are. Idle workers still go after a few seconds and never
 * hold the process.
 */
export function warmHashPool(concurrency: number = availableParallelism()): Promise<void> {
  const threads = Math.max(1, Math.floor(concurrency));
  return threads > 1 ? getHashPool(threads - 1).ready() : Promise.resolve();
}

/** Digest one file on the calling thread; fails when the file changes while it is read. */
export async function hashFile(
  path: string,
  algorithm: HashAlgorithm = 'sha256',
  opts: Pick<HashOptions, 'input' | 'onProgress' | 'progressIntervalMs' | 'chunkSize'> = {},
): Promise<{ digest: string; size: number }> {
  const [file] = await hashFilesWith([{ path, relPath: path }], [algorithm], {
    ...opts,
    pool: 'never',
  });
  return { digest: file!.digest[algorithm]!, size: file!.size };
}

/** Digest many files with sha256; the result has the input's order whatever the completion order. */
export async function hashFiles(
  files: readonly FileToHash[],
  opts: HashOptions = {},
): Promise<FileDigest[]> {
  const hashed = await hashFilesWith(files, ['sha256'], opts);
  return hashed.map((f) => ({
    path: f.path,
    relPath: f.relPath,
    size: f.size,
    sha256: f.digest.sha256 as Sha256Hex,
  }));
}

/** Digest many files under one or more algorithms in a single read of each file. */
export async function hashFilesWith(
  files: readonly FileToHash[],
  algorithms: readonly HashAlgorithm[],
  opts: HashOptions = {},
): Promise<HashedFile[]> {
  const algs = [...new Set(algorithms)];
  if (algs.length === 0) throw new TypeError('hashFilesWith needs at least one algorithm');
  const chunkSize = Math.max(MIN_CHUNK, Math.floor(opts.chunkSize ?? CHUNK_SIZE));
  const how: DigestSettings = { algorithms: algs, chunkSize, input: opts.input };
  const threads = Math.max(1, Math.floor(opts.concurrency ?? availableParallelism()));
  const mode = opts.pool ?? 'auto';
  // A single large file may go to a worker too: another run may be holding the calling thread.
  const mayUsePool = mode === 'always' || (mode === 'auto' && threads > 1);
  const pool = mayUsePool ? getHashPool(Math.max(1, threads - 1)) : undefined;
  const callerHashes = threads > 1;
  if (pool && (mode === 'always' || files.length >= EARLY_START_FILES)) pool.start();

  const stats = files.map((f) => statForHash(f.path, opts.input));
  const bytesTotal = stats.reduce((n, s) => n + s.size, 0);
  const progress = new ProgressThrottle(
    opts.onProgress,
    bytesTotal,
    files.length,
    opts.progressIntervalMs,
  );
  progress.flush();

  const digests: string[][] = new Array(files.length);
  const work = bytesTotal + files.length * PER_FILE_COST;
  const limit = pool?.onlineCount === pool?.size ? LOCAL_WORK_LIMIT_WARM : LOCAL_WORK_LIMIT;
  if (pool && (mode === 'always' || work >= limit)) {
    await hashOnPool(pool, callerHashes, stats, how, digests, progress);
  } else {
    const onBytes = (n: number) => progress.add(n);
    for (let i = 0; i < stats.length; i++) {
      digests[i] = await digestFile(stats[i]!, how, onBytes);
      progress.add(stats[i]!.size > chunkSize ? 0 : stats[i]!.size, 1);
    }
  }
  progress.flush();

  return files.map((f, i) => {
    const digest: DigestSet = {};
    algs.forEach((a, k) => (digest[a] = digests[i]![k]!));
    return { path: f.path, relPath: f.relPath, size: stats[i]!.size, digest };
  });
}

/** Group files into batches: small ones together in input order, each large one alone. */
function planBatches(stats: readonly FileStat[]): Batch[] {
  const batches: Batch[] = [];
  let open: Batch | undefined;
  stats.forEach((s, i) => {
    if (s.size > BATCH_BYTES) {
      batches.push({ indexes: [i], files: [s], bytes: s.size });
      return;
    }
    open ??= { indexes: [], files: [], bytes: 0 };
    open.indexes.push(i);
    open.files.push(s);
    open.bytes += s.size;
    if (open.files.length >= BATCH_FILES || open.bytes >= BATCH_BYTES) {
      batches.push(open);
      open = undefined;
    }
  });
  if (open) batches.push(open);
  return batches;
}

/**
 * Hash the batches on the pool's workers and, when `callerHashes`, on the calling thread too,
 * sharing both with any other run in flight. Rejects with the first failure; the batches not
 * yet started are then dropped.
 */
function hashOnPool(
  pool: HashPool,
  callerHashes: boolean,
  stats: readonly FileStat[],
  how: DigestSettings,
  digests: string[][],
  progress: ProgressThrottle,
): Promise<void> {
  const run: HashRun = { how, callerMay: callerHashes, failed: false };
  const batches = planBatches(stats).map((batch) => {
    let streamed = 0;
    const onBytes = (n: number) => {
      if (run.failed) return;
      streamed += n;
      progress.add(n);
    };
    return { batch, onBytes, streamed: () => streamed };
  });
  return new Promise<void>((resolve, reject) => {
    let left = batches.length;
    const fail = (e: unknown) => {
      if (run.failed) return;
      run.failed = true;
      reject(e instanceof BatchFailed ? failureToError(e.failure, how.input) : e);
    };
    scheduleBatches(pool, run, batches).forEach((done, k) => {
      const { batch, streamed } = batches[k]!;
      done.then((result) => {
        if (run.failed) return;
        try {
          batch.indexes.forEach((idx, j) => (digests[idx] = result[j]!));
          progress.add(batch.bytes - streamed(), batch.files.length);
        } catch (e) {
          fail(e);
          return;
        }
        if (--left === 0) resolve();
      }, fail);
    });
    if (left === 0) resolve();
  });
}
