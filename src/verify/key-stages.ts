// The stages of a bundle signed with a key (no certificate): the key given is the bundle's
// trust and the whole of its signer's identity, so the DSSE signature is checked with it, and
// any CI identity asked for is unmet. The statement and subjects stages are the common ones.
import { X509Certificate as NodeX509 } from 'node:crypto';
import { dsseSignatureVerifies, keyHint } from '../sign/key.js';
import { checkCarriedCertificate } from './cert-chain.js';
import type { LoadedBundle } from './bundles.js';
import type { Attempt, StageContext, StageResult } from './stages.js';

export async function keySignatureStage(
  b: LoadedBundle,
  a: Attempt,
  ctx: StageContext,
): Promise<StageResult> {
  const hint = b.publicKeyHint || 'none';
  const fail = (message: string) => ({
    violations: [{ kind: 'signature' as const, rule: 'public-key', message }],
    stop: true,
  });
  if (!ctx.publicKey)
    return fail(
      `the bundle is signed with a key (hint ${hint}), not a certificate: give its public key (public-key) to verify it`,
    );
  const envelope = b.bundle.content.dsseEnvelope;
  if (!dsseSignatureVerifies(envelope, ctx.publicKey))
    return fail(
      `the bundle's signature does not verify with the public key given (the bundle's key hint is ${hint}, the key given is ${keyHint(ctx.publicKey)})`,
    );
  a.signedWithKey = `the key given (hint ${keyHint(ctx.publicKey)})`;
  return { violations: [] };
}

/**
 * A key proves who holds it, not which repository or workflow ran: any identity asked for
 * (repository, signer workflow, certificate identity) is unmet, by design.
 */
export async function keyIdentityStage(
  b: LoadedBundle,
  _a: Attempt,
  ctx: StageContext,
): Promise<StageResult> {
  const p = ctx.identity;
  const asked = [
    p.repository && `repository ${p.repository}`,
    p.signerWorkflow && `signer workflow ${p.signerWorkflow}`,
    p.certIdentity && `certificate identity ${p.certIdentity}`,
    p.certIdentityRegex && `certificate identity matching ${p.certIdentityRegex}`,
  ].filter(Boolean);
  if (asked.length === 0) return { violations: [] };
  const signer = b.certificate ? 'a certificate of the anchors given' : 'a key';
  const message = `signed with ${signer}, not a CI certificate: nothing shows it was made by ${asked.join(', ')}`;
  return { violations: [{ kind: 'identity', rule: 'identity', message }] };
}

/**
 * A bundle whose certificate is from the user's PKI (attest --signing-cert), with the anchors
 * given (cert-chain): the leaf valid now and allowed to sign, chained to an anchor through the
 * bundle's and the anchors' CA certificates, its key the one that signed.
 */
export async function certChainStage(
  b: LoadedBundle,
  a: Attempt,
  ctx: StageContext,
): Promise<StageResult> {
  const checked = checkCarriedCertificate(b, ctx.certChain ?? [], new Date());
  if ('problem' in checked)
    return {
      violations: [{ kind: 'signature', rule: 'cert-chain', message: checked.problem }],
      stop: true,
    };
  const { leaf } = checked;
  // node's X509Certificate reads the subject as text (CN=...); @sigstore/core's keeps its DER.
  const subject = new NodeX509(leaf.root.toDER()).subject.replace(/\n/g, ', ');
  a.signedWithKey = `a certificate of the anchors given (${subject})`;
  return { violations: [] };
}
