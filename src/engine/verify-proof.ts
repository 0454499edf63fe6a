// `verify-proof`: whether a piece of content was, or was not, in a dataset of a signed training
// run. The bundle is verified as verify does (signature, log or timestamp, trusted root, signer:
// a CI identity, a key, or a PKI's anchors); the proof is checked against the commitment the
// verified record holds, never its own. A record that did not verify leaves the proof unchecked.
import { checkProof, type ContentProof } from '../commitment/proof.js';
import { noSigner, requireSigner } from '../identity/expected-signer.js';
import type { ProvenanceView } from '../statement/view.js';
import type { DatasetRef } from '../types.js';
import { verifyRecord } from '../verify/pipeline.js';
import { readProofFile } from '../verify/proofs.js';
import type { Violation, VerifyReport } from '../verify/types.js';
import { trustedRootSpec } from '../verify/trust.js';
import { keyTrust, signerOf, tufRefresh, type TrustRequest, type VerifyContext } from './verify.js';

/** The record's bundle and the proof (absolute), and who must have signed the record. */
export interface VerifyProofRequest extends TrustRequest {
  bundle: string;
  proof: string;
}

export interface ProofVerdict {
  /** The bundle verified and the proof holds against its record. */
  holds: boolean;
  /** The record verified (signature, signer, statement), so the proof was checked against it. */
  recordVerified: boolean;
  /** What the proof shows, when it holds. */
  member?: boolean;
  digest: string;
  dataset?: Pick<DatasetRef, 'name' | 'uri'> & { leaves: number };
  /** The run that signed the record (its invocation URI), when the bundle verified. */
  run?: string;
  report: VerifyReport;
  /** Why the record did not verify, or why the proof does not hold against it. */
  violations: Violation[];
}

export async function verifyProof(
  inputs: VerifyProofRequest,
  ctx: Pick<VerifyContext, 'workspace' | 'serverUrl' | 'log' | 'now' | 'tufCacheDir'>,
): Promise<ProofVerdict> {
  const proof = await readProofFile(inputs.proof);
  const identity = signerOf(inputs.signer, undefined, ctx);
  requireSigner(identity, inputs.signer);
  const trust = await keyTrust(inputs.signer);
  const { report, view } = await verifyRecord({
    bundles: [inputs.bundle],
    identity,
    trustedRoot: trustedRootSpec(inputs.trustedRoot),
    workspace: ctx.workspace,
    now: ctx.now,
    refresh: tufRefresh(inputs, ctx),
    ...trust,
  });
  if (report.identity.some((c) => c.check === 'identity-required' && !c.ok))
    throw noSigner('the record is signed keylessly, which a key or anchors do not pin: ');
  const verdict: ProofVerdict = {
    holds: false,
    recordVerified: view !== undefined,
    digest: proof.digest,
    report,
    violations: [],
  };
  if (!view) return { ...verdict, violations: report.violations };
  verdict.run = view.invocationId ?? report.signer?.runInvocationUri;
  const dataset = committedDataset(view, proof);
  if (!dataset) return { ...verdict, violations: [noDataset(proof)] };
  verdict.dataset = { name: dataset.name, uri: dataset.uri, leaves: dataset.commitment!.leaves };
  const check = checkProof(proof, dataset.commitment!);
  if (!check.ok) return { ...verdict, violations: [proofViolation(check.reason)] };
  return { ...verdict, holds: true, member: check.member };
}

/** The dataset whose recorded commitment the proof is against. */
function committedDataset(view: ProvenanceView, proof: ContentProof): DatasetRef | undefined {
  return view.datasets.find(
    (d) =>
      d.commitment?.root === proof.commitment.root &&
      d.commitment.leaves === proof.commitment.leaves,
  );
}

function noDataset(proof: ContentProof): Violation {
  return proofViolation(
    `no dataset of this training record commits to root ${proof.commitment.root} (${proof.commitment.leaves} leaves): the proof is about another dataset or another run`,
  );
}

const proofViolation = (message: string): Violation => ({ kind: 'policy', rule: 'proof', message });

/** What failed of the record, said as a user names it. */
const FAILED: Record<Violation['kind'], string> = {
  bundle: 'bundle',
  'trusted-root': 'trusted root',
  signature: 'signature',
  identity: 'signer',
  statement: 'statement',
  subject: 'subject',
  policy: 'policy',
  lineage: 'lineage',
};

/** The one line the command prints. */
export function describeProofVerdict(v: ProofVerdict): string {
  const why = v.violations.map((x) => x.message).join('; ');
  if (!v.recordVerified) {
    const which = [...new Set(v.violations.map((x) => FAILED[x.kind]))].join(', ') || 'bundle';
    return `the training record did not verify (${which}): ${why || 'no bundle verified'}; the proof was not checked`;
  }
  if (!v.holds) return `the proof does not hold: ${why}`;
  const where = `dataset '${v.dataset!.name}' (${v.dataset!.leaves} committed digests) of run ${v.run ?? 'unknown'}`;
  const signer = v.report.signer?.san ?? v.report.signedWithKey ?? 'an unknown signer';
  return `${v.digest} ${v.member ? 'WAS' : 'was NOT'} in ${where}, signed by ${signer}`;
}
