// Proofs of membership and of absence: made for every kind of position (first, last, between,
// below all, above all, one leaf, no leaf), and every forgery refused with its reason. The
// Python check written from docs/commitments.md agrees with ours on every case.
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitmentOf, sortedLeaves } from '../../src/commitment/leaves.js';
import { MerkleTree } from '../../src/commitment/merkle.js';
import {
  checkProof,
  makeProof,
  parseProof,
  type ContentProof,
} from '../../src/commitment/proof.js';
import { ProvenanceError } from '../../src/errors.js';
import { checkProofByPython } from '../helpers/independent.js';

const hex = (s: string) => createHash('sha256').update(s).digest('hex');
const digests = Array.from({ length: 100 }, (_, i) => hex(`file ${i}`));
const leaves = sortedLeaves(digests);
const tree = new MerkleTree(leaves);
const committed = commitmentOf(tree);
const sorted = [...digests].sort();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tp-proofs-'));
});

let n = 0;
/** Ours and Python's verdicts on one proof: 'member', 'absent' or 'invalid'. */
async function verdicts(p: ContentProof, c = committed): Promise<[string, string]> {
  const file = join(dir, `p${n++}.json`);
  await writeFile(file, JSON.stringify(p));
  const ours = checkProof(p, c);
  const mine = ours.ok ? (ours.member ? 'member' : 'absent') : 'invalid';
  return [mine, checkProofByPython(file, c.root, c.leaves).split(':')[0]!];
}

test('members, and absent digests at every kind of position, are proven; Python agrees', async () => {
  const between = (a: string) => (BigInt(`0x${a}`) + 1n).toString(16).padStart(64, '0');
  const cases: Array<[string, string, 'member' | 'absent']> = [
    ['the first leaf', sorted[0]!, 'member'],
    ['a middle leaf', sorted[57]!, 'member'],
    ['the last leaf', sorted[99]!, 'member'],
    ['below every leaf', '0'.repeat(64), 'absent'],
    ['above every leaf', 'f'.repeat(64), 'absent'],
    ['between two leaves', between(sorted[41]!), 'absent'],
  ];
  for (const [what, d, want] of cases) {
    const p = makeProof(tree, leaves, d);
    expect([what, p.member, p.leaves.length]).toEqual([
      what,
      want === 'member',
      want === 'member' || what.includes('every') ? 1 : 2,
    ]);
    expect([what, ...(await verdicts(p))]).toEqual([what, want, want]);
  }
});

test('one leaf and no leaf', async () => {
  const one = sortedLeaves([hex('only')]);
  const t1 = new MerkleTree(one);
  for (const d of [hex('only'), '0'.repeat(64), 'f'.repeat(64)]) {
    const p = makeProof(t1, one, d);
    expect(await verdicts(p, commitmentOf(t1))).toEqual(
      d === hex('only') ? ['member', 'member'] : ['absent', 'absent'],
    );
  }
  const t0 = new MerkleTree(Buffer.alloc(0));
  const p0 = makeProof(t0, Buffer.alloc(0), hex('x'));
  expect(p0.leaves).toEqual([]);
  expect(await verdicts(p0, commitmentOf(t0))).toEqual(['absent', 'absent']);
});

test('a non-membership proof for a member cannot be made, and claiming one fails', async () => {
  const member = sorted[30]!;
  const p = makeProof(tree, leaves, member);
  expect(p.member).toBe(true);
  // The member's neighbours, claimed as bracketing it.
  const forged: ContentProof = {
    ...p,
    member: false,
    leaves: [
      makeProof(tree, leaves, sorted[29]!).leaves[0]!,
      makeProof(tree, leaves, sorted[31]!).leaves[0]!,
    ],
  };
  expect(await verdicts(forged)).toEqual(['invalid', 'invalid']);
  expect(checkProof(forged, committed)).toEqual({
    ok: false,
    reason: expect.stringMatching(/not adjacent/),
  });
});

describe('forgeries are refused with the reason', () => {
  const absent = (BigInt(`0x${sorted[60]!}`) + 1n).toString(16).padStart(64, '0');
  const good = () => makeProof(tree, leaves, absent);
  const other = new MerkleTree(sortedLeaves([...digests, hex('one more')]));
  test.each<[string, (p: ContentProof) => ContentProof, RegExp]>([
    ['swapped neighbours', (p) => ({ ...p, leaves: [p.leaves[1]!, p.leaves[0]!] }), /not adjacent/],
    [
      'a wrong index',
      (p) => ({ ...p, leaves: [{ ...p.leaves[0]!, index: 59 }, p.leaves[1]!] }),
      /does not lead to the committed root/,
    ],
    [
      'an edited path',
      (p) => ({
        ...p,
        leaves: [
          { ...p.leaves[0]!, path: [hex('edited'), ...p.leaves[0]!.path.slice(1)] },
          p.leaves[1]!,
        ],
      }),
      /does not lead/,
    ],
    ['a neighbour left out', (p) => ({ ...p, leaves: [p.leaves[0]!] }), /neither/],
    [
      'a member claimed absent',
      (p) => ({ ...p, digest: p.leaves[0]!.leaf }),
      /does not sort between/,
    ],
    [
      "another dataset's root",
      (p) => ({ ...p, commitment: commitmentOf(other) }),
      /the record commits to/,
    ],
  ])('%s', async (_what, forge, reason) => {
    const p = forge(good());
    const r = checkProof(p, committed);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    expect((await verdicts(p))[1]).toBe('invalid');
  });

  test('a proof made against another dataset holds there, not here', () => {
    const elsewhere = makeProof(other, sortedLeaves([...digests, hex('one more')]), absent);
    expect(checkProof(elsewhere, commitmentOf(other))).toEqual({ ok: true, member: false });
    expect(checkProof(elsewhere, committed).ok).toBe(false);
  });
});

test('a malformed proof file is an input error naming the field', () => {
  const p = makeProof(tree, leaves, sorted[3]!);
  const bad = (json: unknown, field: string) => {
    expect(() => parseProof(json, 'p.json')).toThrow(ProvenanceError);
    expect(() => parseProof(json, 'p.json')).toThrow(
      new RegExp(`'${field.replace(/[[\]]/g, '\\$&')}'`),
    );
  };
  expect(parseProof(JSON.parse(JSON.stringify(p)), 'p.json')).toEqual(p);
  bad({ ...p, proofType: 'x' }, 'proofType');
  bad({ ...p, digest: 'md5:00' }, 'digest');
  bad({ ...p, commitment: { ...p.commitment, root: 'XYZ' } }, 'commitment.root');
  bad({ ...p, leaves: [{ ...p.leaves[0], index: -1 }] }, 'leaves[0].index');
  bad({ ...p, leaves: [{ ...p.leaves[0], path: ['zz'] }] }, 'leaves[0].path');
  bad(null, 'proofType');
});
