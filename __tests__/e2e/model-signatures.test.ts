// An OpenSSF model signature on its own, as a user verifies an upstream model: the real
// signatures model_signing v0.3.1, v1.0.0 and v1.1.0 made (__tests__/vectors), through the
// command as typed and through the verify sub-action, with no provenance bundle. A changed byte,
// an added file, a removed file and a wrong identity each fail, naming it; model_signing's
// --ignore-paths and --ignore-unsigned-files are honoured.
import { generateKeyPairSync, sign } from 'node:crypto';
// @peculiar/x509 (tsyringe inside) needs the Reflect metadata API loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import {
  appendFile,
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestDirectory } from '../../src/hash/index.js';
import { buildOmsStatement, omsPayload, OMS_SIGNING_IGNORES } from '../../src/oms/index.js';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { omsRootByPython, omsRootBySha256sum } from '../helpers/independent.js';
import { makePki, year, type Pki } from '../helpers/pki.js';
import { installTp, sh as shell } from '../helpers/shell.js';
import { vector } from '../helpers/vectors.js';

const SIGNER =
  '--cert-identity stefanb@us.ibm.com --cert-oidc-issuer https://sigstore.verify.ibm.com/oauth2';
let bin: string;
let ws: string;
const sh = (line: string) => shell(bin, line, ws);

/** A writable copy of a vector's model directory, named `name` in the workspace. */
async function copy(version: string, name: string): Promise<string> {
  const dir = join(ws, name);
  await cp(vector('model-signing', `${version}-sigstore`), dir, { recursive: true });
  await chmod(dir, 0o755);
  for (const f of await readdir(dir)) await chmod(join(dir, f), 0o644);
  return name;
}
/** The statement a signature file signs. */
async function payloadOf(sigPath: string) {
  const bundle = JSON.parse(await readFile(sigPath, 'utf8'));
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
}
const verifyLine = (m: string, extra = '') =>
  `tp verify --model ${m} --model-signature ${m}/model.sig ${SIGNER} ${extra}`;

beforeAll(async () => {
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'tp-oms-alone-'));
});
afterAll(() => rm(ws, { recursive: true, force: true }));

test.each(['v0.3.1', 'v1.0.0', 'v1.1.0'])(
  'model_signing %s: verify --model-signature with no --bundle passes, as its signer',
  async (version) => {
    const m = await copy(version, `model-${version}`);
    const r = await sh(verifyLine(m, '--format json'));
    if (r.code !== 0) throw new Error(`${r.stdout}\n${r.stderr}`);
    const report = JSON.parse(r.stdout);
    expect(report.verified).toBe(true);
    expect(report.signer.san).toBe('stefanb@us.ibm.com');
    expect(report.modelSignatures[0].result.root).toBe(
      '61d4849d9d90076d6215f4d525f13d6574af8e3f67aef3e6f36fc40a14fdd226',
    );
  },
  60_000,
);

describe('each change fails, naming it (exit 1)', () => {
  test.each<[string, (dir: string) => Promise<void>, RegExp]>([
    [
      'a changed byte',
      (d) => appendFile(join(ws, d, 'signme-1'), 'x'),
      /changed signme-1: its sha256 is/,
    ],
    [
      'an added file',
      (d) => writeFile(join(ws, d, 'added.bin'), 'new'),
      /added added\.bin in .*: not signed/,
    ],
    ['a removed file', (d) => rm(join(ws, d, 'signme-2')), /removed signme-2 in /],
  ])(
    '%s',
    async (what, change, reason) => {
      const m = await copy('v1.0.0', `changed-${what.replace(/ /g, '-')}`);
      await change(m);
      const r = await sh(verifyLine(m));
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(reason);
    },
    60_000,
  );

  test('a wrong identity', async () => {
    const m = await copy('v1.0.0', 'wrong-identity');
    const r = await sh(
      `tp verify --model ${m} --model-signature ${m}/model.sig --cert-identity someone@example.com --cert-oidc-issuer https://sigstore.verify.ibm.com/oauth2`,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/someone@example\.com/);
  }, 60_000);
});

