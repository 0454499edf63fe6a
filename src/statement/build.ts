// Assembles the training record: an in-toto Statement v1 under our own predicate type, whose
// predicate is laid out as SLSA Provenance v1 with our buildType (docs/buildtype.md): GitHub's
// workflow fields first and unchanged, so the record names its run on its own, then what a
// training run adds: datasets, requirement files, the interpreter and its packages,
// hyperparameters, the accelerator and byproducts. Pure: same input, same bytes.
import type {
  BaseModelRef,
  DatasetRef,
  LocalRun,
  EnvironmentInfo,
  PythonPackage,
  ResourceDescriptor,
  Subject,
  WorkflowIdentity,
} from '../types.js';
import {
  BUILD_TYPE,
  DATASET_ANNOTATION_KEYS,
  INTERNAL_KEY,
  INTERPRETER_NAME,
  ROLE_KEY,
  STATEMENT_TYPE,
  CYCLONEDX_PREDICATE_TYPE,
  TOOL_NAME,
  TRAINING_PREDICATE_TYPE,
  LOCAL_BUILDER_ID,
  impliedDatasetPath,
  type DependencyRole,
  ACCELERATOR_STRING_FIELDS,
  RUNNER_FIELDS,
} from './layout.js';
import { baseModelDependency } from './base-model.js';
import type {
  ExternalParameters,
  RecordedPython,
  RunDetails,
  Statement,
  TrainingInternalParameters,
} from './types.js';

export type { Statement } from './types.js';

export interface BuildInput {
  subjects: Subject[];
  /** The GitHub workflow run; or, for a run outside any CI, `local`. */
  identity?: WorkflowIdentity;
  local?: LocalRun;
  datasets: DatasetRef[];
  /** The models training started from (role `base-model`); absent or empty for none. */
  bases?: BaseModelRef[];
  environment: EnvironmentInfo;
  requirements: ResourceDescriptor[];
  parameters?: { parameters: Record<string, unknown>; source?: ResourceDescriptor };
  byproducts: ResourceDescriptor[];
  startedOn?: Date;
  finishedOn: Date;
  toolVersion: string;
}

/** RFC 3339 in UTC with `Z` and whole seconds, as SLSA's provenance.cue writes #Timestamp. */
export function formatTimestamp(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('invalid date');
  return d.toISOString().replace(/\.\d+Z$/, 'Z');
}

/** `git+<server>/<owner>/<repo>@<ref>`: GitHub's buildType uses SPDX download locations. */
export function sourceUri(identity: WorkflowIdentity): string {
  return `git+${repositoryUrl(identity)}@${identity.ref}`;
}

export function repositoryUrl(identity: WorkflowIdentity): string {
  return `${trimSlash(identity.serverUrl)}/${identity.repository}`;
}

/** builder.id: the workflow that ran the job (a reusable workflow, when one did). */
export function builderId(identity: WorkflowIdentity): string {
  return `${trimSlash(identity.serverUrl)}/${identity.jobWorkflowRef}`;
}

