// The inclusion proof against its own checkpoint. @sigstore/verify checks the Merkle path
// against the root hash and tree size of the signed checkpoint and never reads the proof's
// `rootHash` and `treeSize` fields; a bundle whose proof says one tree and whose checkpoint
// says another is inconsistent, and a verifier that fails closed refuses it.
// Checkpoint format: transparency-dev/formats log/README.md (a signed note whose body is the
// origin line, the tree size in decimal, the base64 root hash, then optional extension lines).
import type { TransparencyLogEntry } from '@sigstore/bundle';
import { VerificationError } from '@sigstore/verify';

/** The body of a checkpoint: what the log signed. */
export interface CheckpointBody {
  origin: string;
  treeSize: bigint;
  rootHash: Buffer;
}

const DECIMAL = /^(0|[1-9][0-9]*)$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The body of a checkpoint's signed note, or the reason it cannot be read. */
export function parseCheckpoint(envelope: string): CheckpointBody | string {
  const end = envelope.indexOf('\n\n');
  if (end < 0) return 'the checkpoint has no blank line between its body and its signatures';
  const [origin, size, hash] = envelope.slice(0, end).split('\n');
  if (!origin) return 'the checkpoint has no origin line';
  if (size === undefined || !DECIMAL.test(size))
    return `the checkpoint's tree size line is not a decimal number: ${JSON.stringify(size ?? '')}`;
  if (hash === undefined || !BASE64.test(hash) || hash.length % 4 !== 0)
    return `the checkpoint's root hash line is not base64: ${JSON.stringify(hash ?? '')}`;
  return { origin, treeSize: BigInt(size), rootHash: Buffer.from(hash, 'base64') };
}

/**
 * Why an entry's inclusion proof disagrees with its checkpoint, or undefined when it agrees
 * (or the entry carries no inclusion proof: an inclusion promise is checked elsewhere).
 */
export function inclusionProofMismatch(entry: TransparencyLogEntry): string | undefined {
  const proof = entry.inclusionProof;
  if (!proof) return undefined;
  const envelope = proof.checkpoint?.envelope;
  if (!envelope) return 'the inclusion proof has no checkpoint';
  const body = parseCheckpoint(envelope);
  if (typeof body === 'string') return body;
  const problems: string[] = [];
  const treeSize = String(proof.treeSize ?? '');
  if (!DECIMAL.test(treeSize) || BigInt(treeSize) !== body.treeSize)
    problems.push(`tree size ${treeSize || '(none)'}, its signed checkpoint ${body.treeSize}`);
  const rootHash = Buffer.from(proof.rootHash ?? []);
  if (!rootHash.equals(body.rootHash)) {
    problems.push(
      `root hash ${rootHash.toString('base64') || '(none)'}, its signed checkpoint ${body.rootHash.toString('base64')}`,
    );
  }
  return problems.length > 0
    ? `the inclusion proof disagrees with its checkpoint (${body.origin}): the proof says ${problems.join('; ')}`
    : undefined;
}

/**
 * Throw a VerificationError (TLOG_INCLUSION_PROOF_ERROR, as @sigstore/verify's own inclusion
 * failures) for the first entry whose inclusion proof disagrees with its checkpoint.
 */
export function assertInclusionProofsMatchCheckpoints(
  entries: readonly TransparencyLogEntry[],
): void {
  for (const entry of entries) {
    const mismatch = inclusionProofMismatch(entry);
    if (mismatch) {
      throw new VerificationError({ code: 'TLOG_INCLUSION_PROOF_ERROR', message: mismatch });
    }
  }
}
