// The checks one bundle goes through, in order, as sigstore-js's Verifier.verify() reads:
// the signer (signer.ts: trusted root → signature and timestamps → identity), then the
// statement → subjects. Each stage records what it learnt on the attempt and returns its
// violations; a stage that leaves nothing for the next to check ends the bundle's way (`stop`).
import { isAbsolute, resolve } from 'node:path';
import {
  IN_TOTO_PAYLOAD_TYPE,
  readsAsProvenance,
  SLSA_PROVENANCE_V1,
  statementRole,
  TRAINING_PREDICATE_TYPE,
} from '../statement/layout.js';
import {
  parseStatementPayload,
  readProvenance,
  type StatementEnvelope,
} from '../statement/read.js';
import type { ProvenanceView } from '../statement/view.js';
import type { LoadedBundle } from './bundles.js';
import type { SignerIdentity } from '../identity/certificate.js';
import { GITHUB_SERVER_URL } from '../identity/signer-policy.js';
import { ambiguousSubjects, checkSubjects, describeAmbiguous } from './subjects.js';
import type { StatementSummary, Violation } from './types.js';
import { fromError } from './violations.js';
import { isObject } from '../json.js';
import { verifySigner } from './signer.js';
import type { Attempt, Stage, StageContext } from './attempt.js';
import { coverageViolations } from './coverage.js';

// What a bundle's way through the stages records, and what they read: attempt.ts (signer.ts,
// which this module calls, reads them too).
export type { Attempt, Stage, StageContext } from './attempt.js';

export interface StageResult {
  violations: Violation[];
  stop?: boolean;
}

export type StageFn = (b: LoadedBundle, a: Attempt, ctx: StageContext) => Promise<StageResult>;

export const DEFAULT_PREDICATE_TYPES: readonly string[] = [
  SLSA_PROVENANCE_V1,
  TRAINING_PREDICATE_TYPE,
];

/** After the signer: what the statement says, and the model on disk against its subjects. */
const STATEMENT_STAGES: ReadonlyArray<[Stage, StageFn]> = [
  ['statement', statementStage],
  ['complete', subjectsStage],
];

export function newAttempt(source: string): Attempt {
  return { source, stage: 'bundle', violations: [], timestamps: [], identity: [], subjects: [] };
}

/** Runs the stages over one bundle; the attempt ends at `complete` when every stage ran. */
export async function attemptBundle(b: LoadedBundle, ctx: StageContext): Promise<Attempt> {
  const a = newAttempt(b.source);
  if (!(await verifySigner(b, a, ctx))) return a;
  for (const [stage, run] of STATEMENT_STAGES) {
    a.stage = stage;
    const r = await run(b, a, ctx);
    a.violations.push(...r.violations);
    if (r.stop) return a;
  }
  return a;
}

async function statementStage(
  b: LoadedBundle,
  a: Attempt,
  ctx: StageContext,
): Promise<StageResult> {
  const envelope = b.bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    const message = `the DSSE payload type is '${envelope.payloadType}', not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`;
    return { violations: [{ kind: 'statement', rule: 'payloadType', message }], stop: true };
  }
  try {
    a.envelope = parseStatementPayload(envelope.payload);
  } catch (e) {
    return { violations: [fromError('statement', 'statement', e)], stop: true };
  }
  const wrongKind = predicateViolations(a.envelope, ctx.predicateTypes);
  a.statement = summarize(a.envelope);
  if (wrongKind.length > 0) return { violations: wrongKind, stop: true };
  if (!readsAsProvenance(a.envelope.predicateType)) return { violations: [] };
  try {
    a.view = readProvenance(JSON.parse(Buffer.from(envelope.payload).toString('utf8')));
  } catch (e) {
    return { violations: [fromError('statement', 'predicate', e)] };
  }
  a.role = statementRole(a.envelope.predicateType, a.view.buildType);
  a.statement = summarize(a.envelope, a.view);
  return { violations: a.signer ? statementClaims(a.view, a.signer) : [] };
}

async function subjectsStage(
  _b: LoadedBundle,
  a: Attempt,
  ctx: StageContext,
): Promise<StageResult> {
  const env = a.envelope!;
  const model = ctx.model.map((m) =>
    isAbsolute(m.path) ? m : { ...m, path: resolve(ctx.workspace, m.path) },
  );
  a.subjects = await checkSubjects(env.subject, model, ctx.cache, ctx.covers);
  const violations: Violation[] = a.subjects
    .filter((s) => !s.ok)
    .map((s) => ({
      kind: 'subject',
      rule: s.name,
      message: s.reason,
      expected: s.expected,
      actual: s.actual,
    }));
  // A name given two digests is refused even when no model path carries it.
  const checked = new Set(a.subjects.map((s) => s.name));
  for (const amb of ambiguousSubjects(env.subject).filter((x) => !checked.has(x.name)))
    violations.push({ kind: 'subject', rule: amb.name, message: describeAmbiguous(amb) });
  // Every signed subject the patterns cover must be on disk: a deleted shard is not a pass.
  const covered = coverageViolations(env.subject, a.subjects, ctx.covers);
  a.coverage = covered.coverage;
  violations.push(...covered.violations);
  return { violations };
}