export function invocationId(identity: WorkflowIdentity): string {
  if (identity.gitlab) return `${repositoryUrl(identity)}/-/jobs/${identity.gitlab.jobId}`;
  return `${repositoryUrl(identity)}/actions/runs/${identity.runId}/attempts/${identity.runAttempt}`;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function withRole(rd: ResourceDescriptor, role: DependencyRole): ResourceDescriptor {
  const out: ResourceDescriptor = {};
  if (rd.name !== undefined) out.name = rd.name;
  if (rd.uri !== undefined) out.uri = rd.uri;
  if (rd.digest !== undefined && Object.keys(rd.digest).length > 0) out.digest = { ...rd.digest };
  if (rd.content !== undefined) out.content = rd.content;
  if (rd.downloadLocation !== undefined) out.downloadLocation = rd.downloadLocation;
  if (rd.mediaType !== undefined) out.mediaType = rd.mediaType;
  out.annotations = { [ROLE_KEY]: role, ...withoutKey(rd.annotations, ROLE_KEY) };
  return out;
}

function withoutKey(o: Record<string, unknown> | undefined, key: string): Record<string, unknown> {
  const rest = { ...o };
  delete rest[key];
  return rest;
}

function datasetDependency(ds: DatasetRef): ResourceDescriptor {
  const hasDigest = Object.keys(ds.digest).length > 0;
  const annotations: Record<string, unknown> = {
    [ROLE_KEY]: 'dataset',
    kind: ds.kind,
    // A dataset without a content digest is unpinned whatever the collector said.
    unpinned: ds.unpinned || !hasDigest,
  };
  // The path is recorded only where the `file:` URI does not already say it.
  if (ds.path !== undefined && impliedDatasetPath(ds.kind, ds.uri) !== ds.path)
    annotations.path = ds.path;
  if (ds.fileCount !== undefined) annotations.files = ds.fileCount;
  if (ds.totalBytes !== undefined) annotations.bytes = ds.totalBytes;
  if (ds.license !== undefined) annotations.license = ds.license;
  if (ds.licenseDeclared !== undefined) annotations.license_declared = ds.licenseDeclared;
  if (ds.split !== undefined) annotations.split = ds.split;
  if (ds.commitment !== undefined) annotations.commitment = { ...ds.commitment };
  // The dataset's own annotations sit beside ours; our keys are reserved (layout.ts).
  for (const [k, v] of Object.entries(ds.annotations ?? {})) {
    if (!(DATASET_ANNOTATION_KEYS as readonly string[]).includes(k)) annotations[k] = v;
  }
  const rd: ResourceDescriptor = { name: ds.name, uri: ds.uri };
  if (hasDigest) rd.digest = { ...ds.digest };
  rd.annotations = annotations;
  return rd;
}

/** purl version component: percent-encoded, so `2.3.1+cu121` is `2.3.1%2Bcu121`. */
function purlVersion(version: string): string {
  return encodeURIComponent(version);
}

function interpreterDependency(env: EnvironmentInfo): ResourceDescriptor[] {
  const py = env.python;
  if (!py.present || !py.version) return [];
  return [
    {
      name: INTERPRETER_NAME,
      uri: `pkg:generic/${INTERPRETER_NAME}@${purlVersion(py.version)}`,
      annotations: { [ROLE_KEY]: 'interpreter' },
    },
  ];
}

function packageDependency(p: PythonPackage): ResourceDescriptor {
  return {
    name: p.name,
    uri: p.purl,
    annotations: { [ROLE_KEY]: 'python-package', version: p.version },
  };
}

function recordedPython(env: EnvironmentInfo): RecordedPython {
  const py = env.python;
  if (!py.present)
    return py.reason !== undefined ? { present: false, reason: py.reason } : { present: false };
  const out: RecordedPython = { present: true };
  if (py.version !== undefined) out.version = py.version;
  if (py.executable !== undefined) out.executable = py.executable;
  // How the environment was read (e.g. from the layout when the interpreter would not run).
  if (py.reason !== undefined) out.reason = py.reason;
  if (py.notes && py.notes.length > 0) out.notes = [...py.notes];
  return out;
}

/** Copies the defined fields of `from`, in the order of `keys`, so the JSON is stable. */
function pick<T extends object, K extends keyof T>(
  from: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out;
}

function trainingParameters(input: BuildInput): TrainingInternalParameters {
  const env = input.environment;
  const acc = env.accelerator;
  const accelerator: TrainingInternalParameters['accelerator'] = pick(
    acc,
    ACCELERATOR_STRING_FIELDS,
  );
  if (acc.gpus && acc.gpus.length > 0) accelerator.gpus = [...acc.gpus];
  if (acc.notes && acc.notes.length > 0) accelerator.notes = [...acc.notes];
  return {
    identitySource: input.identity
      ? input.identity.source
      : input.local?.oidc
        ? 'oidc-token'
        : 'local',
    ...(input.local ? { local: structuredClone(input.local) } : {}),
    python: recordedPython(env),
    accelerator,
    os: { platform: env.os.platform, release: env.os.release, arch: env.os.arch },
    runner: pick(env.runner, RUNNER_FIELDS),
  };
}

function copySubject(s: Subject): Subject {
  const out = { ...s, digest: { ...s.digest } };
  if (s.annotations) out.annotations = { ...s.annotations };
  return out;
}

/**
 * The model's sha256 as its subjects give it: the one model directory's root, else the only
 * subject's; undefined when the subjects name several models.
 */
export function modelSha256(subjects: readonly Subject[]): string | undefined {
  const dirs = subjects.filter((s) => s.annotations?.role === 'model-directory');
  if (dirs.length === 1) return dirs[0]!.digest.sha256;
  return subjects.length === 1 ? subjects[0]!.digest.sha256 : undefined;
}

/**
 * Subjects once each by name and digest, first one kept: GitHub's attestations API refuses a
 * statement that repeats one (`duplicate subject in statement`).
 */
export function uniqueSubjects<T extends Subject>(subjects: readonly T[]): T[] {
  const seen = new Set<string>();
  return subjects.filter((s) => {
    const key = JSON.stringify([s.name, Object.entries(s.digest).sort()]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildTrainingRecord(input: BuildInput): Statement {
  const { identity } = input;
  const externalParameters: ExternalParameters = identity
    ? {
        workflow: {
          ref: identity.ref,
          repository: repositoryUrl(identity),
          path: identity.workflowPath,
        },
      }
    : {};
  if (input.parameters) {
    externalParameters.parameters = structuredClone(input.parameters.parameters);
    if (input.parameters.source) {
      externalParameters.parametersSource = copyDescriptor(input.parameters.source);
    }
  }

  const resolvedDependencies: ResourceDescriptor[] = [
    // [0] exactly as GitHub's workflow buildType writes it: no name, no annotations.
    identity
      ? { uri: sourceUri(identity), digest: { gitCommit: identity.sha } }
      : localSource(input.local!),
    ...input.datasets.map(datasetDependency),
    ...(input.bases ?? []).map(baseModelDependency),
    ...input.requirements.map((r) => withRole(r, 'requirements')),
    ...interpreterDependency(input.environment),
    ...input.environment.python.packages.map(packageDependency),
  ];

  return {
    _type: STATEMENT_TYPE,
    subject: uniqueSubjects(input.subjects).map(copySubject),
    predicateType: TRAINING_PREDICATE_TYPE,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters,
        internalParameters: {
          ...(identity?.gitlab ? { gitlab: gitlabParameters(identity) } : {}),
          ...(identity && !identity.gitlab ? { github: githubParameters(identity) } : {}),
          [INTERNAL_KEY]: trainingParameters(input),
        },
        resolvedDependencies,
      },
      runDetails: runDetailsOf(input),
    },
  };
}

/**
 * A local run's source, where GitHub's buildType puts the workflow's repository: the git remote
 * (or, without one, the workspace's repository on this host) at the branch, pinned by the commit.
 * Without git, the host alone, and no digest: nothing pins what ran.
 */
function localSource(local: LocalRun): ResourceDescriptor {
  const g = local.git;
  if (!g?.commit) return { uri: `file://${local.host}/` };
  const where = g.remote ?? `file://${local.host}/`;
  return {
    uri: `git+${where}${g.branch ? `@refs/heads/${g.branch}` : ''}`,
    digest: { gitCommit: g.commit },
  };
}

/** A GitLab CI job's parameters, in GitLab's claim names (docs/buildtype.md, "GitLab CI"). */
function gitlabParameters(identity: WorkflowIdentity): Record<string, string> {
  const g = identity.gitlab!;
  return {
    pipeline_source: identity.eventName,
    pipeline_id: identity.runId,
    job_id: g.jobId,
    ...(g.projectId ? { project_id: g.projectId } : {}),
    ...(g.namespacePath ? { namespace_path: g.namespacePath } : {}),
    ...(g.ciConfigSha ? { ci_config_sha: g.ciConfigSha } : {}),
    runner_environment: identity.runnerEnvironment,
  };
}

/** GitHub's workflow buildType internal parameters, which ours keeps unchanged. */
function githubParameters(identity: WorkflowIdentity) {
  return {
    event_name: identity.eventName,
    ...(identity.repositoryId !== undefined ? { repository_id: identity.repositoryId } : {}),
    ...(identity.repositoryOwnerId !== undefined
      ? { repository_owner_id: identity.repositoryOwnerId }
      : {}),
    runner_environment: identity.runnerEnvironment,
  };
}

function runDetailsOf(input: BuildInput): RunDetails {
  const { identity } = input;
  const finishedOn = formatTimestamp(input.finishedOn);
  const invocation = identity
    ? invocationId(identity)
    : `urn:training-provenance:local:${encodeURIComponent(input.local!.host)}:${finishedOn}`;
  const metadata: RunDetails['metadata'] = input.startedOn
    ? { invocationId: invocation, startedOn: formatTimestamp(input.startedOn), finishedOn }
    : { invocationId: invocation, finishedOn };
  const runDetails: RunDetails = {
    builder: {
      id: identity ? builderId(identity) : LOCAL_BUILDER_ID,
      version: { [TOOL_NAME]: input.toolVersion },
    },
    metadata,
  };
  if (input.byproducts.length > 0) {
    runDetails.byproducts = input.byproducts.map((b) => withRole(b, 'byproduct'));
  }
  return runDetails;
}

function copyDescriptor(rd: ResourceDescriptor): ResourceDescriptor {
  const out: ResourceDescriptor = { ...rd };
  if (rd.digest) out.digest = { ...rd.digest };
  if (rd.annotations) out.annotations = { ...rd.annotations };
  return out;
}

/**
 * A statement's bytes, which are also the DSSE payload and the content of its
 * `.intoto.json` file: JSON with 2-space indentation, keys in the order built, no
 * trailing newline. Deterministic for a given Statement, so a file on disk can be compared
 * byte for byte with the signed payload (`sha256sum` = the payload hash Rekor records).
 */
export function serializeStatement(s: object): string {
  return JSON.stringify(s, null, 2);
}

/** The ML-BOM statement: the training record's subjects, the CycloneDX document as predicate. */
export function buildBomStatement(subjects: readonly Subject[], bom: object): object {
  return {
    _type: STATEMENT_TYPE,
    subject: subjects.map((s) => ({ ...s, digest: { ...s.digest } })),
    predicateType: CYCLONEDX_PREDICATE_TYPE,
    predicate: bom,
  };
}
