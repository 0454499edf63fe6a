// `sign-model`: an OpenSSF model signature (model.sig) on its own, keyless, with the same token
// sources and Sigstore instances as attest, for a model that has no training record to go with
// it (or before one is made). The signature is the one attest's model-signature writes.
import { relative, resolve } from 'node:path';
import { decodeJwtClaims } from '../collect/identity.js';
import { resolvePatterns, type ResolvedPath } from '../collect/paths.js';
import { ProvenanceError } from '../errors.js';
import {
  digestDirectory,
  listDirectory,
  type HashOptions,
  type HashProgress,
  type WalkOptions,
} from '../hash/index.js';
import { normalizeIgnorePaths, pathInside } from '../oms/paths.js';
import {
  OMS_HASH_TYPES,
  OMS_SIGNATURE_NAME,
  OMS_SIGNING_IGNORES,
  type OmsHashType,
} from '../oms/layout.js';
import { signModelDirectory, signModelManifest, type SignedModel } from '../oms/sign.js';
import { defaultFileSignature, digestModelFile, SINGLE_FILE_RESOURCE } from '../oms/single-file.js';
import { serializeModel, type OmsSerializationChoice } from '../oms/statement.js';
import { loadKeyMaterial } from '../sign/key.js';
import { resolveEndpoints, sigstoreInstance } from '../sign/instances.js';
import type { NetworkOptions } from '../net/retry.js';

/** Paths as the user means them: the command makes them absolute where it runs. */
export interface SignModelInputs {
  /** The model directory. */
  model: string;
  /** Where model.sig goes; default `model.sig` inside the model directory. */
  output: string;
  /** More paths to leave out: relative to the model, or absolute inside it. */
  ignorePaths: readonly string[];
  sigstore: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** A PEM EC private key: sign with it instead of keyless. */
  privateKey?: string;
  /** With the key: its certificate, carried in the bundle for verifiers with the chain's anchors. */
  signingCert?: string;
  /** With the certificate: PEM files of the certificates that issued it, carried in the bundle. */
  certChain?: readonly string[];
  /** Follow links that stay inside the model directory, recorded as `allow_symlinks: true`. */
  allowSymlinks?: boolean;
  /** `sha256` (default), `blake2b` or `blake3`. */
  hashType?: string;
  /** Bytes per shard: sign byte ranges (`path:start:end`) instead of whole files. */
  shardSize?: string;
}

export interface SignModelContext {
  workspace: string;
  getIdToken: () => Promise<string | undefined>;
  idTokenProblem: () => string;
  log: (line: string) => void;
  onProgress?: (p: HashProgress) => void;
  network?: NetworkOptions;
  /** The passphrase of an encrypted private key (from the environment, never a flag). */
  keyPassphrase?: string;
}

export async function signModel(
  inputs: SignModelInputs,
  ctx: SignModelContext,
): Promise<SignedModel> {
  const dir = await oneModel(inputs.model, ctx.workspace);
  // Everything that can fail is checked before the model is read.
  const how = serializationChoice(inputs);
  const signer = await signingMaterial(inputs, ctx);
  const isFile = dir.kind === 'file';
  const output = inputs.output
    ? resolve(inputs.output)
    : isFile
      ? defaultFileSignature(dir.path)
      : undefined;
  const opts = {
    ...signer,
    log: ctx.log,
    signatureName: output && !isFile ? relative(dir.path, output) : OMS_SIGNATURE_NAME,
    path: output,
    ...ctx.network,
  };
  const walk = modelWalk(dir, inputs, output, ctx.onProgress);
  if (how.method === 'files' && how.hashType === 'sha256')
    return signModelDirectory(await digestSha256(dir, walk), opts);
  const manifest = await serializeModel(await listModel(dir, walk), how, {
    signatureName: opts.signatureName,
    onProgress: ctx.onProgress,
  });
  return signModelManifest(manifest, dir.path, opts);
}

/** The one model `raw` names in the workspace: a directory, or a file. */
export async function oneModel(raw: string, workspace: string): Promise<ResolvedPath> {
  const [dir, ...more] = await resolvePatterns([raw], {
    workspace,
    input: 'model',
    required: true,
  });
  if (!dir || more.length > 0)
    throw new ProvenanceError('INPUT_INVALID', `'${raw}' is not one model`, {
      input: 'model',
      value: raw,
      fix: 'name the directory that holds the model, or its one file: an OMS signature covers one model',
    });
  return dir;
}

/** How the model's files are walked: what is left out (with the signature), links followed. */
export function modelWalk(
  dir: ResolvedPath,
  inputs: Pick<SignModelInputs, 'ignorePaths' | 'allowSymlinks'>,
  output: string | undefined,
  onProgress?: (p: HashProgress) => void,
): WalkOptions & HashOptions {
  return {
    ignorePaths: dir.kind === 'file' ? [] : modelIgnores(dir.path, inputs.ignorePaths, output),
    input: 'model',
    followLinks: inputs.allowSymlinks === true,
    onProgress,
  };
}

