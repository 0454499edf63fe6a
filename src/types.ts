// Value types shared by the engine. Names say what a value is, so that a digest
// cannot be passed where a path is expected without the compiler noticing.

/** Lower-case hex SHA-256, 64 characters. */
export type Sha256Hex = string & { readonly __brand: 'Sha256Hex' };

/** A digest set as in-toto's ResourceDescriptor has it: algorithm → lower-case hex. */
export type DigestSet = Record<string, string>;

/** in-toto v1 ResourceDescriptor. Every subject MUST carry `digest`. */
export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest?: DigestSet;
  content?: string;
  downloadLocation?: string;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

export interface Subject extends ResourceDescriptor {
  name: string;
  digest: DigestSet & { sha256: string };
}

/** One hashed file: path as given, its path relative to a root, size and digest. */
export interface FileDigest {
  /** Absolute path on disk. */
  path: string;
  /** POSIX path relative to the root it was collected under (workspace or a directory). */
  relPath: string;
  size: number;
  sha256: Sha256Hex;
}

/** The OMS (OpenSSF model signing) view of a directory: resources in canonical order and their root. */
export interface DirectoryDigest {
  /** Absolute path of the directory. */
  path: string;
  /** Files inside, relPath relative to the directory, in OMS component-wise order. */
  files: FileDigest[];
  /** sha256 over the concatenated raw resource digests: `model_signing digest DIR` prints it. */
  root: Sha256Hex;
  /** Paths (relative to the directory) that were excluded, as OMS records them. */
  ignorePaths: string[];
  totalBytes: number;
  /** Links inside the directory were followed (OMS `allow_symlinks`). */
  allowSymlinks?: boolean;
}

/** Where a dataset came from, and what we know of its content. */
export type DatasetKind =
  'local-file' | 'local-directory' | 'digest-list' | 'manifest' | 'reference' | 'dvc';

/**
 * A Merkle commitment to the set of a dataset's content digests (docs/commitments.md): proofs
 * that a digest is or is not in the set are checked against it.
 */
export interface DatasetCommitment {
  scheme: string;
  /** Lower-case hex of the tree's root. */
  root: string;
  /** How many distinct digests the set has. */
  leaves: number;
}

export interface DatasetRef {
  name: string;
  kind: DatasetKind;
  /** For references: the URI as given (hf://, s3://, gs://, https://, ...). For local data: file URI. */
  uri: string;
  /** Workspace-relative path for local data. */
  path?: string;
  digest: DigestSet;
  /** true when the dataset carries no content digest (a reference without ALG:HEX). */
  unpinned: boolean;
  fileCount?: number;
  totalBytes?: number;
  /** An SPDX expression where the text given reads as one (`apache 2.0` → `Apache-2.0`). */
  license?: string;
  /** The licence as the datasets file wrote it, when normalising changed it. */
  licenseDeclared?: string;
  split?: string;
  /** Local data and digest lists: the commitment to their content digests. */
  commitment?: DatasetCommitment;
  annotations?: Record<string, unknown>;
}

/** How a base model was named: a local directory or file, a Hugging Face cache snapshot, a reference. */
export type BaseModelKind = 'local-directory' | 'local-file' | 'hf-cache' | 'reference';

/** What an evidence file about a base model is (docs/buildtype.md, "Base models"). */
export type BaseEvidenceKind =
  'training-record' | 'build-provenance' | 'ml-bom' | 'model-signature';

/** Who signed an evidence file, as its bundle says (attest does not decide whom to trust). */
export interface EvidenceSigner {
  kind: 'keyless' | 'key' | 'pki';
  identity?: string;
  issuer?: string;
  keyHint?: string;
}

/** One signed file about a base model, copied to output-dir/bases/NAME/. */
export interface BaseEvidence {
  kind: BaseEvidenceKind;
  /** POSIX path relative to output-dir: `bases/NAME/FILE`. */
  path: string;
  /** Of the evidence file. */
  sha256: string;
  signer: EvidenceSigner;
}

