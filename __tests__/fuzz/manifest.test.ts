// Fuzz: dataset manifests as `manifest verify` and attest's manifest:FILE read them (JSON lines:
// header, records in OMS order, trailer with counts and root), from a valid manifest, mutated
// line by line and as text.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { claimedTrailer, readManifest } from '../../src/manifest/read.js';
import { mangledText, mutated } from './mutate.js';
import { fuzz } from './property.js';
import { MANIFEST_FILES, MANIFESTS, manifestText } from './valid.js';

const anyValid = fc.constantFrom(...MANIFESTS);
const badManifest = fc.oneof(
  anyValid.chain(mutated).map(manifestText),
  anyValid.chain((d) => mangledText(manifestText(d))),
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuzz-manifest-'));
});

test('the valid manifests read (the generator starts from good files)', async () => {
  for (const [i, m] of MANIFESTS.entries()) {
    const path = join(dir, `valid${i}.jsonl`);
    await writeFile(path, manifestText(m));
    await expect(readManifest(path)).resolves.toMatchObject({ trailer: { files: MANIFEST_FILES } });
  }
});

test('a damaged manifest is read or refused with a named error', async () => {
  let n = 0;
  await fuzz(
    badManifest,
    async (text) => {
      const path = join(dir, `m${n++}.jsonl`);
      await writeFile(path, text);
      await claimedTrailer(path);
      return readManifest(path);
    },
    600,
  );
});
