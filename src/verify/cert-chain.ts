// A signing certificate from the user's own PKI (model_signing's `sign certificate`, attest
// --signing-cert): valid now (such bundles carry no trusted timestamp), allowed to sign, and
// chained through CA certificates to an anchor the verifier gives (--cert-chain).
import type { X509Certificate } from '@sigstore/core';
import { issuedBy } from './trust.js';

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
