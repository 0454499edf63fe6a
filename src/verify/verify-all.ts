// `verify`'s one entry into src/verify/: the stages in order (the provenance's pipeline, the
// lineage of the training record it verified, then the model signatures against the subjects it
// matched), and the report built once from them all. The lineage stage is handed in by the
// engine (src/lineage/stage.ts): lineage builds on verify, so verify never imports it.
import type { ResolvedPath } from '../collect/paths.js';
import type { VerifyOutcome } from './model-signature.js';
import {
  checkModelSignatures,
  verifyOutcome,
  verifySignaturesAlone,
  type ModelSignatures,
  type SignatureTrust,
} from './model-signatures.js';
import { verifyProvenanceRecord, type VerifiedRecord, type VerifyOptions } from './pipeline.js';
import type { VerifyReport } from './types.js';

/** A stage over the report and the training record it verified (the lineage's), before the seal. */
export type RecordStage = (
  report: VerifyReport,
  record: VerifiedRecord | undefined,
) => Promise<VerifyReport>;

export interface VerifyRequest {
  model: readonly ResolvedPath[];
  workspace: string;
  now?: Date;
  /** The model signatures to check. */
  modelSignature: ModelSignatures;
  /** What model signatures are checked with. */
  trust: SignatureTrust;
  /** The provenance to verify; absent: the model signatures alone (no bundle given). */
  provenance?: Omit<VerifyOptions, 'model' | 'workspace' | 'now'> & { lineage?: RecordStage };
}

/** Every stage once, in order; the outcome sealed. */
export async function verifyAll(req: VerifyRequest): Promise<VerifyOutcome> {
  const { model, workspace, now, modelSignature, trust } = req;
  if (!req.provenance)
    return verifySignaturesAlone(modelSignature, model, trust, now ?? new Date());
  const { lineage, ...provenance } = req.provenance;
  const verified = await verifyProvenanceRecord({ ...provenance, model, workspace, now });
  const report = lineage ? await lineage(verified.report, verified.record) : verified.report;
  const checks = await checkModelSignatures(modelSignature, model, trust, report.subjects);
  return verifyOutcome(report, checks, model);
}
