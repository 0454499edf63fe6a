// A digest over a directory's canonical file listing: for each file in OMS order, its name
// (relative to the directory, UTF-8, as the file system spells it), a NUL (which no name holds)
// and its 32 raw sha256 bytes. Unlike the OMS root (digests alone), it binds names as well as
// contents and order, at any size: the training record carries it for each model directory.
import { createHash } from 'node:crypto';
import type { FileDigest } from '../types.js';
import { compareOmsPaths } from './oms.js';

/** The listing digest fed one file at a time, in OMS order (a manifest's records are). */
export class ListingHash {
  private readonly h = createHash('sha256');

  add(relPath: string, sha256: string): void {
    this.h.update(relPath, 'utf8');
    this.h.update('\0');
    this.h.update(Buffer.from(sha256, 'hex'));
  }

  /** `sha256:HEX`. */
  digest(): string {
    return `sha256:${this.h.digest('hex')}`;
  }
}

/** The listing digest of files in any order. */
export function listingDigest(
  files: ReadonlyArray<Pick<FileDigest, 'relPath' | 'sha256'>>,
): string {
  const h = new ListingHash();
  for (const f of [...files].sort((a, b) => compareOmsPaths(a.relPath, b.relPath)))
    h.add(f.relPath, f.sha256);
  return h.digest();
}
