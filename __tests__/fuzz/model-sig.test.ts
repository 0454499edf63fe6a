// Fuzz: OMS model signatures (model.sig) as verify and inspect read them (the bundle file, then
// the signed OMS statement), from model_signing's v0.3.1, v1.0.0 and v1.1.0 signatures and a
// model_signing 0.2 `Digests/v0.1` statement, mutated.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { OMS_PREDICATE_TYPE_V02, OMS_STATEMENT_TYPE } from '../../src/oms/layout.js';
import { parseOmsStatement } from '../../src/oms/parse.js';
import { isRejected, readBundleFile } from '../../src/verify/bundles.js';
import { badFile, mutated, toText, type Json } from './mutate.js';
import { fuzz } from './property.js';
import { MODEL_SIGS, payloadOf, withPayload } from './valid.js';

const LEGACY: Json = {
  _type: OMS_STATEMENT_TYPE,
  subject: ['signme-1', 'signme-2'].map((name) => ({ name, digest: { sha256: 'ab'.repeat(32) } })),
  predicateType: OMS_PREDICATE_TYPE_V02,
};
const STATEMENTS = [...MODEL_SIGS.map(payloadOf), LEGACY];

/** A model.sig whose signed statement is mutated, as the file would hold it. */
const withMutatedStatement = fc
  .tuple(fc.constantFrom(...MODEL_SIGS), fc.constantFrom(...STATEMENTS).chain(mutated))
  .map(([sig, s]) => toText(withPayload(sig, s)));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuzz-oms-'));
});

/** What verify does with a model.sig before it hashes the model: read the bundle, then its statement. */
async function readSignature(text: string, n: number): Promise<unknown> {
  const path = join(dir, `s${n}.sig`);
  await writeFile(path, text);
  const out = [];
  for (const c of await readBundleFile(path))
    if (!isRejected(c)) out.push(parseOmsStatement(c.bundle.content.dsseEnvelope.payload));
  return out;
}

test('a mutated OMS statement is read or refused with a named error', async () => {
  await fuzz(
    fc
      .constantFrom(...STATEMENTS)
      .chain(mutated)
      .map(toText),
    (text) => parseOmsStatement(text),
    800,
  );
});

test('a damaged model.sig is read or refused with a named error', async () => {
  let n = 0;
  const file = fc.oneof(
    withMutatedStatement,
    fc.constantFrom(...MODEL_SIGS).chain((s) => badFile(s)),
  );
  await fuzz(file, (text) => readSignature(text, n++), 300);
});
