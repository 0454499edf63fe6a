// The OMS formats beyond what our vectors use, verified through the command as typed: model_signing
// 0.2's legacy `Digests/v0.1` predicate, the blake2b hash type (files and shards), and single-file
// models named either way; and sign-model making shards and blake2b signatures. Every digest
// expected is computed by Python's hashlib, not by our code; the statements are signed with a
// real P-256 key, as model_signing `sign key` does.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signWithKey } from '../../src/sign/key.js';
import { installTp, sh as shell } from '../helpers/shell.js';

// hashlib over a file or a byte range of it, and the OMS root (sha256 over the raw digests).
const PY = `
import hashlib, json, sys
alg, start, end = sys.argv[1], int(sys.argv[3]), int(sys.argv[4])
data = open(sys.argv[2], 'rb').read()
data = data[start:end] if end >= 0 else data
print(hashlib.new(alg, data).hexdigest())
`;
const digest = (alg: 'sha256' | 'blake2b', file: string, start = 0, end = -1) =>
  execFileSync('python3', ['-c', PY, alg, join(ws, file), String(start), String(end)], {
    encoding: 'utf8',
  }).trim();
const rootOf = (digests: string[]) =>
  execFileSync(
    'python3',
    [
      '-c',
      'import hashlib,sys; print(hashlib.sha256(bytes.fromhex("".join(sys.argv[1:]))).hexdigest())',
      ...digests,
    ],
    { encoding: 'utf8' },
  ).trim();

let bin: string;
let ws: string;
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const sh = (line: string) => shell(bin, line, ws);

/** `statement` signed with the key into `out`, as model_signing's `sign key` writes it. */
async function signInto(out: string, statement: object): Promise<void> {
  const payload = Buffer.from(JSON.stringify(statement, null, 2));
  await writeFile(join(ws, out), JSON.stringify(await signWithKey(payload, { privateKey })));
}

function v1(
  name: string,
  serialization: object,
  resources: Array<{ name: string; algorithm: string; digest: string }>,
) {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { sha256: rootOf(resources.map((r) => r.digest)) } }],
    predicateType: 'https://model_signing/signature/v1.0',
    predicate: { serialization, resources },
  };
}

const verify = (model: string, sig: string) =>
  sh(`tp verify --model ${model} --model-signature ${sig} --public-key key.pub --format json`);

async function expectVerified(model: string, sig: string) {
  const r = await verify(model, sig);
  if (r.code !== 0) throw new Error(`${r.stdout}\n${r.stderr}`);
  return JSON.parse(r.stdout).modelSignatures[0].result;
}

beforeAll(async () => {
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'tp-oms-formats-'));
  await writeFile(join(ws, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  await writeFile(join(ws, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await mkdir(join(ws, 'm/sub'), { recursive: true });
  await writeFile(join(ws, 'm/a.bin'), Buffer.alloc(250, 1));
  await writeFile(join(ws, 'm/sub/b.txt'), 'b\n');
});
afterAll(() => rm(ws, { recursive: true, force: true }));

describe("model_signing 0.2's Digests/v0.1: a subject a file, no root", () => {
  const legacy = () => ({
    _type: 'https://in-toto.io/Statement/v1',
    subject: ['a.bin', 'sub/b.txt'].map((n) => ({
      name: n,
      digest: { sha256: digest('sha256', `m/${n}`) },
    })),
    predicateType: 'https://model_signing/Digests/v0.1',
  });

  test('verifies; a changed byte and an added file fail, naming the files', async () => {
    await signInto('legacy.sig', legacy());
    const ok = await expectVerified('m', 'legacy.sig');
    expect(ok.predicateType).toBe('https://model_signing/Digests/v0.1');
    const shown = await sh('tp inspect legacy.sig');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/signed files \(2\):\n {2}a\.bin .*\n {2}sub\/b\.txt /);
    const copy = 'm-legacy';
    execFileSync('cp', ['-r', join(ws, 'm'), join(ws, copy)]);
    await writeFile(join(ws, copy, 'extra.bin'), 'new');
    await appendFile(join(ws, copy, 'a.bin'), 'x');
    const r = await verify(copy, 'legacy.sig');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/added extra\.bin in \S+\/m-legacy: not signed/);
    expect(r.stdout).toMatch(/changed a\.bin: its sha256 is/);
  }, 60_000);

  test("0.2's other predicates are refused, naming the predicate", async () => {
    await signInto('shard-digests.sig', {
      ...legacy(),
      predicateType: 'https://model_signing/ShardDigests/v0.1',
    });
    const r = await verify('m', 'shard-digests.sig');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ShardDigests\/v0\.1' is not supported/);
  }, 60_000);
});

