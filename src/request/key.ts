// The key an entry point signs with (attest, sign-model): its files absolute, and a certificate
// without its key, or a chain without its certificate, refused naming the input.
import { ProvenanceError } from '../errors.js';
import type { KeyFiles } from '../sign/key.js';
import { absolute, absolutePaths, type Edge } from './edge.js';

/** The key flags as typed. */
export interface KeyFields {
  privateKey: string;
  signingCert: string;
  certChain: readonly string[];
}

/** The key to sign with, its certificate and the certificates that issued it. */
export function keyFiles(f: KeyFields, edge: Edge): { key?: KeyFiles } {
  const privateKey = absolute(edge, f.privateKey.trim());
  const signingCert = absolute(edge, f.signingCert.trim());
  const certChain = absolutePaths(edge, f.certChain);
  if (signingCert && !privateKey)
    throw needs('signing-cert', signingCert, 'the certificate of a private key', 'private-key');
  if (certChain.length > 0 && !signingCert)
    throw needs(
      'cert-chain',
      certChain.join(', '),
      'the chain of a signing certificate',
      'signing-cert',
    );
  if (!privateKey) return {};
  return { key: { privateKey, ...(signingCert ? { signingCert } : {}), certChain } };
}

function needs(input: string, value: string, what: string, other: string) {
  return new ProvenanceError('INPUT_INVALID', `${input} is ${what}, and none is given`, {
    input,
    value,
    fix: `give ${other} too`,
  });
}
