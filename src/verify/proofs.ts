// Proof files, read for the release gate (a directory of them, `proofs`) and for verify-proof
// (one). A file that is not a proof is bad input, named, never a rule that quietly fails.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseProof, type ContentProof } from '../commitment/proof.js';
import { ProvenanceError } from '../errors.js';
import { humanBytes } from '../present/bytes.js';

function unreadable(path: string, input: string, why: string, cause?: unknown): ProvenanceError {
  return new ProvenanceError('FILE_UNREADABLE', `${path} cannot be read: ${why}`, {
    input,
    value: path,
    fix: 'give the proof files `training-provenance prove` wrote',
    cause,
  });
}

/**
 * A proof holds one or two leaves with an audit path each, at most 64 hashes for any tree that
 * fits in a 64-bit index: about 9 KiB. A file a hundred times that is not a proof.
 */
export const MAX_PROOF_BYTES = 2 ** 20;

export async function readProofFile(path: string, input = 'proof'): Promise<ContentProof> {
  let text: string;
  try {
    const st = await stat(path);
    // A FIFO (or a device) would be read forever.
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > MAX_PROOF_BYTES)
      throw new ProvenanceError(
        'INPUT_INVALID',
        `${path} is ${humanBytes(st.size)}, more than the ${humanBytes(MAX_PROOF_BYTES)} a proof may take (one is a few KiB)`,
        { input, value: path, fix: 'give the proof files `training-provenance prove` wrote' },
      );
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw e instanceof ProvenanceError ? e : unreadable(path, input, (e as Error).message, e);
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
