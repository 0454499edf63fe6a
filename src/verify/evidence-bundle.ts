// One bundle of a base's evidence through the verifier every bundle goes through (src/verify/):
// for a statement, the whole pipeline's stages (trusted root, signature, identity, statement);
// for a model.sig, the one signer check and its OMS statement read. Then what binds it to the
// base: one of its subjects (or the OMS root) is the base's recorded digest.
import type { ProvenanceView } from '../statement/view.js';
import type { LoadedBundle } from './bundles.js';
import { verifySigner, type SignerAttempt } from './signer.js';
import { attemptBundle, type StageContext } from './stages.js';
import { signsDigest } from './evidence-binding.js';
import { readSigned } from './oms-contents.js';
import type { BaseModelRef } from '../types.js';
import type { KeyObject } from 'node:crypto';
import type { X509Certificate } from '@sigstore/core';
import type { IdentityPolicy } from '../identity/signer-policy.js';

/** One signer an evidence bundle may verify with, and how the report names it. */
export interface AllowedSigner {
  label: string;
  identity: IdentityPolicy;
  publicKey?: KeyObject;
  certChain?: readonly X509Certificate[];
}

export type BundleCheck = { view?: ProvenanceView } | { problem: string };

interface CheckOptions extends Pick<StageContext, 'trustedRoot' | 'refresh' | 'roots' | 'cache'> {
  kind: string;
  signer: AllowedSigner;
  predicateTypes: readonly string[];
}

/** Who signed the bundle, as it says of itself (not yet verified): for messages. */
function claimed(b: LoadedBundle): string {
  if (!b.certificate) return `a key (hint ${b.publicKeyHint || 'none'})`;
  const san = b.certificate.subjectAltName;
  return `a certificate${san ? ` for ${san}` : ''}`;
}

/** A signer of another kind than the bundle's can never verify it: said plainly. */
function kindMismatch(b: LoadedBundle, s: AllowedSigner): string | undefined {
  const keyed = Boolean(s.publicKey || s.certChain);
  if (s.publicKey && b.certificate) return `signed with ${claimed(b)}, not with ${s.label}`;
  if (!keyed && !b.certificate) return `signed with ${claimed(b)}, not by ${s.label}`;
  return undefined;
}

const notBase = (base: BaseModelRef, what: string) =>
  `it signs ${what}, not the base's recorded digest sha256:${base.sha256}`;

export async function checkBundle(
  b: LoadedBundle,
  base: BaseModelRef,
  o: CheckOptions,
): Promise<BundleCheck> {
  if (!base.sha256)
    return {
      problem: 'the record gives the base no sha256 digest, so no evidence can be bound to it',
    };
  const mismatch = kindMismatch(b, o.signer);
  if (mismatch) return { problem: `${b.source}: ${mismatch}` };
  return o.kind === 'model-signature' ? modelSignature(b, base, o) : statement(b, base, o);
}

async function statement(
  b: LoadedBundle,
  base: BaseModelRef,
  o: CheckOptions,
): Promise<BundleCheck> {
  const a = await attemptBundle(b, {
    model: [],
    workspace: '.',
    identity: o.signer.identity,
    trustedRoot: o.trustedRoot,
    roots: o.roots,
    cache: o.cache,
    predicateTypes: o.predicateTypes,
    refresh: o.refresh,
    ...(o.signer.publicKey ? { publicKey: o.signer.publicKey } : {}),
    ...(o.signer.certChain ? { certChain: o.signer.certChain } : {}),
  });
  if (a.violations.length > 0 || a.stage !== 'complete')
    return {
      problem: `${b.source}: ${a.violations[0]?.message ?? `stopped at ${a.stage}`} (checked against ${o.signer.label})`,
    };
  const digests = a.envelope!.subject.flatMap((s) => s.digest?.sha256 ?? []);
  if (!signsDigest({ subjects: digests }, base.sha256 ?? ''))
    return {
      problem: `${b.source}: ${notBase(base, digests.map((d) => `sha256:${d}`).join(', ') || 'no subject')}`,
    };
  if (a.role === 'training-record') return { view: a.view };
  // Recorded as a training record, it is read as one (its datasets, its bases): another
  // statement there is not what the record says it is, so not shown verified as that.
  if (o.kind === 'training-record')
    return {
      problem: `${b.source}: recorded as a training record, it is ${a.role ? `a ${a.role}` : a.envelope!.predicateType}, not a training record`,
    };
  return {};
}

async function modelSignature(
  b: LoadedBundle,
  base: BaseModelRef,
  o: CheckOptions,
): Promise<BundleCheck> {
  const a: SignerAttempt = { stage: 'bundle', violations: [], timestamps: [], identity: [] };
  const ok = await verifySigner(
    b,
    a,
    { ...o.signer, trustedRoot: o.trustedRoot, refresh: o.refresh, roots: o.roots },
    { name: b.source, what: 'the signature', where: b.source, trustGivenDecides: true },
  );
  if (!ok || a.violations.length > 0)
    return {
      problem: `${b.source}: ${a.violations[0]?.message ?? 'the signature does not verify'} (checked against ${o.signer.label})`,
    };
  const signed = readSigned(b);
  if (!('resources' in signed)) return { problem: `${b.source}: ${signed.message}` };
  if (!signsDigest({ subjects: [], oms: signed }, base.sha256 ?? ''))
    return { problem: `${b.source}: ${notBase(base, `root sha256:${signed.root}`)}` };
  return {};
}
