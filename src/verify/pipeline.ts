// Verification as one pipeline: every candidate bundle goes through the stages (stages.ts);
// the first bundle of each role that passes is kept; then the run checks that hold between
// them (one workflow run, the same subjects) and the policy, which reads the training record.
// The report is about the training record when one passed, else the build provenance, else
// the bundle that got furthest; it lists every violation of it.
import { ProvenanceError } from '../errors.js';
import {
  evaluatePolicy,
  knownAdvisories,
  rulesNotEvaluated,
  type RuleResult,
} from '../policy/evaluate.js';
import { advisoryDatabase } from '../policy/advisories.js';
import type { AdvisoryDatabase } from '../advisories/load.js';
import type { Policy } from '../policy/policy.js';
import type { ContentProof } from '../commitment/proof.js';
import { TRAINING_PREDICATE_TYPE, type StatementRole } from '../statement/layout.js';
import type { ProvenanceView } from '../statement/view.js';
import { collectBundles, isRejected } from './bundles.js';
import { validateIdentityPolicy, type IdentityPolicy } from '../identity/signer-policy.js';
import {
  attemptBundle,
  DEFAULT_PREDICATE_TYPES,
  newAttempt,
  type Attempt,
  type StageContext,
} from './stages.js';
import { DigestCache, type Covers, type ResolvedPath } from './subjects.js';
import {
  loadTrustedRootFile,
  NAMED_TRUSTED_ROOTS,
  type TrustCache,
  type TrustedRootSpec,
} from './trust.js';
import type { TufRefresh } from './tuf.js';
import type { KeyObject } from 'node:crypto';
import type { X509Certificate } from '@sigstore/core';
import type { Violation, VerifyReport } from './types.js';
import { fromError } from './violations.js';

export { predicateViolations } from './stages.js';

export interface VerifyOptions {
  /** Bundle files, bundle JSON objects, `{source, bundle}` (lookupAttestations' results) or parsed bundles; tried in order. */
  bundles: ReadonlyArray<string | unknown>;
  /** Model paths, already resolved from the `model` patterns. */
  model: readonly ResolvedPath[];
  /** Which signed names the `model` patterns cover (collect/coverage.ts): each must be on disk. */
  covers?: Covers;
  /** The workspace: a relative model `path` is resolved against it. */
  workspace: string;
  /** The expected signer, the policy's identity section included (identity/expected-signer.ts). */
  identity: IdentityPolicy;
  trustedRoot: TrustedRootSpec;
  policy?: Policy;
  now?: Date;
  /** Digests already computed (e.g. to look the model up by digest), so nothing is hashed twice. */
  cache?: DigestCache;
  /** The predicate type the statement must have; default: SLSA provenance v1 or the training record. */
  predicateType?: string;
  /** Proofs about the datasets' content, for the policy's `datasets.deny-content`. */
  proofs?: readonly ContentProof[];
  /** Where `trusted-root: auto` refreshes over TUF; absent: the embedded root, no network. */
  refresh?: TufRefresh;
  /** The trusted roots read in this run (shared with the model signatures' check). */
  roots?: TrustCache;
  /** The advisories that apply (loaded by the caller); absent: what the policy names. */
  advisories?: AdvisoryDatabase;
  /** The key a bundle signed with a key must verify with; such a bundle proves no CI identity. */
  publicKey?: KeyObject;
  /** Anchors of the user's PKI for bundles signed with its certificates (attest --signing-cert). */
  certChain?: readonly X509Certificate[];
  /**
   * Bundle files taken into the same pass only when those given leave a directory's names
   * unbound (the build provenance of more than 1,024 files): the training record beside them.
   */
  namesFrom?: { bundles: readonly string[]; log: (line: string) => void };
}

const STAGE_ORDER: Attempt['stage'][] = [
  'bundle',
  'trusted-root',
  'signature',
  'statement',
  'complete',
];
const passed = (a: Attempt) => a.stage === 'complete' && a.violations.length === 0;