function summarize(env: StatementEnvelope, view?: ProvenanceView): StatementSummary {
  return {
    predicateType: env.predicateType,
    subjects: env.subject.length,
    ...(view
      ? {
          buildType: view.buildType,
          datasets: view.datasets.length,
          packages: view.packages.length,
          builderId: view.builderId,
          invocationId: view.invocationId,
          startedOn: view.startedOn,
          finishedOn: view.finishedOn,
        }
      : {}),
  };
}

/**
 * What the statement claims about where it was built, against the certificate: a workflow
 * can sign anything, but a statement that names another repository, ref or commit than its
 * certificate is lying about its origin.
 */
function statementClaims(view: ProvenanceView, signer: SignerIdentity): Violation[] {
  const id = view.identity;
  const server = id.serverUrl ?? GITHUB_SERVER_URL;
  const claims: Array<[string, string | undefined, string | undefined, boolean]> = [
    [
      'source repository',
      id.repository ? `${server}/${id.repository}` : undefined,
      signer.sourceRepositoryUri,
      true,
    ],
    ['source ref', id.ref, signer.sourceRepositoryRef, false],
    ['source commit', id.sha, signer.sourceRepositoryDigest, false],
    [
      'builder',
      id.jobWorkflowRef ? `${server}/${id.jobWorkflowRef}` : undefined,
      signer.san,
      false,
    ],
  ];
  const out: Violation[] = [];
  for (const [rule, claimed, actual, ci] of claims) {
    if (claimed === undefined || actual === undefined) continue;
    const same = ci ? claimed.toLowerCase() === actual.toLowerCase() : claimed === actual;
    if (!same) {
      out.push({
        kind: 'statement',
        rule,
        message: `the statement claims ${rule} ${claimed}, its signing certificate says ${actual}`,
        expected: actual,
        actual: claimed,
      });
    }
  }
  return out;
}

const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v !== '';

/** The fields SLSA provenance v1 marks REQUIRED that this predicate lacks (our record shares them). */
function missingSlsaFields(predicate: Record<string, unknown>): string[] {
  const def = predicate.buildDefinition;
  const run = predicate.runDetails;
  const missing: string[] = [];
  if (!isObject(def)) missing.push('buildDefinition');
  else {
    if (!nonEmpty(def.buildType)) missing.push('buildDefinition.buildType');
    if (!isObject(def.externalParameters)) missing.push('buildDefinition.externalParameters');
  }
  if (!isObject(run)) missing.push('runDetails');
  else if (!isObject(run.builder) || !nonEmpty(run.builder.id))
    missing.push('runDetails.builder.id');
  return missing;
}

/**
 * Whether the statement is an attestation asked for: its predicate type, and a predicate
 * with the fields the spec requires. Any statement a workflow signs verifies
 * cryptographically; only its type says what it is.
 */
export function predicateViolations(
  env: StatementEnvelope,
  wanted: readonly string[],
): Violation[] {
  const names = wanted.join(' or ');
  const fix = wanted.includes(SLSA_PROVENANCE_V1)
    ? 'pass the bundles `attest` wrote (provenance.sigstore.json, training.sigstore.json), not another attestation of the model'
    : `pass an attestation whose predicate type is ${names}`;
  if (!wanted.includes(env.predicateType)) {
    const message = `the statement's predicate type is ${env.predicateType ? `'${env.predicateType}'` : '(none)'}, not ${names}`;
    return [
      {
        kind: 'statement',
        rule: 'predicateType',
        message,
        expected: names,
        actual: env.predicateType || undefined,
        fix,
      },
    ];
  }
  if (!isObject(env.predicate)) {
    const message = `the statement has ${env.predicate === undefined ? 'no predicate' : 'a predicate that is not a JSON object'}: a ${env.predicateType} statement says nothing without one`;
    return [{ kind: 'statement', rule: 'predicate', message, fix }];
  }
  const missing = readsAsProvenance(env.predicateType) ? missingSlsaFields(env.predicate) : [];
  if (missing.length === 0) return [];
  return [
    {
      kind: 'statement',
      rule: 'predicate',
      message: `the SLSA provenance predicate lacks the required ${missing.join(', ')}`,
      fix,
    },
  ];
}
