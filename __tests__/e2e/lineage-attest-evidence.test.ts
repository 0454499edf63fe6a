// Evidence about a base model signed by a certificate of the user's PKI, and an ML-BOM that gives
// the base's licence, through the command as typed. A PKI bundle's signature is checked with the
// certificate it carries (which shows it intact, not whom to trust: verify's lineage.signers
// decides), and its signer recorded as the certificate names it.
import { createPrivateKey } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signWithKey } from '../../src/sign/key.js';
import { CYCLONEDX_PREDICATE_TYPE, STATEMENT_TYPE } from '../../src/statement/layout.js';
import { makePki } from '../helpers/pki.js';
import { okIn } from '../helpers/lineage.js';
import { runBare } from '../helpers/shell.js';

let ws: string;
const tp = (...args: string[]) => runBare(args, ws);

const ok = (...args: string[]) => okIn(ws)(...args);

async function baseEntry(out: string) {
  const r = JSON.parse(await readFile(join(ws, out, 'training.intoto.json'), 'utf8'));
  return r.predicate.buildDefinition.resolvedDependencies.find(
    (d: { annotations?: { role?: string } }) => d.annotations?.role === 'base-model',
  );
}

const fineTune = (evidence: string, out: string) =>
  tp(
    'attest',
    '--model',
    'ft',
    '--base-model',
    'base',
    '--base-model-evidence',
    evidence,
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    out,
  );

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-evidence-'));
  for (const [dir, content] of [
    ['base', 'base weights'],
    ['ft', 'fine-tuned weights'],
  ] as const) {
    await mkdir(join(ws, dir));
    await writeFile(join(ws, dir, 'weights.bin'), content);
  }
});

afterAll(() => (ws ? rm(ws, { recursive: true, force: true }) : undefined));

test('a PKI-signed base record: the signer as its certificate names it; a broken signature is refused', async () => {
  const pki = await makePki();
  const leaf = await pki.leaf();
  await writeFile(join(ws, 'leaf.key'), leaf.key.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(ws, 'leaf.pem'), leaf.cert.toString('pem'));
  await ok(
    'attest',
    '--model',
    'base',
    '--private-key',
    'leaf.key',
    '--signing-cert',
    'leaf.pem',
    '--python',
    'none',
    '--output-dir',
    'base-out',
  );
  await ok(
    'attest',
    '--model',
    'ft',
    '--base-model',
    'base',
    '--base-model-evidence',
    'base-out/training.sigstore.json',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    'ft-out',
  );
  const base = await baseEntry('ft-out');
  expect(base.annotations.evidence[0].signer).toEqual({
    kind: 'pki',
    identity: 'CN=model signer',
    issuer: 'CN=training-provenance test root',
    keyHint: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  const bundle = JSON.parse(await readFile(join(ws, 'base-out/training.sigstore.json'), 'utf8'));
  const sig = Buffer.from(bundle.dsseEnvelope.signatures[0].sig, 'base64');
  sig.writeUInt8(sig.readUInt8(sig.length - 2) ^ 1, sig.length - 2);
  bundle.dsseEnvelope.signatures[0].sig = sig.toString('base64');
  await writeFile(join(ws, 'broken.sigstore.json'), JSON.stringify(bundle));
  const r = await fineTune('broken.sigstore.json', 'refused-out');
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/broken\.sigstore\.json: its signature does not verify/);
});

test("a base without a model card takes its licence from its ML-BOM's model component", async () => {
  const root = (await ok('digest', 'base')).stdout.trim().replace(/^sha256:/, '');
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    components: [
      {
        type: 'machine-learning-model',
        name: 'base',
        hashes: [{ alg: 'SHA-256', content: root }],
        licenses: [{ license: { id: 'Apache-2.0' } }],
      },
    ],
  };
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: 'base', digest: { sha256: root } }],
    predicateType: CYCLONEDX_PREDICATE_TYPE,
    predicate: bom,
  };
  const key = createPrivateKey(await readFile(join(ws, 'leaf.key')));
  const signed = await signWithKey(Buffer.from(JSON.stringify(statement)), { privateKey: key });
  await writeFile(join(ws, 'base.cdx.sigstore.json'), JSON.stringify(signed));
  const r = await fineTune('base.cdx.sigstore.json', 'bom-out');
  if (r.code !== 0) throw new Error(r.stderr);
  const base = await baseEntry('bom-out');
  expect(base.annotations.license).toBe('Apache-2.0');
  expect(base.annotations.evidence).toEqual([
    expect.objectContaining({ kind: 'ml-bom', path: 'bases/base/base.cdx.sigstore.json' }),
  ]);
});

test('a reference base pinned by its digest takes its model.sig as evidence, as verify does', async () => {
  // The base is not on this machine: only its OMS root (the reference's sha256) binds the
  // model.sig to it, the same binding verify checks.
  await mkdir(join(ws, 'ref-sig'));
  await writeFile(join(ws, 'ref-sig/weights.bin'), 'published weights');
  await ok('sign-model', '--model', 'ref-sig', '--private-key', 'leaf.key');
  const root = (await ok('digest', 'ref-sig')).stdout.trim();
  const attest = (digest: string, out: string) =>
    tp(
      'attest',
      '--model',
      'ft',
      '--base-model',
      `pub=s3://acme/models/pub ${digest}`,
      '--base-model-evidence',
      'ref-sig/model.sig',
      '--no-sign',
      '--python',
      'none',
      '--output-dir',
      out,
    );
  const r = await attest(root, 'ref-out');
  expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
  const base = await baseEntry('ref-out');
  expect(base).toMatchObject({
    name: 'pub',
    digest: { sha256: root.replace(/^sha256:/, '') },
    annotations: {
      kind: 'reference',
      evidence: [expect.objectContaining({ kind: 'model-signature', path: 'bases/pub/model.sig' })],
    },
  });
  // Another model's digest: the model.sig is not about it.
  const other = await attest(`sha256:${'1'.repeat(64)}`, 'ref-other');
  expect(other.code).toBe(2);
  expect(other.stderr).toMatch(/ref-sig\/model\.sig is evidence about another model/);
});
