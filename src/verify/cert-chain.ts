// A signing certificate from the user's own PKI (model_signing's `sign certificate`, attest
// --signing-cert): valid now (such bundles carry no trusted timestamp), allowed to sign, and
// chained through CA certificates to an anchor the verifier gives (--cert-chain).
import { createPublicKey } from 'node:crypto';
import { X509Certificate } from '@sigstore/core';
import { readPemCertificates } from '../pem.js';
import { dsseSignatureVerifies } from './key-signature.js';
import type { LoadedBundle } from './bundles.js';
import { issuedBy } from './trust.js';

/** The anchors in the PEM files given (each may hold several). */
export async function loadAnchors(paths: readonly string[]): Promise<X509Certificate[]> {
  const fix =
    'give the PEM certificates of the trust anchors (the root, and intermediates if the bundle lacks them)';
  const out: X509Certificate[] = [];
  for (const path of paths)
    for (const pem of await readPemCertificates(path, 'cert-chain', fix))
      out.push(X509Certificate.parse(pem));
  return out;
}

export function leafProblem(leaf: X509Certificate, now: Date): string | undefined {
  if (now < leaf.notBefore || now > leaf.notAfter)
    return `the signing certificate is valid from ${leaf.notBefore.toISOString()} to ${leaf.notAfter.toISOString()}, not now`;
  const usage = leaf.extKeyUsage;
  if (usage && !usage.digitalSignature)
    return 'the signing certificate does not allow digital signatures (key usage)';
  return undefined;
}

/** Up from the leaf through CA certificates that signed each, until an anchor is reached. */
export function chainProblem(
  leaf: X509Certificate,
  pool: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
): string | undefined {
  const isAnchor = (c: X509Certificate) => anchors.some((a) => a.equals(c));
  let cur = leaf;
  for (let depth = 0; depth < 10; depth++) {
    if (isAnchor(cur)) return undefined;
    const issuer = pool.find((c) => c.isCA && issuedBy(cur, c));
    if (!issuer) break;
    if (issuer.equals(cur)) break;
    cur = issuer;
  }
  return 'the signing certificate does not chain to an anchor given (--cert-chain)';
}

/**
 * A bundle's certificate (with the chain it carries) checked against the anchors: the leaf valid
 * now and allowed to sign, chained to an anchor, its key the one that signed the envelope.
 */
export function checkCarriedCertificate(
  b: Pick<LoadedBundle, 'bundle'>,
  anchors: readonly X509Certificate[],
  now: Date,
): { leaf: X509Certificate } | { problem: string } {
  const vm = b.bundle.verificationMaterial.content;
  const carried =
    vm.$case === 'x509CertificateChain'
      ? vm.x509CertificateChain.certificates.map((c) =>
          X509Certificate.parse(Buffer.from(c.rawBytes)),
        )
      : vm.$case === 'certificate'
        ? [X509Certificate.parse(Buffer.from(vm.certificate.rawBytes))]
        : [];
  const leaf = carried[0];
  if (!leaf) return { problem: 'the bundle carries no certificate: it is signed with a key' };
  const problem =
    leafProblem(leaf, now) ?? chainProblem(leaf, [...carried.slice(1), ...anchors], anchors);
  if (problem) return { problem };
  const key = createPublicKey({ key: leaf.publicKey, format: 'der', type: 'spki' });
  if (!dsseSignatureVerifies(b.bundle.content.dsseEnvelope, key))
    return { problem: "the signature does not verify with its certificate's key" };
  return { leaf };
}
