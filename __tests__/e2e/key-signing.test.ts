// Signing without OIDC, as on a cluster that has none: attest --private-key on a machine with
// no CI variables signs the training record with an EC key; verify --public-key passes with
// that key and fails with another, without one, and wherever a CI identity is asked for.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { runBare } from '../helpers/shell.js';
import { makePki } from '../helpers/pki.js';

let ws: string;
let keyPem: string;

const tp = (args: string[], extra: Record<string, string> = {}) => runBare(args, ws, extra);

function keyPair(curve: string, passphrase?: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
  return {
    priv: privateKey.export({
      type: 'pkcs8',
      format: 'pem',
      ...(passphrase ? { cipher: 'aes-256-cbc', passphrase } : {}),
    }) as string,
    pub: publicKey.export({ type: 'spki', format: 'pem' }) as string,
  };
}

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-key-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await writeFile(join(ws, 'model.bin'), 'weights');
  const k = keyPair('P-384');
  keyPem = k.priv;
  await writeFile(join(ws, 'key.pem'), k.priv, { mode: 0o600 });
  await writeFile(join(ws, 'key.pub'), k.pub);
  await writeFile(join(ws, 'other.pub'), keyPair('P-384').pub);
  const r = await tp([
    'attest',
    '--model',
    'model.bin',
    '--private-key',
    'key.pem',
    '--python',
    'none',
    '--output-dir',
    'out',
  ]);
  if (r.code !== 0) throw new Error(r.stderr);
});

const verify = (...extra: string[]) =>
  tp(['verify', '--model', 'model.bin', '--bundle', 'out/training.sigstore.json', ...extra]);

test('no CI at all: the training record, signed with the key, says local; the key is nowhere', async () => {
  expect((await readdir(join(ws, 'out'))).sort()).toEqual([
    'training.intoto.json',
    'training.sigstore.json',
  ]);
  const bundle = JSON.parse(await readFile(join(ws, 'out/training.sigstore.json'), 'utf8'));
  expect(bundle.verificationMaterial.publicKey.hint).toMatch(/^[A-Za-z0-9+/=_-]+$/);
  expect(bundle.verificationMaterial.certificate).toBeUndefined();
  const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
  expect(
    statement.predicate.buildDefinition.internalParameters.training_provenance.identitySource,
  ).toBe('local');
  const body = keyPem.split('\n').slice(1, -2).join('');
  for (const f of await readdir(join(ws, 'out')))
    expect((await readFile(join(ws, 'out', f), 'utf8')).replace(/\s/g, '')).not.toContain(
      body.slice(0, 40),
    );
});

test('verify --public-key: the right key passes, another key fails, naming both', async () => {
  const ok = await verify('--public-key', 'key.pub');
  expect(ok.code).toBe(0);
  expect(ok.stdout).toMatch(/^VERIFIED/);
  expect(ok.stdout).toMatch(
    /Signer: the key given \(hint [^)]+\); no CI certificate, so no CI identity/,
  );
  const other = await verify('--public-key', 'other.pub');
  expect(other.code).toBe(1);
  expect(other.stdout).toContain('does not verify with the public key given');
  // No key and no signer at all: bad usage, naming the key flag among the others.
  const none = await verify();
  expect(none.code).toBe(2);
  expect(none.stderr).toMatch(/no expected signer was given.*--public-key/);
});

test('a CI identity asked of a key-signed record is never met', async () => {
  const r = await verify('--public-key', 'key.pub', '--repository', 'acme/vision');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(
    'signed with a key, not a CI certificate: nothing shows it was made by repository acme/vision',
  );
});

test('a changed model fails with the subject named', async () => {
  await writeFile(join(ws, 'model.bin'), 'weights, tampered');
  const r = await verify('--public-key', 'key.pub');
  await writeFile(join(ws, 'model.bin'), 'weights');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('model.bin');
});

