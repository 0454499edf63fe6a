// What the release gate binds, as a user types it: a file's name is part of what was signed,
// whatever the size of the directory, and every signed subject a pattern covers must be on disk.
// Real key-signed bundles from attest in a workflow run (build provenance and training record).
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { installTp, sh } from '../helpers/shell.js';

let bin: string;
let keys: string;

beforeAll(async () => {
  bin = await installTp();
  keys = await mkdtemp(join(tmpdir(), 'tp-bind-keys-'));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(keys, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  await writeFile(join(keys, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
});

/** A workspace with `files`, attested with the key as a workflow run would: both statements in att/. */
async function attested(files: Record<string, string>, model: string): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'tp-bind-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(ws, name)), { recursive: true });
    await writeFile(join(ws, name), content);
  }
  const r = await sh(
    bin,
    `tp attest --model '${model}' --private-key ${keys}/key.pem --python none --output-dir att`,
    ws,
  );
  if (r.code !== 0) throw new Error(r.stderr);
  return ws;
}

const verify = (ws: string, model: string, bundle = 'att/provenance.sigstore.json') =>
  sh(bin, `tp verify --model '${model}' --bundle ${bundle} --public-key ${keys}/key.pub`, ws);

const MODEL = {
  'out/model/config.json': '{"hidden": 8}',
  'out/model/model.safetensors': 'weights',
  'out/model/tokenizer.json': '{"vocab": []}',
};

describe('a renamed or moved file inside a model directory fails, the rename named', () => {
  test('config.json renamed adapter_config.json (same sorted order, same OMS root)', async () => {
    const ws = await attested(MODEL, 'out/model');
    const before = await verify(ws, 'out/model');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('4 of 4 signed subjects checked');
    await rename(join(ws, 'out/model/config.json'), join(ws, 'out/model/adapter_config.json'));
    for (const bundle of ['att/provenance.sigstore.json', 'att/training.sigstore.json']) {
      const r = await verify(ws, 'out/model', bundle);
      expect(r.stdout).toContain('renamed out/model/config.json → out/model/adapter_config.json');
      expect(r.stdout).toMatch(/^NOT VERIFIED/);
      expect(r.code).toBe(1);
    }
  });

  test('a file moved into a new folder', async () => {
    const ws = await attested({ 'out/model/a.bin': 'a', 'out/model/b.bin': 'b' }, 'out/model');
    expect((await verify(ws, 'out/model')).code).toBe(0);
    await mkdir(join(ws, 'out/model/b'));
    await rename(join(ws, 'out/model/b.bin'), join(ws, 'out/model/b/b.bin'));
    const r = await verify(ws, 'out/model');
    expect(r.stdout).toContain('renamed out/model/b.bin → out/model/b/b.bin');
    expect(r.code).toBe(1);
  });

  test('the NFC and NFD spellings of one name are two names', async () => {
    const nfc = 'caf\u00e9.bin';
    const nfd = 'cafe\u0301.bin';
    const ws = await attested({ [`out/model/${nfc}`]: 'w', 'out/model/zz.bin': 'z' }, 'out/model');
    expect((await verify(ws, 'out/model')).code).toBe(0);
    await rename(join(ws, 'out/model', nfc), join(ws, 'out/model', nfd));
    const r = await verify(ws, 'out/model');
    expect(r.stdout).toContain(`renamed out/model/${nfc} → out/model/${nfd}`);
    expect(r.stdout).toContain('NFC');
    expect(r.code).toBe(1);
  });
});

describe('a directory of more than 1,024 files: names bound by the training record', () => {
  let ws: string;
  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1100; i++) files[`out/big/f${String(i).padStart(4, '0')}.bin`] = `${i}`;
    ws = await attested(files, 'out/big');
  }, 120_000);

  test('the build provenance has the directory alone; intact, it verifies with the record beside it', async () => {
    const p = JSON.parse(await readFile(join(ws, 'att/provenance.intoto.json'), 'utf8'));
    expect(p.subject).toHaveLength(1);
    const r = await verify(ws, 'out/big');
    expect(r.stdout).toMatch(/^VERIFIED/);
    expect(r.stderr + r.stdout).toContain('training.sigstore.json');
    expect(r.code).toBe(0);
  });

  test('the build provenance alone cannot bind names: it fails, saying to give the training record', async () => {
    await mkdir(join(ws, 'alone'), { recursive: true });
    await copyFile(
      join(ws, 'att/provenance.sigstore.json'),
      join(ws, 'alone/provenance.sigstore.json'),
    );
    const r = await verify(ws, 'out/big', 'alone/provenance.sigstore.json');
    expect(r.stdout).toMatch(/^NOT VERIFIED/);
    expect(r.stdout).toContain('training.sigstore.json');
    expect(r.code).toBe(1);
  });

  test('the build provenance alone with a verified model.sig (found in the directory): the signature binds the names', async () => {
    const signed = await sh(bin, `tp sign-model --model out/big --private-key ${keys}/key.pem`, ws);
    if (signed.code !== 0) throw new Error(signed.stderr);
    const alone = () =>
      sh(
        bin,
        `tp verify --model out/big --bundle alone/provenance.sigstore.json --public-key ${keys}/key.pub`,
        ws,
      );
    try {
      const ok = await alone();
      expect(ok.stdout).toMatch(/^VERIFIED/);
      expect(ok.code).toBe(0);
      await rename(join(ws, 'out/big/f0500.bin'), join(ws, 'out/big/f0500x.bin'));
      const renamed = await alone();
      await rename(join(ws, 'out/big/f0500x.bin'), join(ws, 'out/big/f0500.bin'));
      expect(renamed.stdout).toContain('renamed f0500.bin → f0500x.bin');
      expect(renamed.code).toBe(1);
    } finally {
      await rm(join(ws, 'out/big/model.sig'));
    }
  });

  test('one file renamed (same order, same OMS root) fails, from either bundle', async () => {
    await rename(join(ws, 'out/big/f0500.bin'), join(ws, 'out/big/f0500x.bin'));
    try {
      for (const bundle of ['att/provenance.sigstore.json', 'att/training.sigstore.json']) {
        const r = await verify(ws, 'out/big', bundle);
        expect(r.stdout).toMatch(/^NOT VERIFIED/);
        expect(r.stdout).toContain('out/big');
        expect(r.code).toBe(1);
      }
    } finally {
      await rename(join(ws, 'out/big/f0500x.bin'), join(ws, 'out/big/f0500.bin'));
    }
  });
});

