// Fuzz: trusted roots (trusted_root.json, or the JSON lines `gh attestation trusted-root`
// prints) as verify selects one for a bundle's certificate, from a real public-good root.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseBundle } from '../../src/verify/bundles.js';
import { createVerifier, selectTrustedRoot, trustedRootFromJSON } from '../../src/verify/trust.js';
import { badFile, mutated, mutatedJson, toText } from './mutate.js';
import { fuzz } from './property.js';
import { BUNDLES, TRUSTED_ROOT as ROOT } from './valid.js';

/** The certificate of npm's bundle, which the root covers. */
const cert = parseBundle(BUNDLES[0], 'sigstore-js').certificate!;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuzz-root-'));
});

test('a mutated trusted root is read or refused with a named error', async () => {
  await fuzz(
    mutatedJson(ROOT),
    (json) => createVerifier(trustedRootFromJSON(json, 'fuzz', 'fuzz.json')),
    500,
  );
});

test('a damaged trusted root file (JSON or JSON lines) is chosen or refused with a named error', async () => {
  let n = 0;
  const jsonl = fc
    .array(mutated(ROOT), { minLength: 1, maxLength: 3 })
    .map((roots) => roots.map(toText).join('\n'));
  await fuzz(
    fc.oneof(badFile(ROOT), jsonl),
    async (text) => {
      const path = join(dir, `r${n++}.json`);
      await writeFile(path, text);
      return selectTrustedRoot(path, cert);
    },
    300,
  );
});