/** A model the trained one started from (a `base-model` dependency of the record). */
export interface BaseModelRef {
  name: string;
  kind: BaseModelKind;
  /** `hf://ORG/NAME@REV` for a cache snapshot or such a reference; a reference's URI. */
  uri?: string;
  /** OMS root of a directory, sha256 of a file, or the reference's `sha256:`; absent when unknown. */
  sha256?: string;
  files?: number;
  bytes?: number;
  /** The directory's listing digest (`sha256:HEX`), as the model's directory subject has it. */
  listing?: string;
  /** An SPDX expression where the text reads as one, else the text as written. */
  license?: string;
  evidence: BaseEvidence[];
}

/** One installed Python distribution. */
export interface PythonPackage {
  name: string;
  version: string;
  purl: string;
}

export interface AcceleratorInfo {
  /** CUDA build the frameworks carry, e.g. "12.1" from torch's "+cu121" or nvidia-*-cu12 wheels. */
  cuda?: string;
  cudnn?: string;
  /** Where the CUDA figure came from, e.g. "torch 2.3.1+cu121". */
  cudaSource?: string;
  driverVersion?: string;
  gpus?: string[];
  /** ROCm build a framework carries, e.g. "6.0" from torch's "+rocm6.0". */
  rocm?: string;
  /** Where the cuDNN figure came from, e.g. "nvidia-cudnn-cu12 8.9.2.26". */
  cudnnSource?: string;
  /** Things a reader should know: disagreeing sources, a CPU build, nvidia-smi failing. */
  notes?: string[];
}

export interface PythonEnvironment {
  /** false when no interpreter was found or `python: none`: recorded as absent, not an error. */
  present: boolean;
  executable?: string;
  version?: string;
  sitePackages?: string[];
  packages: PythonPackage[];
  reason?: string;
  /** Distributions skipped or shadowed while reading metadata (malformed, leftovers of pip). */
  notes?: string[];
}

export interface OsInfo {
  platform: string;
  release: string;
  arch: string;
}

/** The runner as its variables describe it (RUNNER_*, ImageOS, ImageVersion). */
export interface RunnerInfo {
  os?: string;
  arch?: string;
  name?: string;
  environment?: string;
  imageOs?: string;
  imageVersion?: string;
}

export interface EnvironmentInfo {
  python: PythonEnvironment;
  accelerator: AcceleratorInfo;
  os: OsInfo;
  runner: RunnerInfo;
}

/**
 * Where the identity fields came from: verified OIDC token claims, the runner's variables, or
 * (outside any CI) what git and the host say.
 */
export type IdentitySource = 'oidc-token' | 'environment' | 'local';

/**
 * A run outside any CI (a laptop, a cluster node): what git says of the workspace and the host
 * it ran on. Nothing here is proven by a certificate; verify never takes it for a CI identity.
 */
export interface LocalRun {
  host: string;
  /**
   * Signed keylessly with a token of another issuer (Buildkite, CircleCI, a Kubernetes service
   * account for a private Fulcio): the token's issuer and subject, which the certificate proves.
   */
  oidc?: { issuer: string; subject: string };
  /** Absent when the workspace is not in a git repository (or git is not installed). */
  git?: {
    /** `remote.origin.url`, with any user name, password or token taken out. */
    remote?: string;
    commit?: string;
    /** The checked-out branch; absent on a detached HEAD. */
    branch?: string;
    /** Tracked files differ from the commit: the commit alone does not say what ran. */
    dirty: boolean;
  };
}

/** The workflow run that produced the model, in GitHub's terms. */
export interface WorkflowIdentity {
  source: IdentitySource;
  serverUrl: string;
  repository: string;
  repositoryId?: string;
  repositoryOwner?: string;
  repositoryOwnerId?: string;
  repositoryVisibility?: string;
  ref: string;
  sha: string;
  workflowRef: string;
  /** `job_workflow_ref`: differs from workflowRef when a reusable workflow runs the job. */
  jobWorkflowRef: string;
  workflowPath: string;
  eventName: string;
  runId: string;
  runAttempt: string;
  runnerEnvironment: string;
  issuer?: string;
  subject?: string;
  /**
   * A GitLab CI job rather than a GitHub workflow run: `repository` is the project path (groups
   * may nest), `workflowRef` and `jobWorkflowRef` the CI config (`PROJECT//PATH@REF`), `runId`
   * the pipeline, `eventName` its source. Absent for GitHub.
   */
  gitlab?: { jobId: string; projectId?: string; namespacePath?: string; ciConfigSha?: string };
}
