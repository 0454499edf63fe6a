// One OpenSSF model signature (model.sig) verified against a model directory, as model_signing
// does, with this tool's trust and identity rules: the bundle through the one signer check every
// bundle goes through (signer.ts: trusted root, signature, identity; keyless, key or PKI
// certificate), then the OMS statement read and every file re-hashed and compared with the signed
// manifest (oms-contents.ts), the recorded ignore paths re-applied. Every failure is listed,
// naming the file or the identity.
import type { KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { X509Certificate } from '@sigstore/core';
import { ProvenanceError } from '../errors.js';
import type { SignerIdentity } from '../identity/certificate.js';
import {
  validateIdentityPolicy,
  type IdentityCheck,
  type IdentityPolicy,
} from '../identity/signer-policy.js';
import type { OmsHashType, ResourceOrder } from '../oms/index.js';
import { keyHint } from '../pem.js';
import type { Sha256Hex } from '../types.js';
import { isRejected, readBundleFile, type LoadedBundle } from './bundles.js';
import type { ContentDifferences } from './content.js';
import { verifySigner, type SignerAttempt } from './signer.js';
import { checkFiles, readSigned } from './oms-contents.js';
import type { DigestCache } from './subjects.js';
import type { TrustCache, TrustedRootSpec } from './trust.js';
import type { TufRefresh } from './tuf.js';
import type { Violation, VerifyReport } from './types.js';
import { fromError } from './violations.js';

export interface OmsVerifyOptions {
  /** The signature file (a Sigstore bundle), e.g. `model/model.sig`. */
  sigPath: string;
  /** The model directory it signs, or the model's one file. */
  modelDir: string;
  /** `auto`, `public-good`, `github` or a trusted_root.json path. */
  trustedRoot: TrustedRootSpec;
  /** Who must have signed: for people, `certIdentity` (e-mail) and `certOidcIssuer`. */
  identity: IdentityPolicy;
  /** Digests the provenance check already made, so a model verified both ways is read once. */
  cache?: DigestCache;
  /** Where `auto` refreshes its trusted root over TUF; absent: the embedded root. */
  refresh?: TufRefresh;
  /** The trusted roots this run already read (the provenance's), so a file is read once. */
  roots?: TrustCache;
  /** More paths to leave out, as model_signing's --ignore-paths: relative to the model, or absolute inside it. */
  ignorePaths?: readonly string[];
  /** A key-signed signature's public key (model_signing `sign key`): the signer, instead of `identity`. */
  publicKey?: KeyObject;
  /** A certificate-signed signature's trust anchors (model_signing `sign certificate`). */
  certChain?: readonly X509Certificate[];
  /** Files on disk that the signature does not list are not a failure (model_signing's --ignore_unsigned_files). */
  ignoreUnsignedFiles?: boolean;
}

/** One OMS signature checked beside the provenance, and whether both signed the same root. */
export interface ModelSignatureCheck {
  signature: string;
  modelDir: string;
  result: OmsVerifyResult;
  /** Whether the provenance has a directory subject with the same root digest. */
  binding?: { bound: boolean; statement: string };
}

/** What verify reports: the provenance's verdict plus each model signature's. */
export type VerifyOutcome = VerifyReport & { modelSignatures: ModelSignatureCheck[] };

export interface OmsVerifyResult {
  verified: boolean;
  signature: string;
  model: string;
  signer?: SignerIdentity;
  /** The directory's OMS root digest, recomputed from disk. */
  root?: Sha256Hex;
  /** The root digest the signature's subject carries. */
  signedRoot?: string;
  /** A one-file model's sha256 (files serialization): what a provenance file subject records. */
  fileDigest?: string;
  /** The subject's name (the signed directory's base name; informative). */
  name?: string;
  /** The order the resources are listed in; the root is checked over that order. */
  resourceOrder?: ResourceOrder;
  /** OMS v1.0's, or model_signing 0.2's legacy `Digests/v0.1`. */
  predicateType?: string;
  hashType?: OmsHashType;
  violations: Violation[];
  /** The signed files against the disk, in the words every report uses. */
  files: ContentDifferences;
  identity: IdentityCheck[];
  /** The ignore paths applied on disk: OMS's defaults, the recorded ones, the signature itself. */
  ignorePaths: string[];
  /** The recorded serialization had `ignore_paths` (model_signing ≥ 1.1). */
  recordedIgnorePaths?: string[];
  trustedRoot?: { name: string; source: string };
  logIndex?: string;
  /** For a key-signed signature: the key it verified with, `sha256:` of its PEM (the bundle hint). */
  publicKey?: string;
}

/** Whether the model is a directory or a single file; anything else is bad usage. */
async function modelKind(model: string): Promise<'file' | 'directory'> {
  let st;
  try {
    st = await stat(model);
  } catch (e) {
    throw new ProvenanceError(
      'FILE_UNREADABLE',
      `cannot read model ${model}: ${(e as Error).message}`,
      {
        input: 'model',
        value: model,
        fix: 'pass the directory (or the single file) the model signature signs',
        cause: e,
      },
    );
  }
  if (st.isDirectory()) return 'directory';
  if (st.isFile()) return 'file';
  throw new ProvenanceError('INPUT_INVALID', `${model} is neither a directory nor a file`, {
    input: 'model',
    value: model,
    fix: 'an OMS signature signs a directory or one file: pass that',
  });
}

/** What to do about a model signature file that is not one: said as the CLI and the action name it. */
const SIGNATURE_FIX =
  'replace it with the model.sig model_signing or attest wrote; or name the right file with ' +
  '--model-signature FILE (action: model-signature: FILE), or check none with ' +
  '--no-model-signature (action: model-signature: false)';

/**
 * The signature file as one bundle. A file that is no bundle at all is bad input, said of the
 * model signature, never of the provenance bundle; a broken bundle is a violation.
 */
async function loadSignature(sigPath: string): Promise<LoadedBundle | Violation> {
  let candidates;
  try {
    candidates = await readBundleFile(sigPath);
  } catch (e) {
    if (!(e instanceof ProvenanceError)) throw e;
    const why = e.message.startsWith(`${sigPath}: `)
      ? e.message.slice(sigPath.length + 2)
      : e.message;
    throw new ProvenanceError(e.code, `the model signature ${sigPath} cannot be checked: ${why}`, {
      input: 'model-signature',
      value: sigPath,
      fix: SIGNATURE_FIX,
      cause: e,
    });
  }
  if (candidates.length !== 1) {
    return {
      kind: 'bundle',
      rule: 'bundle',
      message: `${sigPath} holds ${candidates.length} bundles; an OMS signature is one bundle`,
      fix: SIGNATURE_FIX,
    };
  }
  const c = candidates[0]!;
  return isRejected(c) ? { ...fromError('bundle', 'bundle', c.error), fix: SIGNATURE_FIX } : c;
}

/**
 * Verify `sigPath` against `modelDir`. Throws only for bad usage (unreadable signature file,
 * model path that is neither a directory nor a file, malformed expected identity); every failure of the
 * evidence is a violation in the result. Stages: signature → identity → statement → files.
 */
export async function verifyOmsSignature(opts: OmsVerifyOptions): Promise<OmsVerifyResult> {
  const keyed = Boolean(opts.publicKey || opts.certChain);
  if (!keyed) validateIdentityPolicy(opts.identity);
  const modelDir = resolve(opts.modelDir);
  const kind = await modelKind(modelDir);
  const base = { signature: opts.sigPath, model: opts.modelDir };
  const loaded = await loadSignature(opts.sigPath);
  if ('kind' in loaded)
    return { ...base, ...NOTHING_CHECKED, verified: false, violations: [loaded] };
  const { signed: a, ok } = await signedBy(loaded, opts);
  const signer = {
    signer: a.signer,
    identity: a.identity,
    trustedRoot: a.trustedRoot && { name: a.trustedRoot.name, source: a.trustedRoot.source },
    logIndex: a.signer ? loaded.bundle.verificationMaterial.tlogEntries[0]?.logIndex : undefined,
    publicKey: ok && opts.publicKey ? `sha256:${keyHint(opts.publicKey)}` : undefined,
  };
  const statement = ok ? readSigned(loaded) : undefined;
  if (!statement || !('resources' in statement)) {
    const violations = [...a.violations, ...(statement ? [statement] : [])];
    return { ...base, ...NOTHING_CHECKED, ...signer, verified: false, violations };
  }
  const checked = await checkFiles(statement, { ...opts, ...base, modelDir, kind });
  const violations = [...a.violations, ...checked.violations];
  return {
    ...base,
    ...signer,
    verified: violations.length === 0,
    violations,
    files: checked.files,
    ignorePaths: checked.ignorePaths,
    root: checked.root,
    fileDigest: checked.fileDigest,
    name: statement.name,
    resourceOrder: statement.order,
    predicateType: statement.predicateType,
    hashType: statement.hashType,
    signedRoot: statement.root,
    recordedIgnorePaths: statement.ignorePaths,
  };
}

const NOTHING_CHECKED = {
  files: { added: [], removed: [], renamed: [], changed: [] },
  identity: [],
  ignorePaths: [],
};

/**
 * The signer, checked as every bundle's is. A key or anchors given are the whole of a model
 * signature's signer (model_signing verify key, certificate): no CI identity is asked of it.
 */
async function signedBy(
  loaded: LoadedBundle,
  opts: OmsVerifyOptions,
): Promise<{ signed: SignerAttempt; ok: boolean }> {
  const a: SignerAttempt = { stage: 'bundle', violations: [], timestamps: [], identity: [] };
  const keyed = Boolean(opts.publicKey || opts.certChain);
  const ok = await verifySigner(
    loaded,
    a,
    { ...opts, identity: keyed ? {} : opts.identity },
    { name: opts.sigPath, what: 'the signature', where: opts.sigPath, trustGivenDecides: true },
  );
  return { signed: a, ok };
}
