// The Merkle tree of RFC 6962 §2.1 (Certificate Transparency's, and Rekor's), over SHA-256:
// a leaf hashes as SHA-256(0x00 || data), an inner node as SHA-256(0x01 || left || right), so a
// leaf can never pass for a node. A tree of n leaves splits at the largest power of two below
// n; built level by level, that is the rule "pair from the left, carry an odd last node up".
// Audit paths and their verification follow RFC 9162 §2.1.3.
import { hash } from 'node:crypto';

export const HASH_BYTES = 32;
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

const sha256 = (data: Buffer): Buffer => hash('sha256', data, 'buffer');

export function leafHash(data: Buffer): Buffer {
  return sha256(Buffer.concat([LEAF_PREFIX, data]));
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return sha256(Buffer.concat([NODE_PREFIX, left, right]));
}

/** A built tree: every level kept (2n hashes), so any audit path is read off without hashing. */
export class MerkleTree {
  /** levels[0] holds the leaf hashes; the last level holds the root. Each is n × 32 bytes. */
  private readonly levels: Buffer[];
  readonly size: number;

  /** `leaves` is the leaf data, `HASH_BYTES` each, concatenated in tree order. */
  constructor(leaves: Buffer) {
    if (leaves.length % HASH_BYTES !== 0) throw new RangeError('leaf data is not 32-byte aligned');
    this.size = leaves.length / HASH_BYTES;
    let level: Buffer = Buffer.alloc(leaves.length);
    for (let i = 0; i < this.size; i++)
      leafHash(leaves.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES)).copy(level, i * HASH_BYTES);
    this.levels = [level];
    while (level.length > HASH_BYTES) {
      level = nextLevel(level);
      this.levels.push(level);
    }
  }

  /** MTH of the whole tree; SHA-256 of nothing for an empty one (RFC 6962 §2.1). */
  get root(): Buffer {
    if (this.size === 0) return sha256(Buffer.alloc(0));
    return Buffer.from(this.levels[this.levels.length - 1]!);
  }

  /** The audit path of leaf `index`, from the leaf's sibling up to the root's children. */
  auditPath(index: number): Buffer[] {
    if (!Number.isInteger(index) || index < 0 || index >= this.size)
      throw new RangeError(`leaf index ${index} is outside a tree of ${this.size}`);
    const path: Buffer[] = [];
    let i = index;
    for (const level of this.levels.slice(0, -1)) {
      const count = level.length / HASH_BYTES;
      const sibling = i % 2 === 1 ? i - 1 : i + 1;
      // The last node of an odd level has no sibling here: it is carried up unchanged.
      if (sibling < count)
        path.push(level.subarray(sibling * HASH_BYTES, (sibling + 1) * HASH_BYTES));
      i = Math.floor(i / 2);
    }
    return path.map((h) => Buffer.from(h));
  }
}

function nextLevel(level: Buffer): Buffer {
  const count = level.length / HASH_BYTES;
  const next = Buffer.alloc(Math.ceil(count / 2) * HASH_BYTES);
  for (let j = 0; j + 1 < count; j += 2) {
    const left = level.subarray(j * HASH_BYTES, (j + 1) * HASH_BYTES);
    const right = level.subarray((j + 1) * HASH_BYTES, (j + 2) * HASH_BYTES);
    nodeHash(left, right).copy(next, (j / 2) * HASH_BYTES);
  }
  if (count % 2 === 1) level.copy(next, next.length - HASH_BYTES, level.length - HASH_BYTES);
  return next;
}

/**
 * The root an audit path leads to from a leaf at `index` of a tree of `size` leaves (RFC 9162
 * §2.1.3.2), or undefined when the path cannot belong to that position: too long or too short.
 */
export function rootFromAuditPath(
  leaf: Buffer,
  index: number,
  size: number,
  path: readonly Buffer[],
): Buffer | undefined {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    return undefined;
  let fn = index;
  let sn = size - 1;
  let r = leafHash(leaf);
  for (const p of path) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : undefined;
}

/**
 * MTH of `leaves` (leaf data, HASH_BYTES each) in O(log n) memory, for a root without a tree:
 * complete subtrees are merged as they fill, like a binary counter; at the end the partial
 * ones fold from the right, which is RFC 6962's split at the largest power of two.
 */
export function merkleRoot(leaves: Buffer): Buffer {
  if (leaves.length % HASH_BYTES !== 0) throw new RangeError('leaf data is not 32-byte aligned');
  const n = leaves.length / HASH_BYTES;
  if (n === 0) return sha256(Buffer.alloc(0));
  // Two scratch inputs instead of a concatenation per hash: a million leaves, no garbage storm.
  const leafIn = Buffer.alloc(1 + HASH_BYTES, 0x00);
  const nodeIn = Buffer.alloc(1 + 2 * HASH_BYTES, 0x01);
  const node = (left: Buffer, right: Buffer) => {
    left.copy(nodeIn, 1);
    right.copy(nodeIn, 1 + HASH_BYTES);
    return sha256(nodeIn);
  };
  const sizes: number[] = [];
  const hashes: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    leaves.copy(leafIn, 1, i * HASH_BYTES, (i + 1) * HASH_BYTES);
    let size = 1;
    let h = sha256(leafIn);
    while (sizes.length > 0 && sizes[sizes.length - 1] === size) {
      sizes.pop();
      h = node(hashes.pop()!, h);
      size *= 2;
    }
    sizes.push(size);
    hashes.push(h);
  }
  let root = hashes.pop()!;
  while (hashes.length > 0) root = node(hashes.pop()!, root);
  return root;
}
