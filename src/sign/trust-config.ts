// A Sigstore ClientTrustConfig (protobuf-specs dev.sigstore.trustroot.v1): one file naming a
// private instance's trusted root and where to sign (SigningConfig v0.2), as sigstore-python 4
// (`--trust-config`), cosign and model_signing read it. The one reader: the CLI resolves the
// path, the engine gets the endpoints and the root.
import { readInputJson } from '../input-file.js';
import { ProvenanceError } from '../errors.js';
import { isObject } from '../json.js';
import {
  CLIENT_TRUST_CONFIG_MEDIA_TYPE,
  trustedRootFromJSON,
  type LoadedTrustedRoot,
} from '../verify/trust-root.js';
import { checkUrl, type SigstoreEndpoints } from './instances.js';

export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const MAX_BYTES = 5 * 1024 * 1024;
/** Public-good names its TSA by the full endpoint; the signer appends this path itself. */
const TSA_PATH = /\/api\/v1\/timestamp\/?$/;

export interface TrustConfig {
  path: string;
  /** The flag that named the file, for errors. */
  input: string;
  trustedRoot: LoadedTrustedRoot;
  services: { ca: Service[]; rekor: Service[]; tsa: Service[] };
}

interface Service {
  url: string;
  majorApiVersion: number;
  start: number;
  end?: number;
}

/** Read and check a ClientTrustConfig; `input` is the flag that named it. */
export async function readTrustConfig(path: string, input = 'trust-config'): Promise<TrustConfig> {
  const bad = badField(path, input);
  const doc = await readInputJson(path, {
    input,
    what: 'trust config',
    fix: 'pass the path of a ClientTrustConfig JSON file',
    maxBytes: MAX_BYTES,
  });
  if (!isObject(doc)) throw bad('the file', 'is not a JSON object');
  if (doc.mediaType !== CLIENT_TRUST_CONFIG_MEDIA_TYPE)
    throw bad(
      'mediaType',
      `is ${JSON.stringify(doc.mediaType)}, not ${CLIENT_TRUST_CONFIG_MEDIA_TYPE}`,
    );
  if (!isObject(doc.trustedRoot)) throw bad('trustedRoot', 'is missing');
  const sc = doc.signingConfig;
  if (!isObject(sc)) throw bad('signingConfig', 'is missing');
  if (sc.mediaType !== SIGNING_CONFIG_MEDIA_TYPE)
    throw bad(
      'signingConfig.mediaType',
      `is ${JSON.stringify(sc.mediaType)}, not ${SIGNING_CONFIG_MEDIA_TYPE}`,
    );
  const list = (field: string) => services(sc[field], `signingConfig.${field}`, bad);
  const ca = list('caUrls');
  if (ca.length === 0) throw bad('signingConfig.caUrls', 'names no Fulcio');
  return {
    path,
    input,
    trustedRoot: rootOf(doc.trustedRoot, path, input),
    services: { ca, rekor: list('rekorTlogUrls'), tsa: list('tsaUrls') },
  };
}

/** Where to sign now: the Fulcio, Rekor (v1 API) and TSA valid at `now`, the newest first. */
export function signingEndpoints(tc: TrustConfig, now = new Date()): SigstoreEndpoints {
  const bad = badField(tc.path, tc.input);
  const ca = current(tc.services.ca, now);
  if (!ca) throw bad('signingConfig.caUrls', `names no Fulcio valid at ${now.toISOString()}`);
  const rekor = current(tc.services.rekor, now, 1);
  const tsa = current(tc.services.tsa, now);
  if (!rekor && !tsa)
    throw bad(
      'signingConfig',
      `names no Rekor (v1 API) nor TSA valid at ${now.toISOString()}: a signature needs a trusted time`,
    );
  const url = (field: string, s: Service | undefined) => {
    try {
      return s && checkUrl(field, s.url);
    } catch (e) {
      // checkUrl's message quotes the URL with its credentials as ***.
      throw bad(`signingConfig.${field}`, (e as Error).message);
    }
  };
  return {
    instance: 'custom',
    fulcioUrl: url('caUrls', ca)!,
    rekorUrl: url('rekorTlogUrls', rekor),
    tsaUrl: url('tsaUrls', tsa)?.replace(TSA_PATH, ''),
  };
}

