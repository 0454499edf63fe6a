// The shape of the training record: in-toto Statement v1 under our predicate type, around a
// predicate laid out as SLSA Provenance v1 whose buildDefinition follows our buildType
// (docs/buildtype.md). Fields that
// GitHub's workflow buildType defines keep its names and meaning.
import type {
  LocalRun,
  AcceleratorInfo,
  OsInfo,
  ResourceDescriptor,
  RunnerInfo,
  Subject,
} from '../types.js';
import type {
  BUILD_TYPE,
  INTERNAL_KEY,
  STATEMENT_TYPE,
  TRAINING_PREDICATE_TYPE,
} from './layout.js';

/** externalParameters.workflow, as GitHub's workflow buildType defines it. */
export interface WorkflowParameters {
  ref: string;
  /** `<server>/<owner>/<repo>`, https, no `.git`. */
  repository: string;
  /** Path of the workflow file inside the repository. */
  path: string;
}

export interface ExternalParameters {
  /** The GitHub workflow; absent for a run outside GitHub Actions (`local` says where it ran). */
  workflow?: WorkflowParameters;
  /** Hyperparameters, as the training run declared them. */
  parameters?: Record<string, unknown>;
  /** The file the hyperparameters were read from, with its digest. */
  parametersSource?: ResourceDescriptor;
}

/** internalParameters.github, as GitHub's workflow buildType defines it. */
export interface GithubInternalParameters {
  event_name: string;
  repository_id?: string;
  repository_owner_id?: string;
  runner_environment: string;
}

export type RecordedPython =
  | { present: true; version?: string; executable?: string; reason?: string; notes?: string[] }
  | { present: false; reason?: string };

/** internalParameters.training_provenance: what GitHub's buildType has no place for. */
export interface TrainingInternalParameters {
  identitySource: 'oidc-token' | 'environment' | 'local';
  /** A run outside any CI: the host and what git says (docs/buildtype.md, "Local runs"). */
  local?: LocalRun;
  python: RecordedPython;
  accelerator: AcceleratorInfo;

  os: OsInfo;
  runner: RunnerInfo;
}

export interface InternalParameters {
  github?: GithubInternalParameters;
  /** A GitLab CI job, in place of `github`. */
  gitlab?: Record<string, string>;
  [INTERNAL_KEY]: TrainingInternalParameters;
}

export interface BuildDefinition {
  buildType: typeof BUILD_TYPE;
  externalParameters: ExternalParameters;
  internalParameters: InternalParameters;
  resolvedDependencies: ResourceDescriptor[];
}

export interface RunDetails {
  builder: { id: string; version: Record<string, string> };
  metadata: { invocationId: string; startedOn?: string; finishedOn: string };
  byproducts?: ResourceDescriptor[];
}

export interface ProvenancePredicate {
  buildDefinition: BuildDefinition;
  runDetails: RunDetails;
}

/** The training record we sign: its JSON bytes are the DSSE payload. */
export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: typeof TRAINING_PREDICATE_TYPE;
  predicate: ProvenancePredicate;
}
