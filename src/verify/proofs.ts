// Proof files, read for the release gate (a directory of them, `proofs`) and for verify-proof
// (one). A file that is not a proof is bad input, named, never a rule that quietly fails.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseProof, type ContentProof } from '../commitment/proof.js';
import { ProvenanceError } from '../errors.js';
import { readInputJson } from '../input-file.js';
import { humanBytes } from '../present/bytes.js';

const PROOF_FIX = 'give the proof files `training-provenance prove` wrote';

/**
 * A proof holds one or two leaves with an audit path each, at most 64 hashes for any tree that
 * fits in a 64-bit index: about 9 KiB. A file a hundred times that is not a proof.
 */
export const MAX_PROOF_BYTES = 2 ** 20;

export async function readProofFile(path: string, input = 'proof'): Promise<ContentProof> {
  const json = await readInputJson(path, {
    input,
    what: 'proof',
    fix: PROOF_FIX,
    maxBytes: MAX_PROOF_BYTES,
    tooLarge: (size) =>
      new ProvenanceError(
        'INPUT_INVALID',
        `${path} is ${humanBytes(size)}, more than the ${humanBytes(MAX_PROOF_BYTES)} a proof may take (one is a few KiB)`,
        { input, value: path, fix: PROOF_FIX },
      ),
  });
  return parseProof(json, path);
}

/** Every `*.json` proof in a directory (or the one file given), in name order. */
export async function readProofs(path: string, input = 'proofs'): Promise<ContentProof[]> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (e) {
    throw new ProvenanceError(
      'FILE_UNREADABLE',
      `cannot read proofs ${path}: ${(e as Error).message}`,
      { input, value: path, fix: PROOF_FIX, cause: e },
    );
  }
  if (!isDir) return [await readProofFile(path, input)];
  const names = (await readdir(path)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map((n) => readProofFile(join(path, n), input)));
}
