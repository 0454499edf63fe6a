// Hashing engine used by every part (subjects, datasets, verify's re-hash, OMS).
// First version: sequential, one reused buffer. The worker pool replaces the internals
// behind the same functions.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { ProvenanceError } from '../errors.js';
import type { FileDigest, Sha256Hex } from '../types.js';

export type HashAlgorithm = 'sha256' | 'sha512';

export interface HashProgress {
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
}

export interface HashOptions {
  onProgress?: (p: HashProgress) => void;
}

export interface FileToHash {
  path: string;
  relPath: string;
}

const BUFFER_SIZE = 4 * 1024 * 1024;
let sharedBuffer: Buffer | undefined;

/** Digest one file with a reused buffer; fails when the file changes while it is read. */
export async function hashFile(path: string, algorithm: HashAlgorithm = 'sha256'): Promise<{ digest: string; size: number }> {
  const before = await statOrThrow(path);
  const buf = (sharedBuffer ??= Buffer.allocUnsafe(BUFFER_SIZE));
  const h = createHash(algorithm);
  const fh = await open(path, 'r');
  let size = 0;
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      h.update(buf.subarray(0, bytesRead));
      size += bytesRead;
    }
  } finally {
    await fh.close();
  }
  const after = await statOrThrow(path);
  if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
    throw new ProvenanceError('FILE_CHANGED', `${path} changed while it was being hashed`, {
      value: path,
      fix: 'run the step after the training job has finished writing its outputs',
    });
  }
  return { digest: h.digest('hex'), size };
}

/** Digest many files; the result has the input's order whatever the completion order. */
export async function hashFiles(files: readonly FileToHash[], opts: HashOptions = {}): Promise<FileDigest[]> {
  const out: FileDigest[] = [];
  let bytesDone = 0;
  for (const f of files) {
    const { digest, size } = await hashFile(f.path);
    bytesDone += size;
    out.push({ path: f.path, relPath: f.relPath, size, sha256: digest as Sha256Hex });
    opts.onProgress?.({ bytesDone, bytesTotal: 0, filesDone: out.length, filesTotal: files.length });
  }
  return out;
}

async function statOrThrow(path: string) {
  try {
    return await stat(path);
  } catch (e) {
    throw new ProvenanceError('FILE_UNREADABLE', `cannot read ${path}: ${(e as Error).message}`, {
      value: path,
      fix: 'check that the file exists and that the runner user may read it',
      cause: e,
    });
  }
}
