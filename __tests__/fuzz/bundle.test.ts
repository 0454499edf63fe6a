// Fuzz: Sigstore bundles as verify and inspect read them (a file, then each bundle object, then
// its statement), from real bundles of npm, actions/attest and a key-signed one, mutated.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { isRejected, parseBundle, readBundleFile } from '../../src/verify/bundles.js';
import { inspectBundle } from '../../src/verify/inspect.js';
import { badFile, mutated, mutatedJson } from './mutate.js';
import { fuzz } from './property.js';
import { BUNDLES, KEY_SIGNED, payloadOf, withPayload } from './valid.js';

const anyValid = fc.constantFrom(...BUNDLES, KEY_SIGNED);

/** A bundle whose signed statement (the DSSE payload) is mutated, the frame left valid. */
const withMutatedStatement = fc
  .constantFrom(...BUNDLES)
  .chain((b) => mutated(payloadOf(b)).map((s) => withPayload(b, s)));

/** What `inspect` and verify's first stage do with one bundle object. */
function readOne(json: unknown): unknown {
  return inspectBundle(parseBundle(json, 'fuzz.sigstore.json'));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuzz-bundle-'));
});

test('a mutated bundle object is read or refused with a named error', async () => {
  await fuzz(anyValid.chain(mutatedJson), readOne, 400);
});

test('a bundle whose statement is mutated is read or refused with a named error', async () => {
  await fuzz(withMutatedStatement, readOne, 200);
});

test('a damaged bundle file (.json and .jsonl) is read or refused with a named error', async () => {
  let n = 0;
  const file = fc.tuple(
    anyValid.chain((d) => badFile(d)),
    fc.constantFrom('.json', '.jsonl'),
  );
  await fuzz(
    file,
    async ([text, ext]) => {
      const path = join(dir, `b${n++}${ext}`);
      await writeFile(path, text);
      for (const c of await readBundleFile(path)) if (!isRejected(c)) inspectBundle(c);
    },
    300,
  );
});
