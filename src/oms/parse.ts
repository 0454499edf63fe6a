// Reads the statement inside an OMS signature, whichever model_signing wrote it: v0.3.1 and
// v1.0.0 write the same layout, v1.1.0 adds `serialization.ignore_paths` (and orders keys
// differently, which JSON readers do not see). Files and shards (byte ranges, `path:start:end`)
// serializations are read, and model_signing 0.2's `Digests/v0.1` (a subject a file); anything
// this tool cannot re-check exactly is refused with a reason: other hash types, 0.2's other predicates.
import { ProvenanceError } from '../errors.js';
import { compareOmsPaths, compareSpecPaths, rootOfDigests } from '../hash/index.js';
import {
  OMS_HASH_TYPES,
  OMS_PREDICATE_TYPE,
  OMS_PREDICATE_TYPE_V02,
  OMS_STATEMENT_TYPE,
  type OmsHashType,
} from './layout.js';
import { isObject, preview } from '../json.js';

export interface SignedResource {
  name: string;
  algorithm: string;
  digest: string;
}

export type ResourceOrder = 'specification' | 'PurePosixPath' | 'unsorted';

export interface ParsedOmsStatement {
  /** The subject's name: the model directory's base name when signed (informative only). */
  name: string;
  /** The subject's sha256: the root digest the signer computed. */
  root: string;
  method: 'files' | 'shards';
  /** Shards: the byte length of every shard but a file's last. */
  shardSize?: number;
  hashType: OmsHashType;
  allowSymlinks: boolean;
  /** `serialization.ignore_paths` as recorded; undefined when absent (model_signing < 1.1). */
  ignorePaths?: string[];
  resources: SignedResource[];
  /**
   * How the resources are listed: the specification's code-point order, model_signing's
   * PurePosixPath order (where the two differ), or neither. Informative: verification hashes in
   * the listed order, as model_signing does.
   */
  order: ResourceOrder;
  /** v1.0, or model_signing 0.2's legacy predicate (no root signed: `root` is computed). */
  predicateType: typeof OMS_PREDICATE_TYPE | typeof OMS_PREDICATE_TYPE_V02;
}

const HEX64 = /^[0-9a-f]{64}$/;

const isHashType = (v: unknown): v is OmsHashType =>
  typeof v === 'string' && Object.hasOwn(OMS_HASH_TYPES, v);

function invalid(message: string, fix?: string): ProvenanceError {
  return new ProvenanceError('BUNDLE_INVALID', message, {
    input: 'model-signature',
    fix: fix ?? 'pass a model.sig written by model_signing ≥ 0.3 or by this tool',
  });
}

function unsupported(message: string, fix: string): ProvenanceError {
  return new ProvenanceError('NOT_SUPPORTED', message, { input: 'model-signature', fix });
}

/** Parse and check an OMS statement (the DSSE payload). Throws ProvenanceError with the reason. */
export function parseOmsStatement(payload: string | Uint8Array): ParsedOmsStatement {
  const s = parseStatementJson(payload);
  if (s.predicateType === OMS_PREDICATE_TYPE_V02) return parseLegacy(s.subject);
  const { name, root } = readSubject(s.subject);
  const predicate = s.predicate;
  if (!isObject(predicate) || !isObject(predicate.serialization)) {
    throw invalid('the predicate has no `serialization` section');
  }
  const { allowSymlinks, hashType, ignorePaths, method, shardSize } = readSerialization(
    predicate.serialization,
  );
  const resources = readResources(predicate.resources, hashType);
  // model_signing's own consistency check: the subject is the hash of the listed digests.
  const listed = rootOfDigests(resources.map((r) => r.digest));
  if (listed !== root) {
    throw invalid(
      `the statement is inconsistent: its resources hash to ${listed}, its subject says ${root}`,
    );
  }
  return {
    name,
    root,
    method,
    ...(shardSize !== undefined ? { shardSize } : {}),
    hashType,
    allowSymlinks,
    ignorePaths,
    resources,
    order: orderOf(resources.map((r) => r.name)),
    predicateType: OMS_PREDICATE_TYPE,
  };
}

/**
 * model_signing 0.2's `Digests/v0.1`: every file a subject `{name, digest: {sha256}}`, no
 * predicate, no root. The names and digests are all signed, so the root over them in the listed
 * order stands in for one; nothing was recorded of ignore paths or links.
 */
function parseLegacy(subjects: unknown): ParsedOmsStatement {
  if (!Array.isArray(subjects)) throw invalid('the statement has no subjects');
  const resources = readResources(
    subjects.map((x: unknown) =>
      isObject(x) && isObject(x.digest)
        ? { name: x.name, algorithm: 'sha256', digest: x.digest.sha256 }
        : x,
    ),
    'sha256',
  );
  return {
    name: '',
    root: rootOfDigests(resources.map((r) => r.digest)),
    method: 'files',
    hashType: 'sha256',
    allowSymlinks: false,
    resources,
    order: orderOf(resources.map((r) => r.name)),
    predicateType: OMS_PREDICATE_TYPE_V02,
  };
}

function orderOf(names: readonly string[]): ResourceOrder {
  const sorted = (cmp: (a: string, b: string) => number) =>
    names.every((n, i) => i === 0 || cmp(names[i - 1]!, n) < 0);
  if (sorted(compareSpecPaths)) return 'specification';
  return sorted(compareOmsPaths) ? 'PurePosixPath' : 'unsorted';
}

