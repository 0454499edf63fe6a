// verify-proof checks a record signed with a key, or with a certificate of the user's own PKI,
// with the signer flags verify takes (--public-key, --cert-chain), as on a cluster without
// OIDC. A proof whose record did not verify is never "does not hold": a wrong key or anchor is
// exit 1 saying the record's signature or signer did not verify, and no signer is bad input.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePki } from '../helpers/pki.js';
import { sha256sum } from '../helpers/independent.js';
import { runBare } from '../helpers/shell.js';

let ws: string;
let member: string;
const tp = (args: string[]) => runBare(args, ws);
const pem = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    priv: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    pub: publicKey.export({ type: 'spki', format: 'pem' }) as string,
  };
};

async function attest(out: string, signer: string[]): Promise<void> {
  const r = await tp([
    'attest',
    '--model',
    'model.bin',
    '--dataset',
    'train=data',
    ...signer,
    '--python',
    'none',
    '--output-dir',
    out,
  ]);
  if (r.code !== 0) throw new Error(r.stderr);
}

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-proof-signers-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await writeFile(join(ws, 'model.bin'), 'weights');
  await mkdir(join(ws, 'data'));
  for (let i = 0; i < 20; i++) await writeFile(join(ws, `data/s${i}.txt`), `sample ${i}\n`);
  const key = pem();
  await writeFile(join(ws, 'key.pem'), key.priv, { mode: 0o600 });
  await writeFile(join(ws, 'key.pub'), key.pub);
  await writeFile(join(ws, 'other.pub'), pem().pub);
  const pki = await makePki();
  const ca = await pki.intermediate();
  const leaf = await ca.leaf();
  await writeFile(join(ws, 'leaf.key'), leaf.key.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  // --signing-cert's one file: the certificate, then the chain that issued it.
  await writeFile(join(ws, 'leaf.pem'), leaf.cert.toString('pem') + ca.cert.toString('pem'));
  await writeFile(join(ws, 'ca.pem'), ca.cert.toString('pem'));
  await writeFile(join(ws, 'root.pem'), pki.root.toString('pem'));
  await writeFile(join(ws, 'stranger.pem'), (await makePki('a stranger')).root.toString('pem'));
  await attest('key', ['--private-key', 'key.pem']);
  await attest('pki', ['--private-key', 'leaf.key', '--signing-cert', 'leaf.pem']);
  member = sha256sum(join(ws, 'data/s7.txt'));
  const p = await tp([
    'prove',
    '--dataset',
    'data',
    '--digest',
    `sha256:${member}`,
    '--output',
    'proof.json',
  ]);
  if (p.code !== 0) throw new Error(p.stderr);
}, 60_000);
afterAll(() => rm(ws, { recursive: true, force: true }));

const verifyProof = (record: string, ...signer: string[]) =>
  tp([
    'verify-proof',
    '--bundle',
    `${record}/training.sigstore.json`,
    '--proof',
    'proof.json',
    ...signer,
  ]);

test('verify-proof --help lists the signer flags verify takes', async () => {
  const r = await tp(['verify-proof', '--help']);
  expect(r.stdout).toMatch(/--public-key PEM/);
  expect(r.stdout).toMatch(/--cert-chain PEM/);
});

describe('a record signed with a key', () => {
  test('--public-key: the proof is checked, and says whose key signed', async () => {
    const r = await verifyProof('key', '--public-key', 'key.pub');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(
      new RegExp(
        `^sha256:${member} WAS in dataset 'train' \\(20 committed digests\\) .*signed by the key given \\(hint [0-9a-f]{64}\\)`,
      ),
    );
  });

  test('another key: exit 1, the record did not verify (its signature), the proof unchecked', async () => {
    const r = await verifyProof('key', '--public-key', 'other.pub');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^the training record did not verify \(signature\): /);
    expect(r.stdout).toContain('does not verify with the public key given');
    expect(r.stdout).toMatch(/the proof was not checked/);
    expect(r.stdout).not.toMatch(/does not hold/);
  });

  test('a repository asked of it: exit 1, its signer did not verify', async () => {
    const r = await verifyProof('key', '--public-key', 'key.pub', '--repository', 'acme/vision');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^the training record did not verify \(signer\): signed with a key/);
    expect(r.stdout).not.toMatch(/does not hold/);
  });

  test('no signer at all: bad input (exit 2) naming the flags', async () => {
    const r = await verifyProof('key');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: INPUT_MISSING: .*--public-key.*--cert-chain/);
    expect(r.stdout).toBe('');
  });

  test('--format json says why the proof was not checked', async () => {
    const r = await verifyProof('key', '--public-key', 'other.pub', '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ holds: false, recordVerified: false });
    expect(json.violations[0]).toMatchObject({ kind: 'signature', rule: 'public-key' });
  });
});

describe('a record signed with a certificate of your PKI', () => {
  test('--cert-chain with its root: the proof is checked', async () => {
    const r = await verifyProof('pki', '--cert-chain', 'root.pem');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /WAS in dataset 'train' .*signed by a certificate of the anchors given \(CN=model signer\)/,
    );
  });

  test("another PKI's root: exit 1, its signature does not chain, the proof unchecked", async () => {
    const r = await verifyProof('pki', '--cert-chain', 'stranger.pem');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^the training record did not verify \(signature\): /);
    expect(r.stdout).toContain('does not chain to an anchor given');
    expect(r.stdout).not.toMatch(/does not hold/);
  });
});
