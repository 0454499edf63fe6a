// `sign-model`: an OpenSSF model signature (model.sig) on its own, keyless, with the same token
// sources and Sigstore instances as attest, for a model that has no training record to go with
// it (or before one is made). The signature is the one attest's model-signature writes.
import { relative } from 'node:path';
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
import { OMS_SIGNATURE_NAME, OMS_SIGNING_IGNORES } from '../oms/layout.js';
import { signModelDirectory, signModelManifest, type SignedModel } from '../oms/sign.js';
import { defaultFileSignature, digestModelFile, SINGLE_FILE_RESOURCE } from '../oms/single-file.js';
import { serializeModel, type OmsSerializationChoice } from '../oms/statement.js';
import { loadKeyMaterial, type KeyFiles } from '../sign/key.js';
import { resolveEndpoints, type SigstoreInstance } from '../sign/instances.js';
import type { NetworkOptions } from '../net/retry.js';

/** What sign-model is asked, built by the command (src/request/sign-model.ts): paths absolute. */
export interface SignModelRequest {
  /** The model directory, or its one file. */
  model: string;
  /** Where model.sig goes; default `model.sig` inside the model directory. */
  output?: string;
  /** More paths to leave out: relative to the model, or absolute inside it. */
  ignorePaths: readonly string[];
  sigstore: SigstoreInstance;
  /** Sign with a key instead of keyless. */
  key?: KeyFiles;
  /** Follow links that stay inside the model directory, recorded as `allow_symlinks: true`. */
  allowSymlinks?: boolean;
  /** Whole files or shards, and the hash type. */
  serialization: OmsSerializationChoice;
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
  inputs: SignModelRequest,
  ctx: SignModelContext,
): Promise<SignedModel> {
  const dir = await oneModel(inputs.model, ctx.workspace);
  // Everything that can fail is checked before the model is read.
  const how = inputs.serialization;
  const signer = await signingMaterial(inputs, ctx);
  const isFile = dir.kind === 'file';
  const output = inputs.output
    ? inputs.output
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
  inputs: Pick<SignModelRequest, 'ignorePaths' | 'allowSymlinks'>,
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
async function signingMaterial(inputs: SignModelRequest, ctx: SignModelContext) {
  const key = await loadKeyMaterial(inputs.key, ctx.keyPassphrase);
  return key ? { key } : keylessSigning(inputs, ctx);
}

/** OMS's names, the ones given and the signature itself, relative to the model directory. */
function modelIgnores(dir: string, given: readonly string[], output: string | undefined): string[] {
  const inside = output ? pathInside(dir, output) : undefined;
  const extra = given.map((p) => (p.startsWith('/') ? (pathInside(dir, p) ?? '') : p));
  return normalizeIgnorePaths([...OMS_SIGNING_IGNORES, ...extra, ...(inside ? [inside] : [])]);
}

/** The instance and the token to sign keyless with; outside a GitHub workflow, auto is public-good. */
async function keylessSigning(inputs: SignModelRequest, ctx: SignModelContext) {
  const instance = inputs.sigstore;
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
