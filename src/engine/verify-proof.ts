// `verify-proof`: whether a piece of content was, or was not, in a dataset of a signed training
// run. The bundle is verified as verify does (signature, log or timestamp, trusted root, signer);
// the proof is checked against the commitment the verified record holds, never its own.
import { checkProof, type ContentProof } from '../commitment/proof.js';
import type { ProvenanceView } from '../statement/view.js';
import type { DatasetRef } from '../types.js';
import { verifyRecord } from '../verify/pipeline.js';
import { readProofFile } from '../verify/proofs.js';
import type { Violation, VerifyReport } from '../verify/types.js';
import {
  expectedSigner,
  tufRefresh,
  type SignerInputs,
  type VerifyContext,
  type VerifyInputs,
} from './verify.js';

export interface VerifyProofInputs
  extends SignerInputs, Pick<VerifyInputs, 'tufUrl' | 'tufRoot' | 'offline'> {
  bundle: string;
  proof: string;
  trustedRoot: string;
}

export interface ProofVerdict {
  /** The bundle verified and the proof holds against its record. */
  holds: boolean;
  /** What the proof shows, when it holds. */
  member?: boolean;
  digest: string;
  dataset?: Pick<DatasetRef, 'name' | 'uri'> & { leaves: number };
  /** The run that signed the record (its invocation URI), when the bundle verified. */
  run?: string;
  report: VerifyReport;
  /** Why it does not hold, beside the bundle's own violations. */
  violations: Violation[];
}

export async function verifyProof(
  inputs: VerifyProofInputs,
  ctx: Pick<VerifyContext, 'workspace' | 'serverUrl' | 'log' | 'now' | 'tufCacheDir'>,
): Promise<ProofVerdict> {
  const proof = await readProofFile(inputs.proof);
  const identity = expectedSigner(inputs, undefined, ctx);
  const { report, view } = await verifyRecord({
    bundles: [inputs.bundle],
    identity,
    trustedRoot: inputs.trustedRoot.trim() || 'auto',
    workspace: ctx.workspace,
    now: ctx.now,
    refresh: tufRefresh(inputs, ctx),
  });
  const verdict: ProofVerdict = { holds: false, digest: proof.digest, report, violations: [] };
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

/** The one line the command prints. */
export function describeProofVerdict(v: ProofVerdict): string {
  if (!v.holds) {
    const why = v.violations.map((x) => x.message).join('; ') || 'the bundle did not verify';
    return `the proof does not hold: ${why}`;
  }
  const where = `dataset '${v.dataset!.name}' (${v.dataset!.leaves} committed digests) of run ${v.run ?? 'unknown'}`;
  return `${v.digest} ${v.member ? 'WAS' : 'was NOT'} in ${where}, signed by ${v.report.signer?.san ?? 'an unknown signer'}`;
}
