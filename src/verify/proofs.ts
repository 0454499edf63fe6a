// Proof files, read for the release gate (a directory of them, `proofs`) and for verify-proof
// (one). A file that is not a proof is bad input, named, never a rule that quietly fails.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseProof, type ContentProof } from '../commitment/proof.js';
import { ProvenanceError } from '../errors.js';

function unreadable(path: string, input: string, why: string, cause?: unknown): ProvenanceError {
  return new ProvenanceError('FILE_UNREADABLE', `${path} cannot be read: ${why}`, {
    input,
    value: path,
    fix: 'give the proof files `training-provenance prove` wrote',
    cause,
  });
}

export async function readProofFile(path: string, input = 'proof'): Promise<ContentProof> {
  let text: string;
  try {
    // A FIFO (or a device) would be read forever.
    if (!(await stat(path)).isFile()) throw new Error('not a regular file');
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw unreadable(path, input, (e as Error).message, e);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ProvenanceError('PARSE_ERROR', `${path} is not JSON: ${(e as Error).message}`, {
      input,
      value: path,
      fix: 'give the proof files `training-provenance prove` wrote',
      cause: e,
    });
  }
  return parseProof(json, path);
}

/** Every `*.json` proof in a directory (or the one file given), in name order. */
export async function readProofs(path: string, input = 'proofs'): Promise<ContentProof[]> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (e) {
    throw unreadable(path, input, (e as Error).message, e);
  }
  if (!isDir) return [await readProofFile(path, input)];
  const names = (await readdir(path)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map((n) => readProofFile(join(path, n), input)));
}
