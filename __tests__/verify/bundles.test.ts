// A bundle v0.3 may carry an X.509 chain only as an OpenSSF model signature (model_signing's
// `sign certificate` shape, the OMS specification's own vector): the same bundle carrying
// provenance stays refused, as the Sigstore bundle specification says.
import { readFile } from 'node:fs/promises';
import { signWithKey } from '../../src/sign/key.js';
import { parseBundle } from '../../src/verify/bundles.js';
import { makePki } from '../helpers/pki.js';
import { vector } from '../helpers/vectors.js';

const statement = (predicateType: string) =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'model', digest: { sha256: 'ab'.repeat(32) } }],
      predicateType,
      predicate: {},
    }),
  );

async function chainBundle(predicateType: string) {
  const pki = await makePki();
  const leaf = await pki.leaf();
  return signWithKey(
    statement(predicateType),
    { privateKey: leaf.key, certificatePem: leaf.cert.toString('pem') },
    { modelSignature: true },
  );
}

test('a model signature in bundle v0.3 with a chain is read, its leaf first', async () => {
  const bundle = await chainBundle('https://model_signing/signature/v1.0');
  expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
  const loaded = parseBundle(bundle, 'model.sig');
  expect(loaded.bundle.verificationMaterial.content.$case).toBe('x509CertificateChain');
  expect(Buffer.from(loaded.certificate!.subject).toString('latin1')).toContain('model signer');
});

test("the OMS specification's certificate vector is read", async () => {
  const path = vector('oms-spec', 'test-vectors', 'v1.0', 'valid', 'certificate.bundle.json');
  const loaded = parseBundle(JSON.parse(await readFile(path, 'utf8')), path);
  expect(loaded.bundle.verificationMaterial.content.$case).toBe('x509CertificateChain');
});

test('provenance in the same shape is refused, saying why', async () => {
  const bundle = await chainBundle('https://slsa.dev/provenance/v1');
  expect(() => parseBundle(bundle, 'provenance.sigstore.json')).toThrow(
    /verificationMaterial\.content\.\$case \(a certificate chain, which a bundle v0\.3 carries only as an OpenSSF model signature\)/,
  );
});

test('a certificate that is an empty DER SEQUENCE is refused when the bundle is read', async () => {
  const bundle = await chainBundle('https://model_signing/signature/v1.0');
  const json = JSON.parse(JSON.stringify(bundle)) as {
    verificationMaterial: { x509CertificateChain: { certificates: Array<{ rawBytes: string }> } };
  };
  json.verificationMaterial.x509CertificateChain.certificates[0]!.rawBytes = 'MAA=';
  expect(() => parseBundle(json, 'model.sig')).toThrow(
    /model\.sig: has an unreadable signing certificate/,
  );
});
