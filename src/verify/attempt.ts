// One bundle's way through the stages (stages.ts, and the signer's in signer.ts) and what they
// read: apart from both, so each imports it and stages.ts alone imports signer.ts.
import type { KeyObject } from 'node:crypto';
import type { X509Certificate } from '@sigstore/core';
import type { StatementRole } from '../statement/layout.js';
import type { StatementEnvelope } from '../statement/read.js';
import type { ProvenanceView } from '../statement/view.js';
import type { IdentityPolicy } from '../identity/signer-policy.js';
import type { Covers, DigestCache, ResolvedPath } from './subjects.js';
import type { LoadedTrustedRoot, TrustedRootSpec } from './trust.js';
import type { TufRefresh } from './tuf.js';
import type { AttemptSummary, VerifyReport } from './types.js';

export type Stage = AttemptSummary['stage'];

/** One bundle's way through the stages: what the report says of it. */
export type Attempt = Pick<
  VerifyReport,
  | 'violations'
  | 'signer'
  | 'signedWithKey'
  | 'logIndex'
  | 'integratedTime'
  | 'timestamps'
  | 'signedAt'
  | 'identity'
  | 'subjects'
  | 'coverage'
  | 'statement'
> & {
  source: string;
  stage: Stage;
  trustedRoot?: LoadedTrustedRoot;
  role?: StatementRole;
  envelope?: StatementEnvelope;
  view?: ProvenanceView;
};

export interface StageContext {
  model: readonly ResolvedPath[];
  /** Which signed names the model patterns cover: each must be found on disk. */
  covers?: Covers;
  workspace: string;
  identity: IdentityPolicy;
  trustedRoot: TrustedRootSpec;
  roots: Map<string, Promise<LoadedTrustedRoot[]>>;
  cache: DigestCache;
  /** Predicate types accepted; default: SLSA provenance v1 and the training record. */
  predicateTypes: readonly string[];
  /** Where `auto` refreshes its trusted root over TUF; absent: the embedded root. */
  refresh?: TufRefresh;
  /** The key a bundle signed with a key must verify with (`public-key`). */
  publicKey?: KeyObject;
  /** Anchors of the user's PKI (`cert-chain`): certificate bundles chain to them, not to Fulcio. */
  certChain?: readonly X509Certificate[];
}
