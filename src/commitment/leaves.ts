// What a dataset commits to: the set of its content digests (sha256), sorted by their bytes and
// without repeats, one leaf each. Sorting is what lets a proof show that a digest is absent: its
// two neighbours in the order are adjacent leaves.
import { ProvenanceError } from '../errors.js';
import type { DatasetCommitment } from '../types.js';
import { HASH_BYTES, MerkleTree } from './merkle.js';

const HEX64 = /^[0-9a-f]{64}$/;

/** The scheme name recorded beside a root, so a reader knows how to check a proof against it. */
export const COMMITMENT_SCHEME = 'rfc6962-sha256-sorted-set';

export type Commitment = DatasetCommitment;

/** `sha256:HEX` (either case) → lower-case hex; undefined for anything else. */
export function parseSha256(text: string): string | undefined {
  const m = /^sha256:([0-9a-fA-F]{64})$/.exec(text.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Sorted, distinct leaf data from lower-case hex sha256 digests (32 bytes each). */
export function sortedLeaves(hexDigests: Iterable<string>): Buffer {
  const unique = [...new Set(hexDigests)];
  for (const h of unique) if (!HEX64.test(h)) throw new RangeError(`not a sha256 digest: ${h}`);
  // Lower-case hex sorts as its bytes do.
  unique.sort();
  const out = Buffer.alloc(unique.length * HASH_BYTES);
  unique.forEach((h, i) => out.write(h, i * HASH_BYTES, 'hex'));
  return out;
}

export function commitmentOf(tree: MerkleTree): Commitment {
  return { scheme: COMMITMENT_SCHEME, root: tree.root.toString('hex'), leaves: tree.size };
}

/** The commitment to a set of digests, for the record: root and count. */
export function commitTo(hexDigests: Iterable<string>): Commitment {
  return commitmentOf(new MerkleTree(sortedLeaves(hexDigests)));
}

/**
 * A digest list as training code writes it: one `sha256:HEX` per line (for example one per
 * training example); empty lines and `#` comments skipped. Any other line is an input error
 * naming the file and the line.
 */
export function parseDigestList(text: string, label: string, input: string): string[] {
  const out: string[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const hex = parseSha256(line);
      if (hex === undefined) {
        throw new ProvenanceError(
          'INPUT_INVALID',
          `${label} line ${i + 1}: '${line.slice(0, 80)}' is not sha256:HEX`,
          { input, value: label, fix: 'write one sha256:<64 hex> per line' },
        );
      }
      out.push(hex);
    });
  return out;
}
