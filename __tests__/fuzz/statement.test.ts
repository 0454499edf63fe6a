// Fuzz: the signed statement as verify, inspect and the policy read it (the DSSE payload's
// text, then the typed view), from our own training record and GitHub's build provenance.
import fc from 'fast-check';
import { parseStatementPayload, readProvenance } from '../../src/statement/read.js';
import { badFile, mutatedJson } from './mutate.js';
import { fuzz } from './property.js';
import { STATEMENTS } from './valid.js';

const anyValid = fc.constantFrom(...STATEMENTS);

test('a mutated statement is read or refused with a named error', async () => {
  await fuzz(anyValid.chain(mutatedJson), (s) => readProvenance(s), 600);
});

test('a damaged DSSE payload is read or refused with a named error', async () => {
  const payload = fc.oneof(
    anyValid.chain((d) => badFile(d)),
    anyValid.chain((d) => badFile(d)).map((t) => new TextEncoder().encode(t)),
  );
  await fuzz(payload, (p) => readProvenance(parseStatementPayload(p)), 300);
});