describe('the blake2b hash type', () => {
  const ser = { method: 'files', hash_type: 'blake2b', allow_symlinks: false, ignore_paths: [] };
  const resources = () =>
    ['a.bin', 'sub/b.txt'].map((n) => ({
      name: n,
      algorithm: 'blake2b',
      digest: digest('blake2b', `m/${n}`),
    }));

  test('files: verifies; a changed byte fails, naming the file and its blake2b', async () => {
    await signInto('blake.sig', v1('m', ser, resources()));
    expect((await expectVerified('m', 'blake.sig')).signedRoot).toMatch(/^[0-9a-f]{64}$/);
    const copy = 'm-blake';
    execFileSync('cp', ['-r', join(ws, 'm'), join(ws, copy)]);
    await appendFile(join(ws, copy, 'sub/b.txt'), 'x');
    const r = await verify(copy, 'blake.sig');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/changed sub\/b\.txt: its blake2b is [0-9a-f]{128}/);
  }, 60_000);

  test('shards: a 3-shard file verifies, and fails when one shard changes', async () => {
    const shards = [
      [0, 100],
      [100, 200],
      [200, 250],
    ].map(([s, e]) => ({
      name: `a.bin:${s}:${e}`,
      algorithm: 'blake2b',
      digest: digest('blake2b', 'm/a.bin', s, e),
    }));
    const tail = {
      name: 'sub/b.txt:0:2',
      algorithm: 'blake2b',
      digest: digest('blake2b', 'm/sub/b.txt'),
    };
    await signInto(
      'blake-shards.sig',
      v1('m', { ...ser, method: 'shards', shard_size: 100 }, [...shards, tail]),
    );
    await expectVerified('m', 'blake-shards.sig');
    const copy = 'm-shards';
    execFileSync('cp', ['-r', join(ws, 'm'), join(ws, copy)]);
    // One byte in the middle shard.
    const bytes = Buffer.alloc(250, 1);
    bytes[150] = 2;
    await writeFile(join(ws, copy, 'a.bin'), bytes);
    const r = await verify(copy, 'blake-shards.sig');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/changed a\.bin:100:200/);
    expect(r.stdout).not.toMatch(/changed a\.bin:0:100|changed a\.bin:200:250/);
  }, 60_000);

  test('another hash type is refused, naming it and the ones taken', async () => {
    await signInto(
      'sha3.sig',
      v1('m', { ...ser, hash_type: 'sha3_256' }, [
        { name: 'a.bin', algorithm: 'sha3_256', digest: 'ab'.repeat(32) },
      ]),
    );
    const r = await verify('m', 'sha3.sig');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /hash type 'sha3_256' is not supported \(sha256 or blake2b or blake3\)/,
    );
  }, 60_000);
});

describe('a single-file model', () => {
  const ser = { method: 'files', hash_type: 'sha256', allow_symlinks: false, ignore_paths: [] };

  test.each(['.', 'a.bin'])(
    'a resource named %s verifies against the file',
    async (name) => {
      const sig = `single-${name === '.' ? 'dot' : 'named'}.sig`;
      await signInto(
        sig,
        v1('a.bin', ser, [{ name, algorithm: 'sha256', digest: digest('sha256', 'm/a.bin') }]),
      );
      const ok = await expectVerified('m/a.bin', sig);
      expect(ok.files).toEqual({ added: [], removed: [], renamed: [], changed: [] });
    },
    60_000,
  );

  test('shards of a single file (.:start:end) verify; another name is reported as a rename', async () => {
    const shards = [
      [0, 100],
      [100, 200],
      [200, 250],
    ].map(([s, e]) => ({
      name: `.:${s}:${e}`,
      algorithm: 'sha256',
      digest: digest('sha256', 'm/a.bin', s, e),
    }));
    await signInto(
      'single-shards.sig',
      v1('a.bin', { ...ser, method: 'shards', shard_size: 100 }, shards),
    );
    await expectVerified('m/a.bin', 'single-shards.sig');
    await signInto(
      'single-other.sig',
      v1('a.bin', ser, [
        { name: 'other.bin', algorithm: 'sha256', digest: digest('sha256', 'm/a.bin') },
      ]),
    );
    const r = await verify('m/a.bin', 'single-other.sig');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/renamed other\.bin → \. in /);
  }, 60_000);
});

