// The lineage of a model as verify finds it (docs/lineage.md): the model, the base models its
// training record names, theirs in turn. Produced by chain.ts, drawn by render.ts.
import type { RuleResult } from '../policy/types.js';
import type { Violation } from '../verify/types.js';

export interface LineageNode {
  /** The model's / base's name ('model' for the root). */
  name: string;
  uri?: string;
  /** 'sha256:HEX'. */
  digest?: string;
  /** As the report names signers (identity @ issuer, or key hint). */
  signer?: string;
  datasets: { name: string; uri?: string; digest?: string }[];
  evidence: { kind: string; path: string; verified: boolean; problem?: string }[];
  bases: LineageNode[];
  /** What could not be verified at this node (never silent). */
  problems: string[];
  /** ['ft', 'base', 'its base'] for violation messages. */
  path: string[];
}

/** What verify reports of the lineage: the tree, and what it found wrong or could not check. */
export interface LineageReport {
  root: LineageNode;
  /** `lineage.*` rules (also in the report's `rules`). */
  rules: RuleResult[];
  /** Failures of the chain (also in the report's `violations`). */
  violations: Violation[];
  /** Bases whose evidence was not verified, and why, when no rule makes that a failure. */
  unverified: string[];
}
