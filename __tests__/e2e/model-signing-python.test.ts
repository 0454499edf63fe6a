// Against the real model_signing 1.1.1 from PyPI, in the project's pinned virtualenv (.venv,
// made by scripts/python-peers), through the bundled command as typed: its Python API signs
// with BLAKE3 and our verify accepts it; our sign-model signs (sha256 and BLAKE3) and its
// verifier accepts ours; `digest` prints the root model_signing computes for a directory. A
// missing virtualenv fails these tests: they are the only check against the real peer.
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { peer } from '../helpers/python-peers.js';
import { installTp, sh as shell } from '../helpers/shell.js';

const execFileAsync = promisify(execFile);
const MiB = 1024 * 1024;

let bin: string;
let ws: string;
const sh = (line: string) => shell(bin, line, ws);

/** Runs `code` in the pinned virtualenv's Python with `args`; its stdout, trimmed. */
async function python(code: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(peer('python'), ['-c', code, ...args], { cwd: ws });
  return stdout.trim();
}

// model_signing's Python API (model_signing/signing.py, hashing.py, verifying.py).
const SIGN_BLAKE3 = `
import sys, model_signing
model, key, sig = sys.argv[1:4]
model_signing.signing.Config().use_elliptic_key_signer(private_key=key).set_hashing_config(
    model_signing.hashing.Config().use_file_serialization(hashing_algorithm="blake3")
).sign(model, sig)
`;
// No hashing configuration given: it is taken from the signature (hash type, ignore paths).
const VERIFY = `
import sys, model_signing
model, pub, sig = sys.argv[1:4]
model_signing.verifying.Config().use_elliptic_key_verifier(public_key=pub).verify(model, sig)
print("verified")
`;
// The root model_signing signs for a path: the manifest hashing.Config builds, laid out as the
// signing payload (model_signing/_signing/signing.py, Payload), whose subject is the root.
const ROOT = `
import sys, model_signing
from model_signing._signing import signing
path, alg = sys.argv[1:3]
manifest = model_signing.hashing.Config().use_file_serialization(hashing_algorithm=alg).hash(path)
print(signing.Payload(manifest).statement.pb.subject[0].digest["sha256"])
`;

beforeAll(async () => {
  expect(await python('import model_signing; print(model_signing.__version__)')).toBe('1.1.1');
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'tp-model-signing-py-'));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(ws, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(ws, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  // PurePosixPath and code-point orders differ here: tokenizer.json beside tokenizer/. Two files
  // larger than the work the calling thread keeps for itself, so a hashing worker takes one.
  await mkdir(join(ws, 'm/tokenizer'), { recursive: true });
  await writeFile(join(ws, 'm/tokenizer.json'), '{"model": "bpe"}\n');
  await writeFile(join(ws, 'm/tokenizer/vocab.txt'), 'a\nb\n');
  await writeFile(join(ws, 'm/empty'), '');
  for (const [name, fill] of [
    ['w1.bin', 1],
    ['w2.bin', 2],
  ] as const) {
    const bytes = Buffer.alloc(30 * MiB + 3, fill);
    bytes[17 * MiB] = 0xee;
    await writeFile(join(ws, 'm', name), bytes);
  }
  await writeFile(join(ws, 'one.gguf'), Buffer.alloc(5 * MiB + 1, 7));
}, 120_000);
afterAll(() => (ws ? rm(ws, { recursive: true, force: true }) : undefined));

/** A copy of the model in the workspace, to change. */
async function copyOfModel(name: string): Promise<string> {
  await cp(join(ws, 'm'), join(ws, name), { recursive: true });
  return name;
}

const statementOf = async (sig: string) => {
  const bundle = JSON.parse(await readFile(join(ws, sig), 'utf8'));
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
};

test('(a) model_signing signs with hashing_algorithm="blake3"; our verify accepts it, a changed byte fails', async () => {
  await python(SIGN_BLAKE3, 'm', 'key.pem', 'py-blake3.sig');
  const st = await statementOf('py-blake3.sig');
  expect(st.predicate.serialization.hash_type).toBe('blake3');
  const ok = await sh(
    'tp verify --model m --model-signature py-blake3.sig --public-key key.pub --format json',
  );
  if (ok.code !== 0) throw new Error(`${ok.stdout}\n${ok.stderr}`);
  const result = JSON.parse(ok.stdout).modelSignatures[0].result;
  expect(result.hashType).toBe('blake3');
  expect(result.root).toBe(st.subject[0].digest.sha256);

  const changed = await copyOfModel('m-changed');
  const w2 = join(ws, changed, 'w2.bin');
  const bytes = await readFile(w2);
  bytes.writeUInt8(bytes.readUInt8(25 * MiB) ^ 1, 25 * MiB);
  await writeFile(w2, bytes);
  const bad = await sh(
    `tp verify --model ${changed} --model-signature py-blake3.sig --public-key key.pub`,
  );
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/changed w2\.bin: its blake3 is [0-9a-f]{64}/);
}, 120_000);

test.each([
  ['sha256', ''],
  ['blake3', '--hash-type blake3'],
])(
  '(b) our sign-model --private-key, %s: model_signing verifies it',
  async (hashType, flag) => {
    const sig = `ours-${hashType}.sig`;
    const s = await sh(`tp sign-model --model m --private-key key.pem ${flag} --output ${sig}`);
    if (s.code !== 0) throw new Error(s.stderr);
    expect((await statementOf(sig)).predicate.serialization.hash_type).toBe(hashType);
    expect(await python(VERIFY, 'm', 'key.pub', sig)).toBe('verified');
    const changed = await copyOfModel(`m-${hashType}-changed`);
    await appendFile(join(ws, changed, 'tokenizer.json'), ' ');
    await expect(python(VERIFY, changed, 'key.pub', sig)).rejects.toThrow(/tokenizer\.json/);
  },
  120_000,
);

test("(b) model_signing's own command, verify key, accepts our sha256 signature", async () => {
  const s = await sh('tp sign-model --model m --private-key key.pem --output cli.sig');
  if (s.code !== 0) throw new Error(s.stderr);
  const cli = peer('model_signing');
  const { stdout } = await execFileAsync(
    cli,
    ['verify', 'key', '--public_key', 'key.pub', '--signature', 'cli.sig', 'm'],
    { cwd: ws },
  );
  expect(stdout).toMatch(/Verification succeeded/);
}, 120_000);

describe('(c) digest prints the root model_signing computes', () => {
  test.each([
    ['sha256', 'sha256', ''],
    ['blake2b', 'blake2', '--hash-type blake2b'],
    ['blake3', 'blake3', '--hash-type blake3'],
  ])(
    'a directory whose orders differ, %s',
    async (_ours, theirs, flag) => {
      const want = await python(ROOT, 'm', theirs);
      const r = await sh(`tp digest m ${flag}`);
      if (r.code !== 0) throw new Error(r.stderr);
      expect(r.stdout).toBe(`sha256:${want}\n`);
    },
    120_000,
  );

  test.each([
    ['sha256', 'sha256', ''],
    ['blake3', 'blake3', '--hash-type blake3'],
  ])(
    'a one-file model, %s, as JSON',
    async (ours, theirs, flag) => {
      const want = await python(ROOT, 'one.gguf', theirs);
      const r = await sh(`tp digest one.gguf ${flag} --format json`);
      if (r.code !== 0) throw new Error(r.stderr);
      expect(JSON.parse(r.stdout)).toEqual({
        path: join(ws, 'one.gguf'),
        digest: `sha256:${want}`,
        hashType: ours,
        files: 1,
      });
    },
    120_000,
  );
});
