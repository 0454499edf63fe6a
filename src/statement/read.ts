// Turns a signed Statement's JSON into the typed ProvenanceView that verify, policy,
// inspect, diff and review read. Tolerant of what other writers leave out (GitHub's
// workflow provenance, npm provenance: no datasets, no packages → empty lists), strict
// about what it cannot interpret (another Statement _type or predicateType).
import { ProvenanceError } from '../errors.js';
import type { LocalRun, IdentitySource, ResourceDescriptor } from '../types.js';
import {
  BUILD_TYPE,
  GITHUB_WORKFLOW_BUILD_TYPES,
  INTERNAL_KEY,
  RUNNER_FIELDS,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE,
  STATEMENT_TYPE_V01,
  TRAINING_PREDICATE_TYPE,
} from './layout.js';
import type { BuildTypeFamily, ProvenanceView, RecordedIdentity } from './view.js';
import { BASE_MODEL_ROLE, readBaseModel } from './base-model.js';
import { isObject, preview } from '../json.js';
import {
  arr,
  defined,
  isEmpty,
  obj,
  readAccelerator,
  readDataset,
  readDescriptor,
  readPackage,
  roleOf,
  str,
  stringFields,
  strings,
  versionFromPurl,
  withoutRole,
  type Json,
} from './read-fields.js';

/** The outer in-toto layer, whatever the predicate: enough to read subjects. */
export interface StatementEnvelope {
  _type: string;
  subject: ResourceDescriptor[];
  predicateType: string;
  predicate: unknown;
}

const READABLE_STATEMENT_TYPES: readonly string[] = [STATEMENT_TYPE, STATEMENT_TYPE_V01];

function invalid(message: string, value?: string, fix?: string): ProvenanceError {
  return new ProvenanceError('BUNDLE_INVALID', message, { input: 'bundle', value, fix });
}

/**
 * Parses a DSSE payload (the Statement's JSON bytes) and checks its outer layer: an
 * object with an in-toto Statement `_type` we read and a `subject` list.
 */
export function parseStatementPayload(payload: string | Uint8Array): StatementEnvelope {
  const text = typeof payload === 'string' ? payload : new TextDecoder().decode(payload);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new ProvenanceError('BUNDLE_INVALID', 'the DSSE payload is not JSON', {
      input: 'bundle',
      fix: 'check that the bundle holds an in-toto Statement (payloadType application/vnd.in-toto+json)',
      cause: e,
    });
  }
  return checkEnvelope(parsed);
}

function checkEnvelope(statement: unknown): StatementEnvelope {
  if (!isObject(statement)) {
    throw invalid('the statement is not a JSON object', undefined, 'pass an in-toto Statement');
  }
  const type = statement._type;
  if (typeof type !== 'string' || !READABLE_STATEMENT_TYPES.includes(type)) {
    throw invalid(
      `unsupported statement _type '${preview(type)}'`,
      preview(type),
      `expected ${STATEMENT_TYPE} (or ${STATEMENT_TYPE_V01})`,
    );
  }
  if (!Array.isArray(statement.subject)) {
    throw invalid('the statement has no subject list', undefined, 'pass an in-toto Statement');
  }
  return {
    _type: type,
    subject: statement.subject.map(readDescriptor),
    predicateType: str(statement.predicateType) ?? '',
    predicate: statement.predicate,
  };
}

/** The subjects of any in-toto Statement we can read, whatever its predicate. */
export function readSubjects(statement: unknown): ResourceDescriptor[] {
  return checkEnvelope(statement).subject;
}

function familyOf(buildType: string | undefined): BuildTypeFamily {
  if (buildType === BUILD_TYPE) return 'training';
  if (buildType !== undefined && GITHUB_WORKFLOW_BUILD_TYPES.includes(buildType)) {
    return 'github-workflow';
  }
  return 'other';
}

