// The verdict a review opens with: verify's report, the release gate's own verification
// (engine/review.ts runs it), or, for a bare statement or a model not on disk, what the
// statement claims, with the policy evaluated on those claims so a reviewer still sees a denied
// framework or dataset.
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ContentProof } from '../commitment/proof.js';
import type { AdvisoryDatabase } from '../advisories/load.js';
import { evaluatePolicy, type RuleResult } from '../policy/evaluate.js';
import { checked, notEvaluated } from '../policy/result.js';
import type { Policy } from '../policy/policy.js';
import type { ProvenanceView } from '../statement/view.js';
import type { ResourceDescriptor } from '../types.js';
import type { ResolvedPath } from '../verify/subjects.js';
import type { VerifyReport } from '../verify/types.js';
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

/** What the policy's content and advisory rules read besides the statement. */
export interface ClaimsEvidence {
  /** Proofs about the datasets' content, for the policy's `datasets.deny-content`. */
  proofs?: readonly ContentProof[];
  /** The advisories that apply; absent: what the policy names. */
  advisories?: AdvisoryDatabase;
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
  evidence: ClaimsEvidence = {},
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
