// Proofs that a digest is, or is not, in a committed set (docs/commitments.md). A member is
// shown by its leaf and audit path. A non-member is shown by the leaves on either side of where
// it would sort, with their audit paths: adjacent positions in a sorted tree leave no room for
// it. At the ends, one neighbour (index 0, or the last index) is enough.
import { ProvenanceError } from '../errors.js';
import { isObject } from '../json.js';
import { HASH_BYTES, MerkleTree, rootFromAuditPath } from './merkle.js';
import { COMMITMENT_SCHEME, type Commitment } from './leaves.js';

export const PROOF_TYPE = 'https://training-provenance.github.io/proofs/dataset-content/v1';

export interface LeafProof {
  /** `sha256:HEX` of the leaf. */
  leaf: string;
  index: number;
  /** Audit path, leaf's sibling first, lower-case hex. */
  path: string[];
}

export interface ContentProof {
  proofType: typeof PROOF_TYPE;
  /** The digest the proof is about, `sha256:HEX`. */
  digest: string;
  commitment: Commitment;
  member: boolean;
  /** The member itself; or the neighbours of a non-member, lower first. */
  leaves: LeafProof[];
}

/** What checking a proof found: whether it holds, and if so what it shows. */
export type ProofCheck = { ok: true; member: boolean } | { ok: false; reason: string };

const hexOf = (d: string) => d.replace(/^sha256:/, '');

/** Leaves of the tree are sorted, so the digest's place is found by binary search. */
function lowerBound(leaves: Buffer, size: number, target: Buffer): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = leaves.subarray(mid * HASH_BYTES, (mid + 1) * HASH_BYTES).compare(target);
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The proof for `digest` (lower-case hex) against the tree built from `leaves` (sorted set). */
export function makeProof(tree: MerkleTree, leaves: Buffer, digest: string): ContentProof {
  const target = Buffer.from(digest, 'hex');
  const at = lowerBound(leaves, tree.size, target);
  const leafAt = (i: number): LeafProof => ({
    leaf: `sha256:${leaves.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES).toString('hex')}`,
    index: i,
    path: tree.auditPath(i).map((h) => h.toString('hex')),
  });
  const member = at < tree.size && leafAt(at).leaf === `sha256:${digest}`;
  const indices = member ? [at] : [at - 1, at].filter((i) => i >= 0 && i < tree.size);
  return {
    proofType: PROOF_TYPE,
    digest: `sha256:${digest}`,
    commitment: {
      scheme: COMMITMENT_SCHEME,
      root: tree.root.toString('hex'),
      leaves: tree.size,
    },
    member,
    leaves: indices.map(leafAt),
  };
}

/** Checks a proof against a commitment taken from a signed record; never trusts the proof's own. */
export function checkProof(proof: ContentProof, committed: Commitment): ProofCheck {
  if (committed.scheme !== COMMITMENT_SCHEME)
    return {
      ok: false,
      reason: `the record commits with '${committed.scheme}', not ${COMMITMENT_SCHEME}`,
    };
  if (proof.commitment.root !== committed.root || proof.commitment.leaves !== committed.leaves)
    return {
      ok: false,
      reason: `the proof is against root ${proof.commitment.root} (${proof.commitment.leaves} leaves), the record commits to ${committed.root} (${committed.leaves} leaves)`,
    };
  const root = Buffer.from(committed.root, 'hex');
  for (const l of proof.leaves) {
    const got = rootFromAuditPath(
      Buffer.from(hexOf(l.leaf), 'hex'),
      l.index,
      committed.leaves,
      l.path.map((p) => Buffer.from(p, 'hex')),
    );
    if (!got || !got.equals(root))
      return {
        ok: false,
        reason: `the audit path of leaf #${l.index} (${l.leaf}) does not lead to the committed root`,
      };
  }
  return proof.member ? checkMember(proof) : checkAbsent(proof, committed.leaves);
}

function checkMember(proof: ContentProof): ProofCheck {
  if (proof.leaves.length !== 1 || proof.leaves[0]!.leaf !== proof.digest)
    return {
      ok: false,
      reason: `a membership proof shows the digest's own leaf, and this one shows ${proof.leaves.map((l) => l.leaf).join(', ') || 'none'}`,
    };
  return { ok: true, member: true };
}

