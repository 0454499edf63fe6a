// The lineage as one more stage of verify, after the provenance's: the base models the verified
// training record names, walked and checked (chain.ts), joined into the report before it is
// sealed. The engine hands it to verifyAll (src/verify/ never imports src/lineage/: lineage
// builds on verify). A record without bases and a policy without `lineage:` change nothing.
import type { AdvisoryDatabase } from '../advisories/load.js';
import { notEvaluated } from '../policy/result.js';
import type { Policy } from '../policy/types.js';
import type { VerifiedRecord } from '../verify/pipeline.js';
import type { DigestCache } from '../verify/subjects.js';
import type { TrustedRootSpec } from '../verify/trust.js';
import type { TufRefresh } from '../verify/tuf.js';
import type { VerifyReport } from '../verify/types.js';
import type { RecordStage } from '../verify/verify-all.js';
import { walkLineage, type EvidenceLookup } from './chain.js';

/** Where a base's evidence is found besides `bases/` beside the bundle. */
export interface LineageSources {
  /** `--evidence DIR` (action: `evidence`). */
  evidenceDirs?: readonly string[];
  /** The attestations API, by each base's digest. */
  lookup?: EvidenceLookup;
}

export interface LineageStageOptions extends LineageSources {
  policy?: Policy;
  trustedRoot: TrustedRootSpec;
  refresh?: TufRefresh;
  cache?: DigestCache;
  advisories?: AdvisoryDatabase;
}

const RULES = ['require-evidence', 'allow', 'deny', 'licenses'] as const;

/** The `lineage:` rules, not evaluated: no verified training record names the bases. */
function withoutRecord(report: VerifyReport, policy: Policy): VerifyReport {
  const l = policy.lineage!;
  const why =
    'no verified training record: base models are recorded only in it, so the lineage cannot be checked';
  const names = [
    ...RULES.filter((r) => r === 'require-evidence' || l[r] !== undefined),
    ...(l.inherit ?? []).map((s) => `inherit.${s}`),
  ];
  return {
    ...report,
    rules: [...report.rules, ...names.map((n) => notEvaluated(`lineage.${n}`, why))],
  };
}

/**
 * The report with the lineage stage's results joined: the tree, rules and violations. Bases not
 * verified are marked in the tree whatever the policy lets stand (the text report lists them
 * under "Base models not verified"); without a `lineage:` section they fail nothing.
 */
async function withLineage(
  report: VerifyReport,
  record: VerifiedRecord | undefined,
  opts: LineageStageOptions,
): Promise<VerifyReport> {
  const asked = opts.policy?.lineage !== undefined;
  if (!record) return asked ? withoutRecord(report, opts.policy!) : report;
  if (!asked && record.view.baseModels.length === 0) return report;
  const lineage = await walkLineage({ record, ...opts });
  const signer = reportSigner(report);
  if (signer) lineage.root.signer = signer;
  const violations = [...report.violations, ...lineage.violations];
  return {
    ...report,
    verified: report.verified && lineage.violations.length === 0,
    violations,
    rules: [...report.rules, ...lineage.rules],
    lineage: lineage.root,
  };
}

/** Who signed the verified record, as the lineage tree shows its root's signer. */
export function reportSigner(report: VerifyReport): string | undefined {
  return report.signer?.san
    ? `${report.signer.san} @ ${report.signer.issuer}`
    : report.signedWithKey;
}

/** withLineage as the stage verifyAll runs after the provenance's, its options bound. */
export function lineageStage(opts: LineageStageOptions): RecordStage {
  return (report, record) => withLineage(report, record, opts);
}
