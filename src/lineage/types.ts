// The verified lineage of a model: the model, the bases it was fine-tuned from, their bases,
// and what each node's evidence proved. chain.ts walks a bundle into this tree; render.ts
// draws it (text, JSON, Mermaid); the `lineage` command and the summaries show it.
import type { Signer } from '../identity/expected-signer.js';
import type { TrustedRootChoice } from '../verify/trust.js';
import type { RuleResult } from '../policy/types.js';
import type { LineageNode, Violation } from '../verify/types.js';

// The tree's node is the verify report's (it carries the tree): owned there, named here too.
export type { LineageNode } from '../verify/types.js';

/**
 * What the `lineage` command needs of the chain walker: the bundle and the flags as the verify
 * side takes them, every path absolute. The walker verifies the root bundle, then each base's
 * evidence, and returns the tree; what it could not verify is in `problems` and in evidence
 * marked `verified: false`, never left out. It throws a ProvenanceError for bad input.
 */
export interface WalkLineageOptions {
  /** Directories of base-model evidence (`--evidence DIR`), besides `bases/` beside the bundle. */
  evidence: string[];
  /** A policy file whose `lineage:` section (signers, allow, deny, …) the walk applies; '' none. */
  policy: string;
  /** Who must have signed the model's record, the trusted root and the TUF repository, as verify takes them. */
  trust: {
    signer: Signer;
    trustedRoot: TrustedRootChoice;
    tuf?: { url: string; root?: string };
    offline: boolean;
  };
  /** Where TUF metadata is cached between runs. */
  tufCacheDir: string;
  /** GitHub's server and API (the attestations API finds evidence a base does not carry). */
  serverUrl: string;
  apiUrl: string;
  githubToken?: string;
  log: (line: string) => void;
}

export type WalkLineage = (bundlePath: string, options: WalkLineageOptions) => Promise<LineageNode>;

/** What the chain walker (chain.ts, walkLineage) finds: the tree, its rules and violations. */
export interface LineageReport {
  root: LineageNode;
  /** `lineage.*` rules (verify joins them to the report's `rules`). */
  rules: RuleResult[];
  /** Failures of the chain (verify joins them to the report's `violations`). */
  violations: Violation[];
  /** Bases whose evidence did not verify, and why, whatever the policy lets stand. */
  unverified: string[];
}