/** Files and sha256: the digest attest records (a directory's, or a one-file model's). */
export function digestSha256(dir: ResolvedPath, walk: WalkOptions & HashOptions) {
  return dir.kind === 'file'
    ? digestModelFile(dir.path, walk.onProgress)
    : digestDirectory(dir.path, walk);
}

/** The model's files for serializeModel: the file itself as `.`, or the directory's walk. */
export async function listModel(dir: ResolvedPath, walk: WalkOptions) {
  const files =
    dir.kind === 'file'
      ? [{ path: dir.path, relPath: SINGLE_FILE_RESOURCE }]
      : (await listDirectory(dir.path, walk)).files;
  const ignorePaths = [...(walk.ignorePaths ?? [])];
  return { path: dir.path, files, ignorePaths, allowSymlinks: walk.followLinks === true };
}

/** The key (with its certificate and chain) to sign with, or the keyless instance and token. */
async function signingMaterial(inputs: SignModelInputs, ctx: SignModelContext) {
  const at = (p: string | undefined) => (p ? resolve(p) : undefined);
  const key = await loadKeyMaterial(
    {
      privateKey: at(inputs.privateKey),
      signingCert: at(inputs.signingCert),
      certChain: (inputs.certChain ?? []).map((p) => resolve(p)),
    },
    ctx.keyPassphrase,
  );
  return key ? { key } : keylessSigning(inputs, ctx);
}

/** OMS's names, the ones given and the signature itself, relative to the model directory. */
function modelIgnores(dir: string, given: readonly string[], output: string | undefined): string[] {
  const inside = output ? pathInside(dir, output) : undefined;
  const extra = given.map((p) => (p.startsWith('/') ? (pathInside(dir, p) ?? '') : p));
  return normalizeIgnorePaths([...OMS_SIGNING_IGNORES, ...extra, ...(inside ? [inside] : [])]);
}

/** files or shards (with --shard-size), and a hash type OMS lists: refused with the fix if not. */
export function serializationChoice(
  inputs: Pick<SignModelInputs, 'hashType' | 'shardSize'>,
): OmsSerializationChoice {
  const hashType = inputs.hashType || 'sha256';
  if (!Object.hasOwn(OMS_HASH_TYPES, hashType))
    throw new ProvenanceError('INPUT_INVALID', `hash type '${hashType}' is not one OMS lists`, {
      input: 'hash-type',
      value: hashType,
      fix: `give one of ${Object.keys(OMS_HASH_TYPES).join(', ')}`,
    });
  const size = inputs.shardSize?.trim();
  if (!size) return { method: 'files', hashType: hashType as OmsHashType };
  // model_signing never shards BLAKE3 (it signs whole files instead), nor verifies such shards.
  if (hashType === 'blake3')
    throw new ProvenanceError('INPUT_INVALID', 'blake3 is not cut into shards', {
      input: 'shard-size',
      value: size,
      fix: 'drop --shard-size: model_signing signs and verifies BLAKE3 by whole files only',
    });
  const shardSize = Number(size);
  if (!/^\d+$/.test(size) || !Number.isSafeInteger(shardSize) || shardSize <= 0)
    throw new ProvenanceError('INPUT_INVALID', `shard size '${size}' is not a number of bytes`, {
      input: 'shard-size',
      value: size,
      fix: "give a positive whole number of bytes, e.g. 1000000000 (model_signing's default)",
    });
  return { method: 'shards', hashType: hashType as OmsHashType, shardSize };
}

/** The instance and the token to sign keyless with; outside a GitHub workflow, auto is public-good. */
async function keylessSigning(inputs: SignModelInputs, ctx: SignModelContext) {
  const instance = sigstoreInstance({ choice: inputs.sigstore, ...urls(inputs) });
  const token = await ctx.getIdToken();
  if (!token)
    throw new ProvenanceError(
      'OIDC_UNAVAILABLE',
      `no OIDC token to sign with (${ctx.idTokenProblem()})`,
      {
        input: 'sign-model',
        fix: 'set SIGSTORE_ID_TOKEN or --identity-token-file, run in a workflow step with id-token: write, or sign with --private-key',
      },
    );
  const claims = decodeJwtClaims(token);
  const visibility =
    typeof claims.repository_visibility === 'string' ? claims.repository_visibility : 'public';
  return { endpoints: resolveEndpoints(instance, visibility), token };
}

const urls = (i: SignModelInputs) => ({
  fulcioUrl: i.fulcioUrl,
  rekorUrl: i.rekorUrl,
  tsaUrl: i.tsaUrl,
});
