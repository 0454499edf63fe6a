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
import { failureToError, fileChanged } from './failures.js';
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
   * Progress, throttled by the engine: once when the totals are known, then at most every
   * `progressIntervalMs`, then once at the end. The first call comes before any byte is read,
   * except for runs of many files, whose workers begin while the rest are still being stat'ed.
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
  /** Only bytes [start, end) of the file (an OMS shard); `end` past the file's end fails. */
  range?: { start: number; end: number };
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
// With this many files the pool is certain to be used: it starts before the stat pass, and its
// workers hash the first batches while the rest are stat'ed.
const EARLY_START_FILES = LOCAL_WORK_LIMIT / PER_FILE_COST;
// A batch is closed at this many files or bytes; a bigger file is a batch of its own.
const BATCH_FILES = 256;
const BATCH_BYTES = 16 * 1024 * 1024;
const MIN_CHUNK = 4096;
// Files stat'ed between two looks at the workers' messages when stat and hashing overlap.
const STAT_SLICE = 1024;

/**
 * Boot the worker threads now (for example while the rest of the program loads) so that the next
 * run finds them up; resolves when they are. Idle workers still go after a few seconds and never
 * hold the process.
 */
export function warmHashPool(concurrency: number = availableParallelism()): Promise<void> {
  const threads = Math.max(1, Math.floor(concurrency));
  return threads > 1 ? getHashPool(threads - 1).ready() : Promise.resolve();
}

/** The stat of a file to hash, narrowed to its range when it has one. */
function statForRange(f: FileToHash, input?: string): FileStat {
  const st = statForHash(f.path, input);
  if (!f.range) return st;
  const { start, end } = f.range;
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end))
    throw new RangeError(`byte range ${start}:${end} of ${f.path} is not a range`);
  if (end > st.size)
    throw fileChanged(f.path, `its bytes ${start}:${end} were asked for, it has ${st.size}`, input);
  return { ...st, size: end - start, range: { offset: start, fileSize: st.size } };
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
  const digests: string[][] = new Array(files.length);
  const stats: FileStat[] = new Array(files.length);
  const statFile = (i: number) => (stats[i] = statForRange(files[i]!, opts.input));

  if (pool && files.length >= EARLY_START_FILES) {
    // The pool is certain: workers hash the first batches while this thread stats the rest.
    pool.start();
    await statAndHashOnPool(pool, callerHashes, files.length, statFile, how, digests, opts);
  } else {
    if (pool && mode === 'always') pool.start();
    for (let i = 0; i < files.length; i++) statFile(i);
    const bytesTotal = stats.reduce((n, s) => n + s.size, 0);
    const progress = new ProgressThrottle(
      opts.onProgress,
      bytesTotal,
      files.length,
      opts.progressIntervalMs,
    );
    progress.flush();
    const work = bytesTotal + files.length * PER_FILE_COST;
    const limit = pool?.onlineCount === pool?.size ? LOCAL_WORK_LIMIT_WARM : LOCAL_WORK_LIMIT;
    if (pool && (mode === 'always' || work >= limit)) {
      const run = new PoolRun(pool, callerHashes, how, digests, (b, n) => progress.add(b, n));
      run.submit(new Batcher().addAll(stats).finish());
      await run.finish();
    } else {
      const onBytes = (n: number) => progress.add(n);
      for (let i = 0; i < stats.length; i++) {
        digests[i] = await digestFile(stats[i]!, how, onBytes);
        progress.add(stats[i]!.size > chunkSize ? 0 : stats[i]!.size, 1);
      }
    }
    progress.flush();
  }

  return files.map((f, i) => {
    const digest: DigestSet = {};
    algs.forEach((a, k) => (digest[a] = digests[i]![k]!));
    return { path: f.path, relPath: f.relPath, size: stats[i]!.size, digest };
  });
}

/** Groups files into batches as they come: small ones together in input order, a large one alone. */
class Batcher {
  private open: Batch | undefined;
  private closed: Batch[] = [];
  private next = 0;

  add(s: FileStat): this {
    const i = this.next++;
    if (s.size > BATCH_BYTES) {
      this.closed.push({ indexes: [i], files: [s], bytes: s.size });
      return this;
    }
    const open = (this.open ??= { indexes: [], files: [], bytes: 0 });
    open.indexes.push(i);
    open.files.push(s);
    open.bytes += s.size;
    if (open.files.length >= BATCH_FILES || open.bytes >= BATCH_BYTES) {
      this.closed.push(open);
      this.open = undefined;
    }
    return this;
  }

