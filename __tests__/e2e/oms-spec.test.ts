// The OpenSSF Model Signing specification v1.0's own schemas and vectors (__tests__/vectors/
// oms-spec). Every model.sig we write, by every method (key, certificate, keyless; sign-model
// and attest's --sign-model), validates against the schemas: the bundle, and the
// statement it signs. The spec's valid and invalid vectors go through inspect and verify
// with the verdicts the spec gives them.
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { signWithKey } from '../../src/sign/key.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { makePki } from '../helpers/pki.js';
import { installTp, sh as shell } from '../helpers/shell.js';
import { vector } from '../helpers/vectors.js';

const SCHEMAS = vector('oms-spec', 'schemas', 'v1.0');
const VECTORS = vector('oms-spec', 'test-vectors', 'v1.0');
const ajv = new Ajv2020({ allErrors: true, strict: false });
let bin: string;
let ws: string;
const sh = (line: string, env: Record<string, string> = {}) => shell(bin, line, ws, env);

/** What the schemas find wrong with a bundle and with the statement it signs; [] when nothing. */
function schemaErrors(bundle: unknown): string[] {
  const check = (id: string, doc: unknown, what: string) => {
    const validate = ajv.getSchema(id)!;
    return validate(doc)
      ? []
      : (validate.errors ?? []).map((e) => `${what}${e.instancePath} ${e.message}`);
  };
  const errors = check('https://model_signing/bundle/v1.0/schema', bundle, 'bundle');
  const payload = (bundle as { dsseEnvelope?: { payload?: string } }).dsseEnvelope?.payload;
  if (typeof payload !== 'string') return errors;
  const statement: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  return [
    ...errors,
    ...check('https://model_signing/statement/v1.0/schema', statement, 'statement'),
  ];
}

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));
const spec = (f: string) => join(VECTORS, f);

beforeAll(async () => {
  for (const f of await readdir(SCHEMAS))
    ajv.addSchema((await readJson(join(SCHEMAS, f))) as object);
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'tp-oms-spec-'));
  await mkdir(join(ws, 'model/sub'), { recursive: true });
  await writeFile(join(ws, 'model/config.json'), '{"layers": 2}\n');
  await writeFile(join(ws, 'model/sub/weights.bin'), Buffer.alloc(3000, 3));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(ws, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(ws, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  const pki = await makePki();
  const intermediate = await pki.intermediate();
  const leaf = await intermediate.leaf();
  await writeFile(join(ws, 'leaf.key'), leaf.key.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(ws, 'leaf.pem'), leaf.cert.toString('pem'));
  await writeFile(join(ws, 'intermediate.pem'), intermediate.cert.toString('pem'));
  // --signing-cert holds the chain: the certificate, then the one that issued it.
  await writeFile(
    join(ws, 'leaf-chain.pem'),
    leaf.cert.toString('pem') + '\n' + intermediate.cert.toString('pem'),
  );
  await writeFile(join(ws, 'root.pem'), pki.root.toString('pem'));
}, 60_000);
afterAll(() => rm(ws, { recursive: true, force: true }));