/**
 * Verify the model against its provenance. Throws only for bad usage (an expected identity
 * that cannot be read, an unreadable bundle file); every failure of the evidence is a
 * violation in the report.
 */
export async function verifyProvenance(opts: VerifyOptions): Promise<VerifyReport> {
  return (await verifyProvenanceRecord(opts)).report;
}

/** The training record a report verified, for the stages after it (the lineage). */
export interface VerifiedRecord {
  view: ProvenanceView;
  source: string;
  /** Read from a bundle file: `source`'s directory holds what attest wrote beside it. */
  fromFile: boolean;
}

/** verifyProvenance, and the training record it verified when the report is about one. */
export async function verifyProvenanceRecord(
  opts: VerifyOptions,
): Promise<{ report: VerifyReport; record?: VerifiedRecord }> {
  const now = opts.now ?? new Date();
  validateIdentityPolicy(opts.identity);
  if (opts.model.length === 0) {
    throw new ProvenanceError('INPUT_MISSING', 'no model path to verify', {
      input: 'model',
      fix: 'pass the model files or directories the provenance signs',
    });
  }
  const ctx = await stageContext(opts, opts.identity);
  const attempts = await attemptAll(opts.bundles, ctx);
  attempts.push(...(await attemptsForNames(attempts, opts.namesFrom, ctx)));
  const winners = winnersByRole(attempts);
  const main = mainOf(winners);
  const chosen = main ?? furthest(attempts);
  const violations = [...(chosen?.violations ?? [noBundle()]), ...pairViolations(winners)];
  const rules = opts.policy ? policyRules(main, opts.policy, now, opts) : [];
  violations.push(...rules.filter((r) => r.status === 'failed').map(policyViolation));
  violations.push(...unboundNames(main));
  // Without a policy, known advisories are said, not judged.
  const warnings =
    !opts.policy && main?.view
      ? knownAdvisories(main.view, opts.advisories ?? advisoryDatabase(undefined))
      : [];
  const verified = main !== undefined && violations.length === 0;
  const fromFile = opts.bundles.every((b) => typeof b === 'string');
  return {
    report: report(chosen, { verified, violations, rules, warnings }, attempts, now),
    ...(main?.role === 'training-record' && main.view
      ? { record: { view: main.view, source: main.source.replace(/:\d+$/, ''), fromFile } }
      : {}),
  };
}

/**
 * A training record's bundle verified without a model: signature, transparency log or
 * timestamp, trusted root, signer, and the statement read. For checking what the record says
 * of its datasets (content proofs), where the model is not what is asked about.
 */
export async function verifyRecord(
  opts: Pick<
    VerifyOptions,
    | 'bundles'
    | 'identity'
    | 'trustedRoot'
    | 'now'
    | 'workspace'
    | 'refresh'
    | 'publicKey'
    | 'certChain'
  >,
): Promise<{ report: VerifyReport; view?: ProvenanceView }> {
  validateIdentityPolicy(opts.identity);
  const now = opts.now ?? new Date();
  const ctx = await stageContext(
    { ...opts, model: [], predicateType: TRAINING_PREDICATE_TYPE },
    opts.identity,
  );
  const attempts = await attemptAll(opts.bundles, ctx);
  const main = winnersByRole(attempts).get('training-record');
  const chosen = main ?? furthest(attempts);
  const violations = main ? [] : (chosen?.violations ?? [noBundle()]);
  const verdict = { verified: main !== undefined, violations, rules: [], warnings: [] };
  return { report: report(chosen, verdict, attempts, now), view: main?.view };
}

