// The tree against RFC 6962 §2.1 written out recursively here (MTH and PATH as the RFC defines
// them), and against the Python check written from docs/commitments.md.
import { createHash, randomBytes } from 'node:crypto';
import {
  leafHash,
  MerkleTree,
  merkleRoot,
  nodeHash,
  rootFromAuditPath,
} from '../../src/commitment/merkle.js';
import {
  commitTo,
  commitToRaw,
  sortRawLeavesInPlace,
  sortedLeaves,
} from '../../src/commitment/leaves.js';
import { commitmentByPython } from '../helpers/independent.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest();
const k = (n: number) => 2 ** Math.floor(Math.log2(n - 1));
function mth(d: Buffer[]): Buffer {
  if (d.length === 0) return sha(Buffer.alloc(0));
  if (d.length === 1) return sha(Buffer.concat([Buffer.from([0]), d[0]!]));
  const s = k(d.length);
  return sha(Buffer.concat([Buffer.from([1]), mth(d.slice(0, s)), mth(d.slice(s))]));
}
function path(m: number, d: Buffer[]): Buffer[] {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s
    ? [...path(m, d.slice(0, s)), mth(d.slice(s))]
    : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
}

test('roots and audit paths are RFC 6962 for every size from 0 to 70', () => {
  for (let n = 0; n <= 70; n++) {
    const leaves = Array.from({ length: n }, () => randomBytes(32));
    const tree = new MerkleTree(Buffer.concat(leaves));
    expect([n, tree.root.toString('hex')]).toEqual([n, mth(leaves).toString('hex')]);
    for (let m = 0; m < n; m++) {
      const p = tree.auditPath(m);
      expect(p.map((x) => x.toString('hex'))).toEqual(
        path(m, leaves).map((x) => x.toString('hex')),
      );
      expect(rootFromAuditPath(leaves[m]!, m, n, p)?.equals(tree.root)).toBe(true);
    }
  }
});

test('the streamed root (no tree kept) is RFC 6962 for every size from 0 to 70, and at 1,025', () => {
  for (const n of [...Array(71).keys(), 1025]) {
    const leaves = Array.from({ length: n }, () => randomBytes(32));
    expect([n, merkleRoot(Buffer.concat(leaves)).toString('hex')]).toEqual([
      n,
      mth(leaves).toString('hex'),
    ]);
  }
});

test('digests sorted in place are the distinct ones in byte order, committed to by RFC 6962', () => {
  for (const n of [0, 1, 2, 3, 17, 1000]) {
    // Repeats, and digests that share their first four bytes, so ties are broken past the prefix.
    const digests = Array.from({ length: n }, (_, i) => {
      const d = randomBytes(32);
      if (i % 3 === 0) d.writeUInt32BE(0xdeadbeef, 0);
      return d;
    });
    if (n > 2) digests.push(Buffer.from(digests[1]!), Buffer.from(digests[2]!));
    const hex = digests.map((d) => d.toString('hex'));
    const raw = Buffer.concat(digests);
    // Written out here, not by the code under test: the distinct digests, lower-case hex sorting
    // as the bytes do, and the recursive MTH above over them.
    const distinct = [...new Set(hex)].sort().map((h) => Buffer.from(h, 'hex'));
    const want = { root: mth(distinct).toString('hex'), leaves: distinct.length };
    expect(sortRawLeavesInPlace(Buffer.from(raw)).equals(Buffer.concat(distinct))).toBe(true);
    expect(sortedLeaves(hex).equals(Buffer.concat(distinct))).toBe(true);
    expect(commitToRaw(Buffer.from(raw))).toMatchObject(want);
    expect(commitTo(hex)).toMatchObject(want);
  }
});

test('leaf and node hashes are domain-separated', () => {
  const a = randomBytes(32);
  const b = randomBytes(32);
  expect(leafHash(a).equals(sha(Buffer.concat([Buffer.from([0]), a])))).toBe(true);
  expect(nodeHash(a, b).equals(sha(Buffer.concat([Buffer.from([1]), a, b])))).toBe(true);
  // A node's input can never be read as a leaf's: the first byte differs.
  expect(leafHash(Buffer.concat([a, b])).equals(nodeHash(a, b))).toBe(false);
});

test('a path is refused for another position, another size, or with a hash too many or too few', () => {
  const leaves = Array.from({ length: 13 }, () => randomBytes(32));
  const tree = new MerkleTree(Buffer.concat(leaves));
  const p = tree.auditPath(5);
  const rootOf = (i: number, n: number, q: Buffer[]) =>
    rootFromAuditPath(leaves[5]!, i, n, q)?.equals(tree.root) ?? false;
  expect(rootOf(5, 13, p)).toBe(true);
  expect(rootOf(4, 13, p)).toBe(false);
  // Sizes whose tree puts leaf 5 elsewhere. (Where the shape is the same, 14 say, the same path
  // leads to the same root: a root stands for its size only together with it, which is why a
  // proof is checked against the record's root and count, never the proof's.)
  expect(rootOf(5, 8, p)).toBe(false);
  expect(rootOf(5, 17, p)).toBe(false);
  expect(rootOf(5, 13, [...p, randomBytes(32)])).toBe(false);
  expect(rootOf(5, 13, p.slice(1))).toBe(false);
  expect(rootOf(13, 13, p)).toBe(false);
  expect(rootOf(-1, 13, p)).toBe(false);
});

test('the commitment to a set agrees with the Python check: order and repeats do not matter', () => {
  const digests = Array.from({ length: 1000 }, () => randomBytes(32).toString('hex'));
  const mine = commitTo([...digests].reverse().concat(digests.slice(0, 10)));
  expect(mine).toEqual(commitmentByPython(digests));
  expect(mine.leaves).toBe(1000);
  expect(commitTo([])).toEqual(commitmentByPython([]));
});