test('an encrypted key opens with its passphrase from the environment, and says so without it', async () => {
  await writeFile(join(ws, 'enc.pem'), keyPair('P-256', 'hunter2').priv, { mode: 0o600 });
  const args = [
    'attest',
    '--model',
    'model.bin',
    '--private-key',
    'enc.pem',
    '--python',
    'none',
    '--output-dir',
    'out2',
  ];
  const without = await tp(args);
  expect(without.code).toBe(2);
  expect(without.stderr).toContain('TRAINING_PROVENANCE_KEY_PASSPHRASE');
  const withIt = await tp(args, { TRAINING_PROVENANCE_KEY_PASSPHRASE: 'hunter2' });
  expect(withIt.code).toBe(0);
  expect(withIt.stdout + withIt.stderr).not.toContain('hunter2');
});

test('a key asked to push to GitHub, or with sign off, is refused before hashing (exit 2)', async () => {
  const push = await tp([
    'attest',
    '--model',
    'model.bin',
    '--private-key',
    'key.pem',
    '--push-to-github',
    '--python',
    'none',
  ]);
  expect(push.code).toBe(2);
  expect(push.stderr).toContain('the attestations API stores keyless');
  const off = await tp([
    'attest',
    '--model',
    'model.bin',
    '--private-key',
    'key.pem',
    '--no-sign',
    '--python',
    'none',
  ]);
  expect(off.code).toBe(2);
  expect(off.stderr).toContain('private-key signs, and sign is false');
});

test('with a certificate of your PKI: verify --cert-chain takes the anchors, and only them', async () => {
  const pki = await makePki();
  const leaf = await pki.leaf();
  await writeFile(join(ws, 'leaf.key'), leaf.key.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(ws, 'leaf.pem'), leaf.cert.toString('pem'));
  await writeFile(join(ws, 'root.pem'), pki.root.toString('pem'));
  await writeFile(join(ws, 'stranger-root.pem'), (await makePki()).root.toString('pem'));
  const a = await tp([
    'attest',
    '--model',
    'model.bin',
    '--private-key',
    'leaf.key',
    '--signing-cert',
    'leaf.pem',
    '--python',
    'none',
    '--output-dir',
    'pki',
  ]);
  if (a.code !== 0) throw new Error(a.stderr);
  const v = (...extra: string[]) =>
    tp(['verify', '--model', 'model.bin', '--bundle', 'pki/training.sigstore.json', ...extra]);
  const ok = await v('--cert-chain', 'root.pem');
  expect(ok.stdout).toMatch(/^VERIFIED/);
  expect(ok.stdout).toContain('Signer: a certificate of the anchors given (CN=model signer)');
  const stranger = await v('--cert-chain', 'stranger-root.pem');
  expect(stranger.code).toBe(1);
  expect(stranger.stdout).toContain('does not chain to an anchor given');
  const pinned = await v('--cert-chain', 'root.pem', '--repository', 'acme/vision');
  expect(pinned.code).toBe(1);
  expect(pinned.stdout).toContain(
    'signed with a certificate of the anchors given, not a CI certificate',
  );
});

test('--signing-cert with its chain carries the intermediate in every bundle, so the root alone verifies them', async () => {
  const pki = await makePki();
  const intermediate = await pki.intermediate();
  const leaf = await intermediate.leaf();
  await writeFile(join(ws, 'i-leaf.key'), leaf.key.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(ws, 'i-leaf.pem'), leaf.cert.toString('pem'));
  await writeFile(join(ws, 'i-ca.pem'), intermediate.cert.toString('pem'));
  await writeFile(join(ws, 'i-root.pem'), pki.root.toString('pem'));
  // One PEM file, the certificate first, then what issued it (as cosign's --certificate-chain).
  const leafPem = leaf.cert.toString('pem');
  await writeFile(join(ws, 'i-chain.pem'), `${leafPem}\n${intermediate.cert.toString('pem')}`);
  await writeFile(join(ws, 'i-wrong.pem'), `${leafPem}\n${pki.root.toString('pem')}`);
  const attest = (dir: string, cert = 'i-leaf.pem') =>
    tp([
      'attest',
      '--model',
      'model.bin',
      '--private-key',
      'i-leaf.key',
      '--signing-cert',
      cert,
      '--python',
      'none',
      '--output-dir',
      dir,
    ]);
  const verify = (dir: string) =>
    tp([
      'verify',
      '--model',
      'model.bin',
      '--bundle',
      `${dir}/training.sigstore.json`,
      '--cert-chain',
      'i-root.pem',
    ]);
  const a = await attest('chained', 'i-chain.pem');
  if (a.code !== 0) throw new Error(a.stderr);
  const ok = await verify('chained');
  expect(ok.stdout).toMatch(/^VERIFIED/);
  expect((await attest('unchained')).code).toBe(0);
  const alone = await verify('unchained');
  expect(alone.code).toBe(1);
  expect(alone.stdout).toContain('does not chain to an anchor given');
  // A chain that did not issue the certificate is refused before anything is hashed or written.
  const wrong = await attest('wrong', 'i-wrong.pem');
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toMatch(
    /signing-cert.*i-wrong\.pem: '.*test root' did not issue 'CN=model signer'/,
  );
  await expect(readdir(join(ws, 'wrong'))).rejects.toThrow(/ENOENT/);
});

