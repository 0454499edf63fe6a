// A small PKI of the user's own, as teams sign models and records with: a root CA and leaves it
// issues (ECDSA P-256), made with @peculiar/x509 so the certificates are real X.509.
import 'reflect-metadata';
import { createPrivateKey, randomBytes, webcrypto, type KeyObject } from 'node:crypto';
import * as x509 from '@peculiar/x509';

const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
export const year = (d: number) => new Date(Date.now() + d * 365 * 86_400_000);

interface LeafOptions {
  usage?: number;
  from?: Date;
  to?: Date;
}
type Leaf = (opts?: LeafOptions) => Promise<{ cert: x509.X509Certificate; key: KeyObject }>;

export interface Pki {
  root: x509.X509Certificate;
  /** A leaf the root signed, with the key usage and validity asked for. */
  leaf: Leaf;
  /** An intermediate CA the root signed, and leaves it signs. */
  intermediate(): Promise<{ cert: x509.X509Certificate; leaf: Leaf }>;
}

export async function makePki(name = 'training-provenance test root'): Promise<Pki> {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const rootKeys = await newKeys();
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${name}`,
    notBefore: year(-1),
    notAfter: year(5),
    signingAlgorithm: alg,
    keys: rootKeys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true),
    ],
  });
  const leaf: Pki['leaf'] = (opts = {}) => issue(root, rootKeys.privateKey, opts);
  const intermediate: Pki['intermediate'] = async () => {
    const keys = await newKeys();
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: randomBytes(8).toString('hex'),
      subject: 'CN=training-provenance test intermediate',
      issuer: root.subject,
      notBefore: year(-1),
      notAfter: year(3),
      signingAlgorithm: alg,
      publicKey: keys.publicKey,
      signingKey: rootKeys.privateKey,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true),
      ],
    });
    return { cert, leaf: (opts = {}) => issue(cert, keys.privateKey, opts) };
  };
  return { root, leaf, intermediate };
}

const newKeys = async () =>
  (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;

/** A leaf `issuer` signs, with the key usage and validity asked for. */
async function issue(
  issuer: x509.X509Certificate,
  issuerKey: webcrypto.CryptoKey,
  opts: LeafOptions,
): Promise<{ cert: x509.X509Certificate; key: KeyObject }> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomBytes(8).toString('hex'),
    subject: 'CN=model signer',
    issuer: issuer.subject,
    notBefore: opts.from ?? year(-1),
    notAfter: opts.to ?? year(1),
    signingAlgorithm: alg,
    publicKey: keys.publicKey,
    signingKey: issuerKey,
    extensions: [
      new x509.KeyUsagesExtension(opts.usage ?? x509.KeyUsageFlags.digitalSignature, true),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { cert, key: createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }) };
}