function checkAbsent(proof: ContentProof, size: number): ProofCheck {
  const d = hexOf(proof.digest);
  const [a, b] = proof.leaves;
  const below = (l: LeafProof) => hexOf(l.leaf) < d;
  const above = (l: LeafProof) => hexOf(l.leaf) > d;
  if (size === 0 && proof.leaves.length === 0) return { ok: true, member: false };
  if (a && b && proof.leaves.length === 2) {
    if (b.index !== a.index + 1)
      return {
        ok: false,
        reason: `the neighbours #${a.index} and #${b.index} are not adjacent leaves`,
      };
    if (!below(a) || !above(b))
      return { ok: false, reason: `${proof.digest} does not sort between ${a.leaf} and ${b.leaf}` };
    return { ok: true, member: false };
  }
  if (a && proof.leaves.length === 1) {
    if (a.index === 0 && above(a)) return { ok: true, member: false };
    if (a.index === size - 1 && below(a)) return { ok: true, member: false };
    return {
      ok: false,
      reason: `one neighbour proves absence only as the first leaf above the digest or the last leaf below it; #${a.index} (${a.leaf}) is neither`,
    };
  }
  return {
    ok: false,
    reason: `a non-membership proof shows one or two neighbouring leaves, not ${proof.leaves.length}`,
  };
}

const HEX64 = /^[0-9a-f]{64}$/;
const SHA256 = /^sha256:[0-9a-f]{64}$/;

/**
 * A proof file's JSON, its shape checked: the answer to a malformed file is an input error
 * naming the field, never a proof that "does not hold".
 */
export function parseProof(json: unknown, label: string): ContentProof {
  const bad = (field: string, want: string) =>
    new ProvenanceError('INPUT_INVALID', `${label}: '${field}' ${want}`, {
      input: 'proof',
      value: label,
      fix: 'give a proof file written by `training-provenance prove` (docs/commitments.md)',
    });
  const o = isObject(json) ? json : {};
  if (o.proofType !== PROOF_TYPE) throw bad('proofType', `must be ${PROOF_TYPE}`);
  if (typeof o.digest !== 'string' || !SHA256.test(o.digest))
    throw bad('digest', 'must be sha256:<64 lower-case hex>');
  const c = isObject(o.commitment) ? o.commitment : {};
  if (c.scheme !== COMMITMENT_SCHEME)
    throw bad('commitment.scheme', `must be ${COMMITMENT_SCHEME}`);
  if (typeof c.root !== 'string' || !HEX64.test(c.root))
    throw bad('commitment.root', 'must be 64 lower-case hex');
  if (!Number.isSafeInteger(c.leaves) || (c.leaves as number) < 0)
    throw bad('commitment.leaves', 'must be a count');
  if (typeof o.member !== 'boolean') throw bad('member', 'must be true or false');
  if (!Array.isArray(o.leaves)) throw bad('leaves', 'must be a list');
  const leaves = o.leaves.map((l, i): LeafProof => {
    const at = `leaves[${i}]`;
    if (!isObject(l)) throw bad(at, 'must be an object');
    if (typeof l.leaf !== 'string' || !SHA256.test(l.leaf))
      throw bad(`${at}.leaf`, 'must be sha256:<64 lower-case hex>');
    if (!Number.isSafeInteger(l.index) || (l.index as number) < 0)
      throw bad(`${at}.index`, 'must be a leaf index');
    if (!Array.isArray(l.path) || !l.path.every((p) => typeof p === 'string' && HEX64.test(p)))
      throw bad(`${at}.path`, 'must be a list of 64 lower-case hex hashes');
    return { leaf: l.leaf, index: l.index as number, path: [...(l.path as string[])] };
  });
  return {
    proofType: PROOF_TYPE,
    digest: o.digest,
    commitment: { scheme: COMMITMENT_SCHEME, root: c.root, leaves: c.leaves as number },
    member: o.member,
    leaves,
  };
}
