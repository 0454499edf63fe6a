// Hashing a directory of any size in flat memory: the files are listed one directory at a time,
// in OMS order (a depth-first walk with each directory's names sorted by code point is
// PurePosixPath order), and hashed in chunks whose records go to the caller in that order, so
// nothing holds an object per file and the root digest is computed as the records pass.
import { createHash } from 'node:crypto';
import { lstat, opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { ProvenanceError } from '../errors.js';
import type { FileDigest, Sha256Hex } from '../types.js';
import { hashFiles, type FileToHash, type HashOptions } from './engine.js';
import { compareCodePoints, OMS_DEFAULT_IGNORES } from './oms.js';
import { assertUtf8Name, followCacheLink, huggingFaceBlobs, type WalkOptions } from './tree.js';

const DIR = 1;
const FILE = 2;
const LINK = 3;

/** One directory's names and kinds, sorted by code point; two arrays, not an object a name. */
async function listSorted(
  abs: string,
  input?: string,
): Promise<{ names: string[]; kinds: Uint8Array }> {
  const names: string[] = [];
  const kinds: number[] = [];
  try {
    for await (const ent of await opendir(abs, { bufferSize: 256 })) {
      names.push(ent.name);
      kinds.push(ent.isSymbolicLink() ? LINK : ent.isDirectory() ? DIR : ent.isFile() ? FILE : 0);
    }
  } catch (e) {
    throw new ProvenanceError('FILE_UNREADABLE', `cannot list ${abs}: ${(e as Error).message}`, {
      input,
      value: abs,
      fix: 'check that the directory exists and that the runner user may read it',
      cause: e,
    });
  }
  const order = names.map((_, i) => i).sort((a, b) => compareCodePoints(names[a]!, names[b]!));
  return {
    names: order.map((i) => names[i]!),
    kinds: Uint8Array.from(order.map((i) => kinds[i]!)),
  };
}

async function notRegular(child: string, input?: string): Promise<never> {
  const st = await lstat(child);
  throw new ProvenanceError(
    'INPUT_INVALID',
    `${child} is not a regular file (mode ${st.mode.toString(8)})`,
    {
      input,
      value: child,
      fix: 'remove sockets, pipes and devices from the directory',
    },
  );
}

/** The files under `dir` in OMS order, with the rules of listDirectory (ignores, links, names). */
export async function* walkInOrder(
  dir: string,
  opts: WalkOptions = {},
): AsyncGenerator<FileToHash> {
  const ignore = new Set(opts.ignorePaths ?? OMS_DEFAULT_IGNORES);
  const blobs = huggingFaceBlobs(dir);
  async function* walk(abs: string, prefix: string): AsyncGenerator<FileToHash> {
    const { names, kinds } = await listSorted(abs, opts.input);
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      await assertUtf8Name(abs, name, opts.input);
      const child = join(abs, name);
      const rel = prefix + name;
      if (ignore.has(rel)) continue;
      if (kinds[i] === DIR) yield* walk(child, `${rel}/`);
      else if (kinds[i] === FILE) yield { path: child, relPath: rel };
      else if (kinds[i] === LINK)
        yield { path: await followCacheLink(child, blobs, opts.input), relPath: rel };
      else await notRegular(child, opts.input);
    }
  }
  yield* walk(dir, '');
}

export interface StreamedTotals {
  /** The OMS root digest over every file passed, in order. */
  root: Sha256Hex;
  files: number;
  bytes: number;
}

export interface StreamOptions extends Pick<HashOptions, 'input' | 'concurrency'> {
  /** Files hashed together; the memory held is about this many records. */
  chunkFiles?: number;
  /** Called after each chunk with the totals so far. */
  onChunk?: (done: { files: number; bytes: number }) => void;
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
    opts.onChunk?.(done);
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
