// Evaluating a policy against a provenance view: every rule gives a result, passing or
// failing, with its reason; a rule that fails for several items fails once per item so
// that every violation is listed.
import type { ProvenanceView } from '../statement/view.js';
import type { SignerIdentity } from '../identity/certificate.js';
import { checkIdentity, type IdentityPolicy } from '../identity/signer-policy.js';
import type { AdvisoryDatabase } from '../advisories/load.js';
import { advisoryDatabase, advisoryResults } from './advisories.js';
import type { ContentProof } from '../commitment/proof.js';
import { datasetRules } from './dataset-rules.js';
import type { PackageRule, Policy, RuleResult } from './types.js';

export type { RuleResult } from './types.js';
import { normalizePackageName } from '../statement/layout.js';
import { satisfies } from '../versions/pep440.js';

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

interface Installed {
  name: string;
  version: string;
}

function installed(view: ProvenanceView): Map<string, Installed[]> {
  const map = new Map<string, Installed[]>();
  for (const p of view.packages ?? []) {
    const key = normalizePackageName(p.name);
    const list = map.get(key) ?? [];
    list.push({ name: p.name, version: p.version });
    map.set(key, list);
  }
  return map;
}

function noPackagesNote(view: ProvenanceView): string {
  if (view.pythonPresent === false) return ' (no Python environment recorded)';
  if ((view.packages ?? []).length === 0) return ' (no Python packages recorded)';
  return '';
}

function denyRule(
  rule: string,
  pkgs: Map<string, Installed[]>,
  r: PackageRule,
  view: ProvenanceView,
): RuleResult[] {
  const out: RuleResult[] = [];
  for (const p of pkgs.get(normalizePackageName(r.package)) ?? []) {
    const hit = satisfies(p.version, r.range);
    if (hit === true) {
      out.push({
        rule,
        ok: false,
        subject: p.name,
        reason: `${p.name} ${p.version} is denied (${r.versions ?? 'any version'})${r.reason ? `: ${r.reason}` : ''}`,
      });
    } else if (hit === undefined) {
      // Fail closed: a version we cannot order cannot be shown to be outside the range.
      out.push({
        rule,
        ok: false,
        subject: p.name,
        reason: `${p.name} version '${p.version}' cannot be compared with '${r.versions}'`,
      });
    }
  }
  if (out.length === 0) {
    const what = r.versions ? `${r.package} ${r.versions}` : r.package;
    out.push({
      rule,
      ok: true,
      subject: r.package,
      reason: `${what} not present${noPackagesNote(view)}`,
    });
  }
  return out;
}

function requireRule(rule: string, pkgs: Map<string, Installed[]>, r: PackageRule): RuleResult {
  const found = pkgs.get(normalizePackageName(r.package)) ?? [];
  if (found.length === 0)
    return {
      rule,
      ok: false,
      subject: r.package,
      reason: `${r.package} is required but not recorded`,
    };
  const good = found.find((p) => satisfies(p.version, r.range) === true);
  if (good)
    return {
      rule,
      ok: true,
      subject: r.package,
      reason: `${good.name} ${good.version} satisfies ${r.versions ?? 'any version'}`,
    };
  return {
    rule,
    ok: false,
    subject: r.package,
    reason: `${r.package} ${found.map((p) => p.version).join(', ')} does not satisfy ${r.versions}`,
  };
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
  if (!at)
    return {
      rule: 'max-age',
      ok: false,
      reason: 'no signing time and no finishedOn: the age cannot be measured',
    };
  const what =
    at.source === 'transparency-log'
      ? 'transparency log time'
      : at.source === 'timestamp-authority'
        ? 'timestamp authority time'
        : "statement's finishedOn (not a signed time)";
  const ageMs = now.getTime() - at.time.getTime();
  const days = humanAge(ageMs);
  if (ageMs > maxAge.ms) {
    return {
      rule: 'max-age',
      ok: false,
      reason: `attestation is ${days} old by its ${what} ${at.time.toISOString()}, more than max-age ${maxAge.text}`,
    };
  }
  return {
    rule: 'max-age',
    ok: true,
    reason: `attestation is ${days} old by its ${what} ${at.time.toISOString()}, within ${maxAge.text}`,
  };
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
      {
        rule: 'identity',
        ok: false,
        reason:
          'the statement is not signed: there is no signer to check the identity block against',
      },
    ];
  return checkIdentity(signer, expect)
    .filter((c) => c.check !== 'identity-required' || expect.repository || expect.signerWorkflow)
    .map((c) => ({ rule: `identity.${c.check}`, ok: c.ok, reason: c.reason, subject: c.actual }));
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
  if (policy.datasets) out.push(...datasetRules(view, policy.datasets, opts.proofs ?? []));
  const fw = policy.frameworks ?? {};
  const pkgs = installed(view);
  if (fw.advisories !== 'none') {
    const db = opts.advisories ?? advisoryDatabase(policy);
    const missing = fw.allowUnrecorded ? undefined : noPackagesNote(view) || undefined;
    out.push(...advisoryResults(db, view.packages ?? [], { minSeverity: fw.minSeverity, missing }));
  }
  (fw.deny ?? []).forEach((r, i) => out.push(...denyRule(`frameworks.deny[${i}]`, pkgs, r, view)));
  (fw.require ?? []).forEach((r, i) => out.push(requireRule(`frameworks.require[${i}]`, pkgs, r)));
  if (policy.maxAge) out.push(ageRule(view, policy.maxAge, now, opts.signedAt));
  if (policy.buildType) {
    const ok = view.buildType === policy.buildType.uri;
    out.push({
      rule: 'build-type',
      ok,
      reason: ok
        ? `buildType is ${policy.buildType.uri}`
        : `buildType is ${view.buildType ?? '(none)'}, the policy requires ${policy.buildType.uri}`,
    });
  }
  return out;
}

/**
 * Known advisories that affect the recorded packages, for verify without a policy: reported
 * as warnings, not violations (a policy makes them violations). Nothing when nothing was recorded.
 */
export function knownAdvisories(view: ProvenanceView, db: AdvisoryDatabase): string[] {
  return advisoryResults(db, view.packages ?? [], {})
    .filter((r) => !r.ok)
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
