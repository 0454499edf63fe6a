// `digest`: a model's OMS root digest, the value model_signing computes for it: sha256 over every
// file's digest in PurePosixPath order, the value attest records as a model directory's subject
// (`model-digest`). The files are walked and hashed as sign-model does, under the hash type asked.
import type { HashProgress } from '../hash/index.js';
import type { OmsHashType } from '../oms/layout.js';
import { omsManifest, serializeModel } from '../oms/statement.js';
import type { Sha256Hex } from '../types.js';
import {
  digestSha256,
  listModel,
  modelWalk,
  oneModel,
  type SignModelRequest,
} from './sign-model.js';

/** The model (absolute), what to leave out, and how to hash its files (whole files). */
export type ModelDigestRequest = Pick<
  SignModelRequest,
  'model' | 'ignorePaths' | 'allowSymlinks' | 'serialization'
>;

export interface ModelDigest {
  /** The model directory, or its one file. */
  path: string;
  digest: `sha256:${Sha256Hex}`;
  /** How each file was hashed; the root over them is sha256 whatever this is. */
  hashType: OmsHashType;
  files: number;
}

export async function modelDigest(
  inputs: ModelDigestRequest,
  ctx: { workspace: string; onProgress?: (p: HashProgress) => void },
): Promise<ModelDigest> {
  const dir = await oneModel(inputs.model, ctx.workspace);
  const how = inputs.serialization;
  const walk = modelWalk(dir, inputs, undefined, ctx.onProgress);
  const manifest =
    how.hashType === 'sha256'
      ? omsManifest(await digestSha256(dir, walk))
      : await serializeModel(await listModel(dir, walk), how, { onProgress: ctx.onProgress });
  return {
    path: dir.path,
    digest: `sha256:${manifest.directoryRoot!}`,
    hashType: how.hashType,
    files: manifest.resources.length,
  };
}
