// Hashing a directory of any size in flat memory: the files are listed one directory at a time,
// in OMS order (a depth-first walk with each directory's names sorted by code point is
// PurePosixPath order), and hashed in chunks whose records go to the caller in that order, so
// nothing holds an object per file and the root digest is computed as the records pass.
import { createHash } from 'node:crypto';
import { ProvenanceError } from '../errors.js';
import type { FileDigest, Sha256Hex } from '../types.js';
import { hashFiles, type FileToHash, type HashOptions } from './engine.js';
import type { ProgressListener } from './progress.js';
import { walkInOrder, type WalkOptions } from './walk.js';

export interface StreamedTotals {
  /** The OMS root digest over every file passed, in order. */
  root: Sha256Hex;
  files: number;
  bytes: number;
}

export interface StreamOptions extends Pick<HashOptions, 'input' | 'concurrency'> {
  /** Files hashed together; the memory held is about this many records. */
  chunkFiles?: number;
  /** Called after each chunk (bytesUnknown: the files were counted ahead, not their bytes). */
  onProgress?: ProgressListener;
  /** The files to come, counted ahead (countInOrder), for the progress. */
  filesTotal?: number;
}

const CHUNK_FILES = 4096;

/**
 * Hash `files` (in the order wanted: OMS order for a root digest) chunk by chunk and hand each
 * record to `onFile` in that order. Returns the root digest and the totals.
 */
export async function hashInOrder(
  files: AsyncIterable<FileToHash>,
  onFile: (f: FileDigest) => void | Promise<void>,
  opts: StreamOptions = {},
): Promise<StreamedTotals> {
  const root = createHash('sha256');
  const done = { files: 0, bytes: 0 };
  const flush = async (chunk: FileToHash[]) => {
    for (const f of await hashFiles(chunk, { input: opts.input, concurrency: opts.concurrency })) {
      root.update(Buffer.from(f.sha256, 'hex'));
      done.files += 1;
      done.bytes += f.size;
      await onFile(f);
    }
    opts.onProgress?.({
      filesDone: done.files,
      filesTotal: Math.max(opts.filesTotal ?? 0, done.files),
      bytesDone: done.bytes,
      bytesTotal: 0,
      bytesUnknown: true,
    });
  };
  let chunk: FileToHash[] = [];
  for await (const f of files) {
    chunk.push(f);
    if (chunk.length >= (opts.chunkFiles ?? CHUNK_FILES)) {
      await flush(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await flush(chunk);
  return { root: root.digest('hex') as Sha256Hex, ...done };
}

/** How many files `files` yields (a listing pass, no file opened): the progress's total. */
export async function countInOrder(files: AsyncIterable<FileToHash>): Promise<number> {
  let n = 0;
  for await (const f of files) if (f) n++;
  return n;
}

/** A growable run of 32-byte digests: 32 bytes a file, no object. */
export class DigestRun {
  private buf: Buffer;
  private used = 0;
  /** `expected`: the digests counted ahead (when known), so the run is allocated once. */
  constructor(expected = 1024) {
    this.buf = Buffer.allocUnsafe(32 * Math.max(1, expected));
  }
  push(hex: string): void {
    if (this.used + 32 > this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.used);
      this.buf = bigger;
    }
    this.buf.write(hex, this.used, 32, 'hex');
    this.used += 32;
  }
  get bytes(): Buffer {
    return this.buf.subarray(0, this.used);
  }
}

/**
 * A directory's root digest, file count and bytes, and its files' digests packed end to end,
 * in flat memory: for datasets, whose files need not be listed in the record one by one.
 */
export async function digestDirectoryFlat(
  dir: string,
  opts: WalkOptions & StreamOptions = {},
): Promise<StreamedTotals & { digests: Buffer }> {
  const names = createHash('sha256');
  const filesTotal = opts.onProgress ? await countInOrder(walkInOrder(dir, opts)) : 0;
  const run = new DigestRun(filesTotal || undefined);
  const onFile = (f: FileDigest) => {
    run.push(f.sha256);
    names.update(`${f.relPath}\0`);
  };
  const totals = await hashInOrder(walkInOrder(dir, opts), onFile, { ...opts, filesTotal });
  await checkStreamedListing(dir, { files: totals.files, names: names.digest('hex') }, opts);
  return { ...totals, digests: run.bytes };
}

/**
 * A file that appeared or went while the directory was hashed changes its listing: the names are
 * walked again and compared by count and by a digest of the names (nothing held per file).
 */
async function checkStreamedListing(
  dir: string,
  hashed: { files: number; names: string },
  opts: WalkOptions,
): Promise<void> {
  const names = createHash('sha256');
  let files = 0;
  for await (const f of walkInOrder(dir, opts)) {
    names.update(`${f.relPath}\0`);
    files++;
  }
  if (files === hashed.files && names.digest('hex') === hashed.names) return;
  throw new ProvenanceError(
    'FILE_CHANGED',
    `${dir} changed while it was hashed: ${hashed.files} files were hashed, ${files} are there now${files === hashed.files ? ' under other names' : ''}`,
    {
      input: opts.input,
      value: dir,
      fix: 'run the step after training has finished writing the directory',
    },
  );
}
