// Signing with a key instead of a Sigstore certificate, for machines without OIDC (clusters,
// air-gapped hosts): EC P-256, P-384 or P-521 (OMS §4.2), a DSSE bundle whose verification
// material is the public key's hint, as model_signing's `sign key` writes it. The key is read
// from a PEM file; an encrypted one is opened with a passphrase from the environment, never a
// flag. Nothing here logs or returns the private key.
import {
  createPrivateKey,
  createPublicKey,
  sign,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleToJSON,
  type SerializedBundle,
} from '@sigstore/bundle';
import { DSSEBundleBuilder, type Signer } from '@sigstore/sign';
import { curveHash, keyError, keyHint, readPemCertificates } from '../pem.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../statement/layout.js';

const CURVE_NAMES = 'EC P-256, P-384 or P-521';

/** The EC key's hash, or an input error naming the key and what it is. */
export function keyHash(key: KeyObject, input: string, path: string): string {
  const hash = curveHash(key);
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (!hash)
    throw keyError(
      input,
      path,
      `is a ${key.asymmetricKeyType}${curve ? ` ${curve}` : ''} key, not ${CURVE_NAMES}`,
      `give an ${CURVE_NAMES} key (e.g. openssl ecparam -name prime256v1 -genkey -noout -out key.pem)`,
    );
  return hash;
}

