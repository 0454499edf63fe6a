// Interoperability with the reference implementation itself: model_signing 1.1.1 from PyPI
// (scripts/python-peers), both ways, for the key and certificate methods (keyless, both ways:
// model-signing-sigstore.test.ts). Its signatures verify
// with our `verify`, ours with its `verify`; a changed byte, an added file, a wrong key and a
// wrong CA fail in both tools. Nothing here is made by hand: each signature is written by the
// tool named, as a user runs it.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePki, year, type Pki } from '../helpers/pki.js';
import { runPeer } from '../helpers/python-peers.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let bin: string;
let ws: string;
let pki: Pki;
const sh = (line: string) => shell(bin, line, ws);
const ms = (...args: string[]) => runPeer('model_signing', args, ws);

const pem = (k: KeyObject, type: 'pkcs8' | 'spki') => k.export({ type, format: 'pem' }) as string;

/** A fresh copy of the model, changed by `how`: the tampered cases each start from the original. */
async function tampered(name: string, how: 'byte' | 'added'): Promise<string> {
  await cp(join(ws, 'model'), join(ws, name), { recursive: true });
  if (how === 'byte') await appendFile(join(ws, name, 'sub/weights.bin'), 'x');
  else await writeFile(join(ws, name, 'added.bin'), 'not signed');
  return name;
}

/** model_signing refused it (exit 1), saying why. */
function refused(r: { code: number; stdout: string; stderr: string }, why: RegExp): void {
  expect([r.code, `${r.stdout}${r.stderr}`]).toEqual([1, expect.stringMatching(why)]);
}
const BYTE = /Hash mismatch for 'sub\/weights\.bin'/;
const ADDED = /added\.bin/;
const WRONG_CA = /unable to get local issuer certificate/;

/** The root digest a signature's statement carries. */
async function signedRoot(sig: string): Promise<string> {
  const bundle = JSON.parse(await readFile(join(ws, sig), 'utf8'));
  const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
  return statement.subject[0].digest.sha256;
}

beforeAll(async () => {
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'tp-model-signing-'));
  await mkdir(join(ws, 'model/sub'), { recursive: true });
  await writeFile(join(ws, 'model/config.json'), '{"layers": 2}\n');
  await writeFile(join(ws, 'model/sub/weights.bin'), Buffer.alloc(4096, 7));
  await writeFile(join(ws, 'model/README.md'), 'a model\n');
  for (const [name, curve] of [
    ['key', 'P-256'],
    ['other', 'P-256'],
    ['p384', 'P-384'],
  ] as const) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
    await writeFile(join(ws, `${name}.key`), pem(privateKey, 'pkcs8'));
    await writeFile(join(ws, `${name}.pub`), pem(publicKey, 'spki'));
  }
  pki = await makePki('model_signing interop root');
  const intermediate = await pki.intermediate();
  const writeLeaf = async (name: string, leaf: Awaited<ReturnType<Pki['leaf']>>) => {
    await writeFile(join(ws, `${name}.key`), pem(leaf.key, 'pkcs8'));
    await writeFile(join(ws, `${name}.pem`), leaf.cert.toString('pem'));
  };
  await writeLeaf('leaf', await intermediate.leaf());
  await writeLeaf('direct', await pki.leaf());
  await writeLeaf('expired', await pki.leaf({ from: year(-2), to: year(-1) }));
  await writeFile(join(ws, 'intermediate.pem'), intermediate.cert.toString('pem'));
  // --signing-cert holds the chain: the certificate, then the one that issued it.
  await writeFile(
    join(ws, 'leaf-chain.pem'),
    (await readFile(join(ws, 'leaf.pem'), 'utf8')) + intermediate.cert.toString('pem'),
  );
  await writeFile(join(ws, 'root.pem'), pki.root.toString('pem'));
  await writeFile(join(ws, 'other-root.pem'), (await makePki()).root.toString('pem'));
}, 60_000);
afterAll(() => rm(ws, { recursive: true, force: true }));

test('the peer is model_signing 1.1.1, as scripts/python-peers.txt pins it', async () => {
  const r = await ms('--version');
  expect(r.stdout.trim()).toBe('model_signing, version 1.1.1');
});

