// A one-file model's signature checked beside the provenance reads the file once: the digest the
// provenance check took is reused, as for directories. A file changed after that read shows it.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeHashPool } from '../../src/hash/index.js';
import { DigestCache } from '../../src/hash/cache.js';
import { digestModelFile, omsManifest, omsPayload, statementOf } from '../../src/oms/index.js';
import { verifyOmsSignature } from '../../src/verify/model-signature.js';
import { signWithKey } from '../../src/sign/key.js';

let dir: string;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeHashPool();
});

test('the file is hashed once when the cache already holds its digest', async () => {
  dir = mkdtempSync(join(tmpdir(), 'oms-single-'));
  const file = join(dir, 'model.gguf');
  writeFileSync(file, Buffer.alloc(70_000, 3));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const statement = statementOf(omsManifest(await digestModelFile(file)));
  const sig = join(dir, 'model.gguf.sig');
  writeFileSync(sig, JSON.stringify(await signWithKey(omsPayload(statement), { privateKey })));

  const cache = new DigestCache();
  await cache.file(file, 'sha256'); // as the provenance's subject check does
  // Changed after that one read: a second read would see it, the digest already taken does not.
  writeFileSync(file, Buffer.alloc(70_000, 4));
  const check = (withCache?: DigestCache) =>
    verifyOmsSignature({
      sigPath: sig,
      modelDir: file,
      trustedRoot: 'public-good',
      identity: {},
      publicKey,
      ...(withCache ? { cache: withCache } : {}),
    });
  const reused = await check(cache);
  expect(reused.violations).toEqual([]);
  expect(reused.fileDigest).toBe(statement.predicate.resources[0]!.digest);
  const readAgain = await check();
  expect(readAgain.files.changed.map((c) => c.name)).toEqual(['.']);
});