  addAll(stats: readonly FileStat[]): this {
    for (const s of stats) this.add(s);
    return this;
  }

  /** The batches closed since the last call. */
  take(): Batch[] {
    const out = this.closed;
    this.closed = [];
    return out;
  }

  /** The rest, the open batch included. */
  finish(): Batch[] {
    if (this.open) this.closed.push(this.open);
    this.open = undefined;
    return this.take();
  }
}

/**
 * One run's batches on the pool's workers and, when `callerHashes`, on the calling thread too,
 * sharing both with any other run in flight. Batches may be submitted while earlier ones hash.
 * The run fails with the first failure; its batches not yet started are then dropped.
 */
class PoolRun {
  private readonly run: HashRun;
  private left = 0;
  private closed = false;
  private readonly done: Promise<void>;
  private resolve!: () => void;
  private reject!: (e: unknown) => void;

  constructor(
    private readonly pool: HashPool,
    callerHashes: boolean,
    private readonly how: DigestSettings,
    private readonly digests: string[][],
    /** Bytes and files done; may throw (a progress listener), which fails the run. */
    private readonly count: (bytes: number, files: number) => void,
  ) {
    this.run = { how, callerMay: callerHashes, failed: false };
    this.done = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Until finish() is awaited; a run failing before then must not be an unhandled rejection.
    this.done.catch(() => undefined);
  }

  get failed(): boolean {
    return this.run.failed;
  }

  submit(batches: readonly Batch[]): void {
    if (this.run.failed || batches.length === 0) return;
    this.left += batches.length;
    const items = batches.map((batch) => {
      let streamed = 0;
      const onBytes = (n: number) => {
        if (this.run.failed) return;
        streamed += n;
        this.count(n, 0);
      };
      return { batch, onBytes, streamed: () => streamed };
    });
    scheduleBatches(this.pool, this.run, items).forEach((hashed, k) => {
      const { batch, streamed } = items[k]!;
      hashed.then(
        (result) => {
          if (this.run.failed) return;
          try {
            batch.indexes.forEach((idx, j) => (this.digests[idx] = result[j]!));
            this.count(batch.bytes - streamed(), batch.files.length);
          } catch (e) {
            this.fail(e);
            return;
          }
          if (--this.left === 0 && this.closed) this.resolve();
        },
        (e: unknown) => this.fail(e),
      );
    });
  }

  fail(e: unknown): void {
    if (this.run.failed) return;
    this.run.failed = true;
    this.reject(e instanceof BatchFailed ? failureToError(e.failure, this.how.input) : e);
  }

  /** No more batches: resolves when every one is hashed, rejects with the first failure. */
  finish(): Promise<void> {
    this.closed = true;
    if (this.left === 0 && !this.run.failed) this.resolve();
    return this.done;
  }
}

/**
 * Stat the files a slice at a time and hand each slice's batches to the pool at once, so that
 * workers hash while this thread stats the rest. Progress starts when the totals are known,
 * counting what was hashed by then.
 */
async function statAndHashOnPool(
  pool: HashPool,
  callerHashes: boolean,
  fileCount: number,
  statFile: (i: number) => FileStat,
  how: DigestSettings,
  digests: string[][],
  opts: HashOptions,
): Promise<void> {
  let progress: ProgressThrottle | undefined;
  const before = { bytes: 0, files: 0 };
  const count = (bytes: number, files: number) => {
    if (progress) return progress.add(bytes, files);
    before.bytes += bytes;
    before.files += files;
  };
  const run = new PoolRun(pool, callerHashes, how, digests, count);
  const batcher = new Batcher();
  try {
    let bytesTotal = 0;
    for (let start = 0; start < fileCount && !run.failed; start += STAT_SLICE) {
      const end = Math.min(fileCount, start + STAT_SLICE);
      for (let i = start; i < end; i++) {
        const st = statFile(i);
        bytesTotal += st.size;
        batcher.add(st);
      }
      run.submit(batcher.take());
      // Let worker messages in (one coming online, a batch done) between slices.
      await new Promise((r) => setImmediate(r));
    }
    run.submit(batcher.finish());
    progress = new ProgressThrottle(
      opts.onProgress,
      bytesTotal,
      fileCount,
      opts.progressIntervalMs,
    );
    progress.add(before.bytes, before.files); // the first call, whatever the time
  } catch (e) {
    run.fail(e);
  }
  await run.finish();
  progress?.flush();
}
