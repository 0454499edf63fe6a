// Reading the fields of a Statement's JSON: each reader takes what it understands and leaves out
// what it does not, so a statement from another writer reads with fewer fields, never an error.
import type {
  AcceleratorInfo,
  DatasetCommitment,
  DatasetKind,
  DatasetRef,
  DigestSet,
  PythonPackage,
  ResourceDescriptor,
} from '../types.js';
import { isObject } from '../json.js';
import {
  ACCELERATOR_STRING_FIELDS,
  DATASET_ANNOTATION_KEYS,
  impliedDatasetPath,
  ROLE_KEY,
} from './layout.js';

const DATASET_KINDS: readonly DatasetKind[] = [
  'local-file',
  'local-directory',
  'digest-list',
  'manifest',
  'reference',
  'dvc',
];

export type Json = Record<string, unknown>;

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}

export function obj(v: unknown): Json {
  return isObject(v) ? v : {};
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * The fields whose value could be read (not undefined), in the order given: how every reader
 * leaves out what it did not understand instead of recording it as undefined.
 */
export function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

export function readDigest(v: unknown): DigestSet | undefined {
  if (!isObject(v)) return undefined;
  const out: DigestSet = {};
  for (const [alg, hex] of Object.entries(v)) if (typeof hex === 'string') out[alg] = hex;
  return out;
}

/** Keeps the ResourceDescriptor fields with the types the spec gives them; drops the rest. */
export function readDescriptor(v: unknown): ResourceDescriptor {
  const o = obj(v);
  const rd: ResourceDescriptor = defined({
    name: str(o.name),
    uri: str(o.uri),
    digest: readDigest(o.digest),
    content: str(o.content),
    downloadLocation: str(o.downloadLocation),
    mediaType: str(o.mediaType),
  });
  if (isObject(o.annotations)) rd.annotations = { ...o.annotations };
  return rd;
}

export function roleOf(rd: ResourceDescriptor): string | undefined {
  return str(rd.annotations?.[ROLE_KEY]);
}

/** The descriptor as its writer meant it, without the role marker we add. */
export function withoutRole(rd: ResourceDescriptor): ResourceDescriptor {
  if (!rd.annotations || !(ROLE_KEY in rd.annotations)) return rd;
  const rest = { ...rd.annotations };
  delete rest[ROLE_KEY];
  const out: ResourceDescriptor = { ...rd };
  if (Object.keys(rest).length > 0) out.annotations = rest;
  else delete out.annotations;
  return out;
}

export function readDataset(rd: ResourceDescriptor): DatasetRef {
  const a = rd.annotations ?? {};
  const kindValue = str(a.kind);
  const kind: DatasetKind = DATASET_KINDS.includes(kindValue as DatasetKind)
    ? (kindValue as DatasetKind)
    : 'reference';
  const digest = rd.digest ?? {};
  const hasDigest = Object.keys(digest).length > 0;
  const uri = rd.uri ?? '';
  const ds: DatasetRef = {
    name: rd.name ?? uri,
    kind,
    uri,
    digest,
    // A dataset without a digest is unpinned whatever its annotation says.
    unpinned: !hasDigest || a.unpinned === true,
    ...defined({
      path: str(a.path) ?? impliedDatasetPath(kind, uri),
      fileCount: num(a.files),
      totalBytes: num(a.bytes),
      license: str(a.license),
      licenseDeclared: str(a.license_declared),
      split: str(a.split),
      commitment: readCommitment(a.commitment),
    }),
  };
  const own: Json = {};
  for (const [k, v] of Object.entries(a)) {
    if (!(DATASET_ANNOTATION_KEYS as readonly string[]).includes(k)) own[k] = v;
  }
  if (Object.keys(own).length > 0) ds.annotations = own;
  return ds;
}

/** A commitment as recorded: scheme, 64-hex root and a leaf count; anything else reads as none. */
function readCommitment(v: unknown): DatasetCommitment | undefined {
  if (!isObject(v)) return undefined;
  const { scheme, root, leaves } = v;
  if (typeof scheme !== 'string' || typeof root !== 'string' || !/^[0-9a-f]{64}$/.test(root))
    return undefined;
  if (typeof leaves !== 'number' || !Number.isSafeInteger(leaves) || leaves < 0) return undefined;
  return { scheme, root, leaves };
}

/** The version a purl carries after its last `@` (before any qualifiers), decoded. */
export function versionFromPurl(purl: string | undefined): string | undefined {
  if (!purl) return undefined;
  const at = purl.lastIndexOf('@');
  if (at < 0) return undefined;
  const version = purl.slice(at + 1).split(/[?#]/)[0] ?? '';
  try {
    return decodeURIComponent(version);
  } catch {
    return version;
  }
}

export function readPackage(rd: ResourceDescriptor): PythonPackage {
  return {
    name: rd.name ?? '',
    version: str(rd.annotations?.version) ?? versionFromPurl(rd.uri) ?? '',
    purl: rd.uri ?? '',
  };
}

export function readAccelerator(v: unknown): AcceleratorInfo {
  const o = obj(v);
  return {
    ...stringFields(o, ACCELERATOR_STRING_FIELDS),
    ...defined({ gpus: strings(o.gpus), notes: strings(o.notes) }),
  };
}

export function stringFields<K extends string>(
  v: unknown,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const o = obj(v);
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const s = str(o[key]);
    if (s !== undefined) out[key] = s;
  }
  return out;
}

export function isEmpty(o: object): boolean {
  return Object.keys(o).length === 0;
}

/**
 * Recovers the workflow identity from the fields GitHub's buildType defines, by undoing
 * the way they are composed (see build.ts): repository = server + owner/repo, builder.id
 * = server + job_workflow_ref, invocationId = server/repo/actions/runs/ID/attempts/N.
 */
