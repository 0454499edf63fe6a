// The verify report: what a person reads (report.ts renders it) and what a machine reads
// (its JSON). Every violation is listed, not only the first.
import type { RuleResult } from '../policy/evaluate.js';
import type { SignerIdentity } from '../identity/certificate.js';
import type { IdentityCheck } from '../identity/signer-policy.js';
import type { HashAlgorithm } from '../hash/index.js';
import type { ContentDifferences } from './content.js';

export type ViolationKind =
  | 'bundle'
  | 'trusted-root'
  | 'signature'
  | 'identity'
  | 'statement'
  | 'subject'
  | 'policy'
  | 'lineage';

/** One model path checked against the subjects. */
export interface SubjectCheck {
  /** The model path (relative to the workspace). */
  name: string;
  kind: 'file' | 'directory';
  ok: boolean;
  algorithm?: HashAlgorithm;
  /** The subject's digest, `ALG:HEX`, when a subject was found. */
  expected?: string;
  /** The digest on disk, `ALG:HEX`. */
  actual?: string;
  /** Name of the subject it matched or was compared with. */
  subject?: string;
  reason: string;
  /** For directories that differ: which files, from the signed per-file subjects. */
  files?: ContentDifferences;
  /**
   * For a directory, what binds its file names: the signed per-file subjects (`listed`), the
   * training record's listing digest (`listing`), or nothing (`unbound`: the OMS root alone).
   */
  names?: 'listed' | 'listing' | 'unbound';
  /** The signed subjects (statement names) this check compared with the disk. */
  checked: string[];
  /** Signed subjects it found gone from the disk (removed, or renamed). */
  gone?: string[];
}

/** How many of the signed subjects the model patterns cover were found and checked. */
export interface SubjectCoverage {
  checked: number;
  signed: number;
}

export interface Violation {
  kind: ViolationKind;
  /** The check or rule, e.g. `repository`, `frameworks.advisories`, `out/model`. */
  rule: string;
  message: string;
  expected?: string;
  actual?: string;
  fix?: string;
}

/** A verified time for the signature. */
export interface SignatureTime {
  time: string;
  source: 'transparency-log' | 'timestamp-authority';
}

export interface StatementSummary {
  predicateType: string;
  buildType?: string;
  subjects: number;
  datasets?: number;
  packages?: number;
  builderId?: string;
  invocationId?: string;
  startedOn?: string;
  finishedOn?: string;
}

/** One bundle tried, and how it ended. */
export interface AttemptSummary {
  source: string;
  verified: boolean;
  /** How far it got: parse → trust → signature → identity → statement → subjects → policy. */
  stage: 'bundle' | 'trusted-root' | 'signature' | 'statement' | 'complete';
  violations: number;
  firstViolation?: string;
}

export interface VerifyReport {
  verified: boolean;
  /** The bundle the report is about: the one that passed, else the one that got furthest. */
  bundle?: string;
  violations: Violation[];
  signer?: SignerIdentity;
  /**
   * Signed with a key, or a certificate of the user's PKI, rather than a CI certificate: which
   * (`the key given (hint …)`, `a certificate of the anchors given (CN=…)`). It proves no CI identity.
   */
  signedWithKey?: string;
  trustedRoot?: { name: string; source: string };
  logIndex?: string;
  /** Rekor's integrated time, when the bundle has a transparency log entry. */
  integratedTime?: string;
  /** RFC 3161 timestamps, when present. */
  timestamps: string[];
  /** The signing time policies measure age from, and where it comes from. */
  signedAt?: SignatureTime;
  identity: IdentityCheck[];
  subjects: SubjectCheck[];
  /** The signed subjects the model patterns cover, and how many of them were checked. */
  coverage?: SubjectCoverage;
  rules: RuleResult[];
  statement?: StatementSummary;
  /** With no policy: known advisories affecting the recorded packages (a policy makes them violations). */
  warnings: string[];
  attempts: AttemptSummary[];
  /** When verification ran. */
  checkedAt: string;
  /**
   * The lineage tree: the model, the base models its training record names, theirs in turn
   * (src/lineage/chain.ts); absent when it records none and the policy has no `lineage:`.
   */
  lineage?: LineageNode;
}

/**
 * One model of the lineage tree: the root (the model given) or a base it was trained from.
 * The report carries the tree, so verify owns its shape; src/lineage/ builds it.
 */
export interface LineageNode {
  name: string; // the model's / base's name ('model' for the root)
  uri?: string;
  digest?: string; // 'sha256:HEX'
  signer?: string; // as the report names signers (identity @ issuer, or key hint)
  datasets: { name: string; uri?: string; digest?: string }[];
  evidence: { kind: string; path: string; verified: boolean; problem?: string }[];
  bases: LineageNode[];
  problems: string[]; // what could not be verified at this node (never silent)
  path: string[]; // ['ft', 'base', 'its base'] for violation messages
}
