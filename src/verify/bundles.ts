// Reading Sigstore bundles: files (.sigstore.json, .json, .jsonl with one bundle a line)
// or objects from the attestations API. Anything that is not a DSSE bundle of a known media
// type is refused with a reason, per bundle, never with a crash; a file that holds no bundle
// at all (not JSON, not an object, no media type) is the wrong file: bad input, thrown.
import { extname } from 'node:path';
import {
  assertBundleV02,
  BUNDLE_V01_MEDIA_TYPE,
  bundleFromJSON,
  type Bundle,
  type SerializedBundle,
} from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { Bundle as ProtoBundle } from '@sigstore/protobuf-specs';
import { ProvenanceError } from '../errors.js';
import { inputText, readInputBytes } from '../input-file.js';
import { OMS_PREDICATE_TYPE, OMS_PREDICATE_TYPE_V02 } from '../oms/layout.js';

export const ACCEPTED_BUNDLE_MEDIA_TYPES = [
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json',
] as const;

/** One bundle may be at most this large. */
export const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;
/** A bundle file (a .jsonl holds many) may be at most this large. */
export const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;

/** A bundle that parsed and passed the structural assertions. Not yet verified. */
export interface LoadedBundle {
  /** Where it came from: `path`, `path:LINE`, or a label such as `attestations API #1`. */
  source: string;
  json: SerializedBundle;
  bundle: Bundle & { content: Extract<Bundle['content'], { $case: 'dsseEnvelope' }> };
  /** The signing certificate; absent for a bundle signed with a key. */
  certificate?: X509Certificate;
  /** A bundle signed with a key: the key's hint, as the bundle gives it. */
  publicKeyHint?: string;
}

/** A bundle that was refused before verification, with the reason. */
export interface RejectedBundle {
  source: string;
  error: ProvenanceError;
  /** Not JSON, or JSON without a bundle's frame: the wrong file rather than a broken bundle. */
  notABundle?: boolean;
}

export type BundleCandidate = LoadedBundle | RejectedBundle;

export function isRejected(c: BundleCandidate): c is RejectedBundle {
  return 'error' in c;
}

const FIELD_HINTS: Record<string, string> = {
  mediaType: 'media type',
  content: 'a DSSE envelope or message signature',
  verificationMaterial: 'verification material (certificate, transparency log entries)',
  'verificationMaterial.content': 'the signing certificate',
  'verificationMaterial.tlogEntries': 'the transparency log entry list',
  'verificationMaterial.content.$case':
    'a certificate chain, which a bundle v0.3 carries only as an OpenSSF model signature',
};

function invalid(source: string, message: string, cause?: unknown): ProvenanceError {
  return new ProvenanceError('BUNDLE_INVALID', `${source}: ${message}`, {
    input: 'bundle',
    value: source,
    fix: 'pass a Sigstore bundle as written by `attest` (provenance.sigstore.json), actions/attest or `gh attestation download`',
    cause,
  });
}

/**
 * Why a JSON document is not a Sigstore bundle at all (not an object, no media type); undefined
 * when it has a bundle's frame. A file of such documents is the wrong file: bad input.
 */
function notABundle(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return 'is not a JSON object';
  if (typeof (json as { mediaType?: unknown }).mediaType !== 'string')
    return 'has no mediaType: not a Sigstore bundle';
  return undefined;
}

