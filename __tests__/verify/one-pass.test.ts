// Each verify stage is entered once: when the build provenance leaves a directory's names
// unbound, the training record beside it is taken into the same pass, not a second pass over
// every bundle. Real key-signed bundles from `tp attest`; counted at the subjects stage's one
// entry into the digest cache (a spy that calls through: nothing is replaced).
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { DigestCache } from '../../src/hash/cache.js';
import { closeHashPool } from '../../src/hash/index.js';
import { verify } from '../../src/engine/verify.js';
import { installTp, sh } from '../helpers/shell.js';
import { NO_VERIFY } from '../helpers/requests.js';
import { actionEdge } from '../../src/request/edge.js';
import { buildVerifyRequest } from '../../src/request/verify.js';

let ws: string;
let keys: string;

beforeAll(async () => {
  const bin = await installTp();
  keys = await mkdtemp(join(tmpdir(), 'tp-onepass-keys-'));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(keys, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(keys, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  ws = await mkdtemp(join(tmpdir(), 'tp-onepass-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await mkdir(join(ws, 'out/big'), { recursive: true });
  // More than 1,024 files: the build provenance signs the directory alone, not its names.
  for (let i = 0; i < 1100; i++) await writeFile(join(ws, `out/big/f${i}.bin`), `${i}`);
  const r = await sh(
    bin,
    `tp attest --model out/big --private-key ${keys}/key.pem --python none --output-dir att`,
    ws,
  );
  if (r.code !== 0) throw new Error(r.stderr);
}, 120_000);

// The key folder holds a private key: nothing of it stays behind.
afterAll(async () => {
  await closeHashPool();
  await Promise.all([ws, keys].map((d) => d && rm(d, { recursive: true, force: true })));
});

test("the build provenance with the record beside it: each bundle's subjects checked once, verified", async () => {
  const entered = jest.spyOn(DigestCache.prototype, 'directory');
  const log: string[] = [];
  const outcome = await verify(
    buildVerifyRequest(
      {
        ...NO_VERIFY,
        model: ['out/big'],
        bundle: ['att/provenance.sigstore.json'],
        publicKey: join(keys, 'key.pub'),
        modelSignature: ['false'],
      },
      actionEdge(ws),
    ),
    { workspace: ws, serverUrl: 'https://github.com', apiUrl: '', log: (l) => log.push(l) },
  );
  expect(outcome.verified).toBe(true);
  expect(outcome.bundle).toMatch(/training\.sigstore\.json$/);
  expect(log.filter((l) => l.includes('training.sigstore.json too'))).toHaveLength(1);
  // Two bundles, each through the subjects stage once: not the provenance again in a second pass.
  expect(outcome.attempts.map((a) => a.source)).toEqual([
    join(ws, 'att/provenance.sigstore.json'),
    join(ws, 'att/training.sigstore.json'),
  ]);
  expect(entered.mock.calls.filter(([p]) => p === join(ws, 'out/big'))).toHaveLength(2);
});
