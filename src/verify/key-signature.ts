// A key-signed DSSE bundle's signature, checked against the key given: the verifier's own
// check (only src/verify/ checks a signature), for key-signed and PKI bundles alike.
import { verify, type KeyObject } from 'node:crypto';
import { dsse } from '@sigstore/core';
import { curveHash } from '../pem.js';

/**
 * The envelope's one signature over DSSE's pre-authentication encoding, ECDSA with the curve's
 * hash as model_signing signs (SHA-256, -384, -512 for P-256, -384, -521), or SHA-256, which is
 * what sigstore-js verifies DSSE with whatever the curve. A key of another kind verifies with
 * SHA-256 alone.
 */
export function dsseSignatureVerifies(
  envelope: { payloadType: string; payload: Buffer; signatures: Array<{ sig: Buffer }> },
  key: KeyObject,
): boolean {
  if (envelope.signatures.length !== 1) return false;
  const pae = dsse.preAuthEncoding(envelope.payloadType, envelope.payload);
  const sig = envelope.signatures[0]!.sig;
  const hashes = new Set([curveHash(key), 'sha256'].filter((h): h is string => h !== undefined));
  return [...hashes].some((h) => {
    try {
      return verify(h, pae, key, sig);
    } catch {
      return false;
    }
  });
}
