// `verify`: resolve the model, find the bundles (files, or the attestations API by the
// model's digest), and hand everything to the verify engine. Like attest, it takes inputs
// and context as data.
import { resolvePatterns, type ResolvedPath } from '../collect/paths.js';
import { OMS_SIGNING_IGNORES } from '../oms/index.js';
import type { VerifyOutcome } from '../verify/model-signature.js';
import { DigestCache } from '../verify/subjects.js';
import { verifyAll, type VerifyRequest as StagesRequest } from '../verify/verify-all.js';
import type { HashProgress } from '../hash/index.js';
import { ProvenanceError } from '../errors.js';
import { loadPolicy, type Policy } from '../policy/policy.js';
import { advisoryDatabase } from '../policy/advisories.js';
import type { IdentityPolicy } from '../identity/signer-policy.js';
import { expectedSigner, keyed, requireSigner, type Signer } from '../identity/expected-signer.js';
import { lookupAttestations } from '../verify/lookup.js';
import { loadAnchors } from '../verify/cert-chain.js';
import { loadPublicKey } from '../sign/key.js';
import { trainingSiblings, withTrainingSibling } from './verify-names.js';
import { patternCoverage } from '../collect/coverage.js';
import type { ModelSignatures, SignatureTrust } from '../verify/model-signatures.js';
import { trustedRootSpec, type TrustedRootChoice } from '../verify/trust.js';
import { readProofs } from '../verify/proofs.js';
import { PUBLIC_GOOD_TUF_URL, type TufRefresh } from '../verify/tuf.js';
import { inOrder } from './in-order.js';
import { lineageStage } from '../lineage/stage.js';
import type { KeyObject } from 'node:crypto';
import type { X509Certificate } from '@sigstore/core';

export type { Signer, SignerPins } from '../identity/expected-signer.js';

/**
 * What verify (and the review, verify-proof, lineage) is asked, built once by an entry point
 * (src/request/verify.ts): lists as arrays, every path absolute, each choice a union.
 */
export interface VerifyRequest {
  /** Absolute paths or globs of the model. */
  model: string[];
  /** Bundle files, absolute; none: look the model up in the attestations API. */
  bundles: string[];
  /**
   * Every signed subject must be on disk, not only those the model patterns cover: the review,
   * whose model is what the record names.
   */
  coverEverySubject?: boolean;
  signer: Signer;
  trustedRoot: TrustedRootChoice;
  /** A TUF repository (a mirror, or a private Sigstore's) for `trusted-root: auto`. */
  tuf?: TufRepository;
  /** Never ask a TUF repository: `auto` is the embedded root. */
  offline: boolean;
  /** Absolute path of the policy file. */
  policy?: string;
  /** A directory of proof files (or one), absolute, for the policy's `datasets.deny-content`. */
  proofs?: string;
  /** OSV data (files, directories, export zips; absolute) in place of the shipped advisories. */
  advisories: string[];
  /** OMS model signatures to check too. */
  modelSignatures: ModelSignatures;
  /** The model signature's own signer, when it is not the provenance's (e.g. an upstream model). */
  modelSignatureSigner?: ModelSignatureSigner;
  /** OMS options: more paths to leave out (relative to the model), unsigned files not a failure. */
  ignorePaths: string[];
  ignoreUnsignedFiles: boolean;
  /** Absolute path of a directory of base-model evidence (lineage), searched by sha256 and name. */
  evidence?: string;
}

/** A TUF repository's URL (no trailing slash) and, unless it is public-good's, its root.json. */
export interface TufRepository {
  url: string;
  root?: string;
}

/** Keyless pins of the model signature's signer; at least one is given. */
export interface ModelSignatureSigner {
  identity?: string;
  identityRegex?: string;
  issuer?: string;
}

/** What every command that verifies a bundle asks of the trust: signer, root, TUF. */
export type TrustRequest = Pick<VerifyRequest, 'signer' | 'trustedRoot' | 'tuf' | 'offline'>;

export type { ModelSignatureCheck, VerifyOutcome } from '../verify/model-signature.js';

export interface VerifyContext {
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  /** OWNER/REPO of the current run: where a digest lookup searches when `repository` is empty. */
  currentRepository?: string;
  /**
   * Pin currentRepository when neither the inputs nor the policy name a signer: the action's
   * documented default. The CLI leaves it off, so a bare verify refuses instead of guessing.
   */
  pinCurrentRepository?: boolean;
  githubToken?: string;
  /** Where TUF metadata and refreshed roots are kept between runs; without it, no refresh. */
  tufCacheDir?: string;
  now?: Date;
  log: (line: string) => void;
  /** Progress of re-hashing each model path, named "model PATH". */
  onProgress?: (label: string, p: HashProgress) => void;
}

