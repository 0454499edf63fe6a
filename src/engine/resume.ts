// `attest --resume`: sign and store the statements an earlier run left unsigned in
// output-dir (signing failed, or `sign: false`), without collecting or hashing again: a
// 20 GB model need not be read twice because Fulcio was down. The statements must be a
// pair of one run, valid, and made for the repository and commit the token signs for.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ProvenanceError } from '../errors.js';
import { modelSha256 } from '../statement/build.js';
import { parseStatementPayload, readProvenance } from '../statement/read.js';
import { ML_BOM_FILE, OUTPUT_FILES, type StatementRole } from '../statement/layout.js';
import type { Statement } from '../statement/types.js';
import { undoOutputDirIfRefused, withOutputLock } from '../store/output-dir.js';
import {
  checkValid,
  preflight,
  type AttestContext,
  type AttestRequest,
  type AttestResult,
  type Plan,
} from './attest.js';
import { signAndStore, type RunFiles } from './sign-and-store.js';

export type ResumedResult = Pick<
  AttestResult,
  | 'statement'
  | 'provenance'
  | 'training'
  | 'subjects'
  | 'identity'
  | 'endpoints'
  | 'modelSignatures'
  | 'mlBom'
> & { modelDigest: string };

function refuse(message: string, fix: string): ProvenanceError {
  return new ProvenanceError('INPUT_INVALID', message, { input: 'resume', value: 'true', fix });
}

export async function resumeAttest(
  inputs: AttestRequest,
  ctx: AttestContext,
): Promise<ResumedResult> {
  if (!inputs.sign)
    throw refuse('--resume signs kept statements, and sign is false', 'drop --no-sign');
  if (inputs.modelSignature)
    throw refuse(
      '--resume cannot write model signatures (they need the model hashed)',
      'drop --model-signature, or run attest again',
    );
  return undoOutputDirIfRefused(inputs.outputDir, async () => {
    const plan = await preflight(inputs, ctx);
    // Held while the kept statements are read, signed and replaced, as attest holds it.
    return withOutputLock(inputs.outputDir, () => resumeHolding(inputs, ctx, plan));
  });
}

async function resumeHolding(
  inputs: AttestRequest,
  ctx: AttestContext,
  plan: Plan,
): Promise<ResumedResult> {
  if (!plan.identity)
    throw refuse(
      '--resume signs what a GitHub workflow run kept, and this is a run outside GitHub Actions',
      'run attest again',
    );
  const payloads = await keptStatements(inputs.outputDir);
  const training = JSON.parse(payloads[1]!) as Statement;
  checkPair(payloads, plan);
  const run = await withKeptBom(payloads, inputs.outputDir);
  const stored = await signAndStore(run, { ...inputs, modelSignature: false }, ctx, plan, []);
  const sha = modelSha256(training.subject);
  return {
    statement: training,
    provenance: stored.provenance,
    training: stored.training,
    mlBom: stored.mlBom,
    modelSignatures: [],
    subjects: training.subject,
    identity: plan.identity,
    endpoints: plan.endpoints,
    modelDigest: sha ? `sha256:${sha}` : '',
  };
}

async function keptStatements(dir: string): Promise<string[]> {
  return Promise.all(
    (['build-provenance', 'training-record'] as const).map(async (role) => {
      const path = join(dir, OUTPUT_FILES[role].statement);
      try {
        return await readFile(path, 'utf8');
      } catch {
        throw refuse(
          `--resume found no ${OUTPUT_FILES[role].statement} in ${dir}`,
          'give the output-dir of the run whose signing failed',
        );
      }
    }),
  );
}

/** The run's ML-BOM statement and document, when it made them: signed with the others. */
async function withKeptBom(payloads: string[], dir: string): Promise<RunFiles> {
  const read = (name: string) => readFile(join(dir, name), 'utf8').catch(() => undefined);
  const statement = await read(OUTPUT_FILES['ml-bom'].statement);
  const bom = await read(ML_BOM_FILE);
  const roles: StatementRole[] = ['build-provenance', 'training-record'];
  if (statement === undefined || bom === undefined) return { roles, payloads };
  if (subjectKeys(statement) !== subjectKeys(payloads[1]!))
    throw refuse(
      `the kept ${OUTPUT_FILES['ml-bom'].statement} names other subjects than the training record`,
      'run attest again',
    );
  return { roles: [...roles, 'ml-bom'], payloads: [...payloads, statement], bom };
}

const subjectKeys = (payload: string) =>
  parseStatementPayload(payload)
    .subject.map((s) => `${s.name}\0${s.digest?.sha256}`)
    .sort()
    .join('\n');

/** Both valid, over the same subjects, and of the repository and commit the token is for. */
function checkPair(payloads: string[], plan: Plan): void {
  const [provenance, training] = payloads.map((p) => JSON.parse(p) as object);
  checkValid(provenance!, payloads[0]!);
  checkValid(training!, payloads[1]!);
  if (subjectKeys(payloads[0]!) !== subjectKeys(payloads[1]!))
    throw refuse(
      "the kept statements name different subjects: they are not one run's",
      'run attest again',
    );
  const recorded = readProvenance(training).identity;
  const id = plan.identity!;
  if (recorded.repository !== id.repository || recorded.sha !== id.sha)
    throw refuse(
      `the kept statements are for ${recorded.repository}@${recorded.sha}, the token for ${id.repository}@${id.sha}`,
      'resume with a token of the same repository and commit, or run attest again',
    );
}