/** A private key from a PEM file; `passphrase` for an encrypted one. */
export async function loadPrivateKey(path: string, passphrase?: string): Promise<KeyObject> {
  const input = 'private-key';
  let pem: Buffer;
  try {
    pem = await readFile(path);
  } catch (e) {
    throw keyError(
      input,
      path,
      `cannot be read: ${(e as Error).message}`,
      'check the path of the PEM key',
      e,
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(passphrase ? { key: pem, passphrase } : { key: pem });
  } catch (e) {
    const encrypted = /ENCRYPTED/.test(pem.toString('latin1'));
    throw keyError(
      input,
      path,
      encrypted ? 'is encrypted and could not be opened' : 'is not a PEM private key',
      encrypted
        ? 'set TRAINING_PROVENANCE_KEY_PASSPHRASE to its passphrase (never pass it as a flag)'
        : `give a PEM ${CURVE_NAMES} private key`,
      e,
    );
  }
  keyHash(key, input, path);
  return key;
}

/** A public key from a PEM file (a certificate's key is not taken: give the key itself). */
export async function loadPublicKey(path: string, input = 'public-key'): Promise<KeyObject> {
  let key: KeyObject;
  try {
    key = createPublicKey(await readFile(path));
  } catch (e) {
    throw keyError(
      input,
      path,
      `is not a PEM public key: ${(e as Error).message}`,
      `give the ${CURVE_NAMES} public key in PEM`,
      e,
    );
  }
  keyHash(key, input, path);
  return key;
}

function keySigner(privateKey: KeyObject, certificatePem?: string): Signer {
  const publicKey = createPublicKey(privateKey);
  const hash = keyHash(privateKey, 'private-key', 'the key');
  return {
    sign: async (data) => ({
      signature: sign(hash, data, privateKey),
      key: certificatePem
        ? { $case: 'x509Certificate', certificate: certificatePem }
        : {
            $case: 'publicKey',
            publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
            hint: keyHint(publicKey),
          },
    }),
  };
}

/**
 * The signing certificate's PEM, which must hold the private key's public half, and the
 * certificates after it in the same file: the chain that issued it (leaf first, as cosign's
 * --certificate-chain file).
 */
export async function loadSigningCertificate(
  path: string,
  privateKey: KeyObject,
): Promise<{ pem: string; issuers: { pem: string; path: string }[] }> {
  const input = 'signing-cert';
  const [pem, ...rest] = await readPemCertificates(
    path,
    input,
    'give the signing certificate in PEM',
  );
  const certKey = new X509Certificate(pem!).publicKey.export({ type: 'spki', format: 'der' });
  const own = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  if (!certKey.equals(own))
    throw keyError(
      input,
      path,
      'is not the certificate of the private key given',
      'give the certificate issued for --private-key',
    );
  return { pem: pem!, issuers: rest.map((p) => ({ pem: p, path })) };
}

/**
 * The certificates that issued the signing certificate (those after it in its file, then the
 * files given, each may hold several), ordered from the leaf's issuer up: each must have issued
 * the one before it.
 */
export async function loadCertificateChain(
  paths: readonly string[],
  leafPem: string,
  inline: readonly { pem: string; path: string }[] = [],
): Promise<string[]> {
  const given = [...inline];
  for (const path of paths)
    for (const pem of await readPemCertificates(path, 'cert-chain', 'give the chain in PEM'))
      given.push({ pem, path });
  const chain: string[] = [];
  for (const { pem, path } of given) {
    const child = new X509Certificate(chain.at(-1) ?? leafPem);
    const parent = new X509Certificate(pem);
    if (!child.checkIssued(parent) || !child.verify(parent.publicKey))
      throw keyError(
        inline.some((i) => i.path === path) ? 'signing-cert' : 'cert-chain',
        path,
        `'${parent.subject.replace(/\n/g, ', ')}' did not issue '${child.subject.replace(/\n/g, ', ')}'`,
        'give the chain in order after the signing certificate, from its issuer up to (at most) the root',
      );
    chain.push(pem);
  }
  return chain;
}

/** A key to sign with, and the certificate (with the chain that issued it) it is carried under. */
export interface KeyMaterial {
  privateKey: KeyObject;
  certificatePem?: string;
  certificateChain?: readonly string[];
}

/** Files of a signing key, absolute: the key, and its certificate with the chain that issued it. */
export interface KeyFiles {
  /** A PEM EC private key. */
  privateKey: string;
  /** Its certificate (PEM), carried in the bundles in place of the key's hint. */
  signingCert?: string;
  /** With the certificate, PEM files of the certificates that issued it, carried in the bundles. */
  certChain: string[];
}

/**
 * The key, certificate and chain named, each checked before anything is read from the model;
 * undefined when no key is named. (A certificate without its key cannot be asked for: the
 * request builder, src/request/key.ts, refuses it.)
 */
export async function loadKeyMaterial(
  files: KeyFiles | undefined,
  passphrase?: string,
): Promise<KeyMaterial | undefined> {
  if (!files) return undefined;
  const { privateKey: keyPath, signingCert, certChain } = files;
  const privateKey = await loadPrivateKey(keyPath, passphrase);
  if (!signingCert) return { privateKey };
  const leaf = await loadSigningCertificate(signingCert, privateKey);
  return {
    privateKey,
    certificatePem: leaf.pem,
    certificateChain: await loadCertificateChain(certChain, leaf.pem, leaf.issuers),
  };
}

/**
 * A DSSE bundle of `payload` (an in-toto statement) signed with the key: no log, no timestamp.
 * With a certificate and its chain, the bundle carries them all: an X.509 chain, which the bundle
 * format has only up to version 0.2. A model signature (`modelSignature`) carries the chain
 * (the leaf alone when none is given) in a bundle v0.3, the only shape model_signing's `verify
 * certificate` reads.
 */
export async function signWithKey(
  payload: Buffer,
  key: KeyMaterial,
  { modelSignature = false } = {},
): Promise<SerializedBundle> {
  const { privateKey, certificatePem, certificateChain: chain = [] } = key;
  const signer = keySigner(privateKey, certificatePem);
  const builder = new DSSEBundleBuilder({ signer, witnesses: [] });
  const bundle = bundleToJSON(
    await builder.create({ data: payload, type: IN_TOTO_PAYLOAD_TYPE }),
  ) as SerializedBundle;
  if (!certificatePem || (chain.length === 0 && !modelSignature)) return bundle;
  const der = (pem: string) => ({ rawBytes: new X509Certificate(pem).raw.toString('base64') });
  const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
  return {
    ...bundle,
    mediaType: modelSignature ? BUNDLE_V03_MEDIA_TYPE : BUNDLE_V02_MEDIA_TYPE,
    verificationMaterial: {
      x509CertificateChain: { certificates: [certificatePem, ...chain].map(der) },
      tlogEntries,
      timestampVerificationData,
    },
  } as SerializedBundle;
}