export async function verify(inputs: VerifyRequest, ctx: VerifyContext): Promise<VerifyOutcome> {
  const model = await resolvePatterns(inputs.model, {
    workspace: ctx.workspace,
    input: 'model',
    required: true,
  });
  const policy = inputs.policy ? await loadPolicy(inputs.policy) : undefined;
  const identity = signerOf(inputs.signer, policy, ctx);
  const cache = new DigestCache({ onProgress: ctx.onProgress, base: ctx.workspace });
  const trust = await signatureTrust(inputs, ctx, identity, cache);
  const alone = signatureAlone(inputs);
  requireSigner(alone ? trust.identity : identity, inputs.signer);
  const of = { model, trust, identity, policy };
  return verifyAll({
    model,
    workspace: ctx.workspace,
    now: ctx.now,
    trust,
    modelSignature: inputs.modelSignatures,
    ...(alone ? {} : { provenance: await provenanceRequest(inputs, ctx, of) }),
  });
}

interface ProvenanceOf {
  model: readonly ResolvedPath[];
  trust: SignatureTrust & { trustedRoot: string };
  identity: IdentityPolicy;
  policy?: Policy;
}

/** What the provenance is verified with: its bundles, signer, trust, policy, proofs, advisories. */
async function provenanceRequest(
  inputs: VerifyRequest,
  ctx: VerifyContext,
  { model, trust, identity, policy }: ProvenanceOf,
): Promise<NonNullable<StagesRequest['provenance']>> {
  const proofs = inputs.proofs ? await readProofs(inputs.proofs) : undefined;
  for (const n of policy?.notices ?? []) ctx.log(`notice: ${n}`);
  const advisories = advisoryDatabase(policy, inputs.advisories);
  const { cache, refresh, trustedRoot, roots } = trust;
  const bundles = await findBundles(inputs, model, { ctx, cache, identity, policy });
  return {
    bundles,
    namesFrom: namesFrom(bundles, ctx.log),
    covers: inputs.coverEverySubject
      ? () => true
      : await patternCoverage(inputs.model, ctx.workspace),
    identity,
    trustedRoot,
    roots,
    policy,
    cache,
    proofs,
    refresh,
    advisories,
    lineage: lineageStage({
      policy,
      trustedRoot,
      refresh,
      cache,
      advisories,
      ...lineageSources(inputs, ctx, identity),
    }),
    ...(trust.publicKey ? { publicKey: trust.publicKey } : {}),
    ...(trust.certChain ? { certChain: trust.certChain } : {}),
  };
}

/**
 * Where base models' evidence is found besides bases/ beside the bundle: the evidence directory,
 * and the attestations API when a token and a repository are at hand.
 */
function lineageSources(inputs: VerifyRequest, ctx: VerifyContext, identity: IdentityPolicy) {
  const dir = inputs.evidence;
  const repository = identity.repository ?? ctx.currentRepository;
  return {
    ...(dir ? { evidenceDirs: [dir] } : {}),
    ...(repository && ctx.githubToken
      ? { lookup: { repository, token: ctx.githubToken, apiUrl: ctx.apiUrl, log: ctx.log } }
      : {}),
  };
}

/** What model signatures are checked against: roots, keys, anchors and the expected signer. */
async function signatureTrust(
  inputs: VerifyRequest,
  ctx: VerifyContext,
  identity: IdentityPolicy,
  cache: DigestCache,
): Promise<SignatureTrust & { trustedRoot: string }> {
  return {
    trustedRoot: trustedRootSpec(inputs.trustedRoot),
    refresh: tufRefresh(inputs, ctx),
    // One cache for the run: the provenance and the model signatures read a root file once.
    roots: new Map(),
    cache,
    identity: modelSignatureSigner(inputs, identity, ctx.serverUrl),
    ignorePaths: inputs.ignorePaths,
    ignoreUnsignedFiles: inputs.ignoreUnsignedFiles,
    ...(await keyTrust(inputs.signer)),
  };
}

/**
 * The key and the anchors (of the user's PKI) that whatever is signed without a CI certificate
 * must verify with: a provenance bundle (attest --private-key, --signing-cert) and model
 * signatures (model_signing sign key, certificate) alike.
 */
export async function keyTrust(
  signer: Signer,
): Promise<{ publicKey?: KeyObject; certChain?: X509Certificate[] }> {
  if (signer.kind === 'keyless') return {};
  return {
    publicKey: signer.kind === 'key' ? await loadPublicKey(signer.publicKey) : undefined,
    certChain: signer.anchors.length ? await loadAnchors(signer.anchors) : undefined,
  };
}