describe('every signed subject a pattern covers must be on disk', () => {
  test('a glob over two shards, one deleted', async () => {
    const glob = 'out/model/*.safetensors';
    const ws = await attested(
      {
        'out/model/model-00001-of-00002.safetensors': 'one',
        'out/model/model-00002-of-00002.safetensors': 'two',
      },
      glob,
    );
    const ok = await verify(ws, glob);
    expect(ok.stdout).toContain('2 of 2 signed subjects checked');
    expect(ok.code).toBe(0);
    await rm(join(ws, 'out/model/model-00002-of-00002.safetensors'));
    for (const bundle of ['att/provenance.sigstore.json', 'att/training.sigstore.json']) {
      const r = await verify(ws, glob, bundle);
      expect(r.stdout).toContain('1 of 2 signed subjects checked');
      expect(r.stdout).toContain('removed out/model/model-00002-of-00002.safetensors');
      expect(r.code).toBe(1);
    }
  });

  test('a shard renamed under the glob is a rename, not a match by content', async () => {
    const glob = 'out/model/*.safetensors';
    const ws = await attested(
      { 'out/model/a.safetensors': 'one', 'out/model/b.safetensors': 'two' },
      glob,
    );
    await rename(join(ws, 'out/model/b.safetensors'), join(ws, 'out/model/c.safetensors'));
    const r = await verify(ws, glob);
    expect(r.stdout).toContain('renamed out/model/b.safetensors → out/model/c.safetensors');
    expect(r.code).toBe(1);
  });

  test('out/* over two model directories, one removed', async () => {
    const ws = await attested(
      {
        'out/a/config.json': 'a',
        'out/a/model.safetensors': 'wa',
        'out/b/config.json': 'b',
        'out/b/model.safetensors': 'wb',
      },
      'out/*',
    );
    const ok = await verify(ws, 'out/*');
    expect(ok.stdout).toContain('6 of 6 signed subjects checked');
    expect(ok.code).toBe(0);
    await rm(join(ws, 'out/b'), { recursive: true });
    const r = await verify(ws, 'out/*');
    expect(r.stdout).toContain('3 of 6 signed subjects checked');
    expect(r.stdout).toContain('removed out/b');
    expect(r.stdout).toMatch(/^NOT VERIFIED/);
    expect(r.code).toBe(1);
  });
});
