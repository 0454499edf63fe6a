// Who may have signed a base model's evidence, ready to check: the policy's `lineage.signers`
// (keys and anchors read from inline PEM or files beside the policy), else the signer the
// training record itself names for that evidence (signed by the model's own signer).
import { createPublicKey } from 'node:crypto';
import { resolve } from 'node:path';
import { ProvenanceError } from '../errors.js';
import type { LineageSigner, Policy } from '../policy/types.js';
import { keyHint } from '../pem.js';
import { loadPublicKey } from '../sign/key.js';
import { loadAnchors } from '../verify/cert-chain.js';
import type { AllowedSigner } from '../verify/evidence-bundle.js';
import { X509Certificate as SigstoreCertificate } from '@sigstore/core';
import type { BaseEvidence } from '../types.js';

export type { AllowedSigner } from '../verify/evidence-bundle.js';

const isPem = (s: string) => s.includes('-----BEGIN');

async function keyOf(s: Extract<LineageSigner, { kind: 'public-key' }>, dir: string) {
  if (isPem(s.pemOrFile)) return createPublicKey(s.pemOrFile);
  return loadPublicKey(resolve(dir, s.pemOrFile), 'policy');
}

async function anchorsOf(s: Extract<LineageSigner, { kind: 'cert-chain' }>, dir: string) {
  if (!isPem(s.pemOrFile)) return loadAnchors([resolve(dir, s.pemOrFile)]);
  const pems = s.pemOrFile.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  return (pems ?? []).map((p) => SigstoreCertificate.parse(p));
}

async function loadOne(s: LineageSigner, dir: string): Promise<AllowedSigner> {
  switch (s.kind) {
    case 'identity':
      return {
        label: `${s.identity} @ ${s.issuer}`,
        identity: { certIdentity: s.identity, certOidcIssuer: s.issuer },
      };
    case 'identity-regex':
      return {
        label: `/${s.regex}/ @ ${s.issuer}`,
        identity: { certIdentityRegex: s.regex, certOidcIssuer: s.issuer },
      };
    case 'public-key': {
      const publicKey = await keyOf(s, dir);
      return { label: `key sha256:${keyHint(publicKey)}`, identity: {}, publicKey };
    }
    case 'cert-chain': {
      const certChain = await anchorsOf(s, dir);
      const where = isPem(s.pemOrFile) ? `given at ${s.at}` : `in ${s.pemOrFile}`;
      return { label: `a certificate of the anchors ${where}`, identity: {}, certChain };
    }
  }
}

/**
 * The policy's signers, each key and chain read now: one that cannot be read is bad input,
 * named by where the policy gives it.
 */
export async function policySigners(
  policy: Policy | undefined,
): Promise<AllowedSigner[] | undefined> {
  const list = policy?.lineage?.signers;
  if (!list) return undefined;
  const dir = policy.dir ?? '.';
  const out: AllowedSigner[] = [];
  for (const s of list) {
    try {
      out.push(await loadOne(s, dir));
    } catch (e) {
      const what = 'pemOrFile' in s && !isPem(s.pemOrFile) ? ` '${s.pemOrFile}'` : '';
      const why = (e as Error).message;
      throw new ProvenanceError(
        'POLICY_INVALID',
        `${s.at}: lineage.signers ${s.kind}${what}: ${why}`,
        {
          input: 'policy',
          value: policy.source,
          fix: `give ${s.kind === 'public-key' ? 'a PEM public key' : 'PEM certificates'} inline or as a file relative to the policy`,
          cause: e,
        },
      );
    }
  }
  return out;
}

/** With no `lineage.signers`, the signer the record names for the evidence: exact, keyless only. */
export function recordedSigner(e: BaseEvidence): AllowedSigner | string {
  const s = e.signer;
  if (s?.identity && s.issuer && (s.kind === undefined || s.kind === 'keyless'))
    return {
      label: `${s.identity} @ ${s.issuer}`,
      identity: { certIdentity: s.identity, certOidcIssuer: s.issuer },
    };
  const what = s?.keyHint
    ? `a key (hint ${s.keyHint})`
    : s?.kind
      ? `a ${s.kind} signer`
      : 'no named signer';
  return `the record names ${what} for it, which cannot be checked without lineage.signers in a policy (a public-key, cert-chain or identity entry)`;
}
