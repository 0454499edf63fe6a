// OMS signatures made without Sigstore: with a key (model_signing's `sign key`), checked against
// the public key the user gives, which is the whole of the signer's identity; or with a
// certificate of the user's PKI (`sign certificate`), checked against the anchors given. Such
// bundles have no transparency-log entry and no timestamp to check.
import type { KeyObject } from 'node:crypto';
import type { X509Certificate } from '@sigstore/core';
import { dsseSignatureVerifies, keyHint } from '../sign/key.js';
import type { LoadedBundle } from '../verify/bundles.js';
import { checkCarriedCertificate } from '../verify/cert-chain.js';
import type { Violation } from '../verify/types.js';

const violation = (rule: string, message: string, fix?: string): Violation => ({
  kind: 'signature',
  rule,
  message,
  ...(fix ? { fix } : {}),
});

/** Why the signature at `sigPath` does not verify with `publicKey`; undefined when it does. */
export function checkKeySignature(
  loaded: LoadedBundle,
  publicKey: KeyObject,
  sigPath: string,
): Violation | undefined {
  if (loaded.certificate)
    return violation(
      'public-key',
      `${sigPath} is signed with a certificate, not a key`,
      'verify it with --cert-identity and --cert-oidc-issuer (keyless) instead of --public-key',
    );
  if (!dsseSignatureVerifies(loaded.bundle.content.dsseEnvelope, publicKey))
    return violation(
      'public-key',
      `the signature does not verify with the public key given (sha256:${keyHint(publicKey)})`,
      'do not use this model: it was not signed with that key',
    );
  return undefined;
}

/** Why the signature's certificate does not chain to the anchors; undefined when it does. */
export function checkCertSignature(
  loaded: LoadedBundle,
  anchors: readonly X509Certificate[],
  now = new Date(),
): Violation | undefined {
  const checked = checkCarriedCertificate(loaded, anchors, now);
  if (!('problem' in checked)) return undefined;
  const fix = loaded.certificate
    ? 'do not use this model: its signer does not chain to the anchors given'
    : 'verify a key-signed signature with --public-key';
  return violation('cert-chain', checked.problem, fix);
}
