// `verify`'s one entry into src/verify/: the stages in order (the provenance's pipeline, then
// the model signatures against the subjects it matched), and the report built once from both.
import type { ResolvedPath } from '../collect/paths.js';
import type { VerifyOutcome } from './model-signature.js';
import {
  checkModelSignatures,
  verifyOutcome,
  verifySignaturesAlone,
  type ModelSignatures,
  type SignatureTrust,
} from './model-signatures.js';
import { verifyProvenance, type VerifyOptions } from './pipeline.js';

export interface VerifyRequest {
  model: readonly ResolvedPath[];
  workspace: string;
  now?: Date;
  /** The model signatures to check. */
  modelSignature: ModelSignatures;
  /** What model signatures are checked with. */
  trust: SignatureTrust;
  /** The provenance to verify; absent: the model signatures alone (no bundle given). */
  provenance?: Omit<VerifyOptions, 'model' | 'workspace' | 'now'>;
}

/** Every stage once, in order; the outcome sealed. */
export async function verifyAll(req: VerifyRequest): Promise<VerifyOutcome> {
  const { model, workspace, now, modelSignature, trust } = req;
  if (!req.provenance)
    return verifySignaturesAlone(modelSignature, model, trust, now ?? new Date());
  const report = await verifyProvenance({ ...req.provenance, model, workspace, now });
  const checks = await checkModelSignatures(modelSignature, model, trust, report.subjects);
  return verifyOutcome(report, checks, model);
}
