// The one check of who signed a bundle, as sigstore-js's Verifier.verify() reads: trusted root →
// signature (and its verified times) → identity. Every bundle verify reads goes through it: the
// build provenance, the training record, the ML-BOM and a model.sig alike; reading the statement
// is the caller's next stage. Keyless bundles are checked against a trusted root and the expected
// signer; a key-signed one against the key given, which is its whole identity; a certificate of
// the user's PKI against the anchors given. Nothing outside src/verify/ checks a signature.
import { X509Certificate as NodeX509 } from 'node:crypto';
import { RFC3161Timestamp } from '@sigstore/core';
import { toSignedEntity } from '@sigstore/verify';
import { signerFromCertificate } from '../identity/certificate.js';
import { checkIdentity } from '../identity/signer-policy.js';
import { keyHint } from '../pem.js';
import { dsseSignatureVerifies } from './key-signature.js';
import type { LoadedBundle } from './bundles.js';
import { checkCarriedCertificate } from './cert-chain.js';
import type { Attempt, Stage, StageContext } from './attempt.js';
import { createVerifier, selectTrustedRoot } from './trust.js';
import type { Violation } from './types.js';
import { fromError, identityViolations, signatureViolation } from './violations.js';

/** What the signer is checked with; `roots` caches the trusted roots read in one run. */
export type SignerContext = Pick<
  StageContext,
  'identity' | 'trustedRoot' | 'refresh' | 'publicKey' | 'certChain'
> &
  Partial<Pick<StageContext, 'roots'>>;

/** What the signer check records on the attempt. */
export type SignerAttempt = Pick<
  Attempt,
  | 'stage'
  | 'violations'
  | 'signer'
  | 'signedWithKey'
  | 'trustedRoot'
  | 'logIndex'
  | 'integratedTime'
  | 'timestamps'
  | 'signedAt'
  | 'identity'
>;

export interface SignerOptions {
  /** What the messages call the bundle: `the bundle`, or a model.sig's path. */
  name: string;
  /** What a failed signature does not prove for: `the bundle`, `the signature`. */
  what: string;
  /** Where a failed cryptographic check happened (a model.sig's path); default: nowhere said. */
  where?: string;
  /**
   * What was given decides how every bundle is checked, whatever it carries (a model.sig, as
   * model_signing `verify key` and `verify certificate` do); else what the bundle carries does.
   */
  trustGivenDecides?: boolean;
}

export type SignerMode = 'keyless' | 'key' | 'cert-chain';
type SignerStage = (
  b: LoadedBundle,
  a: SignerAttempt,
  ctx: SignerContext,
  o: SignerOptions,
) => Promise<{ violations: Violation[]; stop?: boolean }>;

const BUNDLE: SignerOptions = { name: 'the bundle', what: 'the bundle' };

function signerMode(b: LoadedBundle, ctx: SignerContext, o: SignerOptions): SignerMode {
  if (o.trustGivenDecides && ctx.publicKey) return 'key';
  if (o.trustGivenDecides && ctx.certChain?.length) return 'cert-chain';
  if (!b.certificate) return 'key';
  return ctx.certChain?.length ? 'cert-chain' : 'keyless';
}

/**
 * The bundle's signer checked, in stages, each recorded on the attempt; whether its statement
 * may be read next (no stage stopped the bundle's way).
 */
export async function verifySigner(
  b: LoadedBundle,
  a: SignerAttempt,
  ctx: SignerContext,
  o: SignerOptions = BUNDLE,
): Promise<boolean> {
  const mode = signerMode(b, ctx, o);
  if (mode === 'keyless') a.signer = signerFromCertificate(b.certificate!);
  for (const [stage, run] of STAGES[mode]) {
    a.stage = stage;
    const r = await run(b, a, ctx, o);
    a.violations.push(...r.violations);
    if (r.stop) return false;
  }
  return true;
}

const trustStage: SignerStage = async (b, a, ctx) => {
  try {
    a.trustedRoot = await selectTrustedRoot(
      ctx.trustedRoot,
      b.certificate!,
      ctx.roots,
      ctx.refresh,
    );
    return { violations: [] };
  } catch (e) {
    return { violations: [fromError('trusted-root', 'trusted-root', e)], stop: true };
  }
};