function badField(path: string, input: string) {
  return (field: string, why: string) =>
    new ProvenanceError('INPUT_INVALID', `trust config ${path}: ${field} ${why}`, {
      input,
      value: path,
      fix: `pass a Sigstore ClientTrustConfig (${CLIENT_TRUST_CONFIG_MEDIA_TYPE}) with its trustedRoot and signingConfig`,
    });
}

function rootOf(json: unknown, path: string, input: string): LoadedTrustedRoot {
  try {
    return trustedRootFromJSON(json, 'trust-config', `${path} (trustedRoot)`);
  } catch (e) {
    throw new ProvenanceError('INPUT_INVALID', (e as Error).message, {
      input,
      value: path,
      fix: 'its trustedRoot must be a Sigstore trusted_root.json object',
      cause: e,
    });
  }
}

function services(
  raw: unknown,
  field: string,
  bad: (field: string, why: string) => ProvenanceError,
): Service[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw bad(field, 'is not a list');
  return raw.map((s: unknown, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(s) || typeof s.url !== 'string' || s.url === '')
      throw bad(`${at}.url`, 'is missing');
    const validFor = s.validFor;
    if (!isObject(validFor)) throw bad(`${at}.validFor`, 'is missing');
    const start = Date.parse(String(validFor.start));
    if (Number.isNaN(start)) throw bad(`${at}.validFor.start`, 'is not a timestamp');
    const end = validFor.end === undefined ? undefined : Date.parse(String(validFor.end));
    if (end !== undefined && Number.isNaN(end))
      throw bad(`${at}.validFor.end`, 'is not a timestamp');
    const version = s.majorApiVersion ?? 1;
    if (typeof version !== 'number') throw bad(`${at}.majorApiVersion`, 'is not a number');
    return { url: s.url, majorApiVersion: version, start, end };
  });
}

/** The service valid now (start ≤ now < end), the newest start first, of the API version given. */
function current(list: Service[], now: Date, version?: number): Service | undefined {
  const t = now.getTime();
  return list
    .filter((s) => s.start <= t && (s.end === undefined || t < s.end))
    .filter((s) => version === undefined || s.majorApiVersion === version)
    .sort((a, b) => b.start - a.start)[0];
}

/**
 * A trust-config given with `other`, another input that names the instance: refused. `dash` is
 * how the entry point spells an input: '--' on the command line, '' in the action.
 */
export function refuseTwoInstances(file: string, other: string | undefined, dash: '' | '--'): void {
  if (!file || !other) return;
  throw new ProvenanceError(
    'INPUT_INVALID',
    `${dash}trust-config and ${dash}${other} both name the instance`,
    {
      input: 'trust-config',
      value: file,
      fix: `give one: ${dash}trust-config names it all, or drop it for ${dash}${other}`,
    },
  );
}

/** The instance fields the engine takes (attest, sign-model). */
export interface SigningFlags {
  sigstore: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
}

/**
 * The instance the engine signs on: a named one (`sigstore`), or the custom one a ClientTrustConfig
 * file (absolute) names. The CLI and the action read their trust-config and sigstore into it.
 */
export async function signingInstance(file: string, sigstore: string): Promise<SigningFlags> {
  if (!file) return { sigstore: sigstore || 'auto', fulcioUrl: '', rekorUrl: '', tsaUrl: '' };
  const e = signingEndpoints(await readTrustConfig(file));
  return {
    sigstore: 'custom',
    fulcioUrl: e.fulcioUrl,
    rekorUrl: e.rekorUrl ?? '',
    tsaUrl: e.tsaUrl ?? '',
  };
}
