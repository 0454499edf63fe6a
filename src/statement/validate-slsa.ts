// SLSA Provenance v1's predicate, and GitHub's workflow buildType fields, which ours keeps
// unchanged. Sources as in validate.ts: [slsa], [cue], [gh], [layout].
import { isObject } from '../json.js';
import {
  BUILD_TYPE,
  GITHUB_WORKFLOW_BUILD_TYPES,
  INTERNAL_KEY,
  LOCAL_BUILDER_ID,
} from './layout.js';
import {
  checkDescriptorList,
  checkFields,
  checkTimestamp,
  checkTypeUri,
  type Collector,
  type Json,
} from './validate-fields.js';

const PROVENANCE_FIELDS = ['buildDefinition', 'runDetails'];
const BUILD_DEFINITION_FIELDS = [
  'buildType',
  'externalParameters',
  'internalParameters',
  'resolvedDependencies',
];
const RUN_DETAILS_FIELDS = ['builder', 'metadata', 'byproducts'];
const BUILDER_FIELDS = ['id', 'version', 'builderDependencies'];
const METADATA_FIELDS = ['invocationId', 'startedOn', 'finishedOn'];

export function checkProvenance(predicate: Json, out: Collector): void {
  checkFields(predicate, PROVENANCE_FIELDS, 'predicate', out);
  const def = predicate.buildDefinition;
  const run = predicate.runDetails;
  if (!isObject(def)) out.add('predicate.buildDefinition', 'required object [slsa]');
  else checkBuildDefinition(def, out);
  if (!isObject(run)) out.add('predicate.runDetails', 'required object [slsa]');
  else checkRunDetails(run, out);
  if (isObject(def) && isObject(run)) {
    const buildType = def.buildType;
    if (buildType === BUILD_TYPE && isLocalRun(def)) checkLocalRun(def, run, out);
    else if (buildType === BUILD_TYPE || GITHUB_WORKFLOW_BUILD_TYPES.includes(String(buildType))) {
      checkWorkflowBuildType(def, run, out);
    }
  }
}

function checkBuildDefinition(def: Json, out: Collector): void {
  const at = 'predicate.buildDefinition';
  checkFields(def, BUILD_DEFINITION_FIELDS, at, out);
  checkTypeUri(def.buildType, `${at}.buildType`, out, '[slsa]');
  if (!isObject(def.externalParameters))
    out.add(`${at}.externalParameters`, 'required object [slsa]');
  if (def.internalParameters !== undefined && !isObject(def.internalParameters)) {
    out.add(`${at}.internalParameters`, 'must be an object [slsa]');
  }
  checkDescriptorList(def.resolvedDependencies, `${at}.resolvedDependencies`, out);
}

function checkRunDetails(run: Json, out: Collector): void {
  const at = 'predicate.runDetails';
  checkFields(run, RUN_DETAILS_FIELDS, at, out);
  if (!isObject(run.builder)) out.add(`${at}.builder`, 'required object [slsa]');
  else checkBuilder(run.builder, `${at}.builder`, out);
  if (run.metadata !== undefined) {
    if (!isObject(run.metadata)) out.add(`${at}.metadata`, 'must be an object [slsa]');
    else checkMetadata(run.metadata, `${at}.metadata`, out);
  }
  checkDescriptorList(run.byproducts, `${at}.byproducts`, out);
}

function checkBuilder(builder: Json, at: string, out: Collector): void {
  checkFields(builder, BUILDER_FIELDS, at, out);
  checkTypeUri(builder.id, `${at}.id`, out, '[slsa]');
  if (builder.version !== undefined) {
    if (!isObject(builder.version)) out.add(`${at}.version`, 'must be a map string→string [slsa]');
    else checkStringMap(builder.version, `${at}.version`, '[slsa]', out);
  }
  checkDescriptorList(builder.builderDependencies, `${at}.builderDependencies`, out);
}

function checkMetadata(metadata: Json, at: string, out: Collector): void {
  checkFields(metadata, METADATA_FIELDS, at, out);
  if (metadata.invocationId !== undefined && typeof metadata.invocationId !== 'string') {
    out.add(`${at}.invocationId`, 'must be a string [slsa]');
  }
  for (const k of ['startedOn', 'finishedOn'] as const) {
    if (metadata[k] === undefined) continue;
    const problem = checkTimestamp(metadata[k]);
    if (problem) out.add(`${at}.${k}`, problem);
  }
}

function checkStringMap(map: Json, at: string, source: string, out: Collector): void {
  for (const [k, value] of Object.entries(map)) {
    if (typeof value !== 'string') out.add(`${at}.${k}`, `must be a string ${source}`);
  }
}

/** Our training record of a run outside any CI: `identitySource: local` [layout]. */
function isLocalRun(def: Json): boolean {
  const internal = isObject(def.internalParameters) ? def.internalParameters : {};
  const ours = isObject(internal[INTERNAL_KEY]) ? internal[INTERNAL_KEY] : {};
  return ours.identitySource === 'local' || ours.local !== undefined;
}