/**
 * Where `auto` refreshes over TUF: the repository given (with its root.json), else public-good's
 * with the seed @sigstore/tuf ships. None when offline or when the caller keeps no cache.
 */
export function tufRefresh(
  inputs: Pick<VerifyRequest, 'tuf' | 'offline'>,
  ctx: Pick<VerifyContext, 'tufCacheDir' | 'now'>,
): TufRefresh | undefined {
  if (inputs.offline || !ctx.tufCacheDir) return undefined;
  return {
    url: inputs.tuf?.url ?? PUBLIC_GOOD_TUF_URL,
    rootPath: inputs.tuf?.root,
    cacheDir: ctx.tufCacheDir,
    now: ctx.now,
  };
}

/** The expected signer (identity/expected-signer.ts), the current repository when the action says so. */
export function signerOf(
  inputs: Signer,
  policy: Policy | undefined,
  ctx: Pick<VerifyContext, 'serverUrl' | 'pinCurrentRepository' | 'currentRepository' | 'log'>,
): IdentityPolicy {
  const pinRepository = ctx.pinCurrentRepository ? ctx.currentRepository : undefined;
  return expectedSigner(inputs, policy, { serverUrl: ctx.serverUrl, pinRepository, log: ctx.log });
}

interface FindContext {
  ctx: VerifyContext;
  cache: DigestCache;
  identity: IdentityPolicy;
  policy?: Policy;
}

/** The bundle files given (with the training record beside them when a policy needs it), else a lookup by digest. */
async function findBundles(
  inputs: VerifyRequest,
  model: readonly ResolvedPath[],
  f: FindContext,
): Promise<ReadonlyArray<string | unknown>> {
  const files = inputs.bundles;
  if (files.length > 0) return withTrainingSibling(files, f.policy !== undefined, f.ctx.log);
  const repository = f.identity.repository ?? f.ctx.currentRepository;
  if (!repository || !f.ctx.githubToken) {
    throw new ProvenanceError(
      'INPUT_MISSING',
      'no bundle given, and no repository and token to look one up',
      {
        input: 'bundle',
        fix: 'pass bundle: path/to/provenance.sigstore.json, or repository: OWNER/REPO with a github-token that may read attestations',
      },
    );
  }
  const found = await lookupByDigest(model, repository, f);
  if (found.length === 0) {
    throw new ProvenanceError('VERIFY_FAILED', `no attestation for this model in ${repository}`, {
      input: 'model',
      fix: 'check that the attest step ran with push-to-github: true for this exact model, or pass the bundle file',
    });
  }
  return found;
}

async function lookupByDigest(model: readonly ResolvedPath[], repository: string, f: FindContext) {
  // Digested as attest digests them (model.sig left out), all at once so that they hash on
  // every core, through the cache that verify reuses, so a model of tens of GB is read once.
  const digests = await inOrder(
    ...model.map(async (entry) =>
      entry.kind === 'file'
        ? (await f.cache.file(entry.path, 'sha256')).digest
        : (await f.cache.directory(entry.path, OMS_SIGNING_IGNORES)).root,
    ),
  );
  const found: unknown[] = [];
  for (const [k, entry] of model.entries()) {
    f.ctx.log(`looking up sha256:${digests[k]} (${entry.relPath}) in ${repository}'s attestations`);
    const token = f.ctx.githubToken!;
    const digest = `sha256:${digests[k]}`;
    found.push(
      ...(await lookupAttestations({
        repository,
        digest,
        token,
        apiUrl: f.ctx.apiUrl,
        log: f.ctx.log,
      })),
    );
  }
  return found;
}

/** Bundle files given: the training record beside them, which binds names they may leave unbound. */
function namesFrom(bundles: ReadonlyArray<string | unknown>, log: (line: string) => void) {
  const files = bundles.filter((b): b is string => typeof b === 'string');
  return files.length === bundles.length ? { bundles: trainingSiblings(files), log } : undefined;
}

/** No bundle, and a model signature named (or a key given): verify the signature alone. */
function signatureAlone(inputs: VerifyRequest): boolean {
  const kind = inputs.modelSignatures.kind;
  if (inputs.bundles.length > 0 || kind === 'none') return false;
  return kind !== 'auto' || keyed(inputs.signer);
}

/** The model signature's own signer when one is given, else the provenance's. */
function modelSignatureSigner(
  inputs: VerifyRequest,
  provenance: IdentityPolicy,
  serverUrl: string,
): IdentityPolicy {
  const own = inputs.modelSignatureSigner;
  if (!own) return provenance;
  return {
    certIdentity: own.identity,
    certIdentityRegex: own.identityRegex,
    certOidcIssuer: own.issuer,
    serverUrl,
  };
}