describe('model_signing signs, our verify checks', () => {
  test('sign key: verifies with its public key; a changed byte, an added file, another key fail', async () => {
    const s = await ms(
      'sign',
      'key',
      '--private_key',
      'key.key',
      '--signature',
      'ms-key.sig',
      'model',
    );
    if (s.code !== 0) throw new Error(s.stderr);
    const line = (model: string, key = 'key.pub') =>
      sh(`tp verify --model ${model} --model-signature ms-key.sig --public-key ${key}`);
    expect(await line('model')).toMatchObject({ code: 0, stderr: '' });
    const byte = await line(await tampered('ms-key-byte', 'byte'));
    expect([byte.code, byte.stdout]).toEqual([
      1,
      expect.stringMatching(/changed sub\/weights\.bin/),
    ]);
    const added = await line(await tampered('ms-key-added', 'added'));
    expect([added.code, added.stdout]).toEqual([
      1,
      expect.stringMatching(/added added\.bin in .*: not signed/),
    ]);
    const other = await line('model', 'other.pub');
    expect([other.code, other.stdout]).toEqual([
      1,
      expect.stringMatching(/does not verify with the public key given/),
    ]);
  }, 60_000);

  test('sign certificate (leaf, intermediate): verifies with the root; tampering, another CA, an expired leaf and a key signature fail', async () => {
    const sign = (leaf: string, out: string, chain = 'intermediate.pem') =>
      ms(
        'sign',
        'certificate',
        '--private_key',
        `${leaf}.key`,
        '--signing_certificate',
        `${leaf}.pem`,
        '--certificate_chain',
        chain,
        '--signature',
        out,
        'model',
      );
    const s = await sign('leaf', 'ms-cert.sig');
    if (s.code !== 0) throw new Error(s.stderr);
    const line = (model: string, sig = 'ms-cert.sig', ca = 'root.pem') =>
      sh(`tp verify --model ${model} --model-signature ${sig} --cert-chain ${ca}`);
    expect(await line('model')).toMatchObject({ code: 0, stderr: '' });
    const byte = await line(await tampered('ms-cert-byte', 'byte'));
    expect([byte.code, byte.stdout]).toEqual([
      1,
      expect.stringMatching(/changed sub\/weights\.bin/),
    ]);
    const added = await line(await tampered('ms-cert-added', 'added'));
    expect([added.code, added.stdout]).toEqual([
      1,
      expect.stringMatching(/added added\.bin in .*: not signed/),
    ]);
    const wrongCa = await line('model', 'ms-cert.sig', 'other-root.pem');
    expect([wrongCa.code, wrongCa.stdout]).toEqual([
      1,
      expect.stringMatching(/does not chain to an anchor given/),
    ]);
    expect((await sign('expired', 'ms-expired.sig', 'root.pem')).code).toBe(0);
    const expired = await line('model', 'ms-expired.sig');
    expect([expired.code, expired.stdout]).toEqual([
      1,
      expect.stringMatching(/signing certificate is valid from .* not now/),
    ]);
    const keySig = await line('model', 'ms-key.sig');
    expect([keySig.code, keySig.stdout]).toEqual([
      1,
      expect.stringMatching(/carries no certificate: it is signed with a key/),
    ]);
  }, 60_000);
});

describe('our sign-model signs, model_signing verify checks', () => {
  const verifyKey = (model: string, sig: string, key = 'key.pub') =>
    ms('verify', 'key', '--public_key', key, '--signature', sig, model);
  const verifyCert = (model: string, sig: string, ...cas: string[]) =>
    ms(
      'verify',
      'certificate',
      ...cas.flatMap((c) => ['--certificate_chain', c]),
      '--signature',
      sig,
      model,
    );

  test.each(['key', 'p384'])(
    '--private-key (%s): model_signing verify key accepts it and refuses tampering and another key',
    async (k) => {
      const s = await sh(`tp sign-model --model model --private-key ${k}.key --output tp-${k}.sig`);
      if (s.code !== 0) throw new Error(s.stderr);
      const ok = await verifyKey('model', `tp-${k}.sig`, `${k}.pub`);
      expect([ok.code, ok.stdout]).toEqual([0, expect.stringMatching(/Verification succeeded/)]);
      expect(await signedRoot(`tp-${k}.sig`)).toBe(await signedRoot('ms-key.sig'));
      refused(
        await verifyKey(await tampered(`tp-${k}-byte`, 'byte'), `tp-${k}.sig`, `${k}.pub`),
        BYTE,
      );
      refused(
        await verifyKey(await tampered(`tp-${k}-added`, 'added'), `tp-${k}.sig`, `${k}.pub`),
        ADDED,
      );
      refused(await verifyKey('model', `tp-${k}.sig`, 'other.pub'), /Key mismatch/);
    },
    60_000,
  );

  test('--signing-cert with its chain: model_signing verify certificate accepts it with the root, and refuses tampering and another CA', async () => {
    const s = await sh(
      'tp sign-model --model model --private-key leaf.key --signing-cert leaf-chain.pem --output tp-cert.sig',
    );
    if (s.code !== 0) throw new Error(s.stderr);
    const ok = await verifyCert('model', 'tp-cert.sig', 'root.pem');
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringMatching(/Verification succeeded/)]);
    expect(await signedRoot('tp-cert.sig')).toBe(await signedRoot('ms-cert.sig'));
    refused(
      await verifyCert(await tampered('tp-cert-byte', 'byte'), 'tp-cert.sig', 'root.pem'),
      BYTE,
    );
    refused(
      await verifyCert(await tampered('tp-cert-added', 'added'), 'tp-cert.sig', 'root.pem'),
      ADDED,
    );
    refused(await verifyCert('model', 'tp-cert.sig', 'other-root.pem'), WRONG_CA);
  }, 60_000);

  test('--signing-cert alone (a leaf the root issued): model_signing verify certificate accepts it', async () => {
    const s = await sh(
      'tp sign-model --model model --private-key direct.key --signing-cert direct.pem --output tp-direct.sig',
    );
    if (s.code !== 0) throw new Error(s.stderr);
    const ok = await verifyCert('model', 'tp-direct.sig', 'root.pem');
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringMatching(/Verification succeeded/)]);
    refused(await verifyCert('model', 'tp-direct.sig', 'other-root.pem'), WRONG_CA);
  }, 60_000);

  test('model.sig inside the model, as both tools default to: each verifies the other', async () => {
    await cp(join(ws, 'model'), join(ws, 'inside'), { recursive: true });
    const s = await sh('tp sign-model --model inside --private-key key.key');
    if (s.code !== 0) throw new Error(s.stderr);
    const ok = await verifyKey('inside', 'inside/model.sig');
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringMatching(/Verification succeeded/)]);
    expect(
      (
        await ms(
          'sign',
          'key',
          '--private_key',
          'key.key',
          '--signature',
          'inside/model.sig',
          'inside',
        )
      ).code,
    ).toBe(0);
    expect(
      await sh('tp verify --model inside --model-signature inside/model.sig --public-key key.pub'),
    ).toMatchObject({ code: 0, stderr: '' });
  }, 60_000);
});

// Keyless, both ways on the local Sigstore stack: model-signing-sigstore.test.ts.
