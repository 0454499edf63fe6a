// What a parsed policy holds (README "The policy file").
import type { Severity } from '../advisories/severity.js';
import type { PolicyIdentity } from '../identity/signer-policy.js';
import type { VersionRange } from '../versions/pep440.js';

export interface PackageRule {
  package: string;
  /** Range as written (a list joined by ` | `); absent means any version. */
  versions?: string;
  range: VersionRange;
  reason?: string;
}

/** A digest pattern `ALG:HEX` or a URI glob, as written under datasets.allow/deny. */
export type DatasetPattern =
  | { kind: 'digest'; algorithm: string; hex: string; text: string }
  | { kind: 'uri'; glob: string; text: string };

export interface Policy {
  version: 1;
  /** File name, for messages. */
  source: string;
  /** The policy file's directory: its advisory paths are relative to it. */
  dir?: string;
  /** Deprecated syntax read, with what to write instead (`file:line:col: message`). */
  notices?: string[];
  identity?: PolicyIdentity;
  datasets?: {
    requireDigest?: boolean;
    allow?: DatasetPattern[];
    deny?: DatasetPattern[];
    licenses?: string[];
    /** Content (lower-case sha256 hex) that every committed dataset must be proven not to hold. */
    denyContent?: string[];
    /** Rules whose input a dataset does not record are not evaluated for it (default: they fail). */
    allowUnrecorded?: boolean;
  };
  frameworks?: {
    /**
     * Absent means `default`: a policy applies the shipped advisories unless it says `none`;
     * paths (OSV files, directories, export zips) as written, relative to the policy file.
     */
    advisories?: 'none' | Array<'default' | { path: string }>;
    /** Findings below this level are left out (those with no stated level never are). */
    minSeverity?: Severity;
    deny?: PackageRule[];
    require?: PackageRule[];
    /** With no Python environment recorded, the rules are not evaluated (default: they fail). */
    allowUnrecorded?: boolean;
  };
  lineage?: LineagePolicy;
  maxAge?: { text: string; ms: number };
  /** `ours` resolves to our buildType URI. */
  buildType?: { text: string; uri: string };
}

/**
 * Who may have signed a base model's evidence: a CI or personal certificate (exact identity or
 * anchored regex, and its issuer), a key, or a certificate of the anchors given. A key or a
 * chain is inline PEM or a file relative to the policy; `at` is where the policy names it.
 */
export type LineageSigner =
  | { kind: 'identity'; identity: string; issuer: string; at: string }
  | { kind: 'identity-regex'; regex: string; issuer: string; at: string }
  | { kind: 'public-key'; pemOrFile: string; at: string }
  | { kind: 'cert-chain'; pemOrFile: string; at: string };

/** `lineage:` rules over the base models of the training record, and theirs (docs/lineage.md). */
export interface LineagePolicy {
  /** Every base has evidence that verifies (default true). */
  requireEvidence: boolean;
  signers?: LineageSigner[];
  allow?: DatasetPattern[];
  deny?: DatasetPattern[];
  licenses?: string[];
  maxDepth?: number;
  /** The policy's own sections applied to every model up the chain. */
  inherit?: Array<'datasets' | 'frameworks'>;
}

/**
 * What became of one rule: `passed`, `failed`, or `not-evaluated` (its input is not in the
 * statement evaluated, and the reason says why). Only `failed` is a violation; a rule not
 * evaluated is never shown as passed. It fails the gate through a failed rule beside it (no
 * training record), or stands because the policy allows it (`allow-unrecorded: true`).
 */
export type RuleStatus = 'passed' | 'failed' | 'not-evaluated';

export interface RuleResult {
  /** e.g. `datasets.allow`, `frameworks.deny[0]`, `frameworks.advisories`, `max-age`. */
  rule: string;
  status: RuleStatus;
  /** true exactly when `status` is `passed` (the report's field before `status`). */
  ok: boolean;
  reason: string;
  /** The dataset, package or identity field the result is about. */
  subject?: string;
  /** How to make a failed rule pass, when the reason does not say it. */
  fix?: string;
}
