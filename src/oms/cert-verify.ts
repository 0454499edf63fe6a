// An OMS signature made with a certificate (model_signing's `sign certificate`): the leaf and
// its chain travel in the bundle, and the user gives the trust anchors (--cert-chain). The leaf
// must chain to an anchor through CA certificates, be valid now (such a bundle has no trusted
// timestamp), and allow digital signatures; its key must have signed the envelope.
import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { X509Certificate } from '@sigstore/core';
import { ProvenanceError } from '../errors.js';
import type { Violation } from '../verify/types.js';
import { pemCertificates } from '../sign/key.js';
import { chainProblem, leafProblem } from '../verify/cert-chain.js';
import { readDsseBundle, type KeyedBundle } from './key-verify.js';
import { dsseSignatureVerifies } from '../sign/key.js';

/** Every certificate in the PEM files given (each may hold several). */
export async function loadCertificates(paths: readonly string[]): Promise<X509Certificate[]> {
  const out: X509Certificate[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      throw certInput(path, `cannot be read: ${(e as Error).message}`, e);
    }
    const pems = pemCertificates(text);
    if (pems.length === 0) throw certInput(path, 'holds no PEM certificate');
    for (const pem of pems) out.push(X509Certificate.parse(pem));
  }
  return out;
}

function certInput(path: string, what: string, cause?: unknown): ProvenanceError {
  return new ProvenanceError('INPUT_INVALID', `${path} ${what}`, {
    input: 'cert-chain',
    value: path,
    fix: 'give the PEM certificates of the trust anchors (the root, and intermediates if the bundle lacks them)',
    cause,
  });
}

const violation = (message: string, fix?: string): Violation => ({
  kind: 'signature',
  rule: 'cert-chain',
  message,
  ...(fix ? { fix } : {}),
});

/** The bundle at `sigPath`, verified against the anchors, or why not. */
export async function checkCertSignature(
  sigPath: string,
  anchors: readonly X509Certificate[],
  now = new Date(),
): Promise<KeyedBundle | Violation> {
  const read = await readDsseBundle(sigPath);
  if (!('bundle' in read)) return read;
  const { bundle } = read;
  const vm = bundle.verificationMaterial.content;
  const chain =
    vm.$case === 'x509CertificateChain'
      ? vm.x509CertificateChain.certificates.map((c) =>
          X509Certificate.parse(Buffer.from(c.rawBytes)),
        )
      : vm.$case === 'certificate'
        ? [X509Certificate.parse(Buffer.from(vm.certificate.rawBytes))]
        : [];
  if (chain.length === 0)
    return violation(
      `${sigPath} carries no certificate`,
      'verify a key-signed signature with --public-key',
    );
  const leaf = chain[0]!;
  const problem =
    leafProblem(leaf, now) ?? chainProblem(leaf, [...chain.slice(1), ...anchors], anchors);
  if (problem)
    return violation(
      problem,
      'do not use this model: its signer does not chain to the anchors given',
    );
  const key = createPublicKey({ key: leaf.publicKey, format: 'der', type: 'spki' });
  if (!dsseSignatureVerifies(bundle.content.dsseEnvelope, key))
    return violation("the signature does not verify with the leaf certificate's key");
  return read;
}
