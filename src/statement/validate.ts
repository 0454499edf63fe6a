// Checks a Statement against the rules of the specifications it claims to follow, before
// it is signed: a signed statement that breaks them cannot be withdrawn. Each rule cites
// where it comes from:
//   [statement]  in-toto/attestation spec/v1/statement.md
//   [rd]         in-toto/attestation spec/v1/resource_descriptor.md
//   [digest]     in-toto/attestation spec/v1/digest_set.md
//   [fields]     in-toto/attestation spec/v1/field_types.md (TypeURI, ResourceURI, Timestamp)
//   [parsing]    in-toto/attestation spec/v1/README.md "Parsing rules" (extension fields)
//   [proto]      in-toto/attestation protos/in_toto_attestation/v1/*.proto and
//                slsa-framework/slsa spec/schema/provenance.proto (the fields each message has)
//   [slsa]       slsa-framework/slsa docs/spec/v1.0/provenance.md (REQUIRED fields, types)
//   [cue]        slsa-framework/slsa spec/schema/provenance.cue (#Timestamp without fractions)
//   [gh]         actions/buildtypes workflow/v1/README.md (GitHub's workflow buildType)
//   [layout]     our own layout (LAYOUT.md, docs/buildtype.md)
import {
  BUILD_TYPE,
  GITHUB_WORKFLOW_BUILD_TYPES,
  SLSA_PROVENANCE_V1,
  TRAINING_PREDICATE_TYPE,
  STATEMENT_TYPE,
} from './layout.js';
import { isObject } from '../json.js';

type Json = Record<string, unknown>;

/**
 * Hex length of each algorithm whose encoding digest_set.md fixes, by output size.
 * git object ids are SHA-1 or SHA-256 [digest]; dirHash is a sha256 [digest].
 */
const HEX_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  md5: [32],
  sha1: [40],
  ripemd160: [40],
  sha224: [56],
  sha512_224: [56],
  sha3_224: [56],
  sha256: [64],
  sha512_256: [64],
  sha3_256: [64],
  sm3: [64],
  dirHash: [64],
  sha384: [96],
  sha3_384: [96],
  sha512: [128],
  sha3_512: [128],
  gitCommit: [40, 64],
  gitTree: [40, 64],
  gitBlob: [40, 64],
  gitTag: [40, 64],
};
/** Variable-length algorithms of digest_set.md: lower-case hex, any whole number of bytes. */
const VARIABLE_HEX = new Set(['shake128', 'shake256', 'blake2b', 'blake2s', 'gost']);

const RD_FIELDS = [
  'name',
  'uri',
  'digest',
  'content',
  'downloadLocation',
  'mediaType',
  'annotations',
];
const STATEMENT_FIELDS = ['_type', 'subject', 'predicateType', 'predicate'];
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

/**
 * Violations of the URI rules for a TypeURI or ResourceURI [fields]: an RFC 3986 URI
 * (scheme ":" ...), scheme and authority in lower case. Undefined when the URI is fine.
 * Exported so that collectors can refuse a user's URI with a clear input error before a
 * statement is ever built.
 */
