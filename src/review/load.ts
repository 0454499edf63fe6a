// Reads the provenance a review compares: a Sigstore bundle (`provenance.sigstore.json`,
// whose DSSE payload is the statement) or a bare statement (`provenance.intoto.json`).
// Only decodes: whether the signature holds is the verify engine's question.
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ProvenanceError } from '../errors.js';
import { parseStatementPayload, readProvenance } from '../statement/read.js';
import type { ProvenanceView } from '../statement/view.js';

export const BUNDLE_FILE = 'provenance.sigstore.json';
export const STATEMENT_FILE = 'provenance.intoto.json';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Far above any statement we write; refuses a wrong file before parsing megabytes of it. */
const MAX_PROVENANCE_BYTES = 32 * 1024 * 1024;

export interface LoadedProvenance {
  view: ProvenanceView;
  /** The file's path. */
  path: string;
  /** The bundle, when the file is one; absent for a bare statement. */
  bundle?: SerializedBundle;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Decodes a bundle's DSSE payload into the view, refusing anything but an in-toto one. */
export function provenanceFromBundle(json: unknown, input: string, path: string): ProvenanceView {
  let bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (e) {
    throw new ProvenanceError(
      'BUNDLE_INVALID',
      `${path} is not a Sigstore bundle: ${(e as Error).message}`,
      {
        input,
        value: path,
        fix: `pass ${BUNDLE_FILE} or ${STATEMENT_FILE} as written by the attest step`,
        cause: e,
      },
    );
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new ProvenanceError(
      'BUNDLE_INVALID',
      `${path} signs a message, not an in-toto statement`,
      {
        input,
        value: path,
        fix: 'pass a bundle with a DSSE envelope (what the attest step writes)',
      },
    );
  }
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new ProvenanceError(
      'BUNDLE_INVALID',
      `${path} carries payloadType ${JSON.stringify(envelope.payloadType)}`,
      {
        input,
        value: envelope.payloadType,
        fix: `pass a bundle whose payloadType is ${IN_TOTO_PAYLOAD_TYPE}`,
      },
    );
  }
  return readProvenance(parseStatementPayload(envelope.payload));
}

/** Reads a bundle or a statement file; `input` names the input at fault in errors. */
export async function loadProvenance(path: string, input: string): Promise<LoadedProvenance> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return loadProvenance(await provenanceFileIn(path, input), input);
    if (info.size > MAX_PROVENANCE_BYTES) {
      throw new ProvenanceError(
        'BUNDLE_INVALID',
        `${path} is ${info.size} bytes, too large for provenance`,
        {
          input,
          value: path,
          fix: `pass ${BUNDLE_FILE} or ${STATEMENT_FILE}`,
        },
      );
    }
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof ProvenanceError) throw e;
    throw new ProvenanceError('FILE_UNREADABLE', `cannot read ${path}: ${(e as Error).message}`, {
      input,
      value: path,
      fix: 'check the path; in an action, it is relative to the workspace',
      cause: e,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ProvenanceError('PARSE_ERROR', `${path} is not JSON`, {
      input,
      value: path,
      fix: `pass ${BUNDLE_FILE} or ${STATEMENT_FILE}`,
      cause: e,
    });
  }
  const isBundle =
    isObject(json) &&
    ('dsseEnvelope' in json ||
      'verificationMaterial' in json ||
      String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.bundle'));
  if (isBundle) {
    return {
      view: provenanceFromBundle(json, input, path),
      path,
      bundle: json as SerializedBundle,
    };
  }
  return { view: readProvenance(json), path };
}

/**
 * The provenance file in a directory (a downloaded artifact, an attest step's output-dir):
 * the bundle when there is one, else the statement, searched one level down as well.
 */
export async function provenanceFileIn(dir: string, input: string): Promise<string> {
  for (const name of [BUNDLE_FILE, STATEMENT_FILE]) {
    const direct = join(dir, name);
    if (await isFile(direct)) return direct;
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const name of [BUNDLE_FILE, STATEMENT_FILE]) {
    for (const entry of entries
      .filter((e) => e.isDirectory())
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const nested = join(dir, entry.name, name);
      if (await isFile(nested)) return nested;
    }
  }
  throw new ProvenanceError(
    'NO_MATCH',
    `${dir} holds neither ${BUNDLE_FILE} nor ${STATEMENT_FILE}`,
    {
      input,
      value: dir,
      fix: 'pass the file itself, or the directory the attest step wrote (output-dir)',
    },
  );
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