/** The payload as JSON, with the OMS statement and predicate types. */
function parseStatementJson(payload: string | Uint8Array): Record<string, unknown> {
  const text = typeof payload === 'string' ? payload : Buffer.from(payload).toString('utf8');
  let s: unknown;
  try {
    s = JSON.parse(text);
  } catch (e) {
    throw invalid(`the signed payload is not JSON: ${(e as Error).message}`);
  }
  if (!isObject(s)) throw invalid('the signed payload is not a JSON object');
  if (s._type !== OMS_STATEMENT_TYPE) {
    throw invalid(`the statement type is '${preview(s._type)}', not ${OMS_STATEMENT_TYPE}`);
  }
  if (s.predicateType === OMS_PREDICATE_TYPE_V02) return s;
  if (
    typeof s.predicateType === 'string' &&
    s.predicateType !== OMS_PREDICATE_TYPE &&
    s.predicateType.startsWith('https://model_signing/')
  ) {
    throw unsupported(
      `the model_signing predicate '${s.predicateType}' is not supported: of model_signing 0.2's experimental formats only ${OMS_PREDICATE_TYPE_V02} (one subject a file) is read`,
      'sign the model again with model_signing ≥ 1.0 or with this tool',
    );
  }
  if (s.predicateType !== OMS_PREDICATE_TYPE) {
    throw invalid(
      `the predicate type is '${preview(s.predicateType)}', not an OMS model signature (${OMS_PREDICATE_TYPE})`,
      'this is not a model_signing signature; verify provenance bundles with `verify --bundle`',
    );
  }
  return s;
}

function readSubject(subjects: unknown): { name: string; root: string } {
  if (!Array.isArray(subjects) || subjects.length !== 1) {
    throw invalid(
      `an OMS statement has exactly one subject; this one has ${Array.isArray(subjects) ? subjects.length : 'none'}`,
    );
  }
  const subject: unknown = subjects[0];
  const root = isObject(subject) && isObject(subject.digest) ? subject.digest.sha256 : undefined;
  if (
    !isObject(subject) ||
    typeof subject.name !== 'string' ||
    typeof root !== 'string' ||
    !HEX64.test(root)
  ) {
    throw invalid('the subject has no name or no lower-case hex sha256 root digest');
  }
  return { name: subject.name, root };
}

function readSerialization(ser: Record<string, unknown>): {
  allowSymlinks: boolean;
  hashType: OmsHashType;
  ignorePaths?: string[];
  method: 'files' | 'shards';
  shardSize?: number;
} {
  if (ser.method !== 'files' && ser.method !== 'shards') {
    throw unsupported(
      `OMS serialization method '${preview(ser.method)}' is not supported (files or shards)`,
      'verify this signature with model_signing',
    );
  }
  const method: 'files' | 'shards' = ser.method;
  const shardSize = method === 'shards' ? ser.shard_size : undefined;
  if (method === 'shards' && !(Number.isSafeInteger(shardSize) && (shardSize as number) > 0))
    throw invalid('`serialization.shard_size` is not a positive whole number of bytes');
  const hashType = ser.hash_type;
  if (!isHashType(hashType)) {
    throw unsupported(
      `OMS hash type '${preview(hashType)}' is not supported (${Object.keys(OMS_HASH_TYPES).join(' or ')})`,
      'sign the model with the sha256 hash type, or verify it with model_signing',
    );
  }
  const allowSymlinks = ser.allow_symlinks === true || ser.allow_symlinks === 'true';
  const common = {
    allowSymlinks,
    hashType,
    method,
    ...(method === 'shards' ? { shardSize: shardSize as number } : {}),
  };
  if (ser.ignore_paths === undefined) return common;
  if (!Array.isArray(ser.ignore_paths) || !ser.ignore_paths.every((p) => typeof p === 'string')) {
    throw invalid('`serialization.ignore_paths` is not a list of paths');
  }
  return { ...common, ignorePaths: [...(ser.ignore_paths as string[])] };
}

function readResources(list: unknown, hashType: OmsHashType): SignedResource[] {
  const hexLength = OMS_HASH_TYPES[hashType].hexLength;
  if (!Array.isArray(list) || list.length === 0) {
    throw invalid('the predicate lists no resources');
  }
  const resources: SignedResource[] = [];
  const seen = new Set<string>();
  for (const [i, r] of list.entries()) {
    if (
      !isObject(r) ||
      typeof r.name !== 'string' ||
      r.name === '' ||
      typeof r.algorithm !== 'string' ||
      typeof r.digest !== 'string'
    ) {
      throw invalid(`resource #${i + 1} lacks a name, an algorithm or a digest`);
    }
    if (r.algorithm !== hashType) {
      throw unsupported(
        `resource '${r.name}' uses algorithm '${r.algorithm}', not the signature's hash type ${hashType}`,
        'verify this signature with model_signing',
      );
    }
    if (r.digest.length !== hexLength || !/^[0-9a-f]*$/.test(r.digest))
      throw invalid(`resource '${r.name}' has no lower-case hex ${hashType} digest`);
    if (seen.has(r.name)) throw invalid(`resource '${r.name}' is listed twice`);
    seen.add(r.name);
    resources.push({ name: r.name, algorithm: r.algorithm, digest: r.digest });
  }
  return resources;
}
