// Fuzz: content proofs as verify-proof and the gate's deny-content read them (a file, its JSON,
// then the check against a committed root), from real membership and non-membership proofs.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkProof, parseProof } from '../../src/commitment/proof.js';
import { readProofFile } from '../../src/verify/proofs.js';
import { badFile, mutatedJson } from './mutate.js';
import { fuzz } from './property.js';
import { COMMITMENT, PROOFS } from './valid.js';

const anyValid = fc.constantFrom(...PROOFS);

/** What the gate does with a proof: parse it, then check it against the signed commitment. */
function readAndCheck(json: unknown): unknown {
  const proof = parseProof(json, 'fuzz-proof.json');
  return [checkProof(proof, COMMITMENT), checkProof(proof, proof.commitment)];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuzz-proof-'));
});

test('a mutated proof is read or refused with a named error', async () => {
  await fuzz(anyValid.chain(mutatedJson), readAndCheck, 800);
});

test('a damaged proof file is read or refused with a named error', async () => {
  let n = 0;
  await fuzz(
    anyValid.chain((d) => badFile(d)),
    async (text) => {
      const path = join(dir, `p${n++}.json`);
      await writeFile(path, text);
      return checkProof(await readProofFile(path), COMMITMENT);
    },
    300,
  );
});