describe("the specification's vectors", () => {
  test.each(['valid/key', 'valid/certificate', 'valid/sigstore'])(
    '%s validates against the schemas, and inspect decodes it as a model signature',
    async (name) => {
      expect(schemaErrors(await readJson(spec(`${name}.bundle.json`)))).toEqual([]);
      const r = await sh(`tp inspect ${spec(`${name}.bundle.json`)}`);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(/NOT VERIFIED \(inspect only decodes\)/);
      expect(r.stdout).toMatch(/model signature: root sha256:[0-9a-f]{64}, method files/);
    },
  );

  test.each([
    ['invalid/missing-envelope', /is missing or has empty fields: content/],
    [
      'invalid/missing-verification-material',
      /is missing or has empty fields: verificationMaterial/,
    ],
  ])('%s fails the schema, and inspect refuses it (exit 2)', async (name, reason) => {
    expect(schemaErrors(await readJson(spec(`${name}.bundle.json`)))).not.toEqual([]);
    const r = await sh(`tp inspect ${spec(`${name}.bundle.json`)}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
  });

  test('invalid/empty is no bundle: inspect and verify refuse it (exit 2)', async () => {
    const empty = spec('invalid/empty.bundle.json');
    expect((await readFile(empty)).length).toBe(0);
    for (const line of [
      `tp inspect ${empty}`,
      `tp verify --model model --model-signature ${empty} --public-key key.pub`,
    ]) {
      const r = await sh(line);
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/is empty/)]);
    }
  });

  test('valid/sigstore verifies offline against the model it signs, as its signer; invalid/missing-tlog-entries does not', async () => {
    await cp(vector('model-signing', 'v1.1.0-sigstore'), join(ws, 'signed'), { recursive: true });
    const line = (name: string) =>
      sh(
        `tp verify --model signed --model-signature ${spec(`${name}.bundle.json`)} --trusted-root public-good --cert-identity stefanb@us.ibm.com --cert-oidc-issuer https://sigstore.verify.ibm.com/oauth2 --format json`,
      );
    const ok = await line('valid/sigstore');
    if (ok.code !== 0) throw new Error(ok.stdout + ok.stderr);
    expect(JSON.parse(ok.stdout).modelSignatures[0].result.verified).toBe(true);
    expect(
      schemaErrors(await readJson(spec('invalid/missing-tlog-entries.bundle.json'))),
    ).not.toEqual([]);
    const noLog = await line('invalid/missing-tlog-entries');
    expect(noLog.code).toBe(1);
    const sigViolations = JSON.parse(noLog.stdout).modelSignatures[0].result.violations;
    expect(sigViolations.map((v: { kind: string }) => v.kind)).toContain('signature');
  }, 60_000);

  test('valid/certificate: its chain reaches its own intermediate given as the anchor; only the files (not shipped) differ', async () => {
    const bundle = (await readJson(spec('valid/certificate.bundle.json'))) as {
      verificationMaterial: { x509CertificateChain: { certificates: Array<{ rawBytes: string }> } };
    };
    const [, issuer] = bundle.verificationMaterial.x509CertificateChain.certificates;
    const pem = `-----BEGIN CERTIFICATE-----\n${issuer!.rawBytes.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
    await writeFile(join(ws, 'spec-intermediate.pem'), pem);
    const line = (anchor: string) =>
      sh(
        `tp verify --model model --model-signature ${spec('valid/certificate.bundle.json')} --cert-chain ${anchor} --format json`,
      );
    const r = JSON.parse((await line('spec-intermediate.pem')).stdout).modelSignatures[0].result;
    expect(r.violations.length).toBeGreaterThan(0);
    expect(r.violations.filter((v: { kind: string }) => v.kind !== 'subject')).toEqual([]);
    const other = JSON.parse((await line('root.pem')).stdout).modelSignatures[0].result;
    expect(other.violations[0].message).toMatch(/does not chain to an anchor given/);
  }, 60_000);

  test('invalid-payload/wrong-predicate: inspect shows no model signature; its statement, signed, is refused by verify', async () => {
    const path = spec('invalid-payload/wrong-predicate.bundle.json');
    const doc = (await readJson(path)) as { dsseEnvelope: { payload: string } };
    expect(schemaErrors(doc)).toEqual([
      expect.stringMatching(/^statement\/predicateType must be equal to constant/),
    ]);
    const shown = await sh(`tp inspect ${path}`);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/predicate: +https:\/\/example\.com\/wrong-predicate\/v1\.0/);
    expect(shown.stdout).not.toMatch(/model signature:/);
    // The vector's key is not published: its payload, byte for byte, signed with ours.
    const privateKey = createPrivateKey(await readFile(join(ws, 'key.pem')));
    const resigned = await signWithKey(
      Buffer.from(doc.dsseEnvelope.payload, 'base64'),
      { privateKey },
      { modelSignature: true },
    );
    await writeFile(join(ws, 'wrong-predicate.sig'), JSON.stringify(resigned));
    const r = await sh(
      'tp verify --model model --model-signature wrong-predicate.sig --public-key key.pub',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /predicate type is 'https:\/\/example\.com\/wrong-predicate\/v1\.0', not an OMS model signature/,
    );
  }, 60_000);
});

describe('every model.sig we write validates against the schemas', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 60_000);
  afterAll(() => stack?.close());
  const keyless = () => `--trust-config ${stack.trustConfigFulcioRekorPath}`;

  const cases: Array<[string, () => string]> = [
    ['sign-model --private-key', () => '--private-key key.pem'],
    ['sign-model --private-key --shard-size', () => '--private-key key.pem --shard-size 1000'],
    [
      'sign-model --private-key --hash-type blake2b',
      () => '--private-key key.pem --hash-type blake2b',
    ],
    [
      'sign-model --signing-cert (leaf alone)',
      () => '--private-key leaf.key --signing-cert leaf.pem',
    ],
    [
      'sign-model --signing-cert with its chain',
      () => '--private-key leaf.key --signing-cert leaf-chain.pem',
    ],
    ['sign-model keyless', keyless],
  ];
  test.each(cases)(
    '%s',
    async (what, flags) => {
      const out = `${what.replace(/\W+/g, '-')}.sig`;
      const r = await sh(`tp sign-model --model model ${flags()} --output ${out}`, {
        SIGSTORE_ID_TOKEN: await stack.mintToken(),
      });
      if (r.code !== 0) throw new Error(r.stderr);
      expect(schemaErrors(await readJson(join(ws, out)))).toEqual([]);
    },
    60_000,
  );

  test.each([
    ['keyless', keyless],
    ['with a key', () => '--private-key key.pem'],
    [
      'with a certificate and its chain',
      () => '--private-key leaf.key --signing-cert leaf-chain.pem',
    ],
  ])(
    'attest --sign-model, %s',
    async (what, flags) => {
      const model = `attested-${what.replace(/\W+/g, '-')}`;
      await cp(join(ws, 'model'), join(ws, model), { recursive: true });
      const r = await sh(
        `tp attest --model ${model} --sign-model --python none ${flags()} --output-dir out-${model}`,
        { SIGSTORE_ID_TOKEN: await stack.mintToken() },
      );
      if (r.code !== 0) throw new Error(r.stderr);
      expect(schemaErrors(await readJson(join(ws, model, 'model.sig')))).toEqual([]);
    },
    60_000,
  );
});
