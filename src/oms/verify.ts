// Verifies an OMS signature (model.sig) against a model directory, as model_signing does and
// with this tool's trust and identity rules: the bundle against a trusted root, the signer's
// certificate against the expected identity (OMS signers are often people: an e-mail SAN and
// their provider's issuer), then every file re-hashed and compared with the signed manifest,
// the recorded ignore paths re-applied. Every failure is listed, naming the file or the identity.
import type { KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { toSignedEntity } from '@sigstore/verify';
import { ProvenanceError } from '../errors.js';
import { OMS_DEFAULT_IGNORES } from '../hash/index.js';
import { digestsOnDisk, directoryRoot, rootInSignedOrder } from './disk.js';
import type { Sha256Hex } from '../types.js';
import { isRejected, readBundleFile, type LoadedBundle } from '../verify/bundles.js';
import type { DigestCache } from '../verify/subjects.js';
import { signerFromCertificate, type SignerIdentity } from '../identity/certificate.js';
import {
  checkIdentity,
  validateIdentityPolicy,
  type IdentityCheck,
  type IdentityPolicy,
} from '../identity/signer-policy.js';
import { createVerifier, selectTrustedRoot, type TrustedRootSpec } from '../verify/trust.js';
import type { TufRefresh } from '../verify/tuf.js';
import type { Violation, VerifyReport } from '../verify/types.js';
import { fromError, identityViolations, signatureViolation } from '../verify/violations.js';
import type { DiskDigest } from './compare.js';
import { compareContent, differenceLines, type ContentDifferences } from '../verify/content.js';
import { checkCertSignature, checkKeySignature } from './key-verify.js';
import type { X509Certificate } from '@sigstore/core';
import { keyHint } from '../sign/key.js';
import type { OmsHashType } from './layout.js';
import { parseOmsStatement, type ParsedOmsStatement, type ResourceOrder } from './parse.js';
import { normalizeIgnorePaths, pathInside } from './paths.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../statement/layout.js';

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
  if (!opts.publicKey && !opts.certChain) validateIdentityPolicy(opts.identity);
  const modelDir = resolve(opts.modelDir);
  const kind = await modelKind(modelDir);
  const result: OmsVerifyResult = {
    verified: false,
    signature: opts.sigPath,
    model: opts.modelDir,
    violations: [],
    files: { added: [], removed: [], renamed: [], changed: [] },
    identity: [],
    ignorePaths: [],
  };
  const fail = (v: Violation) => {
    result.violations.push(v);
    return result;
  };
  const loaded = await loadSignature(opts.sigPath);
  if ('kind' in loaded) return fail(loaded);
  const problem = opts.publicKey
    ? checkKeySignature(loaded, opts.publicKey, opts.sigPath)
    : opts.certChain
      ? checkCertSignature(loaded, opts.certChain)
      : await checkSignature(loaded, opts, result);
  if (problem) return fail(problem);
  if (opts.publicKey) result.publicKey = `sha256:${keyHint(opts.publicKey)}`;
  else if (!opts.certChain) {
    result.identity = checkIdentity(result.signer!, opts.identity);
    result.violations.push(...identityViolations(result.identity));
  }
  const signed = readSigned(loaded);
  if (!('resources' in signed)) return fail(signed);
  result.name = signed.name;
  result.resourceOrder = signed.order;
  result.predicateType = signed.predicateType;
  result.hashType = signed.hashType;
  result.signedRoot = signed.root;
  result.recordedIgnorePaths = signed.ignorePaths;
  result.violations.push(...(await checkFiles(modelDir, kind, signed, opts, result)));
  result.verified = result.violations.length === 0;
  return result;
}

/** The keyless signature against its trusted root; the signer recorded in the result. */
async function checkSignature(
  loaded: LoadedBundle,
  opts: OmsVerifyOptions,
  result: OmsVerifyResult,
): Promise<Violation | undefined> {
  if (!loaded.certificate)
    return {
      kind: 'signature',
      rule: 'public-key',
      message: `${opts.sigPath} is signed with a key (hint ${loaded.publicKeyHint || 'none'}): give its public key with --public-key`,
    };
  result.signer = signerFromCertificate(loaded.certificate);
  result.logIndex = loaded.bundle.verificationMaterial.tlogEntries[0]?.logIndex;
  let root;
  try {
    root = await selectTrustedRoot(opts.trustedRoot, loaded.certificate, undefined, opts.refresh);
  } catch (e) {
    return fromError('trusted-root', 'trusted-root', e);
  }
  result.trustedRoot = { name: root.name, source: root.source };
  try {
    createVerifier(root).verify(toSignedEntity(loaded.bundle));
  } catch (e) {
    return signatureViolation(e, root.name, 'the signature', opts.sigPath);
  }
  return undefined;
}

