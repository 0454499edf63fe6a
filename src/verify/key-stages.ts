// The stages of a bundle signed with a key (no certificate): the key given is the bundle's
// trust and the whole of its signer's identity, so the DSSE signature is checked with it, and
// any CI identity asked for is unmet. The statement and subjects stages are the common ones.
import { dsseSignatureVerifies, keyHint } from '../sign/key.js';
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
  a.signedWithKey = keyHint(ctx.publicKey);
  return { violations: [] };
}

/**
 * A key proves who holds it, not which repository or workflow ran: any identity asked for
 * (repository, signer workflow, certificate identity) is unmet, by design.
 */
export async function keyIdentityStage(
  _b: LoadedBundle,
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
  const message = `signed with a key, not a certificate: nothing shows it was made by ${asked.join(', ')}`;
  return { violations: [{ kind: 'identity', rule: 'identity', message }] };
}
