// The VerifyRequest an entry point hands verify (and the review, verify-proof, lineage): the
// signer as one of keyless / key / PKI, the trusted root and TUF repository checked, the model
// signatures to check as a union, every path absolute. Everything the user typed is read here.
import type { Signer } from '../identity/expected-signer.js';
import type {
  ModelSignatureSigner,
  TrustRequest,
  TufRepository,
  VerifyRequest,
} from '../engine/verify.js';
import { ProvenanceError } from '../errors.js';
import type { ModelSignatures } from '../verify/model-signatures.js';
import { trustedRootChoice } from '../verify/trust.js';
import { PUBLIC_GOOD_TUF_URL } from '../verify/tuf.js';
import { absolute, absolutePaths, type Edge } from './edge.js';

/** The signer and trust inputs as typed: the same for verify, the review and verify-proof. */
export interface TrustFields {
  repository: string;
  signerWorkflow: string;
  sourceRef: string;
  certIdentity: string;
  certIdentityRegex: string;
  certOidcIssuer: string;
  denySelfHostedRunners: boolean;
  publicKey: string;
  certChain: readonly string[];
  /** `auto`, `public-good`, `github` or a file; '' is auto. */
  trustedRoot: string;
  tufUrl: string;
  tufRoot: string;
  offline: boolean;
}

/** verify's inputs as typed, each list as its items. */
export interface VerifyFields extends TrustFields {
  model: readonly string[];
  bundle: readonly string[];
  policy: string;
  proofs: string;
  advisories: readonly string[];
  /** `auto`, `true`, `false` ('' is false), or signature files. */
  modelSignature: readonly string[];
  modelSignatureIdentity: string;
  modelSignatureIdentityRegex: string;
  modelSignatureIssuer: string;
  ignorePaths: readonly string[];
  ignoreUnsignedFiles: boolean;
  /** A directory of base-model evidence (lineage), '' none. */
  evidence: string;
}

export function buildVerifyRequest(f: VerifyFields, edge: Edge): VerifyRequest {
  const own = modelSignatureSigner(f);
  return {
    model: absolutePaths(edge, f.model),
    bundles: absolutePaths(edge, f.bundle),
    ...buildTrustRequest(f, edge),
    ...policyFiles(f, edge),
    modelSignatures: modelSignatures(f.modelSignature, edge),
    ...(own ? { modelSignatureSigner: own } : {}),
    ignorePaths: f.ignorePaths.map((p) => p.trim()).filter(Boolean),
    ignoreUnsignedFiles: f.ignoreUnsignedFiles,
    ...(f.evidence.trim() ? { evidence: absolute(edge, f.evidence.trim()) } : {}),
  };
}

/** The policy and what it reads besides the record: proofs and advisories, absolute. */
export function policyFiles(
  f: Pick<VerifyFields, 'policy' | 'proofs' | 'advisories'>,
  edge: Edge,
): Pick<VerifyRequest, 'policy' | 'proofs' | 'advisories'> {
  const policy = absolute(edge, f.policy.trim());
  const proofs = absolute(edge, f.proofs.trim());
  return {
    ...(policy ? { policy } : {}),
    ...(proofs ? { proofs } : {}),
    advisories: absolutePaths(edge, f.advisories),
  };
}

/** Who must have signed, the trusted root and the TUF repository. */
export function buildTrustRequest(f: TrustFields, edge: Edge): TrustRequest {
  const tuf = tufRepository(f.tufUrl.trim(), absolute(edge, f.tufRoot.trim()));
  return {
    signer: buildSigner(f, edge),
    trustedRoot: trustedRootChoice(f.trustedRoot, edge.base),
    ...(tuf ? { tuf } : {}),
    offline: f.offline,
  };
}

/** A key when one is given, else a PKI's anchors when given, else keyless; pins kept on each. */
function buildSigner(f: TrustFields, edge: Edge): Signer {
  const given = (s: string) => s.trim() || undefined;
  const pins = {
    repository: given(f.repository),
    signerWorkflow: given(f.signerWorkflow),
    sourceRef: given(f.sourceRef),
    certIdentity: given(f.certIdentity),
    certIdentityRegex: given(f.certIdentityRegex),
    certOidcIssuer: given(f.certOidcIssuer),
    denySelfHostedRunners: f.denySelfHostedRunners,
  };
  const publicKey = absolute(edge, f.publicKey.trim());
  const anchors = absolutePaths(edge, f.certChain);
  if (publicKey) return { kind: 'key', publicKey, anchors, pins };
  if (anchors.length > 0) return { kind: 'pki', anchors, pins };
  return { kind: 'keyless', pins };
}

/** `model-signature`: auto, true (required), false or '' (none), or signature files. */
export function modelSignatures(values: readonly string[], edge: Edge): ModelSignatures {
  const items = values.map((v) => v.trim()).filter(Boolean);
  const word = items.length === 1 ? items[0]!.toLowerCase() : undefined;
  if (items.length === 0 || word === 'false') return { kind: 'none' };
  if (word === 'auto') return { kind: 'auto' };
  if (word === 'true') return { kind: 'required' };
  const words = items.filter((v) => ['auto', 'true', 'false'].includes(v.toLowerCase()));
  if (words.length > 0)
    throw new ProvenanceError(
      'INPUT_INVALID',
      `'${words[0]}' is given with other values: it stands alone`,
      {
        input: 'model-signature',
        value: items.join(', '),
        fix: 'give auto, true or false alone, or the model.sig files',
      },
    );
  return { kind: 'files', paths: absolutePaths(edge, items) };
}

function modelSignatureSigner(f: VerifyFields): ModelSignatureSigner | undefined {
  const identity = f.modelSignatureIdentity.trim();
  const identityRegex = f.modelSignatureIdentityRegex.trim();
  const issuer = f.modelSignatureIssuer.trim();
  if (!identity && !identityRegex && !issuer) return undefined;
  return {
    ...(identity ? { identity } : {}),
    ...(identityRegex ? { identityRegex } : {}),
    ...(issuer ? { issuer } : {}),
  };
}

/**
 * `tuf-url` and `tuf-root` (absolute): a repository other than public-good's needs its root,
 * the trust it starts from; a root needs its repository.
 */
export function tufRepository(rawUrl: string, root: string): TufRepository | undefined {
  // Without a trailing slash: the repository's one spelling, for its cache and comparisons.
  const url = rawUrl.replace(/\/+$/, '');
  if (root && !url)
    throw tufInput(
      'tuf-root',
      root,
      'a TUF root.json is for the repository tuf-url names: give both',
    );
  if (url && !root && url !== PUBLIC_GOOD_TUF_URL)
    throw tufInput(
      'tuf-url',
      url,
      "give the repository's root.json as tuf-root: the trust it starts from",
    );
  if (url && !/^https?:\/\/[^\s/]+/.test(url))
    throw tufInput('tuf-url', url, 'give the http(s) URL of the TUF repository');
  if (!url) return undefined;
  return { url, ...(root ? { root } : {}) };
}

function tufInput(input: string, value: string, fix: string): ProvenanceError {
  return new ProvenanceError('INPUT_INVALID', `${input} '${value}' cannot be used as given`, {
    input,
    value,
    fix,
  });
}
