// What a dataset commits to: the set of its content digests (sha256), sorted by their bytes and
// without repeats, one leaf each. Sorting is what lets a proof show that a digest is absent: its
// two neighbours in the order are adjacent leaves.
import { ProvenanceError } from '../errors.js';
import type { DatasetCommitment } from '../types.js';
import { HASH_BYTES, MerkleTree, merkleRoot } from './merkle.js';

const HEX64 = /^[0-9a-f]{64}$/;

/** The scheme name recorded beside a root, so a reader knows how to check a proof against it. */
export const COMMITMENT_SCHEME = 'rfc6962-sha256-sorted-set';

export type Commitment = DatasetCommitment;

/** `sha256:HEX` (either case) → lower-case hex; undefined for anything else. */
export function parseSha256(text: string): string | undefined {
  const m = /^sha256:([0-9a-fA-F]{64})$/.exec(text.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Lower-case hex sha256 digests packed end to end as raw 32-byte digests. */
export function packDigests(hexDigests: readonly string[]): Buffer {
  const out = Buffer.allocUnsafe(hexDigests.length * HASH_BYTES);
  hexDigests.forEach((h, i) => {
    if (!HEX64.test(h)) throw new RangeError(`not a sha256 digest: ${h}`);
    out.write(h, i * HASH_BYTES, 'hex');
  });
  return out;
}

/** Sorted, distinct leaf data from lower-case hex sha256 digests (32 bytes each). */
export function sortedLeaves(hexDigests: Iterable<string>): Buffer {
  return sortRawLeavesInPlace(packDigests([...hexDigests]));
}

export function commitmentOf(tree: MerkleTree): Commitment {
  return { scheme: COMMITMENT_SCHEME, root: tree.root.toString('hex'), leaves: tree.size };
}

/** The commitment to a set of digests, for the record: root and count (no tree kept). */
export function commitTo(hexDigests: Iterable<string>): Commitment {
  return commitToRaw(packDigests([...hexDigests]));
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

/**
 * Sorts raw 32-byte digests packed end to end (as a directory's files are hashed: no string or
 * object per digest) in place, by their bytes, and drops repeats; returns the distinct ones.
 * Beside the data it holds 8 bytes a digest: a 32-bit prefix that decides almost every
 * comparison, and the order.
 */
export function sortRawLeavesInPlace(raw: Buffer): Buffer {
  if (raw.length % HASH_BYTES !== 0) throw new RangeError('digest data is not 32-byte aligned');
  const n = raw.length / HASH_BYTES;
  const prefix = new Uint32Array(n);
  for (let i = 0; i < n; i++) prefix[i] = raw.readUInt32BE(i * HASH_BYTES);
  const at = (i: number) => i * HASH_BYTES;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(
    (a, b) => prefix[a]! - prefix[b]! || raw.compare(raw, at(b), at(b + 1), at(a), at(a + 1)),
  );
  permuteInPlace(raw, order);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (kept > 0 && raw.compare(raw, at(kept - 1), at(kept), at(i), at(i + 1)) === 0) continue;
    if (kept !== i) raw.copy(raw, at(kept), at(i), at(i + 1));
    kept++;
  }
  return raw.subarray(0, at(kept));
}

/** Puts record order[k] at position k, following each cycle with one record of scratch. */
function permuteInPlace(raw: Buffer, order: Uint32Array): void {
  const scratch = Buffer.allocUnsafe(HASH_BYTES);
  const done = new Uint8Array(order.length);
  for (let start = 0; start < order.length; start++) {
    if (done[start] || order[start] === start) continue;
    raw.copy(scratch, 0, start * HASH_BYTES, (start + 1) * HASH_BYTES);
    let k = start;
    for (;;) {
      done[k] = 1;
      const from = order[k]!;
      if (from === start) {
        scratch.copy(raw, k * HASH_BYTES);
        break;
      }
      raw.copy(raw, k * HASH_BYTES, from * HASH_BYTES, (from + 1) * HASH_BYTES);
      k = from;
    }
  }
}

/** The commitment to raw 32-byte digests packed end to end; `raw` is sorted in place. */
export function commitToRaw(raw: Buffer): Commitment {
  const leaves = sortRawLeavesInPlace(raw);
  return {
    scheme: COMMITMENT_SCHEME,
    root: merkleRoot(leaves).toString('hex'),
    leaves: leaves.length / HASH_BYTES,
  };
}