export function checkUri(uri: string): string | undefined {
  if (uri === '') return 'is empty';
  if (/[\s"<>\\^`{|}]/.test(uri))
    return 'contains characters a URI cannot hold (space, quote, <, >, \\, ^, `, {, |, })';
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(?:\/\/([^/?#]*))?/.exec(uri);
  if (!m) return 'is not a URI (no scheme)';
  const scheme = m[1] ?? '';
  if (scheme !== scheme.toLowerCase()) return `has an upper-case scheme "${scheme}"`;
  const authority = m[2];
  // Userinfo is case-sensitive; only the host part is normalised (RFC 3986 §6.2.2.1).
  const host = authority?.slice(authority.lastIndexOf('@') + 1);
  if (host !== undefined && host !== host.toLowerCase())
    return `has an upper-case authority "${host}"`;
  return undefined;
}

/** Whole seconds, UTC, `Z` [cue] [fields]; and a date that exists. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

function checkTimestamp(v: unknown): string | undefined {
  if (typeof v !== 'string') return 'must be a string (RFC 3339 timestamp) [fields]';
  if (!TIMESTAMP.test(v)) {
    return `"${v}" is not an RFC 3339 UTC timestamp of the form YYYY-MM-DDThh:mm:ssZ [cue]`;
  }
  const d = new Date(v);
  if (Number.isNaN(d.getTime()) || d.toISOString().replace('.000Z', 'Z') !== v) {
    return `"${v}" is not a real point in time [fields]`;
  }
  return undefined;
}

class Collector {
  readonly problems: string[] = [];
  add(path: string, problem: string): void {
    this.problems.push(`${path}: ${problem}`);
  }
}

/** Only JSON can be signed as JSON: no undefined in arrays, no NaN/Infinity, no functions. */
function checkJsonValue(v: unknown, path: string, out: Collector): void {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(v)) out.add(path, `${v} is not a JSON number`);
      return;
    case 'object':
      if (v === null) return;
      if (Array.isArray(v)) {
        v.forEach((item, i) => {
          if (item === undefined) out.add(`${path}[${i}]`, 'undefined is not a JSON value');
          else checkJsonValue(item, `${path}[${i}]`, out);
        });
        return;
      }
      // Judged by shape, so objects parsed in another realm (a vm context) are plain too.
      if (!isPlainObject(v)) {
        out.add(path, `a ${v.constructor?.name ?? 'non-plain'} object is not plain JSON`);
        return;
      }
      for (const [k, item] of Object.entries(v)) {
        if (item !== undefined) checkJsonValue(item, `${path}.${k}`, out);
      }
      return;
    default:
      out.add(path, `a ${typeof v} is not a JSON value`);
  }
}

/**
 * Fields a message does not define must be extension fields [parsing]; SLSA names those
 * `<vendor>_<field>` and notes that standard field names never contain `_` [slsa]. A
 * field without one is a misspelling, not an extension.
 */
function checkFields(o: Json, known: readonly string[], path: string, out: Collector): void {
  for (const k of Object.keys(o)) {
    if (o[k] === undefined || known.includes(k)) continue;
    if (!/^[A-Za-z0-9]+_[A-Za-z0-9_]+$/.test(k)) {
      out.add(
        `${path}.${k}`,
        `unknown field; the message defines ${known.join(', ')} and extension fields are named <vendor>_<field> [proto] [slsa]`,
      );
    }
  }
}

function checkDigestSet(v: unknown, path: string, out: Collector): void {
  if (!isObject(v)) {
    out.add(path, 'must be an object mapping algorithm to digest [digest]');
    return;
  }
  for (const [alg, value] of Object.entries(v)) {
    const at = `${path}.${alg}`;
    if (typeof value !== 'string') {
      out.add(at, 'must be a string [proto] (map<string, string>)');
      continue;
    }
    const lengths = HEX_LENGTHS[alg];
    if (lengths || VARIABLE_HEX.has(alg)) {
      if (!/^[0-9a-fA-F]*$/.test(value) || value === '') {
        out.add(at, `"${value}" is not hex [digest]`);
      } else if (value !== value.toLowerCase()) {
        out.add(at, 'upper-case hex; digest_set.md requires lower-case hex [digest]');
      } else if (lengths && !lengths.includes(value.length)) {
        out.add(at, `${value.length} hex characters, ${alg} has ${lengths.join(' or ')} [digest]`);
      } else if (!lengths && value.length % 2 !== 0) {
        out.add(at, 'an odd number of hex characters is not whole bytes [digest]');
      }
    } else if (value === '') {
      out.add(at, 'empty digest [digest]');
    }
  }
}

function checkResourceDescriptor(v: unknown, path: string, out: Collector): void {
  if (!isObject(v)) {
    out.add(path, 'must be a ResourceDescriptor object [rd]');
    return;
  }
  checkFields(v, RD_FIELDS, path, out);
  const hasDigest = isObject(v.digest) && Object.keys(v.digest).length > 0;
  const has = (k: string): boolean => v[k] !== undefined && v[k] !== null && v[k] !== '';
  if (!has('uri') && !hasDigest && !has('content')) {
    out.add(path, 'a ResourceDescriptor MUST specify one of uri, digest or content [rd]');
  }
  for (const k of ['name', 'mediaType'] as const) {
    if (v[k] !== undefined && typeof v[k] !== 'string')
      out.add(`${path}.${k}`, 'must be a string [rd]');
  }
  for (const k of ['uri', 'downloadLocation'] as const) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== 'string') {
      out.add(`${path}.${k}`, 'must be a string (ResourceURI) [rd]');
      continue;
    }
    const problem = checkUri(v[k]);
    if (problem) out.add(`${path}.${k}`, `ResourceURI "${v[k]}" ${problem} [fields]`);
  }
  if (v.digest !== undefined) checkDigestSet(v.digest, `${path}.digest`, out);
  if (v.content !== undefined) {
    if (
      typeof v.content !== 'string' ||
      !/^[A-Za-z0-9+/]*={0,2}$/.test(v.content) ||
      v.content.length % 4 !== 0
    ) {
      out.add(`${path}.content`, 'bytes are written as base64 in JSON [rd] [proto]');
    }
  }
  if (v.annotations !== undefined && !isObject(v.annotations)) {
    out.add(`${path}.annotations`, 'must be an object (map<string, value>) [rd]');
  }
}

function checkDescriptorList(v: unknown, path: string, out: Collector): void {
  if (v === undefined || v === null) return;
  if (!Array.isArray(v)) {
    out.add(path, 'must be an array of ResourceDescriptors [slsa]');
    return;
  }
  v.forEach((rd, i) => checkResourceDescriptor(rd, `${path}[${i}]`, out));
}

function checkTypeUri(v: unknown, path: string, out: Collector, source: string): void {
  if (typeof v !== 'string' || v === '') {
    out.add(path, `required TypeURI string ${source}`);
    return;
  }
  const problem = checkUri(v);
  if (problem) out.add(path, `TypeURI "${v}" ${problem} [fields]`);
}

function checkSubjects(v: unknown, out: Collector): void {
  if (!Array.isArray(v) || v.length === 0) {
    out.add('subject', 'must be a non-empty array [statement]');
    return;
  }
  const names = new Set<string>();
  v.forEach((s, i) => {
    const path = `subject[${i}]`;
    checkResourceDescriptor(s, path, out);
    if (!isObject(s)) return;
    if (!isObject(s.digest) || Object.keys(s.digest).length === 0) {
      out.add(`${path}.digest`, 'each subject MUST have digest set [statement]');
    }
    if (typeof s.name === 'string') {
      if (names.has(s.name))
        out.add(
          `${path}.name`,
          `"${s.name}" repeats; names SHOULD be unique within subject [statement]`,
        );
      names.add(s.name);
    }
  });
}

/** GitHub's workflow buildType fields, which ours keeps unchanged [gh] [layout]. */
function checkWorkflowBuildType(def: Json, run: Json, out: Collector): void {
  const ext = isObject(def.externalParameters) ? def.externalParameters : {};
  const workflow = ext.workflow;
  if (!isObject(workflow)) {
    out.add(
      'predicate.buildDefinition.externalParameters.workflow',
      'required object {ref, repository, path} [gh]',
    );
  } else {
    for (const k of ['ref', 'repository', 'path'] as const) {
      if (typeof workflow[k] !== 'string' || workflow[k] === '') {
        out.add(
          `predicate.buildDefinition.externalParameters.workflow.${k}`,
          'required non-empty string [gh]',
        );
      }
    }
    if (typeof workflow.ref === 'string' && !workflow.ref.startsWith('refs/')) {
      out.add(
        'predicate.buildDefinition.externalParameters.workflow.ref',
        `"${workflow.ref}" is not a git ref (refs/…) [gh]`,
      );
    }
    if (
      typeof workflow.repository === 'string' &&
      (!workflow.repository.startsWith('https://') || workflow.repository.endsWith('.git'))
    ) {
      out.add(
        'predicate.buildDefinition.externalParameters.workflow.repository',
        'must be an https:// URI without a .git suffix [gh]',
      );
    }
  }
  const deps = Array.isArray(def.resolvedDependencies) ? def.resolvedDependencies : [];
  const first = deps[0];
  if (
    isObject(workflow) &&
    typeof workflow.repository === 'string' &&
    typeof workflow.ref === 'string'
  ) {
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
  const internal = isObject(def.internalParameters) ? def.internalParameters : {};
  if (internal.github !== undefined) {
    if (!isObject(internal.github)) {
      out.add('predicate.buildDefinition.internalParameters.github', 'must be an object [gh]');
    } else {
      for (const [k, value] of Object.entries(internal.github)) {
        if (typeof value !== 'string')
          out.add(
            `predicate.buildDefinition.internalParameters.github.${k}`,
            'must be a string [gh]',
          );
      }
    }
  }
  const metadata = isObject(run.metadata) ? run.metadata : {};
  if (isObject(workflow) && typeof workflow.repository === 'string') {
    const prefix = `${workflow.repository}/actions/runs/`;
    const id = metadata.invocationId;
    if (
      typeof id !== 'string' ||
      !id.startsWith(prefix) ||
      !/\/actions\/runs\/\d+\/attempts\/\d+$/.test(id)
    ) {
      out.add(
        'predicate.runDetails.metadata.invocationId',
        `must be ${prefix}<run_id>/attempts/<run_attempt> [gh]`,
      );
    }
  }
}

function checkProvenance(predicate: Json, out: Collector): void {
  checkFields(predicate, PROVENANCE_FIELDS, 'predicate', out);
  const def = predicate.buildDefinition;
  const run = predicate.runDetails;
  if (!isObject(def)) {
    out.add('predicate.buildDefinition', 'required object [slsa]');
  } else {
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
  if (!isObject(run)) {
    out.add('predicate.runDetails', 'required object [slsa]');
  } else {
    const at = 'predicate.runDetails';
    checkFields(run, RUN_DETAILS_FIELDS, at, out);
    const builder = run.builder;
    if (!isObject(builder)) {
      out.add(`${at}.builder`, 'required object [slsa]');
    } else {
      checkFields(builder, BUILDER_FIELDS, `${at}.builder`, out);
      checkTypeUri(builder.id, `${at}.builder.id`, out, '[slsa]');
      if (builder.version !== undefined) {
        if (!isObject(builder.version))
          out.add(`${at}.builder.version`, 'must be a map string→string [slsa]');
        else {
          for (const [k, value] of Object.entries(builder.version)) {
            if (typeof value !== 'string')
              out.add(`${at}.builder.version.${k}`, 'must be a string [slsa]');
          }
        }
      }
      checkDescriptorList(builder.builderDependencies, `${at}.builder.builderDependencies`, out);
    }
    if (run.metadata !== undefined) {
      const metadata = run.metadata;
      if (!isObject(metadata)) out.add(`${at}.metadata`, 'must be an object [slsa]');
      else {
        checkFields(metadata, METADATA_FIELDS, `${at}.metadata`, out);
        if (metadata.invocationId !== undefined && typeof metadata.invocationId !== 'string') {
          out.add(`${at}.metadata.invocationId`, 'must be a string [slsa]');
        }
        for (const k of ['startedOn', 'finishedOn'] as const) {
          if (metadata[k] === undefined) continue;
          const problem = checkTimestamp(metadata[k]);
          if (problem) out.add(`${at}.metadata.${k}`, problem);
        }
      }
    }
    checkDescriptorList(run.byproducts, `${at}.byproducts`, out);
  }
  if (isObject(def) && isObject(run)) {
    const buildType = def.buildType;
    if (buildType === BUILD_TYPE || GITHUB_WORKFLOW_BUILD_TYPES.includes(String(buildType))) {
      checkWorkflowBuildType(def, run, out);
    }
  }
}

/**
 * Every rule the statement breaks, each as `path: problem [source]`; empty when it is
 * valid. Checks the in-toto Statement v1 layer always, and the SLSA Provenance v1
 * predicate (plus GitHub's workflow buildType fields) when the predicateType says so.
 */
export function validateStatement(s: unknown): string[] {
  const out = new Collector();
  checkJsonValue(s, '$', out);
  if (!isObject(s)) {
    out.add('$', 'a Statement is a JSON object [statement]');
    return out.problems;
  }
  checkFields(s, STATEMENT_FIELDS, '$', out);
  if (s._type !== STATEMENT_TYPE) {
    out.add('_type', `must be "${STATEMENT_TYPE}", is ${JSON.stringify(s._type)} [statement]`);
  }
  checkSubjects(s.subject, out);
  checkTypeUri(s.predicateType, 'predicateType', out, '[statement]');
  if (s.predicate !== undefined && !isObject(s.predicate)) {
    out.add('predicate', 'must be an object [statement] [proto]');
  }
  if (s.predicateType === SLSA_PROVENANCE_V1 || s.predicateType === TRAINING_PREDICATE_TYPE) {
    if (!isObject(s.predicate))
      out.add('predicate', 'a SLSA provenance predicate is required [slsa]');
    else checkProvenance(s.predicate, out);
  }
  return out.problems;
}

/** Plain means Object.prototype of any realm (its own prototype is null), or no prototype. */
function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