/** Check and parse one bundle object. Throws ProvenanceError BUNDLE_INVALID with the reason. */
export function parseBundle(json: unknown, source: string): LoadedBundle {
  const notOne = notABundle(json);
  if (notOne) throw invalid(source, notOne);
  const mediaType = (json as { mediaType: string }).mediaType;
  if (!(ACCEPTED_BUNDLE_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
    throw invalid(
      source,
      `has media type '${mediaType}'; accepted: ${ACCEPTED_BUNDLE_MEDIA_TYPES.join(', ')}`,
    );
  }
  let bundle: Bundle;
  try {
    bundle = modelSignatureWithChain(json as object) ?? bundleFromJSON(json);
  } catch (e) {
    const fields = (e as { fields?: unknown }).fields;
    if (Array.isArray(fields) && fields.length > 0) {
      const named = fields.map(
        (f) => `${String(f)}${FIELD_HINTS[String(f)] ? ` (${FIELD_HINTS[String(f)]})` : ''}`,
      );
      throw invalid(source, `is missing or has empty fields: ${named.join(', ')}`, e);
    }
    throw invalid(source, `is malformed: ${(e as Error).message}`, e);
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw invalid(
      source,
      'signs a message digest, not a DSSE envelope: it carries no in-toto statement',
    );
  }
  checkLogTimes(bundle, source);
  const vm = bundle.verificationMaterial.content;
  let rawCert: Uint8Array | undefined;
  if (vm.$case === 'certificate') rawCert = vm.certificate.rawBytes;
  else if (vm.$case === 'x509CertificateChain')
    rawCert = vm.x509CertificateChain.certificates[0]?.rawBytes;
  else
    return {
      source,
      json: json as SerializedBundle,
      bundle: bundle as LoadedBundle['bundle'],
      publicKeyHint: vm.publicKey.hint,
    };
  let certificate: X509Certificate;
  try {
    certificate = X509Certificate.parse(Buffer.from(rawCert ?? []));
    // @sigstore/core reads a certificate's parts lazily: a DER that is no certificate (an empty
    // SEQUENCE) parses, and throws only when read. Read the parts every stage uses, here.
    void [certificate.issuer, certificate.subject, certificate.notBefore, certificate.notAfter];
    void certificate.extensions;
  } catch (e) {
    throw invalid(source, `has an unreadable signing certificate: ${(e as Error).message}`, e);
  }
  return {
    source,
    json: json as SerializedBundle,
    bundle: bundle as LoadedBundle['bundle'],
    certificate,
  };
}

/**
 * A bundle v0.3 carrying an X.509 chain whose statement is an OpenSSF model signature, checked
 * as @sigstore/bundle checks v0.2 (every field, no chain rule); undefined for any other bundle.
 * model_signing's `sign certificate` writes this shape and the OMS specification's own vector
 * has it, though the bundle specification keeps the chain to v0.1/0.2. Other statements in that
 * shape (provenance) stay refused by @sigstore/bundle.
 */
function modelSignatureWithChain(json: object): Bundle | undefined {
  const bundle = ProtoBundle.fromJSON(json);
  if (
    bundle.verificationMaterial?.content?.$case !== 'x509CertificateChain' ||
    bundle.mediaType === BUNDLE_V01_MEDIA_TYPE ||
    bundle.content?.$case !== 'dsseEnvelope'
  )
    return undefined;
  let predicateType: unknown;
  try {
    predicateType = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8')).predicateType;
  } catch {
    return undefined;
  }
  if (predicateType !== OMS_PREDICATE_TYPE && predicateType !== OMS_PREDICATE_TYPE_V02)
    return undefined;
  assertBundleV02(bundle);
  return bundle as Bundle;
}

/** Seconds since 1970 that a Date holds: a log entry's time is shown and compared as one. */
function checkLogTimes(bundle: Bundle, source: string): void {
  for (const [i, e] of bundle.verificationMaterial.tlogEntries.entries()) {
    const t = e.integratedTime;
    if (!/^\d{1,15}$/.test(t) || Number.isNaN(new Date(Number(t) * 1000).getTime()))
      throw invalid(
        source,
        `has a transparency log entry (#${i + 1}) whose integratedTime '${t}' is not a time in seconds since 1970`,
      );
  }
}

/** Parse without throwing: a rejected bundle keeps its reason. */
export function toCandidate(json: unknown, source: string): BundleCandidate {
  try {
    return parseBundle(json, source);
  } catch (e) {
    if (e instanceof ProvenanceError) return { source, error: e };
    return { source, error: invalid(source, `cannot be read: ${(e as Error).message}`, e) };
  }
}

function parseJsonText(text: string, source: string): BundleCandidate {
  if (Buffer.byteLength(text) > MAX_BUNDLE_BYTES) {
    return {
      source,
      error: invalid(
        source,
        `is larger than ${MAX_BUNDLE_BYTES} bytes; a bundle is a few kilobytes`,
      ),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const error = invalid(source, `is not valid JSON: ${(e as Error).message}`, e);
    return { source, error, notABundle: true };
  }
  const notOne = notABundle(json);
  return notOne
    ? { source, error: invalid(source, notOne), notABundle: true }
    : toCandidate(json, source);
}

/**
 * Read every bundle of a file. `.jsonl` holds one bundle a line; any other file holds one
 * bundle, or (when it does not parse as one JSON document) one a line.
 * Throws when the file cannot be read, is too large, or holds no bundle at all.
 */
export async function readBundleFile(path: string): Promise<BundleCandidate[]> {
  return bundlesOfBytes(await readBundleBytes(path), path);
}

/** The bytes of a bundle file, under a bundle file's limits (for a reader that also hashes them). */
export function readBundleBytes(path: string): Promise<Buffer> {
  return readInputBytes(path, {
    input: 'bundle',
    what: 'bundle',
    fix: 'check the path; bundles are .sigstore.json, .json or .jsonl files',
    maxBytes: MAX_BUNDLE_FILE_BYTES,
    tooLarge: (size) =>
      new ProvenanceError(
        'BUNDLE_INVALID',
        `bundle file ${path} is ${size} bytes, more than ${MAX_BUNDLE_FILE_BYTES}`,
        {
          input: 'bundle',
          value: path,
          fix: 'pass the bundle file itself, not an archive or a model',
        },
      ),
  });
}

/** Every bundle of a bundle file's bytes (see readBundleFile); `path` names it in messages. */
export function bundlesOfBytes(bytes: Buffer, path: string): BundleCandidate[] {
  const text = inputText(bytes);
  const lines = () =>
    text
      .split('\n')
      .map((l, i) => ({ l, n: i + 1 }))
      .filter(({ l }) => l.trim() !== '');
  // A file that holds no JSON at all is the wrong file, not a forged bundle: bad input (exit 2).
  if (text.trim() === '') throw invalid(path, 'is empty');
  if (extname(path) === '.jsonl') return everyLine(lines(), path);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    if (lines().length > 1) return everyLine(lines(), path);
    throw invalid(path, `is not JSON: ${(e as Error).message}`, e);
  }
  refuseWrongDocument(doc, path);
  return [parseJsonText(text, path)];
}

/** A statement, or JSON without a bundle's frame: the wrong file (bad input), thrown. */
function refuseWrongDocument(doc: unknown, path: string): void {
  if (isStatement(doc)) {
    throw new ProvenanceError(
      'BUNDLE_INVALID',
      `${path} is an unsigned in-toto statement, not a bundle`,
      {
        input: 'bundle',
        value: path,
        fix: 'verify needs the signed bundle attest wrote beside it (.sigstore.json); `inspect` shows a statement',
      },
    );
  }
  const notOne = notABundle(doc);
  if (notOne) throw invalid(path, notOne);
}

/** One bundle a line; a file none of whose lines is JSON is the wrong file. */
function everyLine(ls: Array<{ l: string; n: number }>, path: string): BundleCandidate[] {
  const found = ls.map(({ l, n }) => parseJsonText(l, `${path}:${n}`));
  if (found.length === 0) throw invalid(path, 'holds no bundle');
  const notJson = (c: BundleCandidate) =>
    isRejected(c) && /is not valid JSON/.test(c.error.message);
  if (found.every(notJson)) throw invalid(path, 'holds no JSON line: not a .jsonl of bundles');
  if (found.every((c) => isRejected(c) && c.notABundle))
    throw invalid(path, 'holds no bundle: no line is a JSON object with a mediaType');
  return found;
}

export function isStatement(doc: unknown): boolean {
  return (
    typeof doc === 'object' &&
    doc !== null &&
    typeof (doc as { _type?: unknown })._type === 'string' &&
    (doc as { _type: string })._type.startsWith('https://in-toto.io/Statement/')
  );
}

/** A bundle object with a label for the report, e.g. a lookup result. */
export interface LabelledBundle {
  source: string;
  bundle: unknown;
}

/**
 * Bundles given as file paths, bundle JSON objects, labelled objects (`{source, bundle}`,
 * as lookupAttestations returns) or already-parsed bundles; in order.
 */
export async function collectBundles(
  inputs: ReadonlyArray<string | unknown>,
): Promise<BundleCandidate[]> {
  const out: BundleCandidate[] = [];
  let n = 0;
  for (const input of inputs) {
    n++;
    if (typeof input === 'string') out.push(...(await readBundleFile(input)));
    else if (isLoadedBundle(input)) out.push(input);
    else if (isLabelled(input)) out.push(toCandidate(input.bundle, input.source));
    else out.push(toCandidate(input, `bundle #${n}`));
  }
  return out;
}

function isLabelled(x: unknown): x is LabelledBundle {
  return (
    typeof x === 'object' &&
    x !== null &&
    !('mediaType' in x) &&
    typeof (x as { source?: unknown }).source === 'string' &&
    typeof (x as { bundle?: unknown }).bundle === 'object'
  );
}

/** A bundle already parsed by parseBundle: keyless, or signed with a key (no certificate). */
export function isLoadedBundle(x: unknown): x is LoadedBundle {
  return typeof x === 'object' && x !== null && 'json' in x && 'bundle' in x && 'source' in x;
}
