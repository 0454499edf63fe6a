// The OpenSSF model signing (OMS) directory rule: the root digest is sha256 over the raw
// bytes of every file digest, in the order of the file names compared as POSIX paths
// component by component (Python PurePosixPath order), so `d0/f00` sorts before `d0.x`.
import { createHash } from 'node:crypto';
import type { FileDigest, Sha256Hex } from '../types.js';

/** Names OMS leaves out of a directory digest unless told otherwise. */
export const OMS_DEFAULT_IGNORES: readonly string[] = ['.git', '.gitattributes', '.github', '.gitignore'];

/** Compare two POSIX relative paths component by component (PurePosixPath ordering). */
export function compareOmsPaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Root digest of a directory from its files' digests; `files` may be in any order. */
export function omsRootDigest(files: readonly Pick<FileDigest, 'relPath' | 'sha256'>[]): Sha256Hex {
  const sorted = [...files].sort((a, b) => compareOmsPaths(a.relPath, b.relPath));
  const h = createHash('sha256');
  for (const f of sorted) h.update(Buffer.from(f.sha256, 'hex'));
  return h.digest('hex') as Sha256Hex;
}