function recoverIdentity(view: ProvenanceView): RecordedIdentity {
  const id: RecordedIdentity = {};
  if (view.identitySource) id.source = view.identitySource;
  const repoUrl = view.workflow?.repository;
  if (repoUrl) {
    try {
      const u = new URL(repoUrl);
      id.serverUrl = u.origin;
      id.repository = u.pathname.replace(/^\/+/, '').replace(/\/+$/, '');
      id.repositoryOwner = id.repository.split('/')[0];
    } catch {
      // Not a URL: leave server and repository unknown rather than guess.
    }
  }
  const g = view.github ?? {};
  if (g.repository_id !== undefined) id.repositoryId = g.repository_id;
  if (g.repository_owner_id !== undefined) id.repositoryOwnerId = g.repository_owner_id;
  if (g.event_name !== undefined) id.eventName = g.event_name;
  if (g.runner_environment !== undefined) id.runnerEnvironment = g.runner_environment;
  if (view.workflow?.ref !== undefined) id.ref = view.workflow.ref;
  if (view.source?.gitCommit !== undefined) id.sha = view.source.gitCommit;
  if (view.workflow?.path !== undefined) id.workflowPath = view.workflow.path;
  if (id.repository && id.workflowPath && id.ref) {
    id.workflowRef = `${id.repository}/${id.workflowPath}@${id.ref}`;
  }
  // Only a builder.id of the form <server>/OWNER/REPO/PATH@REF names a workflow: npm's
  // provenance, for one, writes https://github.com/actions/runner/github-hosted.
  if (view.builderId && id.serverUrl && view.builderId.startsWith(`${id.serverUrl}/`)) {
    const rest = view.builderId.slice(id.serverUrl.length + 1);
    if (/^[^/@]+\/[^/@]+\/.+@.+$/.test(rest)) id.jobWorkflowRef = rest;
  }
  const run = /\/actions\/runs\/([^/]+)\/attempts\/([^/]+)$/.exec(view.invocationId ?? '');
  if (run) {
    id.runId = run[1];
    id.runAttempt = run[2];
  }
  return id;
}

/**
 * Reads the training record (or a SLSA Provenance v1 Statement, laid out alike) into the view. Refuses (BUNDLE_INVALID) a
 * Statement whose `_type` or `predicateType` it does not understand; everything inside
 * the predicate is optional, so GitHub's and npm's provenance read with empty lists.
 */
export function readProvenance(statement: unknown): ProvenanceView {
  const env = checkEnvelope(statement);
  if (env.predicateType !== SLSA_PROVENANCE_V1 && env.predicateType !== TRAINING_PREDICATE_TYPE) {
    throw invalid(
      `unsupported predicateType ${JSON.stringify(env.predicateType)}`,
      env.predicateType,
      `expected the training record (${TRAINING_PREDICATE_TYPE}) or SLSA provenance (${SLSA_PROVENANCE_V1})`,
    );
  }
  const predicate = obj(env.predicate);
  const def = obj(predicate.buildDefinition);
  const runDetails = obj(predicate.runDetails);
  const ours = obj(obj(def.internalParameters)[INTERNAL_KEY]);
  const buildType = str(def.buildType);
  const view: ProvenanceView = {
    statementType: env._type,
    predicateType: env.predicateType,
    buildTypeFamily: familyOf(buildType),
    subjects: env.subject,
    identity: {},
    datasets: [],
    packages: [],
    accelerator: readAccelerator(ours.accelerator),
    requirements: [],
    byproducts: arr(runDetails.byproducts).map(readDescriptor).map(withoutRole),
    baseModels: [],
    otherDependencies: [],
  };
  if (buildType !== undefined) view.buildType = buildType;
  readParameters(view, obj(def.externalParameters), obj(def.internalParameters));
  arr(def.resolvedDependencies)
    .map(readDescriptor)
    .forEach((rd, index) => readDependency(view, rd, index));
  readRunDetails(view, obj(runDetails.builder), obj(runDetails.metadata));
  readOurs(view, ours);
  view.identity = recoverIdentity(view);
  return view;
}