/** A local run names no workflow, and says where it ran; builder.id is the local builder's. */
function checkLocalRun(def: Json, run: Json, out: Collector): void {
  const at = 'predicate.buildDefinition';
  const ext = isObject(def.externalParameters) ? def.externalParameters : {};
  const internal = isObject(def.internalParameters) ? def.internalParameters : {};
  if (ext.workflow !== undefined)
    out.add(`${at}.externalParameters.workflow`, 'a local run names no workflow [layout]');
  if (internal.github !== undefined)
    out.add(`${at}.internalParameters.github`, 'a local run has no GitHub parameters [layout]');
  const local = (internal[INTERNAL_KEY] as Json).local;
  if (!isObject(local) || typeof local.host !== 'string' || local.host === '')
    out.add(
      `${at}.internalParameters.${INTERNAL_KEY}.local`,
      'required object {host, git?} [layout]',
    );
  const builder = isObject(run.builder) ? run.builder : {};
  if (builder.id !== LOCAL_BUILDER_ID)
    out.add(
      'predicate.runDetails.builder.id',
      `must be ${LOCAL_BUILDER_ID} for a local run [layout]`,
    );
}

/** GitHub's workflow buildType fields, which ours keeps unchanged [gh] [layout]. */
function checkWorkflowBuildType(def: Json, run: Json, out: Collector): void {
  const ext = isObject(def.externalParameters) ? def.externalParameters : {};
  const workflow = isObject(ext.workflow) ? ext.workflow : undefined;
  if (!workflow) {
    out.add(
      'predicate.buildDefinition.externalParameters.workflow',
      'required object {ref, repository, path} [gh]',
    );
  } else {
    checkWorkflow(workflow, out);
    checkSourceDependency(def, workflow, out);
  }
  const internal = isObject(def.internalParameters) ? def.internalParameters : {};
  if (internal.github !== undefined) {
    const at = 'predicate.buildDefinition.internalParameters.github';
    if (!isObject(internal.github)) out.add(at, 'must be an object [gh]');
    else checkStringMap(internal.github, at, '[gh]', out);
  }
  const gitlab = internal.gitlab !== undefined;
  if (gitlab && !isObject(internal.gitlab))
    out.add('predicate.buildDefinition.internalParameters.gitlab', 'must be an object [layout]');
  if (workflow && typeof workflow.repository === 'string') {
    const prefix = `${workflow.repository}${gitlab ? '/-/jobs/' : '/actions/runs/'}`;
    const id = (isObject(run.metadata) ? run.metadata : {}).invocationId;
    const shape = gitlab ? /\/-\/jobs\/\d+$/ : /\/actions\/runs\/\d+\/attempts\/\d+$/;
    if (typeof id !== 'string' || !id.startsWith(prefix) || !shape.test(id)) {
      out.add(
        'predicate.runDetails.metadata.invocationId',
        gitlab
          ? `must be ${prefix}<job_id> [layout]`
          : `must be ${prefix}<run_id>/attempts/<run_attempt> [gh]`,
      );
    }
  }
}

function checkWorkflow(workflow: Json, out: Collector): void {
  const at = 'predicate.buildDefinition.externalParameters.workflow';
  for (const k of ['ref', 'repository', 'path'] as const) {
    if (typeof workflow[k] !== 'string' || workflow[k] === '') {
      out.add(`${at}.${k}`, 'required non-empty string [gh]');
    }
  }
  if (typeof workflow.ref === 'string' && !workflow.ref.startsWith('refs/')) {
    out.add(`${at}.ref`, `"${workflow.ref}" is not a git ref (refs/…) [gh]`);
  }
  if (
    typeof workflow.repository === 'string' &&
    (!workflow.repository.startsWith('https://') || workflow.repository.endsWith('.git'))
  ) {
    out.add(`${at}.repository`, 'must be an https:// URI without a .git suffix [gh]');
  }
}

/** resolvedDependencies[0] is the workflow's source: git+REPOSITORY@REF, at a commit. */
function checkSourceDependency(def: Json, workflow: Json, out: Collector): void {
  if (typeof workflow.repository !== 'string' || typeof workflow.ref !== 'string') return;
  const deps = Array.isArray(def.resolvedDependencies) ? def.resolvedDependencies : [];
  const first: unknown = deps[0];
  const expected = `git+${workflow.repository}@${workflow.ref}`;
  if (!isObject(first) || first.uri !== expected) {
    out.add(
      'predicate.buildDefinition.resolvedDependencies[0].uri',
      `must be "${expected}" (git+ + workflow.repository + @ + workflow.ref) [gh]`,
    );
  }
  if (!isObject(first) || !isObject(first.digest) || typeof first.digest.gitCommit !== 'string') {
    out.add(
      'predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit',
      'the source commit is required [gh] [layout]',
    );
  }
}
