// The in-toto layer's checks (JSON values, field sets, digests, resource descriptors, URIs,
// timestamps), shared by the Statement and SLSA checks. Each rule cites where it comes from
// (the sources are listed in validate.ts):
import { isObject } from '../json.js';

export type Json = Record<string, unknown>;

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

export function checkTimestamp(v: unknown): string | undefined {
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

export class Collector {
  readonly problems: string[] = [];
  add(path: string, problem: string): void {
    this.problems.push(`${path}: ${problem}`);
  }
}

/** Only JSON can be signed as JSON: no undefined in arrays, no NaN/Infinity, no functions. */
export function checkJsonValue(v: unknown, path: string, out: Collector): void {
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
export function checkFields(o: Json, known: readonly string[], path: string, out: Collector): void {
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

export function checkDigestSet(v: unknown, path: string, out: Collector): void {
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

export function checkResourceDescriptor(v: unknown, path: string, out: Collector): void {
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

export function checkDescriptorList(v: unknown, path: string, out: Collector): void {
  if (v === undefined || v === null) return;
  if (!Array.isArray(v)) {
    out.add(path, 'must be an array of ResourceDescriptors [slsa]');
    return;
  }
  v.forEach((rd, i) => checkResourceDescriptor(rd, `${path}[${i}]`, out));
}

export function checkTypeUri(v: unknown, path: string, out: Collector, source: string): void {
  if (typeof v !== 'string' || v === '') {
    out.add(path, `required TypeURI string ${source}`);
    return;
  }
  const problem = checkUri(v);
  if (problem) out.add(path, `TypeURI "${v}" ${problem} [fields]`);
}

/** Plain means Object.prototype of any realm (its own prototype is null), or no prototype. */
export function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