async function stageContext(
  opts: Pick<
    VerifyOptions,
    | 'model'
    | 'covers'
    | 'workspace'
    | 'trustedRoot'
    | 'cache'
    | 'predicateType'
    | 'refresh'
    | 'roots'
    | 'publicKey'
    | 'certChain'
  >,
  identity: IdentityPolicy,
): Promise<StageContext> {
  const ctx: StageContext = {
    model: opts.model,
    ...(opts.covers ? { covers: opts.covers } : {}),
    workspace: opts.workspace,
    identity,
    trustedRoot: opts.trustedRoot,
    roots: opts.roots ?? new Map(),
    cache: opts.cache ?? new DigestCache(),
    predicateTypes: opts.predicateType ? [opts.predicateType] : DEFAULT_PREDICATE_TYPES,
    refresh: opts.refresh,
    ...(opts.publicKey ? { publicKey: opts.publicKey } : {}),
    ...(opts.certChain ? { certChain: opts.certChain } : {}),
  };
  // A trusted root named by path is read first: a missing or unreadable one is bad input.
  if (!NAMED_TRUSTED_ROOTS.includes(opts.trustedRoot.trim() || 'auto')) {
    const loading = loadTrustedRootFile(opts.trustedRoot.trim());
    ctx.roots.set(opts.trustedRoot.trim(), loading);
    await loading;
  }
  return ctx;
}

const mainOf = (winners: Map<StatementRole, Attempt>) =>
  winners.get('training-record') ?? winners.get('build-provenance');

/** The bundles that bind names, through the stages after the others, when names are unbound. */
async function attemptsForNames(
  before: readonly Attempt[],
  namesFrom: VerifyOptions['namesFrom'],
  ctx: StageContext,
): Promise<Attempt[]> {
  if (!namesFrom?.bundles.length) return [];
  if (unboundNames(mainOf(winnersByRole(before))).length === 0) return [];
  for (const b of namesFrom.bundles)
    namesFrom.log(`the training record binds the file names: taking ${b} too`);
  return attemptAll(namesFrom.bundles, ctx, new Set(before.filter(passed).map((a) => a.role)));
}

/** Each candidate through the stages, until one of each role has passed (`done`: already). */
async function attemptAll(
  bundles: VerifyOptions['bundles'],
  ctx: StageContext,
  done = new Set<StatementRole | undefined>(),
): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  for (const c of await collectBundles(bundles)) {
    if (done.has('training-record') && done.has('build-provenance')) break;
    if (isRejected(c)) {
      const a = newAttempt(c.source);
      a.violations.push(fromError('bundle', 'bundle', c.error));
      attempts.push(a);
      continue;
    }
    const a = await attemptBundle(c, ctx);
    attempts.push(a);
    if (passed(a)) done.add(a.role);
  }
  return attempts;
}

/** The first passing attempt of each role; a statement of another type counts as provenance. */
function winnersByRole(attempts: readonly Attempt[]): Map<StatementRole, Attempt> {
  const out = new Map<StatementRole, Attempt>();
  for (const a of attempts.filter(passed)) {
    const role = a.role ?? 'build-provenance';
    if (!out.has(role)) out.set(role, a);
  }
  return out;
}

function furthest(attempts: readonly Attempt[]): Attempt | undefined {
  let chosen: Attempt | undefined;
  for (const a of attempts) {
    if (!chosen || STAGE_ORDER.indexOf(a.stage) > STAGE_ORDER.indexOf(chosen.stage)) chosen = a;
  }
  return chosen;
}

const subjectKeys = (a: Attempt) =>
  new Set(
    a.envelope!.subject.map((s) => `${s.name}\0${s.digest?.sha256 ?? JSON.stringify(s.digest)}`),
  );

/** The build provenance and the training record must come from one run and name the same subjects. */
function pairViolations(winners: Map<StatementRole, Attempt>): Violation[] {
  const p = winners.get('build-provenance');
  const t = winners.get('training-record');
  if (!p || !t) return [];
  const out: Violation[] = [];
  const runs = [p.signer?.runInvocationUri, t.signer?.runInvocationUri];
  if (runs[0] !== runs[1]) {
    out.push({
      kind: 'statement',
      rule: 'same-run',
      message: `the build provenance (${p.source}) and the training record (${t.source}) were signed by different workflow runs`,
      expected: runs[0],
      actual: runs[1],
      fix: 'pass the two bundles one attest step wrote together',
    });
  }
  const [a, b] = [subjectKeys(p), subjectKeys(t)];
  if (a.size !== b.size || [...a].some((k) => !b.has(k))) {
    out.push({
      kind: 'subject',
      rule: 'same-subjects',
      message: `the build provenance (${p.source}) and the training record (${t.source}) name different subjects`,
      fix: 'pass the two bundles one attest step wrote together',
    });
  }
  return out;
}