test('--ignore-paths and --ignore-unsigned-files let an added file pass, as model_signing does', async () => {
  const m = await copy('v1.0.0', 'with-extra');
  await writeFile(join(ws, m, 'README.md'), 'added after signing');
  expect((await sh(verifyLine(m))).code).toBe(1);
  // Relative to the model, or absolute inside it, as model_signing takes them.
  expect((await sh(verifyLine(m, '--ignore-paths README.md'))).code).toBe(0);
  expect((await sh(verifyLine(m, `--ignore-paths ${join(ws, m, 'README.md')}`))).code).toBe(0);
  expect((await sh(verifyLine(m, '--ignore-unsigned-files'))).code).toBe(0);
}, 60_000);

test('the verify sub-action checks a model signature alone, with no bundle', async () => {
  const m = await copy('v1.1.0', 'action-model');
  const run = (identity: string) =>
    runAction({
      workspace: ws,
      action: 'verify',
      inputs: {
        model: m,
        'model-signature': `${m}/model.sig`,
        'cert-identity': identity,
        'cert-oidc-issuer': 'https://sigstore.verify.ibm.com/oauth2',
      },
      env: githubContextEnv(),
    });
  const ok = await run('stefanb@us.ibm.com');
  if (ok.exitCode !== 0) throw new Error(`${ok.stdout}\n${ok.stderr}`);
  expect(ok.outputs.verified).toBe('true');
  const bad = await run('someone@example.com');
  expect(bad.exitCode).not.toBe(0);
  expect(bad.outputs.verified).toBe('false');
}, 60_000);

test("the action's model-signature-identity-regex pins the model signer, as the CLI's flag does", async () => {
  const m = await copy('v1.0.0', 'action-regex');
  const run = (regex: string) =>
    runAction({
      workspace: ws,
      action: 'verify',
      inputs: {
        model: m,
        'model-signature': `${m}/model.sig`,
        'model-signature-identity-regex': regex,
        'model-signature-issuer': 'https://sigstore.verify.ibm.com/oauth2',
      },
      env: githubContextEnv(),
    });
  const ok = await run('^stefanb@us\\.ibm\\.com$');
  if (ok.exitCode !== 0) throw new Error(`${ok.stdout}\n${ok.stderr}`);
  expect(ok.outputs.verified).toBe('true');
  const bad = await run('^someone@');
  expect(bad.outputs.verified).toBe('false');
  const cli = await sh(
    `tp verify --model ${m} --model-signature ${m}/model.sig --model-signature-identity-regex '^someone@' --model-signature-issuer https://sigstore.verify.ibm.com/oauth2`,
  );
  expect(cli.code).toBe(1);
}, 60_000);

describe('sign-model: an OMS signature made on its own, keyless on the local stack', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 60_000);
  afterAll(() => stack?.close());
  const signing = () => `--trust-config ${stack.trustConfigFulcioRekorPath}`;
  const pins = () => `--repository acme/vision --trusted-root ${stack.trustedRootPath}`;

  test('verify accepts it, and its root is the OMS rule computed by Python', async () => {
    await mkdir(join(ws, 'own/sub'), { recursive: true });
    await writeFile(join(ws, 'own/config.json'), '{"a": 1}');
    await writeFile(join(ws, 'own/sub/weights.bin'), 'w'.repeat(100));
    await writeFile(join(ws, 'own/.hidden'), 'dotfiles are signed');
    await writeFile(join(ws, 'own/notes.txt'), 'left out');
    const s = await shell(
      bin,
      `tp sign-model --model own ${signing()} --ignore-paths notes.txt --format json`,
      ws,
      { SIGSTORE_ID_TOKEN: await stack.mintToken() },
    );
    if (s.code !== 0) throw new Error(s.stderr);
    const signed = JSON.parse(s.stdout);
    expect(signed.path).toBe(join(ws, 'own/model.sig'));
    expect(signed.root).toBe(
      omsRootByPython(join(ws, 'own'), [
        '.git',
        '.gitattributes',
        '.github',
        '.gitignore',
        'model.sig',
        'notes.txt',
      ]),
    );
    const v = await sh(`tp verify --model own --model-signature own/model.sig ${pins()}`);
    expect([v.code, v.stderr]).toEqual([0, '']);
    await appendFile(join(ws, 'own/sub/weights.bin'), 'x');
    const changed = await sh(`tp verify --model own --model-signature own/model.sig ${pins()}`);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/changed \S*sub\/weights\.bin/);
  }, 60_000);

  test('--output writes it elsewhere; no token is refused', async () => {
    await mkdir(join(ws, 'elsewhere'), { recursive: true });
    await writeFile(join(ws, 'elsewhere/w.bin'), 'w');
    const s = await shell(
      bin,
      `tp sign-model --model elsewhere --output sigs/elsewhere.sig ${signing()}`,
      ws,
      { SIGSTORE_ID_TOKEN: await stack.mintToken() },
    );
    expect(s.code).toBe(0);
    const v = await sh(
      `tp verify --model elsewhere --model-signature sigs/elsewhere.sig ${pins()}`,
    );
    expect(v.code).toBe(0);
    const none = await sh(`tp sign-model --model elsewhere ${signing()}`);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/OIDC_UNAVAILABLE/);
  }, 60_000);
});

