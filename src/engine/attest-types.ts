// What attest takes and gives: its inputs, the runner around them, the plan preflight makes,
// and the statements it stored.
import type { SerializedBundle } from '@sigstore/bundle';
import type { BaseModelSpec } from '../collect/base-models.js';
import type { KeyFiles, KeyMaterial } from '../sign/key.js';
import type { NetworkOptions } from '../net/retry.js';
import type { HashProgress } from '../hash/index.js';
import type { SigstoreEndpoints, SigstoreInstance } from '../sign/instances.js';
import type { DatasetSpec } from '../collect/dataset-spec.js';
import type { PythonChoice } from '../collect/python.js';
import type { ParametersSource } from '../collect/parameters.js';
import type { SignedModel } from '../oms/sign.js';
import type { Statement } from '../statement/build.js';
import type { StatementRole } from '../statement/layout.js';
import type { ArtifactOutcome } from '../store/artifact.js';
import type { PushResult } from '../store/attestations.js';
import type {
  DirectoryDigest,
  EnvironmentInfo,
  FileDigest,
  LocalRun,
  Subject,
  WorkflowIdentity,
} from '../types.js';

/**
 * What attest is asked to do, built once by an entry point (src/request/attest.ts): lists as
 * arrays, every path absolute, each choice a union. The engine reads it as given.
 */
export interface AttestRequest {
  /** Absolute paths or globs of the model; may be empty when modelManifests name it. */
  model: string[];
  /** Model directories recorded from manifests made where they live, not read here. */
  modelManifests: ModelManifestRef[];
  /** The datasets as parsed (collect/dataset-spec.ts), local paths absolute. */
  datasets: DatasetSpec[];
  /** Absolute path of a JSON/YAML datasets file. */
  datasetsFile?: string;
  python: PythonChoice;
  /** Absolute paths or globs. */
  requirements: string[];
  parameters: ParametersSource;
  /** Absolute paths or globs. */
  byproducts: string[];
  sign: boolean;
  sigstore: SigstoreInstance;
  pushToGitHub: boolean;
  uploadArtifact: boolean;
  /** The artifact's name; absent: the generated one. */
  artifactName?: string;
  /** Absolute. */
  outputDir: string;
  modelSignature: boolean;
  /** Sign with a key instead of keyless (clusters without OIDC). */
  key?: KeyFiles;
  /** Also write the training record as a CycloneDX ML-BOM, signed and stored as its own attestation. */
  mlBom?: boolean;
  /** The models training started from (`base-models`), parsed by collect/base-models.ts. */
  baseModels?: BaseModelSpec[];
  /** Absolute paths of signed evidence about the bases (`base-model-evidence`). */
  baseModelEvidence?: string[];
  /** The ClientTrustConfig file given (`trust-config`): its root checks keyless base evidence. */
  trustConfig?: string;
}

/** `[NAME=]FILE`: the manifest's absolute path, and the subject name when one is given. */
export interface ModelManifestRef {
  name?: string;
  path: string;
}

/** What the runner (or a terminal) provides around the inputs. */
export interface AttestContext {
  workspace: string;
  /** GITHUB_* and RUNNER_* variables, passed in as data. */
  env: Record<string, string | undefined>;
  /** PATH used to find python3 and nvidia-smi. */
  pathEnv: string;
  /** Obtains the OIDC token; undefined when none can be had (no permission, fork PR, local run). */
  getIdToken: () => Promise<string | undefined>;
  /** Explains why no token could be had, for the error when signing needs one. */
  idTokenProblem?: () => string | undefined;
  githubToken?: string;
  artifactRuntimeAvailable: boolean;
  toolVersion: string;
  now?: () => Date;
  /** Retries and timeouts of every service call (Fulcio, Rekor, TSA, GitHub); defaults apply. */
  network?: NetworkOptions;
  log: (line: string) => void;
  /** A warning: what was left out of the record (credentials in a URI). Defaults to log. */
  warn?: (line: string) => void;
  onProgress?: (label: string, p: HashProgress) => void;
  /** The passphrase of an encrypted private key (from the environment, never a flag). */
  keyPassphrase?: string;
}

/** One statement of the run as stored: its file, its bundle and where the API keeps it. */
export interface StoredStatement {
  role: StatementRole;
  statementPath: string;
  bundlePath?: string;
  bundle?: SerializedBundle;
  logIndex?: string;
  attestation?: PushResult;
}

export interface AttestResult {
  /** The training record. */
  statement: Statement;
  /**
   * GitHub-shaped build provenance: what actions/attest users and `gh attestation verify` read.
   * Written for a GitHub workflow run only.
   */
  provenance?: StoredStatement;
  training: StoredStatement;
  /** The CycloneDX ML-BOM statement (ml-bom: true), with the document's own file. */
  mlBom?: StoredStatement & { bomPath: string };
  modelDigest: string;
  subjects: Subject[];
  /** Model files with their sizes, for reports. */
  files: FileDigest[];
  directories: DirectoryDigest[];
  /** The GitHub workflow run; absent for a run outside any CI (`local`). */
  identity?: WorkflowIdentity;
  local?: LocalRun;
  environment: EnvironmentInfo;
  endpoints?: SigstoreEndpoints;
  certificatePem?: string;
  artifact?: ArtifactOutcome;
  /** OMS model.sig files written for model directories (model-signature: true). */
  modelSignatures: SignedModel[];
}

/** What preflight established: the identity, the token to sign with, and where to sign. */
export interface Plan {
  token?: string;
  /** Exactly one of: the GitHub workflow run, or a run outside any CI. */
  identity?: WorkflowIdentity;
  local?: LocalRun;
  /** Signing with a key instead of a token: the key and, when given, its certificate. */
  key?: KeyMaterial;
  endpoints?: SigstoreEndpoints;
  serverUrl: string;
}
