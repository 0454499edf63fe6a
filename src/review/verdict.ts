// The verdict a review opens with. A signed bundle with a trusted root and an expected
// signer goes through the verify engine (signature, identity, model on disk, policy); a
// bundle without them, or a bare statement, is shown as what it claims, with the policy
// evaluated on those claims so a reviewer still sees a denied framework or dataset.
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ContentProof } from '../commitment/proof.js';
import type { AdvisoryDatabase } from '../advisories/load.js';
import { evaluatePolicy, type RuleResult } from '../policy/evaluate.js';
import { checked, notEvaluated } from '../policy/result.js';
import { mergeIdentity, type Policy } from '../policy/policy.js';
import type { ProvenanceView } from '../statement/view.js';
import type { ResourceDescriptor } from '../types.js';
import {
  identityInputMissing,
  withDefaultRepository,
  type IdentityPolicy,
} from '../identity/signer-policy.js';
import type { ResolvedPath } from '../verify/subjects.js';
import type { TrustedRootSpec } from '../verify/trust.js';
import type { VerifyReport } from '../verify/types.js';
import { verifyProvenance } from '../verify/pipeline.js';
import { subjectKind } from './diff.js';

export type { RuleResult } from '../policy/evaluate.js';

/**
 * verified: signature, signer, model and policy all checked and passed; failed: checked,
 * and something did not pass; unverified: a bundle whose signature was not checked;
 * unsigned: a bare statement.
 */
export type VerdictStatus = 'verified' | 'failed' | 'unverified' | 'unsigned';

export interface ReviewVerdict {
  status: VerdictStatus;
  /** true only for `verified`. */
  verified: boolean;
  /** The signature was checked against a trusted root. */
  signatureChecked: boolean;
  /** One sentence each: verification failures and failed policy rules. */
  violations: string[];
  /** Every check made, passing or not: identity, model, policy. */
  rules: RuleResult[];
  /** Why a check could not run (no trusted root, the model not on disk). */
  notes: string[];
}

export interface VerdictOptions {
  view: ProvenanceView;
  /** The bundle file, when the head is one; absent for a bare statement. */
  bundlePath?: string;
  trustedRoot?: TrustedRootSpec;
  identity?: IdentityPolicy;
  /** Required when neither identity nor the policy names a signer (the action's current repository). */
  defaultRepository?: string;
  policy?: Policy;
  /** Proofs about the datasets' content, for the policy's `datasets.deny-content`. */
  proofs?: readonly ContentProof[];
  /** The advisories that apply; absent: what the policy names. */
  advisories?: AdvisoryDatabase;
  /** Where the subjects' paths are on disk (the workspace of the attest step). */
  workspace: string;
  now: Date;
}

/** Verify's report as the review's verdict: every identity, model and policy check. */
export function verdictFromReport(report: VerifyReport): ReviewVerdict {
  const rules: RuleResult[] = [
    ...report.identity.map((c) => checked(`identity.${c.check}`, c.ok, c.reason, c.actual)),
    ...report.subjects.map((s) => checked(`model ${s.name}`, s.ok, s.reason, s.name)),
    ...report.rules,
  ];
  return {
    status: report.verified ? 'verified' : 'failed',
    verified: report.verified,
    signatureChecked: true,
    violations: report.violations.map((v) => v.message),
    rules,
    notes: [],
  };
}

/** The policy on the statement's claims alone: nothing proves who made them. */
export function claimsVerdict(
  view: ProvenanceView,
  signed: boolean,
  policy: Policy | undefined,
  now: Date,
  notes: string[],
  evidence: Pick<VerdictOptions, 'proofs' | 'advisories'> = {},
): ReviewVerdict {
  // Identity rules need a verified certificate; with none, they are not evaluated.
  const rules = policy
    ? [
        ...identityNotEvaluated(policy),
        ...evaluatePolicy(view, undefined, policy, now, { includeIdentity: false, ...evidence }),
      ]
    : [];
  return {
    status: signed ? 'unverified' : 'unsigned',
    verified: false,
    signatureChecked: false,
    violations: rules.filter((r) => r.status === 'failed').map((r) => r.reason),
    rules,
    notes,
  };
}

function identityNotEvaluated(policy: Policy): RuleResult[] {
  const id = policy.identity ?? {};
  if (!id.repository && !id.signerWorkflow && !id.sourceRef && id.runner !== 'github-hosted')
    return [];
  return [
    notEvaluated('identity', 'the signature was not checked, so there is no signer to hold to it'),
  ];
}

/**
 * The model paths the subjects name that exist under the workspace: directories (checked
 * by their OMS root) and the files outside them. Verify re-hashes these.
 */
export async function modelOnDisk(
  subjects: readonly ResourceDescriptor[],
  workspace: string,
): Promise<ResolvedPath[]> {
  const dirs = subjects.filter((s) => subjectKind(s) === 'directory').map((s) => s.name ?? '');
  const inDir = (name: string): boolean => dirs.some((d) => d !== '' && name.startsWith(`${d}/`));
  const out: ResolvedPath[] = [];
  for (const s of subjects) {
    const relPath = s.name ?? '';
    if (!relPath || isAbsolute(relPath) || relPath.split('/').includes('..')) continue;
    const kind = subjectKind(s);
    if (kind === 'file' && inDir(relPath)) continue;
    const path = resolve(workspace, relPath);
    try {
      const info = await stat(path);
      if (kind === 'directory' ? info.isDirectory() : info.isFile())
        out.push({ kind, path, relPath });
    } catch {
      // Not on disk here: the review runs where the model is not.
    }
  }
  return out;
}

export async function reviewVerdict(opts: VerdictOptions): Promise<ReviewVerdict> {
  const signed = opts.bundlePath !== undefined;
  if (!signed || opts.bundlePath === undefined) {
    return claimsVerdict(opts.view, false, opts.policy, opts.now, [], opts);
  }
  const identity = withDefaultRepository(
    mergeIdentity(opts.identity ?? {}, opts.policy),
    opts.defaultRepository,
  );
  const notes: string[] = [];
  if (!opts.trustedRoot) notes.push('no trusted root was given (`trusted-root`)');
  if (identityInputMissing(identity)) {
    notes.push(
      'no expected signer was given (`repository`, `signer-workflow` or the policy’s identity)',
    );
  }
  if (notes.length > 0 || !opts.trustedRoot) {
    return claimsVerdict(opts.view, true, opts.policy, opts.now, notes, opts);
  }
  const model = await modelOnDisk(opts.view.subjects, opts.workspace);
  if (model.length === 0) {
    notes.push('the model the subjects name is not in the workspace, and verify re-hashes it');
    return claimsVerdict(opts.view, true, opts.policy, opts.now, notes, opts);
  }
  const report = await verifyProvenance({
    bundles: [opts.bundlePath],
    model,
    workspace: opts.workspace,
    identity,
    trustedRoot: opts.trustedRoot,
    ...(opts.policy ? { policy: opts.policy } : {}),
    proofs: opts.proofs,
    advisories: opts.advisories,
    now: opts.now,
  });
  return verdictFromReport(report);
}
