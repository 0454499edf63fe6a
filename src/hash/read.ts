// Reading and digesting one file on the calling thread: the stat taken before hashing, one read
// for a file that fits the buffer, double-buffered streaming for a larger one, and the check that
// the file did not change meanwhile. src/hash/worker-source.ts does the same inside workers.
import { createHash, hash as oneShotHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, read, readSync, statSync } from 'node:fs';
import { giveBlake3, takeBlake3, type Blake3Hasher } from './blake3.js';
import { fileChanged, fileUnreadable, notRegularFile } from './failures.js';

/**
 * Node's names, and `blake3`, which node:crypto lacks (blake3.ts). `blake2b512` is BLAKE2b-512,
 * Python's `hashlib.blake2b()`; both are OMS hash types.
 */
export type HashAlgorithm = 'sha256' | 'sha512' | 'blake2b512' | 'blake3';

/** What the engine knows of a file before reading it; the same facts are checked afterwards. */
export interface FileStat {
  path: string;
  /** Bytes to hash: the file's size, or the range's length. */
  size: number;
  mtimeMs: number;
  ino: number;
  /** Only bytes [offset, offset + size) of a file of `fileSize` bytes (an OMS shard). */
  range?: { offset: number; fileSize: number };
}

/** Default read size: per-call overhead vanishes, and two buffers per thread stay cheap. */
export const CHUNK_SIZE = 4 * 1024 * 1024;

/** How to digest: the algorithms, the read size, and the input name for error messages. */
export interface DigestSettings {
  algorithms: readonly HashAlgorithm[];
  chunkSize: number;
  input?: string;
}

// A small file (up to a chunk) is read synchronously, so one buffer serves every call on this
// thread.
let smallBuffer: Buffer | undefined;
const getSmallBuffer = (chunkSize: number) =>
  smallBuffer && smallBuffer.length === chunkSize
    ? smallBuffer
    : (smallBuffer = Buffer.allocUnsafe(chunkSize));