const signatureStage: SignerStage = async (b, a, _ctx, o) => {
  try {
    createVerifier(a.trustedRoot!).verify(toSignedEntity(b.bundle));
  } catch (e) {
    return {
      violations: [signatureViolation(e, a.trustedRoot!.name, o.what, o.where)],
      stop: true,
    };
  }
  const times = bundleTimes(b);
  a.logIndex = times.logIndex;
  a.integratedTime = times.integratedTime;
  a.timestamps = times.tsa.map((t) => t.toISOString());
  if (times.tlog) a.signedAt = { time: times.tlog.toISOString(), source: 'transparency-log' };
  else if (times.tsa[0])
    a.signedAt = { time: times.tsa[0].toISOString(), source: 'timestamp-authority' };
  return { violations: [] };
};

const identityStage: SignerStage = async (_b, a, ctx) => {
  a.identity = checkIdentity(a.signer!, ctx.identity);
  return { violations: identityViolations(a.identity) };
};

const keySignatureStage: SignerStage = async (b, a, ctx, o) => {
  const hint = b.publicKeyHint || 'none';
  const fail = (message: string, fix?: string) => ({
    violations: [
      { kind: 'signature' as const, rule: 'public-key', message, ...(fix ? { fix } : {}) },
    ],
    stop: true,
  });
  if (b.certificate)
    return fail(
      `${o.name} is signed with a certificate, not a key`,
      'verify it with --cert-identity and --cert-oidc-issuer (keyless) instead of --public-key',
    );
  if (!ctx.publicKey)
    return fail(
      `${o.name} is signed with a key (hint ${hint}), not a certificate: give its public key (--public-key; action: public-key) to verify it`,
    );
  if (!dsseSignatureVerifies(b.bundle.content.dsseEnvelope, ctx.publicKey))
    return fail(
      `the signature of ${o.name} does not verify with the public key given (its key hint is ${hint}, the key given is sha256:${keyHint(ctx.publicKey)})`,
      'do not use this model: it was not signed with that key',
    );
  a.signedWithKey = `the key given (hint ${keyHint(ctx.publicKey)})`;
  return { violations: [] };
};

/**
 * A key or a PKI's certificate proves who holds it, not which repository or workflow ran: any
 * identity asked for (repository, signer workflow, certificate identity) is unmet, by design.
 */
const keyIdentityStage: SignerStage = async (b, _a, ctx) => {
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
};

/**
 * A certificate of the user's PKI (attest --signing-cert, model_signing `sign certificate`): the
 * leaf valid now and allowed to sign, chained to an anchor given, its key the one that signed.
 */
const certChainStage: SignerStage = async (b, a, ctx) => {
  const checked = checkCarriedCertificate(b, ctx.certChain ?? [], new Date());
  if ('problem' in checked) {
    const fix = b.certificate
      ? 'do not use this model: its signer does not chain to the anchors given'
      : 'verify a key-signed signature with --public-key';
    const v: Violation = { kind: 'signature', rule: 'cert-chain', message: checked.problem, fix };
    return { violations: [v], stop: true };
  }
  // node's X509Certificate reads the subject as text (CN=...); @sigstore/core's keeps its DER.
  const subject = new NodeX509(checked.leaf.root.toDER()).subject.replace(/\n/g, ', ');
  a.signedWithKey = `a certificate of the anchors given (${subject})`;
  return { violations: [] };
};

const STAGES: Record<SignerMode, ReadonlyArray<[Stage, SignerStage]>> = {
  keyless: [
    ['trusted-root', trustStage],
    ['signature', signatureStage],
    ['signature', identityStage],
  ],
  key: [
    ['signature', keySignatureStage],
    ['signature', keyIdentityStage],
  ],
  'cert-chain': [
    ['signature', certChainStage],
    ['signature', keyIdentityStage],
  ],
};

/** Verified times: RFC 3161 timestamps (checked by the verifier) and Rekor's integrated time. */
function bundleTimes(b: LoadedBundle): {
  integratedTime?: string;
  logIndex?: string;
  tsa: Date[];
  tlog?: Date;
} {
  const vm = b.bundle.verificationMaterial;
  const entry = vm.tlogEntries[0];
  const tsa: Date[] = [];
  for (const ts of vm.timestampVerificationData?.rfc3161Timestamps ?? []) {
    try {
      tsa.push(RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime);
    } catch {
      // The verifier already refused an unreadable timestamp.
    }
  }
  const integrated =
    entry?.integratedTime && entry.integratedTime !== '0'
      ? new Date(Number(entry.integratedTime) * 1000)
      : undefined;
  return {
    logIndex: entry?.logIndex,
    integratedTime: integrated?.toISOString(),
    // Only an entry with an inclusion promise (a signed entry timestamp) makes its time a verified one.
    tlog: entry?.inclusionPromise ? integrated : undefined,
    tsa,
  };
}