describe('a model that is one file, as model_signing signs it: one resource named .', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 60_000);
  afterAll(() => stack?.close());
  const pins = () => `--repository acme/vision --trusted-root ${stack.trustedRootPath}`;

  test('keyless: FILE.sig beside it, verified; a changed byte fails', async () => {
    const file = join(ws, 'single.gguf');
    await writeFile(file, Buffer.alloc(3000, 5));
    const s = await shell(
      bin,
      `tp sign-model --model single.gguf --trust-config ${stack.trustConfigFulcioRekorPath} --format json`,
      ws,
      { SIGSTORE_ID_TOKEN: await stack.mintToken() },
    );
    if (s.code !== 0) throw new Error(s.stderr);
    expect(JSON.parse(s.stdout).path).toBe(`${file}.sig`);
    const st = await payloadOf(`${file}.sig`);
    expect(st.subject[0].name).toBe('single.gguf');
    expect(st.predicate.resources.map((r: { name: string }) => r.name)).toEqual(['.']);
    expect(st.predicate.serialization.ignore_paths).toEqual([]);
    // The root by coreutils: sha256 over the file's raw sha256.
    expect(st.subject[0].digest.sha256).toBe(omsRootBySha256sum(ws, ['single.gguf']));
    const line = `tp verify --model single.gguf --model-signature single.gguf.sig ${pins()}`;
    expect(await sh(line)).toMatchObject({ code: 0, stderr: '' });
    await appendFile(file, 'x');
    const changed = await sh(line);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/changed \.: its sha256 is/);
  }, 60_000);
});

describe('signed with a key, as model_signing sign key does: no OIDC, no log', () => {
  const keyPair = async (name: string, curve: string, passphrase?: string) => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
    await writeFile(
      join(ws, `${name}.key`),
      privateKey.export({
        type: 'pkcs8',
        format: 'pem',
        ...(passphrase ? { cipher: 'aes-256-cbc', passphrase } : {}),
      }),
    );
    await writeFile(join(ws, `${name}.pub`), publicKey.export({ type: 'spki', format: 'pem' }));
  };
  beforeAll(async () => {
    await keyPair('p256', 'P-256');
    await keyPair('p384', 'P-384');
    await keyPair('other', 'P-256');
    await keyPair('locked', 'P-521', 'correct horse');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await writeFile(join(ws, 'rsa.key'), rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await mkdir(join(ws, 'keyed'), { recursive: true });
    await writeFile(join(ws, 'keyed/w.bin'), 'weights');
  });

  test.each(['p256', 'p384'])(
    '%s: sign-model --private-key, then verify --public-key',
    async (k) => {
      const s = await sh(`tp sign-model --model keyed --private-key ${k}.key --output ${k}.sig`);
      if (s.code !== 0) throw new Error(s.stderr);
      // The private key appears nowhere: not in the signature, not in what the command printed.
      const secret = (await readFile(join(ws, `${k}.key`), 'utf8')).split('\n')[1]!;
      const sigText = await readFile(join(ws, `${k}.sig`), 'utf8');
      for (const text of [sigText, s.stdout, s.stderr]) expect(text).not.toContain(secret);
      const sig = JSON.parse(sigText);
      expect(sig.verificationMaterial.publicKey.hint).toMatch(/^[0-9a-f]{64}$/);
      expect(sig.verificationMaterial.tlogEntries ?? []).toEqual([]);
      const v = await sh(
        `tp verify --model keyed --model-signature ${k}.sig --public-key ${k}.pub`,
      );
      expect([v.code, v.stderr]).toEqual([0, '']);
      const wrong = await sh(
        `tp verify --model keyed --model-signature ${k}.sig --public-key other.pub`,
      );
      expect(wrong.code).toBe(1);
      expect(wrong.stdout).toMatch(/does not verify with the public key given/);
    },
    60_000,
  );

  test('a changed file fails; a keyless signature given a key is refused', async () => {
    await sh('tp sign-model --model keyed --private-key p256.key --output changed.sig');
    await appendFile(join(ws, 'keyed/w.bin'), '!');
    const r = await sh(
      'tp verify --model keyed --model-signature changed.sig --public-key p256.pub',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/changed \S*w\.bin/);
    const v = await copy('v1.0.0', 'keyless-given-key');
    const k = await sh(
      `tp verify --model ${v} --model-signature ${v}/model.sig --public-key p256.pub`,
    );
    expect(k.code).toBe(1);
    expect(k.stdout).toMatch(/signed with a certificate, not a key/);
  }, 60_000);

  test('an encrypted key opens with its passphrase from the environment only', async () => {
    const locked = await shell(
      bin,
      'tp sign-model --model keyed --private-key locked.key --output locked.sig',
      ws,
      { TRAINING_PROVENANCE_KEY_PASSPHRASE: 'correct horse' },
    );
    expect(locked.code).toBe(0);
    expect(
      (await sh('tp verify --model keyed --model-signature locked.sig --public-key locked.pub'))
        .code,
    ).toBe(0);
    const none = await sh('tp sign-model --model keyed --private-key locked.key --output x.sig');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/encrypted .* TRAINING_PROVENANCE_KEY_PASSPHRASE/);
    expect(none.stderr).not.toContain('correct horse');
  }, 60_000);

  test('a key and no signature to check is a failure, not a pass', async () => {
    const r = await sh('tp verify --model keyed --public-key p256.pub');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/no model signature was found to verify/);
  });

  test('an RSA key is refused, naming the curves taken (exit 2)', async () => {
    const r = await sh('tp sign-model --model keyed --private-key rsa.key');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rsa key, not EC P-256, P-384 or P-521/);
  });
});