// A large file streams through two buffers (the kernel fills one while the other is hashed).
// Calls may overlap on this thread, so each takes a pair of its own and gives it back; a few
// idle pairs are kept for reuse.
type BufferPair = [Buffer, Buffer];
let idlePairs: BufferPair[] = [];
const MAX_IDLE_PAIRS = 2;
const takePair = (chunkSize: number): BufferPair => {
  idlePairs = idlePairs.filter((p) => p[0].length === chunkSize);
  return idlePairs.pop() ?? [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
};
const givePair = (pair: BufferPair) => {
  if (idlePairs.length < MAX_IDLE_PAIRS) idlePairs.push(pair);
};

/** Stat a file that is about to be hashed; it must be a regular file. */
export function statForHash(path: string, input?: string): FileStat {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw fileUnreadable(path, (e as Error).message, input, e);
  }
  if (!st.isFile()) throw notRegularFile(path, input);
  return { path, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}

/** Digest a file already stat'ed; `onBytes` hears of bytes hashed while a large file streams. */
export async function digestFile(
  file: FileStat,
  how: DigestSettings,
  onBytes?: (bytes: number) => void,
): Promise<string[]> {
  // A BLAKE3 hasher is made asynchronously (WebAssembly), so it is taken before the file is read.
  const blake3 = how.algorithms.includes('blake3') ? await takeBlake3() : undefined;
  try {
    return file.size <= how.chunkSize
      ? digestSmallFile(file, how, blake3)
      : await digestLargeFile(file, how, blake3, onBytes);
  } finally {
    if (blake3) giveBlake3(blake3);
  }
}

/** What node:crypto's Hash and hash-wasm's BLAKE3 hasher have in common. */
interface Hasher {
  update(data: Uint8Array): Hasher;
  digest(encoding: 'hex'): string;
}

/** A new hasher for `algorithm`: node:crypto's, or the BLAKE3 hasher taken for this file. */
const hasher = (algorithm: HashAlgorithm, blake3: Blake3Hasher | undefined): Hasher =>
  algorithm === 'blake3' ? blake3! : createHash(algorithm);

/** One read into the buffer, then a one-shot digest: four system calls with the stat before. */
function digestSmallFile(file: FileStat, how: DigestSettings, blake3?: Blake3Hasher): string[] {
  const fd = openForHash(file.path, how.input);
  try {
    const buf = getSmallBuffer(how.chunkSize);
    // Read what stat announced, and no more: one call for an unchanged file (asking for more
    // would cost a second call to see the end). A file that grew is caught by the fstat after.
    let got = 0;
    while (got < file.size) {
      let n: number;
      try {
        n = readSync(fd, buf, got, file.size - got, (file.range?.offset ?? 0) + got);
      } catch (e) {
        throw fileUnreadable(file.path, (e as Error).message, how.input, e);
      }
      if (n === 0) break;
      got += n;
    }
    checkUnchanged(fd, file, got, how.input);
    const bytes = buf.subarray(0, got);
    const [only, ...more] = how.algorithms;
    if (more.length === 0 && only !== 'blake3') return [oneShotHash(only!, bytes, 'hex')];
    return how.algorithms.map((a) => hasher(a, blake3).update(bytes).digest('hex'));
  } finally {
    closeQuietly(fd);
  }
}

async function digestLargeFile(
  file: FileStat,
  how: DigestSettings,
  blake3: Blake3Hasher | undefined,
  onBytes?: (bytes: number) => void,
): Promise<string[]> {
  const fd = openForHash(file.path, how.input);
  const bufs = takePair(how.chunkSize);
  let pending: Promise<number> | null = null;
  try {
    const hashes = how.algorithms.map((a) => hasher(a, blake3));
    let pos = 0;
    let i: 0 | 1 = 0;
    // A range reads no further than its end; a whole file reads whole chunks (growth is seen).
    const want = (p: number) =>
      file.range ? Math.min(how.chunkSize, file.size - p) : how.chunkSize;
    const at = (p: number) => (file.range?.offset ?? 0) + p;
    if (file.size > 0) pending = readAt(fd, bufs[0], want(0), at(0), file.path, how.input);
    while (pending !== null) {
      const n: number = await pending;
      pending = null;
      if (n === 0) break;
      const filled = bufs[i];
      pos += n;
      i = i === 0 ? 1 : 0;
      if (pos < file.size) pending = readAt(fd, bufs[i], want(pos), at(pos), file.path, how.input);
      const bytes = filled.subarray(0, n);
      for (const h of hashes) h.update(bytes);
      onBytes?.(n);
    }
    checkUnchanged(fd, file, pos, how.input);
    return hashes.map((h) => h.digest('hex'));
  } finally {
    // A read still in flight (onBytes threw) writes into our buffers and owns the descriptor:
    // let it land before closing and handing the buffers to someone else.
    if (pending !== null) await pending.catch(() => 0);
    closeQuietly(fd);
    givePair(bufs);
  }
}

function readAt(
  fd: number,
  buf: Buffer,
  length: number,
  position: number,
  path: string,
  input?: string,
) {
  return new Promise<number>((resolve, reject) => {
    read(fd, buf, 0, length, position, (err, n) => {
      if (err) reject(fileUnreadable(path, err.message, input, err));
      else resolve(n);
    });
  });
}

function openForHash(path: string, input?: string): number {
  try {
    return openSync(path, 'r');
  } catch (e) {
    throw fileUnreadable(path, (e as Error).message, input, e);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The digest is known or an error is already on its way; a failed close changes neither.
  }
}

/** The file is what it was when stat'ed: same inode, size and mtime, and every byte was read. */
function checkUnchanged(fd: number, file: FileStat, bytesRead: number, input?: string): void {
  let st;
  try {
    st = fstatSync(fd);
  } catch (e) {
    throw fileUnreadable(file.path, (e as Error).message, input, e);
  }
  if (st.ino !== file.ino) throw fileChanged(file.path, 'it was replaced by another file', input);
  if (bytesRead !== file.size) {
    throw fileChanged(file.path, `read ${bytesRead} bytes where stat said ${file.size}`, input);
  }
  const size = file.range?.fileSize ?? file.size;
  if (st.size !== size) {
    throw fileChanged(file.path, `its size went from ${size} to ${st.size} bytes`, input);
  }
  if (st.mtimeMs !== file.mtimeMs) {
    throw fileChanged(file.path, 'its modification time changed', input);
  }
}