/** The policy over the report's statement: the training record, else the build provenance. */
function policyRules(
  main: Attempt | undefined,
  policy: Policy,
  now: Date,
  opts: Pick<VerifyOptions, 'proofs' | 'advisories'>,
): RuleResult[] {
  if (!main?.view)
    return rulesNotEvaluated(policy, 'no bundle verified, so there is no statement to read');
  const signedAt = main.signedAt
    ? { time: new Date(main.signedAt.time), source: main.signedAt.source }
    : undefined;
  return evaluatePolicy(main.view, main.signer!, policy, now, {
    signedAt,
    includeIdentity: false,
    proofs: opts.proofs,
    advisories: opts.advisories,
  });
}

/** A failed rule as the report's violation (the lineage's rules too). */
export const policyViolation = (r: RuleResult): Violation => ({
  kind: 'policy',
  rule: r.rule,
  message: r.reason,
  ...(r.fix ? { fix: r.fix } : {}),
});

/** The rule of a directory whose names nothing signed binds (`names: DIR`): the directory, or undefined. */
export const unboundDirectory = (v: Violation): string | undefined =>
  v.kind === 'subject' && v.rule.startsWith('names: ') ? v.rule.slice('names: '.length) : undefined;

/**
 * A directory that matched its OMS root (contents and order) but whose file names no signed list
 * binds: the build provenance of more than 1,024 files alone, or a record older than listings.
 */
function unboundNames(main: Attempt | undefined): Violation[] {
  const fix =
    main?.role === 'training-record'
      ? 'attest the model again (the training record then carries the listing digest that binds names), or verify its model.sig with --model-signature'
      : 'give the training record (training.sigstore.json, which attest writes beside provenance.sigstore.json and verify takes from there): its listing digest binds the names; or a model.sig of the directory';
  return (main?.subjects ?? [])
    .filter((c) => c.ok && c.names === 'unbound')
    .map((c) => ({
      kind: 'subject',
      rule: `names: ${c.name}`,
      message: `${c.name}/: its file names are not bound: the statement signs its OMS root (contents and order) but no names (no per-file subjects, no listing digest)`,
      fix,
    }));
}

function noBundle(): Violation {
  return {
    kind: 'bundle',
    rule: 'bundle',
    message: 'no bundle to verify',
    fix: 'pass `bundle`, or store the attestation in the GitHub attestations API',
  };
}

function report(
  chosen: Attempt | undefined,
  verdict: Pick<VerifyReport, 'verified' | 'violations' | 'rules' | 'warnings'>,
  attempts: readonly Attempt[],
  now: Date,
): VerifyReport {
  return {
    ...verdict,
    bundle: chosen?.source,
    signer: chosen?.signer,
    ...(chosen?.signedWithKey ? { signedWithKey: chosen.signedWithKey } : {}),
    trustedRoot: chosen?.trustedRoot
      ? { name: chosen.trustedRoot.name, source: chosen.trustedRoot.source }
      : undefined,
    logIndex: chosen?.logIndex,
    integratedTime: chosen?.integratedTime,
    timestamps: chosen?.timestamps ?? [],
    signedAt: chosen?.signedAt,
    identity: chosen?.identity ?? [],
    subjects: chosen?.subjects ?? [],
    ...(chosen?.coverage ? { coverage: chosen.coverage } : {}),
    statement: chosen?.statement,
    attempts: attempts.map((a) => ({
      source: a.source,
      verified: passed(a),
      stage: a.stage,
      violations: a.violations.length,
      firstViolation: a.violations[0]?.message,
    })),
    checkedAt: now.toISOString(),
  };
}
