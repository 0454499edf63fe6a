// Reads the training record a review or diff compares: a Sigstore bundle
// (`training.sigstore.json`, whose DSSE payload is the statement) or a bare statement
// (`training.intoto.json`); a 0.1 output (`provenance.*`, the record as SLSA provenance)
// reads the same. Given the build provenance, the record beside it is read instead.
// Only decodes: whether the signature holds is the verify engine's question.
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ProvenanceError } from '../errors.js';
import { readInputFile } from '../input-file.js';
import { parseStatementPayload, readProvenance } from '../statement/read.js';
import type { ProvenanceView } from '../statement/view.js';
import { IN_TOTO_PAYLOAD_TYPE, OUTPUT_FILES, statementRole } from '../statement/layout.js';
import { isObject } from '../json.js';

const BUNDLE_FILE = OUTPUT_FILES['training-record'].bundle;
const STATEMENT_FILE = OUTPUT_FILES['training-record'].statement;
/** What a directory is searched for, best first: the record, then a 0.1 run's files. */
const SEARCH_ORDER = [
  BUNDLE_FILE,
  STATEMENT_FILE,
  OUTPUT_FILES['build-provenance'].bundle,
  OUTPUT_FILES['build-provenance'].statement,
];
/** Far above any statement we write; refuses a wrong file before parsing megabytes of it. */
const MAX_PROVENANCE_BYTES = 32 * 1024 * 1024;

export interface LoadedProvenance {
  view: ProvenanceView;
  /** The file's path. */
  path: string;
  /** The bundle, when the file is one; absent for a bare statement. */
  bundle?: SerializedBundle;
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

/** A bare statement's view; what is wrong with it is said of the file and the input. */
function statementIn(json: unknown, input: string, path: string): ProvenanceView {
  try {
    return readProvenance(json);
  } catch (e) {
    if (!(e instanceof ProvenanceError)) throw e;
    throw new ProvenanceError(e.code, `${path}: ${e.message}`, {
      input,
      value: path,
      fix: e.fix,
      cause: e,
    });
  }
}

/** Reads a bundle or a statement file; `input` names the input at fault in errors. */
export async function loadProvenance(path: string, input: string): Promise<LoadedProvenance> {
  if (
    await stat(path).then(
      (st) => st.isDirectory(),
      () => false,
    )
  )
    return loadProvenance(await provenanceFileIn(path, input), input);
  const text = await readInputFile(path, {
    input,
    fix: 'check the path; in an action, it is relative to the workspace',
    maxBytes: MAX_PROVENANCE_BYTES,
    tooLarge: (size) =>
      new ProvenanceError('BUNDLE_INVALID', `${path} is ${size} bytes, too large for provenance`, {
        input,
        value: path,
        fix: `pass ${BUNDLE_FILE} or ${STATEMENT_FILE}`,
      }),
  });
  const docs = jsonDocuments(text, path, input);
  const loaded = docs.map((json): LoadedProvenance => {
    const isBundle =
      isObject(json) &&
      ('dsseEnvelope' in json ||
        'verificationMaterial' in json ||
        String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.bundle'));
    return isBundle
      ? { view: provenanceFromBundle(json, input, path), path, bundle: json as SerializedBundle }
      : { view: statementIn(json, input, path), path };
  });
  // A .jsonl may hold both statements of a run (or several runs): the training record is read.
  const record = loaded.find(
    (l) => statementRole(l.view.predicateType, l.view.buildType) === 'training-record',
  );
  return record ?? trainingRecordBeside(path, input);
}

/** One JSON document, or one a line (.jsonl, as `gh attestation download` writes). */
function jsonDocuments(text: string, path: string, input: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch (e) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length > 1) {
      try {
        return lines.map((l) => JSON.parse(l) as unknown);
      } catch {
        // fall through: neither JSON nor JSON lines
      }
    }
    throw new ProvenanceError('PARSE_ERROR', `${path} is not JSON`, {
      input,
      value: path,
      fix: `pass ${BUNDLE_FILE} or ${STATEMENT_FILE}`,
      cause: e,
    });
  }
}

/** The record attest wrote beside a build provenance file, which records no training run. */
async function trainingRecordBeside(path: string, input: string): Promise<LoadedProvenance> {
  for (const name of [BUNDLE_FILE, STATEMENT_FILE]) {
    const sibling = join(dirname(path), name);
    if (await isFile(sibling)) return loadProvenance(sibling, input);
  }
  throw new ProvenanceError(
    'NO_MATCH',
    `${basename(path)} is build provenance, which records no training run, and no ${BUNDLE_FILE} is beside it`,
    {
      input,
      value: path,
      fix: `pass the training record the attest step wrote (${BUNDLE_FILE} or ${STATEMENT_FILE})`,
    },
  );
}

/**
 * The training record in a directory (a downloaded artifact, an attest step's output-dir):
 * the bundle when there is one, else the statement, searched one level down as well.
 */
export async function provenanceFileIn(dir: string, input: string): Promise<string> {
  for (const name of SEARCH_ORDER) {
    const direct = join(dir, name);
    if (await isFile(direct)) return direct;
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const name of SEARCH_ORDER) {
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