test('a one-file model: its model signature binds the provenance through the file digest', async () => {
  const s = await tp(['sign-model', '--model', 'model.bin', '--private-key', 'key.pem']);
  if (s.code !== 0) throw new Error(s.stderr);
  const r = await verify(
    '--public-key',
    'key.pub',
    '--model-signature',
    'model.bin.sig',
    '--format',
    'json',
  );
  if (r.code !== 0) throw new Error(r.stdout);
  const check = JSON.parse(r.stdout).modelSignatures[0];
  expect(check.result.verified).toBe(true);
  expect(check.binding.bound).toBe(true);
  const sha = execFileSync('sha256sum', [join(ws, 'model.bin')], { encoding: 'utf8' }).split(
    ' ',
  )[0];
  expect(check.binding.statement).toBe(
    `the OMS signature and the provenance bind the same model: subject 'model.bin' has sha256 ${sha}, the signed file's digest`,
  );
});

test('a model signature whose file name holds a comma is that one file, not two', async () => {
  const s = await tp([
    'sign-model',
    '--model',
    'model.bin',
    '--private-key',
    'key.pem',
    '--output',
    'model,v2.sig',
  ]);
  if (s.code !== 0) throw new Error(s.stderr);
  const r = await verify('--public-key', 'key.pub', '--model-signature', 'model,v2.sig');
  expect(r.stderr).not.toMatch(/model\.sig|ENOENT|cannot be read/);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('model,v2.sig');
});

test('inspect decodes what a key signed: the record and a model signature', async () => {
  const record = await tp(['inspect', 'out/training.sigstore.json']);
  expect(record.code).toBe(0);
  expect(record.stdout).toMatch(/signer: +a key \(hint [0-9a-f]{64}\): no certificate/);
  await tp(['sign-model', '--model', 'model.bin', '--private-key', 'key.pem', '--output', 'm.sig']);
  const sig = await tp(['inspect', 'm.sig']);
  expect(sig.code).toBe(0);
  expect(sig.stdout).toMatch(/signed files \(1\):\n {2}\. {2}sha256:[0-9a-f]{64}/);
});

describe('the verify sub-action (dist/index.js, as a runner runs it) with a key', () => {
  const run = (inputs: Record<string, string>) =>
    runAction({
      workspace: ws,
      action: 'verify',
      inputs,
      env: githubContextEnv(),
      timeoutMs: 60_000,
    });
  const base = { model: 'model.bin', bundle: 'out/training.sigstore.json' };

  // A key names its holder, not a repository: pinning the workflow's own repository by default
  // (as for keyless bundles) would make every key-signed record fail in the action.
  test('public-key alone verifies a key-signed record; the current repository is not required', async () => {
    const r = await run({ ...base, 'public-key': 'key.pub' });
    expect(r.stdout).not.toMatch(/requiring the current repository/);
    expect(r.outputs.verified).toBe('true');
    expect(r.exitCode).toBe(0);
  });

  test('another key fails, and so does a repository asked for explicitly', async () => {
    const other = await run({ ...base, 'public-key': 'other.pub' });
    expect(other.exitCode).not.toBe(0);
    expect(other.outputs.verified).toBe('false');
    const pinned = await run({ ...base, 'public-key': 'key.pub', repository: 'acme/vision' });
    expect(pinned.exitCode).not.toBe(0);
    expect(pinned.stdout).toMatch(/acme\/vision/);
  });
});
