// `review`: the release gate's verification of this run's record, and what changed against the
// base. The head is verified by verify itself (the same trusted root, TUF refresh included, the
// same signer, the training record beside the bundle, the same coverage and name binding), with
// the model the record names; the review adds only the diff and the comment (review/review.ts).
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
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
import { verify, workspacePaths, type VerifyContext, type VerifyInputs } from './verify.js';

/** What verify takes, less what the head gives: its bundle and the model its subjects name. */
export type ReviewVerifyInputs = Omit<
  VerifyInputs,
  'model' | 'bundle' | 'coverEverySubject' | 'modelSignature'
>;

const MODEL_ABSENT = 'the model the subjects name is not in the workspace, and verify re-hashes it';

export function review(
  opts: Omit<ReviewOptions, 'verdict'>,
  inputs: ReviewVerifyInputs,
  ctx: VerifyContext,
) {
  const verdict = async (head: LoadedProvenance) =>
    headVerdict(head, await bundlesOf(opts.head, head), inputs, ctx);
  return reviewAgainstBase({ ...opts, verdict });
}

/** The file given (build provenance, say) and the record read from it or beside it, as verify takes them. */
async function bundlesOf(given: string, head: LoadedProvenance): Promise<string> {
  const isFile = await stat(given).then(
    (s) => s.isFile(),
    () => false,
  );
  return listInput([...new Set(isFile ? [given, head.path] : [head.path])]);
}

/** Paths as one list input: parseList splits on commas, so a name's own are escaped. */
const listInput = (paths: readonly string[]): string =>
  paths.map((p) => p.replace(/,/g, '\\,')).join('\n');

/**
 * A signed head with its model on disk goes through verify, which requires every subject the
 * record signs; a bare statement, or a record whose model is elsewhere, is judged on its claims.
 */
async function headVerdict(
  head: LoadedProvenance,
  bundle: string,
  inputs: ReviewVerifyInputs,
  ctx: VerifyContext,
): Promise<ReviewVerdict> {
  if (!head.bundle) return claims(head, [], inputs, ctx);
  const model = await modelOnDisk(head.view.subjects, ctx.workspace);
  if (model.length === 0) return claims(head, [MODEL_ABSENT], inputs, ctx);
  const outcome = await verify(
    {
      ...inputs,
      model: listInput(model.map((m) => m.relPath)),
      bundle,
      coverEverySubject: true,
      modelSignature: 'auto',
    },
    ctx,
  );
  return verdictFromReport(outcome);
}

/** The policy on the statement's claims, with the proofs and advisories verify would read. */
async function claims(
  head: LoadedProvenance,
  notes: string[],
  inputs: ReviewVerifyInputs,
  ctx: VerifyContext,
): Promise<ReviewVerdict> {
  const at = (p: string | undefined) => (p?.trim() ? resolve(ctx.workspace, p.trim()) : '');
  const policy = at(inputs.policy) ? await loadPolicy(at(inputs.policy)) : undefined;
  const proofs = at(inputs.proofs) ? await readProofs(at(inputs.proofs)) : undefined;
  const advisories = advisoryDatabase(policy, workspacePaths(inputs.advisories, ctx.workspace));
  const signed = head.bundle !== undefined;
  return claimsVerdict(head.view, signed, policy, ctx.now ?? new Date(), notes, {
    proofs,
    advisories,
  });
}