describe('signed with a certificate, as model_signing sign certificate does: --cert-chain', () => {
  let root: x509.X509Certificate;
  let pki: Pki;
  const leafCert = (opts: Parameters<Pki['leaf']>[0] = {}) => pki.leaf(opts);

  /** model.sig for `dir` as a v0.2 bundle whose verification material is the leaf's chain. */
  async function signWithCert(
    dir: string,
    leaf: Awaited<ReturnType<typeof leafCert>>,
    out: string,
  ) {
    const statement = buildOmsStatement(
      await digestDirectory(join(ws, dir), { ignorePaths: OMS_SIGNING_IGNORES }),
    );
    const payload = omsPayload(statement);
    const type = 'application/vnd.in-toto+json';
    const pae = Buffer.from(`DSSEv1 ${type.length} ${type} ${payload.length} `);
    const sig = sign('sha256', Buffer.concat([pae, payload]), leaf.key);
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
      verificationMaterial: {
        x509CertificateChain: {
          certificates: [{ rawBytes: Buffer.from(leaf.cert.rawData).toString('base64') }],
        },
        tlogEntries: [],
      },
      dsseEnvelope: {
        payload: payload.toString('base64'),
        payloadType: type,
        signatures: [{ sig: sig.toString('base64'), keyid: '' }],
      },
    };
    await writeFile(join(ws, out), JSON.stringify(bundle));
  }

  beforeAll(async () => {
    pki = await makePki();
    root = pki.root;
    await writeFile(join(ws, 'root.pem'), root.toString('pem'));
    await mkdir(join(ws, 'pki-model'), { recursive: true });
    await writeFile(join(ws, 'pki-model/w.bin'), 'weights signed with a certificate');
  });

  test('a chain to the anchor given verifies; another anchor, a bad leaf or a changed file fails', async () => {
    await signWithCert('pki-model', await leafCert(), 'pki.sig');
    const line = (sig: string, anchor = 'root.pem') =>
      sh(`tp verify --model pki-model --model-signature ${sig} --cert-chain ${anchor}`);
    const ok = await line('pki.sig');
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    // Another root: the same names, other keys.
    const other = (await makePki()).root;
    await writeFile(join(ws, 'other-root.pem'), other.toString('pem'));
    const wrongRoot = await line('pki.sig', 'other-root.pem');
    expect(wrongRoot.code).toBe(1);
    expect(wrongRoot.stdout).toMatch(/does not chain to an anchor given/);
    await signWithCert(
      'pki-model',
      await leafCert({ usage: x509.KeyUsageFlags.keyEncipherment }),
      'usage.sig',
    );
    expect((await line('usage.sig')).stdout).toMatch(/does not allow digital signatures/);
    await signWithCert(
      'pki-model',
      await leafCert({ from: year(-2), to: year(-1) }),
      'expired.sig',
    );
    expect((await line('expired.sig')).stdout).toMatch(
      /signing certificate is valid from .* not now/,
    );
    await appendFile(join(ws, 'pki-model/w.bin'), '!');
    const changed = await line('pki.sig');
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/changed \S*w\.bin/);
  }, 60_000);

  test('sign-model --private-key --signing-cert makes one that verifies with the anchor', async () => {
    await mkdir(join(ws, 'pki-own'), { recursive: true });
    await writeFile(join(ws, 'pki-own/w.bin'), 'signed by our own command');
    const leaf = await leafCert();
    await writeFile(join(ws, 'leaf.key'), leaf.key.export({ type: 'pkcs8', format: 'pem' }));
    await writeFile(join(ws, 'leaf.pem'), leaf.cert.toString('pem'));
    const s = await sh(
      'tp sign-model --model pki-own --private-key leaf.key --signing-cert leaf.pem --output own-cert.sig',
    );
    if (s.code !== 0) throw new Error(s.stderr);
    const v = await sh(
      'tp verify --model pki-own --model-signature own-cert.sig --cert-chain root.pem',
    );
    expect([v.code, v.stderr]).toEqual([0, '']);
    // A certificate issued for another key is refused before anything is signed.
    const stranger = await leafCert();
    await writeFile(join(ws, 'stranger.pem'), stranger.cert.toString('pem'));
    const wrong = await sh(
      'tp sign-model --model pki-own --private-key leaf.key --signing-cert stranger.pem --output x.sig',
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/not the certificate of the private key given/);
  }, 60_000);

  test('--signing-cert with its chain carries the intermediate, so the root alone verifies it; a wrong chain is refused', async () => {
    await mkdir(join(ws, 'pki-chain'), { recursive: true });
    await writeFile(join(ws, 'pki-chain/w.bin'), 'signed through an intermediate');
    const intermediate = await pki.intermediate();
    const leaf = await intermediate.leaf();
    await writeFile(join(ws, 'chain-leaf.key'), leaf.key.export({ type: 'pkcs8', format: 'pem' }));
    await writeFile(join(ws, 'chain-leaf.pem'), leaf.cert.toString('pem'));
    // One PEM file: the certificate, then what issued it (as cosign's --certificate-chain).
    const leafPem = leaf.cert.toString('pem');
    await writeFile(join(ws, 'chain.pem'), `${leafPem}\n${intermediate.cert.toString('pem')}`);
    await writeFile(join(ws, 'wrong-chain.pem'), `${leafPem}\n${pki.root.toString('pem')}`);
    const signLine = (cert: string, out: string) =>
      sh(
        `tp sign-model --model pki-chain --private-key chain-leaf.key --signing-cert ${cert} --output ${out}`,
      );
    const verifyLine = (sig: string) =>
      sh(`tp verify --model pki-chain --model-signature ${sig} --cert-chain root.pem`);
    const s = await signLine('chain.pem', 'chained.sig');
    if (s.code !== 0) throw new Error(s.stderr);
    const bundle = JSON.parse(await readFile(join(ws, 'chained.sig'), 'utf8'));
    const certs = bundle.verificationMaterial.x509CertificateChain.certificates;
    expect(certs.map((c: { rawBytes: string }) => c.rawBytes)).toEqual(
      [leaf.cert, intermediate.cert].map((c) => Buffer.from(c.rawData).toString('base64')),
    );
    expect(await verifyLine('chained.sig')).toMatchObject({ code: 0, stderr: '' });
    // Without the intermediate, the root alone cannot reach the leaf.
    expect((await signLine('chain-leaf.pem', 'unchained.sig')).code).toBe(0);
    expect((await verifyLine('unchained.sig')).code).toBe(1);
    // The root did not issue the leaf: refused before signing, naming both.
    const wrong = await signLine('wrong-chain.pem', 'wrong-chain.sig');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /signing-cert.*wrong-chain.pem: 'CN=training-provenance test root' did not issue 'CN=model signer'/,
    );
    await expect(readFile(join(ws, 'wrong-chain.sig'))).rejects.toThrow(/ENOENT/);
  }, 60_000);
});
