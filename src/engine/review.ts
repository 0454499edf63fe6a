// `review`: the release gate's verification of this run's record, and what changed against the
// base. The head is verified by verify itself (the same trusted root, TUF refresh included, the
// same signer, the training record beside the bundle, the same coverage and name binding), with
// the model the record names; the review adds only the diff and the comment (review/review.ts).
import { stat } from 'node:fs/promises';
import { loadPolicy } from '../policy/policy.js';
import { advisoryDatabase } from '../policy/advisories.js';
import type { LoadedProvenance } from '../review/load.js';
import { review as reviewAgainstBase, type ReviewOptions } from '../review/review.js';
import {
  claimsVerdict,
  modelOnDisk,
  verdictFromReport,
  type ReviewVerdict,
} from '../review/verdict.js';
import { readProofs } from '../verify/proofs.js';
import { verify, type VerifyContext, type VerifyRequest } from './verify.js';

/**
 * What verify takes, less what the head gives (its bundle and the model its subjects name) and
 * the model signature's options (the review checks a model.sig where there is one, as its own).
 */
export type ReviewVerifyRequest = Omit<
  VerifyRequest,
  | 'model'
  | 'bundles'
  | 'coverEverySubject'
  | 'modelSignatures'
  | 'modelSignatureSigner'
  | 'ignorePaths'
  | 'ignoreUnsignedFiles'
>;

const MODEL_ABSENT = 'the model the subjects name is not in the workspace, and verify re-hashes it';

export function review(
  opts: Omit<ReviewOptions, 'verdict'>,
  inputs: ReviewVerifyRequest,
  ctx: VerifyContext,
) {
  const verdict = async (head: LoadedProvenance) =>
    headVerdict(head, await bundlesOf(opts.head, head), inputs, ctx);
  return reviewAgainstBase({ ...opts, verdict });
}

/** The file given (build provenance, say) and the record read from it or beside it, as verify takes them. */
async function bundlesOf(given: string, head: LoadedProvenance): Promise<string[]> {
  const isFile = await stat(given).then(
    (s) => s.isFile(),
    () => false,
  );
  return [...new Set(isFile ? [given, head.path] : [head.path])];
}

/**
 * A signed head with its model on disk goes through verify, which requires every subject the
 * record signs; a bare statement, or a record whose model is elsewhere, is judged on its claims.
 */
async function headVerdict(
  head: LoadedProvenance,
  bundles: string[],
  inputs: ReviewVerifyRequest,
  ctx: VerifyContext,
): Promise<ReviewVerdict> {
  if (!head.bundle) return claims(head, [], inputs, ctx);
  const model = await modelOnDisk(head.view.subjects, ctx.workspace);
  if (model.length === 0) return claims(head, [MODEL_ABSENT], inputs, ctx);
  const outcome = await verify(
    {
      ...inputs,
      model: model.map((m) => m.path),
      bundles,
      coverEverySubject: true,
      modelSignatures: { kind: 'auto' },
      ignorePaths: [],
      ignoreUnsignedFiles: false,
    },
    ctx,
  );
  return verdictFromReport(outcome);
}

/** The policy on the statement's claims, with the proofs and advisories verify would read. */
async function claims(
  head: LoadedProvenance,
  notes: string[],
  inputs: ReviewVerifyRequest,
  ctx: VerifyContext,
): Promise<ReviewVerdict> {
  const policy = inputs.policy ? await loadPolicy(inputs.policy) : undefined;
  const proofs = inputs.proofs ? await readProofs(inputs.proofs) : undefined;
  const advisories = advisoryDatabase(policy, inputs.advisories);
  const signed = head.bundle !== undefined;
  return claimsVerdict(head.view, signed, policy, ctx.now ?? new Date(), notes, {
    proofs,
    advisories,
  });
}
