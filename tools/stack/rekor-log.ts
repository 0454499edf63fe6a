// Rekor v1's log as the real service keeps it: one RFC 6962 Merkle tree (Trillian) that every
// entry joins, never a tree of its own. The answer to an upload carries the entry's index in
// that tree, an inclusion proof against the tree as it now stands and a checkpoint signed over
// it: sigstore/rekor pkg/api/entries.go, createLogEntry (LogIndex: queuedLeaf.LeafIndex,
// Hashes from Trillian's proof, util.CreateAndSignCheckpoint over root.TreeSize/RootHash;
// the entry UUID is the hex Merkle leaf hash, its ID the tree ID in 16 hex digits before it).
//
// @sigstore/mock's log instead answers every upload as the first and only entry of a fresh
// tree (proof index 0, size 1, no hashes). Index 0 and an empty hash list are then left out of
// the bundle's protobuf JSON, and sigstore-python (sigstore-models) refuses such a bundle as
// missing `inclusionProof.logIndex` and `hashes`. The public-good log is never empty, so this
// one starts with PRIOR_ENTRIES leaves of earlier, unrelated entries.

import { createHash, randomBytes, randomInt, sign, type KeyObject } from 'node:crypto';

const PRIOR_ENTRIES = 1000;

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
/** RFC 6962 §2.1: leaves and interior nodes are hashed with distinct prefixes. */
export const leafHash = (data: Buffer) => sha256(Buffer.from([0]), data);
const nodeHash = (left: Buffer, right: Buffer) => sha256(Buffer.from([1]), left, right);

/** The largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) of RFC 6962 §2.1, over leaf hashes. */
export function treeHash(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(treeHash(leaves.slice(0, k)), treeHash(leaves.slice(k)));
}

/** PATH(m, D[n]) of RFC 6962 §2.1.1: the audit path of leaf m, nearest sibling first. */
export function auditPath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...auditPath(m, leaves.slice(0, k)), treeHash(leaves.slice(k))]
    : [...auditPath(m - k, leaves.slice(k)), treeHash(leaves.slice(0, k))];
}

export interface RekorKeys {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

export class RekorLog {
  private readonly leaves: Buffer[] = [];
  private readonly logId: Buffer;
  private readonly treeId = randomInt(2 ** 47, 2 ** 48 - 1);

  /** `host` is the checkpoint origin: the host of the URL the trusted root names. */
  constructor(
    private readonly host: string,
    private readonly keys: RekorKeys,
  ) {
    this.logId = sha256(keys.publicKey.export({ type: 'spki', format: 'der' }));
    for (let i = 0; i < PRIOR_ENTRIES; i++) this.leaves.push(leafHash(randomBytes(64)));
  }

  /** Appends `body` (the canonical entry) and answers as Rekor's POST /api/v1/log/entries. */
  append(body: Buffer): { uuid: string; entry: Record<string, unknown> } {
    const leaf = leafHash(body);
    const logIndex = this.leaves.length;
    this.leaves.push(leaf);
    const treeSize = this.leaves.length;
    const root = treeHash(this.leaves);
    const integratedTime = Math.floor(Date.now() / 1000);
    const logID = this.logId.toString('hex');
    // The signed entry timestamp is over the canonical JSON of these four (keys in order).
    const set = JSON.stringify({ body: body.toString('base64'), integratedTime, logID, logIndex });
    const uuid = this.treeId.toString(16).padStart(16, '0') + leaf.toString('hex');
    const entry = {
      body: body.toString('base64'),
      integratedTime,
      logID,
      logIndex,
      verification: {
        inclusionProof: {
          logIndex,
          treeSize,
          rootHash: root.toString('hex'),
          hashes: auditPath(logIndex, this.leaves).map((h) => h.toString('hex')),
          checkpoint: this.checkpoint(treeSize, root, integratedTime),
        },
        signedEntryTimestamp: sign('sha256', Buffer.from(set), this.keys.privateKey).toString(
          'base64',
        ),
      },
    };
    return { uuid, entry };
  }

  /** A signed note (transparency-dev checkpoint format), as Rekor's CreateAndSignCheckpoint. */
  private checkpoint(size: number, root: Buffer, seconds: number): string {
    const note = [
      `${this.host} - ${this.treeId}`,
      `${size}`,
      root.toString('base64'),
      `Timestamp: ${seconds * 1_000_000_000}`,
      '',
    ].join('\n');
    const sig = sign('sha256', Buffer.from(note), this.keys.privateKey);
    const hinted = Buffer.concat([this.logId.subarray(0, 4), sig]).toString('base64');
    return `${note}\n\u2014 ${this.host} ${hinted}\n`;
  }
}