/** GitHub's workflow fields and the training parameters. */
function readParameters(view: ProvenanceView, external: Json, internal: Json): void {
  const workflow = stringFields(external.workflow, ['ref', 'repository', 'path'] as const);
  if (!isEmpty(workflow)) view.workflow = workflow;
  const github = stringFields(internal.github, [
    'event_name',
    'repository_id',
    'repository_owner_id',
    'runner_environment',
  ] as const);
  // The spec's first draft put runner_environment among the external parameters.
  const legacyRunner = str(external.runner_environment);
  if (github.runner_environment === undefined && legacyRunner !== undefined) {
    github.runner_environment = legacyRunner;
  }
  if (!isEmpty(github)) view.github = github;
  if (isObject(external.parameters)) view.parameters = external.parameters;
  if (isObject(external.parametersSource)) {
    view.parametersSource = readDescriptor(external.parametersSource);
  }
}

/** One resolved dependency, sorted by its role: source, dataset, package, requirements, ... */
function readDependency(view: ProvenanceView, rd: ResourceDescriptor, index: number): void {
  const role = roleOf(rd);
  const isSource =
    role === 'source' || (role === undefined && index === 0 && rd.uri?.startsWith('git+'));
  if (isSource && view.source === undefined && rd.uri !== undefined) {
    view.source = { uri: rd.uri };
    const commit = rd.digest?.gitCommit;
    if (commit !== undefined) view.source.gitCommit = commit;
    return;
  }
  if (role === 'dataset') view.datasets.push(readDataset(rd));
  else if (role === 'python-package') view.packages.push(readPackage(rd));
  else if (role === BASE_MODEL_ROLE)
    view.baseModels.push(readBaseModel(rd, view.baseModels.length));
  else if (role === 'requirements') view.requirements.push(withoutRole(rd));
  else if (role === 'interpreter')
    view.pythonVersion ??= str(rd.annotations?.version) ?? versionFromPurl(rd.uri);
  else view.otherDependencies.push(rd);
}

function readRunDetails(view: ProvenanceView, builder: Json, metadata: Json): void {
  const builderId = str(builder.id);
  if (builderId !== undefined) view.builderId = builderId;
  if (isObject(builder.version)) {
    const version = stringFields(builder.version, Object.keys(builder.version));
    if (!isEmpty(version)) view.builderVersion = version as Record<string, string>;
  }
  Object.assign(view, stringFields(metadata, ['invocationId', 'startedOn', 'finishedOn'] as const));
}

/** Our own internal parameters: how the identity was taken, Python, the OS and the runner. */
/** `local` of a run outside any CI: the host, and what git said. */
function readLocalRun(v: unknown): LocalRun | undefined {
  if (!isObject(v) || typeof v.host !== 'string') return undefined;
  const run: LocalRun = { host: v.host };
  if (isObject(v.oidc) && typeof v.oidc.issuer === 'string' && typeof v.oidc.subject === 'string')
    run.oidc = { issuer: v.oidc.issuer, subject: v.oidc.subject };
  if (isObject(v.git)) {
    const g = stringFields(v.git, ['remote', 'commit', 'branch'] as const);
    run.git = { ...g, dirty: v.git.dirty !== false };
  }
  return run;
}

function readOurs(view: ProvenanceView, ours: Json): void {
  const identitySource = str(ours.identitySource);
  if (
    identitySource === 'oidc-token' ||
    identitySource === 'environment' ||
    identitySource === 'local'
  ) {
    view.identitySource = identitySource as IdentitySource;
  }
  const local = readLocalRun(ours.local);
  if (local) view.local = local;
  if (isObject(ours.python) && typeof ours.python.present === 'boolean') {
    view.pythonPresent = ours.python.present;
    Object.assign(
      view,
      defined({
        pythonVersion: str(ours.python.version),
        pythonExecutable: str(ours.python.executable),
        pythonReason: str(ours.python.reason),
        pythonNotes: strings(ours.python.notes),
      }),
    );
  }
  const os = stringFields(ours.os, ['platform', 'release', 'arch'] as const);
  if (!isEmpty(os)) view.os = os;
  const runner = stringFields(ours.runner, RUNNER_FIELDS);
  if (!isEmpty(runner)) view.runner = runner;
}
