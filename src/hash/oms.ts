// The OpenSSF model signing (OMS) directory rule: the root digest is sha256 over the raw
// bytes of every file digest, in the order of the file names. Two orders are in use and differ
// only where a name has a character below `/` at the branching point (`tokenizer.json` beside
// `tokenizer/`): the specification's (whole paths by Unicode code point), which the signatures
// we write follow, and model_signing's (Python PurePosixPath, component by component), which
// `model_signing digest`, our directory subjects and manifests follow. Verifiers hash in the
// order a signature lists, so either verifies.
import { createHash } from 'node:crypto';
import type { FileDigest, Sha256Hex } from '../types.js';

/** Names OMS leaves out of a directory digest unless told otherwise. */
export const OMS_DEFAULT_IGNORES: readonly string[] = [
  '.git',
  '.gitattributes',
  '.github',
  '.gitignore',
];

/** The file name model_signing writes its signature to, and ignores when hashing. */
export const OMS_SIGNATURE_NAME = 'model.sig';

/**
 * The ignore list for every directory digest of a model that may carry an OMS signature:
 * OMS's defaults plus the signature file, so that writing (or re-writing) `model.sig` in a
 * model directory never changes the directory's root digest. A signature is never part of
 * what it signs, so a directory subject that records no list of its own is checked with this.
 */
export const OMS_SIGNING_IGNORES: readonly string[] = [...OMS_DEFAULT_IGNORES, OMS_SIGNATURE_NAME];

/**
 * Compare two POSIX relative paths the way Python's PurePosixPath orders them: component by
 * component, a path that is a prefix of another first, and names by Unicode code point.
 */
export function compareOmsPaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const c = compareCodePoints(pa[i]!, pb[i]!);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

/**
 * Order two strings by code point, as Python compares str. JavaScript's `<` compares UTF-16 code
 * units, which puts a character above U+FFFF (stored as a surrogate pair, D800-DFFF) before one
 * in U+E000-U+FFFF. At the first differing unit, a surrogate on one side only means that side
 * holds the larger code point; otherwise the units order like the code points.
 */
export function compareCodePoints(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x.charCodeAt(i);
    const b = y.charCodeAt(i);
    if (a === b) continue;
    const sa = a >= 0xd800 && a <= 0xdfff;
    const sb = b >= 0xd800 && b <= 0xdfff;
    if (sa !== sb) return sa ? 1 : -1;
    return a < b ? -1 : 1;
  }
  return x.length - y.length;
}

/** The specification's resource order (OMS v1.0 §6.4): whole paths by Unicode code point. */
export const compareSpecPaths = compareCodePoints;

/** OMS's root rule: sha256 over the raw bytes of the digests, in the order given. */
export function rootOfDigests(digests: Iterable<string>): Sha256Hex {
  const h = createHash('sha256');
  for (const d of digests) h.update(Buffer.from(d, 'hex'));
  return h.digest('hex') as Sha256Hex;
}

type Digested = Pick<FileDigest, 'relPath' | 'sha256'>;

/**
 * Root digest of a directory in PurePosixPath order, as `model_signing digest` computes it: what
 * directory subjects record. `files` may be in any order.
 */
export function omsRootDigest(files: readonly Digested[]): Sha256Hex {
  const sorted = [...files].sort((a, b) => compareOmsPaths(a.relPath, b.relPath));
  return rootOfDigests(sorted.map((f) => f.sha256));
}