describe('sign-model makes them too: --shard-size and --hash-type', () => {
  const statementOf = async (sig: string) => {
    const bundle = JSON.parse(await readFile(join(ws, sig), 'utf8'));
    return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
  };

  test('shards of 100 bytes: each range by Python, in code-point order; one changed shard fails alone', async () => {
    const s = await sh(
      'tp sign-model --model m --private-key key.pem --shard-size 100 --output s.sig',
    );
    if (s.code !== 0) throw new Error(s.stderr);
    const st = await statementOf('s.sig');
    expect(st.predicate.serialization).toEqual({
      method: 'shards',
      hash_type: 'sha256',
      shard_size: 100,
      allow_symlinks: false,
      ignore_paths: ['.git', '.gitattributes', '.github', '.gitignore', 'model.sig'],
    });
    const want = [
      ['a.bin:0:100', digest('sha256', 'm/a.bin', 0, 100)],
      ['a.bin:100:200', digest('sha256', 'm/a.bin', 100, 200)],
      ['a.bin:200:250', digest('sha256', 'm/a.bin', 200, 250)],
      ['sub/b.txt:0:2', digest('sha256', 'm/sub/b.txt')],
    ];
    expect(st.predicate.resources).toEqual(
      want.map(([name, d]) => ({ algorithm: 'sha256', digest: d, name })),
    );
    expect(st.subject[0].digest.sha256).toBe(rootOf(want.map(([, d]) => d!)));
    await expectVerified('m', 's.sig');
    const copy = 'm-signed-shards';
    execFileSync('cp', ['-r', join(ws, 'm'), join(ws, copy)]);
    const bytes = Buffer.alloc(250, 1);
    bytes[120] = 9;
    await writeFile(join(ws, copy, 'a.bin'), bytes);
    const r = await verify(copy, 's.sig');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).modelSignatures[0].result.files.changed).toMatchObject([
      { name: 'a.bin:100:200' },
    ]);
  }, 60_000);

  test('blake2b: every file by Python, and it verifies', async () => {
    const s = await sh(
      'tp sign-model --model m --private-key key.pem --hash-type blake2b --output b.sig',
    );
    if (s.code !== 0) throw new Error(s.stderr);
    const st = await statementOf('b.sig');
    expect(st.predicate.serialization.hash_type).toBe('blake2b');
    expect(st.predicate.resources).toEqual(
      ['a.bin', 'sub/b.txt'].map((n) => ({
        algorithm: 'blake2b',
        digest: digest('blake2b', `m/${n}`),
        name: n,
      })),
    );
    await expectVerified('m', 'b.sig');
  }, 60_000);

  test('one file in shards: .:start:end', async () => {
    const s = await sh(
      'tp sign-model --model m/a.bin --private-key key.pem --shard-size 100 --output one.sig',
    );
    if (s.code !== 0) throw new Error(s.stderr);
    const st = await statementOf('one.sig');
    expect(st.predicate.resources.map((r: { name: string }) => r.name)).toEqual([
      '.:0:100',
      '.:100:200',
      '.:200:250',
    ]);
    await expectVerified('m/a.bin', 'one.sig');
  }, 60_000);

  test.each([
    ['--shard-size 0', /shard-size.*'0' is not a number of bytes/],
    ['--shard-size 1e3', /shard-size.*'1e3' is not a number of bytes/],
    ['--hash-type md5', /hash-type.*'md5' is not one OMS lists.*sha256, blake2b, blake3/],
    ['--hash-type blake3 --shard-size 100', /shard-size.*blake3 is not cut into shards/],
  ])('%s is refused (exit 2), nothing written', async (flag, reason) => {
    const r = await sh(
      `tp sign-model --model m --private-key key.pem ${flag} --output refused.sig`,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    await expect(readFile(join(ws, 'refused.sig'))).rejects.toThrow(/ENOENT/);
  });
});
