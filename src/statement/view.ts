// What a reader needs of a training provenance statement, typed. read.ts turns a
// Statement (ours, or GitHub's workflow provenance with fewer fields) into this view;
// verify, policy, inspect, diff and review read the view, never raw JSON paths.
import type {
  AcceleratorInfo,
  BaseModelRef,
  DatasetRef,
  IdentitySource,
  LocalRun,
  OsInfo,
  PythonPackage,
  ResourceDescriptor,
  RunnerInfo,
  Subject,
  WorkflowIdentity,
} from '../types.js';

/** Which buildType layout the statement follows. */
export type BuildTypeFamily = 'training' | 'github-workflow' | 'other';

/**
 * The workflow identity as far as the statement records it. A statement carries no
 * issuer, token subject or repository visibility, and a GitHub-style statement may lack
 * the numeric ids: every field is optional. These are the signer's claims; verify checks
 * them against the certificate.
 */
export type RecordedIdentity = Partial<
  Omit<WorkflowIdentity, 'issuer' | 'subject' | 'repositoryVisibility'>
>;

export interface ProvenanceView {
  statementType: string;
  predicateType: string;
  buildType?: string;
  buildTypeFamily: BuildTypeFamily;
  subjects: Subject[] | ResourceDescriptor[];
  /** From externalParameters.workflow and internalParameters.github. */
  workflow?: { ref?: string; repository?: string; path?: string };
  github?: {
    event_name?: string;
    repository_id?: string;
    repository_owner_id?: string;
    runner_environment?: string;
  };
  source?: { uri: string; gitCommit?: string };
  builderId?: string;
  /** runDetails.builder.version, e.g. {"training-provenance": "0.1.0"}. */
  builderVersion?: Record<string, string>;
  invocationId?: string;
  startedOn?: string;
  finishedOn?: string;
  identitySource?: IdentitySource;
  /** A run outside any CI: the host and what git said. Nothing of it is proven. */
  local?: LocalRun;
  /** Identity fields recovered from workflow, github, source, builder.id and invocationId. */
  identity: RecordedIdentity;
  datasets: DatasetRef[];
  pythonVersion?: string;
  pythonPresent?: boolean;
  pythonExecutable?: string;
  /** How the environment was read; with pythonPresent false, why no interpreter was recorded. */
  pythonReason?: string;
  /** Distributions skipped or shadowed while the environment was read. */
  pythonNotes?: string[];
  packages: PythonPackage[];
  accelerator: AcceleratorInfo;
  os?: Partial<OsInfo>;
  runner?: RunnerInfo;

  /** Requirement/lock files, without our role annotation. */
  requirements: ResourceDescriptor[];
  parameters?: Record<string, unknown>;
  parametersSource?: ResourceDescriptor;
  /** runDetails.byproducts, without our role annotation. */
  byproducts: ResourceDescriptor[];
  /** The models this one was trained from (`base-model` entries), read by readBaseModel. */
  baseModels: BaseModelRef[];
  /** resolvedDependencies after [0] whose role we do not know (other tools' entries). */
  otherDependencies: ResourceDescriptor[];
}