function readSigned(loaded: Pick<LoadedBundle, 'bundle'>): ParsedOmsStatement | Violation {
  const envelope = loaded.bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return {
      kind: 'statement',
      rule: 'payloadType',
      message: `the DSSE payload type is '${envelope.payloadType}', not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`,
    };
  }
  try {
    return parseOmsStatement(envelope.payload);
  } catch (e) {
    return fromError('statement', 'statement', e);
  }
}

/** The directory on disk against the signed resources: every changed, missing or extra file. */
async function checkFiles(
  modelDir: string,
  kind: 'file' | 'directory',
  signed: ParsedOmsStatement,
  opts: OmsVerifyOptions,
  result: OmsVerifyResult,
): Promise<Violation[]> {
  // As model_signing verifies: git paths always, the recorded list, and the signature file
  // itself when it sits inside the model.
  const sigInside = pathInside(modelDir, opts.sigPath);
  if (kind === 'directory')
    result.ignorePaths = normalizeIgnorePaths([
      ...OMS_DEFAULT_IGNORES,
      ...(signed.ignorePaths ?? []),
      ...(sigInside ? [sigInside] : []),
      ...(opts.ignorePaths ?? []).map((p) => (isAbsolute(p) ? (pathInside(modelDir, p) ?? '') : p)),
    ]);
  let files: DiskDigest[];
  try {
    files = await digestsOnDisk(modelDir, kind, signed, result.ignorePaths, opts.cache);
  } catch (e) {
    return [fromError('subject', 'model', e)];
  }
  // Unsigned files left aside: the root is the one over the files the signature lists.
  if (opts.ignoreUnsignedFiles)
    files = files.filter((f) => signed.resources.some((r) => r.name === f.relPath));
  // The directory's OMS root (what a provenance subject records); a shard signature has none.
  const inSignedOrder = rootInSignedOrder(signed, files);
  if (kind === 'file' && signed.method === 'files' && signed.hashType === 'sha256')
    result.fileDigest = files[0]?.digest;
  result.root = (signed.method === 'files' ? directoryRoot(files) : inSignedOrder) as
    Sha256Hex | undefined;
  result.files = compareContent(
    signed.resources,
    files.map((f) => ({ name: f.relPath, digest: f.digest })),
  );
  const compared = inSignedOrder ?? result.root ?? '(none: files are missing)';
  return fileViolations(result.files, signed, compared, opts.modelDir);
}

const UNSIGNED_FIX =
  'remove the file, or sign the model again; files the signer meant to leave out must be in its ignore paths';

/** Every file added, removed, renamed or changed, and a root that differs, each as a violation. */
function fileViolations(
  diff: ContentDifferences,
  { root: signedRoot, hashType }: Pick<ParsedOmsStatement, 'root' | 'hashType'>,
  root: string,
  model: string,
): Violation[] {
  const out: Violation[] = diff.changed.map((c) => ({
    kind: 'subject',
    rule: c.name,
    message: `changed ${c.name}: its ${hashType} is ${c.actual}, the signature says ${c.signed}`,
    expected: `${hashType}:${c.signed}`,
    actual: `${hashType}:${c.actual}`,
  }));
  for (const d of differenceLines({ ...diff, changed: [] })) {
    const added = d.kind === 'added';
    out.push({
      kind: 'subject',
      rule: d.name,
      message: `${d.line} in ${model}${added ? ': not signed' : ''}`,
      ...(added ? { fix: UNSIGNED_FIX } : {}),
    });
  }
  if (root !== signedRoot) {
    out.push({
      kind: 'subject',
      rule: 'root',
      message: `the OMS root digest of ${model} is ${root}, the signature's subject says ${signedRoot}`,
      expected: `sha256:${signedRoot}`,
      actual: `sha256:${root}`,
    });
  }
  return out;
}
