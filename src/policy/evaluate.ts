// Evaluating a policy against a provenance view: every rule gives a result, passed, failed
// or not evaluated, with its reason; a rule that fails for several items fails once per item
// so that every violation is listed.
import type { ProvenanceView } from '../statement/view.js';
import type { SignerIdentity } from '../identity/certificate.js';
import { checkIdentity, type IdentityPolicy } from '../identity/signer-policy.js';
import type { AdvisoryDatabase } from '../advisories/load.js';
import { advisoryResults } from './advisories.js';
import type { ContentProof } from '../commitment/proof.js';
import { datasetRuleNames, datasetRules } from './dataset-rules.js';
import { frameworkRuleNames, frameworkRules } from './framework-rules.js';
import { needsTrainingRecord } from './policy.js';
import { checked, failed, notEvaluated, passed } from './result.js';
import { statementRole } from '../statement/layout.js';
import type { Policy, RuleResult } from './types.js';

export type { RuleResult, RuleStatus } from './types.js';

/** When the attestation was signed, and how that time is known. */
export interface SigningTime {
  time: Date;
  /** `transparency-log` (Rekor integrated time), `timestamp-authority` (RFC 3161), or `statement` (finishedOn, unsigned time). */
  source: 'transparency-log' | 'timestamp-authority' | 'statement';
}

export interface EvaluateOptions {
  /** Verified signing time; without it max-age falls back to the statement's finishedOn. */
  signedAt?: SigningTime;
  /** The advisories that apply, loaded by the caller; else what the policy names is loaded. */
  advisories?: AdvisoryDatabase;
  /** Check the identity block against the signer (true by default; verify merges it into its own checks instead). */
  includeIdentity?: boolean;
  /** Proofs about the datasets' content, for `datasets.deny-content` (docs/commitments.md). */
  proofs?: readonly ContentProof[];
}

function ageRule(
  view: ProvenanceView,
  maxAge: NonNullable<Policy['maxAge']>,
  now: Date,
  signedAt?: SigningTime,
): RuleResult {
  let at = signedAt;
  if (!at && view.finishedOn) {
    const t = new Date(view.finishedOn);
    if (!Number.isNaN(t.getTime())) at = { time: t, source: 'statement' };
  }
  // Fails closed: a record that says nothing of its time is not shown young.
  if (!at)
    return failed('max-age', 'no signing time and no finishedOn: the age cannot be measured');
  const what =
    at.source === 'transparency-log'
      ? 'transparency log time'
      : at.source === 'timestamp-authority'
        ? 'timestamp authority time'
        : "statement's finishedOn (not a signed time)";
  const ageMs = now.getTime() - at.time.getTime();
  const days = humanAge(ageMs);
  const measured = `attestation is ${days} old by its ${what} ${at.time.toISOString()}`;
  return ageMs > maxAge.ms
    ? failed('max-age', `${measured}, more than max-age ${maxAge.text}`)
    : passed('max-age', `${measured}, within ${maxAge.text}`);
}

function identityRules(
  signer: SignerIdentity | undefined,
  id: NonNullable<Policy['identity']>,
): RuleResult[] {
  const expect: IdentityPolicy = {
    repository: id.repository,
    signerWorkflow: id.signerWorkflow,
    sourceRef: id.sourceRef,
    denySelfHostedRunners: id.runner === 'github-hosted',
  };
  if (
    !expect.repository &&
    !expect.signerWorkflow &&
    !expect.sourceRef &&
    !expect.denySelfHostedRunners
  )
    return [];
  if (!signer)
    return [
      failed(
        'identity',
        'the statement is not signed: there is no signer to check the identity block against',
      ),
    ];
  return checkIdentity(signer, expect)
    .filter((c) => c.check !== 'identity-required' || expect.repository || expect.signerWorkflow)
    .map((c) => checked(`identity.${c.check}`, c.ok, c.reason, c.actual));
}

/**
 * Evaluate every rule of the policy. `signer` is the verified certificate's identity
 * (undefined for an unsigned statement); `now` the time of verification.
 */
export function evaluatePolicy(
  view: ProvenanceView,
  signer: SignerIdentity | undefined,
  policy: Policy,
  now: Date,
  opts: EvaluateOptions = {},
): RuleResult[] {
  const out: RuleResult[] = [];
  if (policy.identity && opts.includeIdentity !== false)
    out.push(...identityRules(signer, policy.identity));
  out.push(...recordRules(view, policy, opts));
  if (policy.maxAge) out.push(ageRule(view, policy.maxAge, now, opts.signedAt));
  if (policy.buildType) {
    const ok = view.buildType === policy.buildType.uri;
    out.push(
      checked(
        'build-type',
        ok,
        ok
          ? `buildType is ${policy.buildType.uri}`
          : `buildType is ${view.buildType ?? '(none)'}, the policy requires ${policy.buildType.uri}`,
      ),
    );
  }
  return out;
}

/**
 * The datasets and frameworks rules, which only the training record answers. On any other
 * statement they are not evaluated, and one failed rule says why and what to pass.
 */
function recordRules(view: ProvenanceView, policy: Policy, opts: EvaluateOptions): RuleResult[] {
  if (!needsTrainingRecord(policy)) return [];
  const role = statementRole(view.predicateType, view.buildType);
  if (role !== 'training-record') {
    const what = role === 'build-provenance' ? 'the build provenance' : `a ${view.predicateType}`;
    const why = `no verified training record: only it records datasets and frameworks, and the statement verified is ${what}`;
    return [
      failed(
        'training-record',
        'the policy checks datasets or frameworks, which only the training record carries, and no verified training record was found',
        undefined,
        'pass training.sigstore.json (written beside provenance.sigstore.json by attest) with `bundle`, or store it with push-to-github',
      ),
      ...recordRuleNames(policy).map((rule) => notEvaluated(rule, why)),
    ];
  }
  return [
    ...(policy.datasets ? datasetRules(view, policy.datasets, opts.proofs ?? []) : []),
    ...frameworkRules(view, policy, opts.advisories),
  ];
}

function recordRuleNames(policy: Policy): string[] {
  return [
    ...(policy.datasets ? datasetRuleNames(policy.datasets) : []),
    ...frameworkRuleNames(policy.frameworks ?? {}).map(([rule]) => rule),
  ];
}

/**
 * Every rule but the identity block's, not evaluated for `reason`: no statement verified
 * for the policy to read.
 */
export function rulesNotEvaluated(policy: Policy, reason: string): RuleResult[] {
  return [
    ...(needsTrainingRecord(policy) ? recordRuleNames(policy) : []),
    ...(policy.maxAge ? ['max-age'] : []),
    ...(policy.buildType ? ['build-type'] : []),
  ].map((rule) => notEvaluated(rule, reason));
}

/**
 * Known advisories that affect the recorded packages, for verify without a policy: reported
 * as warnings, not violations (a policy makes them violations). Nothing when nothing was recorded.
 */
export function knownAdvisories(view: ProvenanceView, db: AdvisoryDatabase): string[] {
  return advisoryResults(db, view.packages ?? [], {})
    .filter((r) => r.status === 'failed')
    .map((r) => r.reason);
}

/** An age in the unit that shows it: `42 s`, `5.0 min`, `3.2 h`, `12.5 days` (1 s is not "0.0 days"). */
function humanAge(ms: number): string {
  const s = ms / 1000;
  if (s < 120) return `${Math.round(s)} s`;
  if (s < 7200) return `${(s / 60).toFixed(1)} min`;
  if (s < 172_800) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86_400).toFixed(1)} days`;
}
