// The requests of sign-model and digest, built by the command: the model and output absolute,
// the Sigstore instance and the key checked, the hash type and shard size read into OMS's choice.
import type { ModelDigestRequest } from '../engine/digest.js';
import type { SignModelRequest } from '../engine/sign-model.js';
import { ProvenanceError } from '../errors.js';
import { OMS_HASH_TYPES, type OmsHashType } from '../oms/layout.js';
import type { OmsSerializationChoice } from '../oms/statement.js';
import { sigstoreInstance, type InstanceInputs } from '../sign/instances.js';
import { absolute, type Edge } from './edge.js';
import { keyFiles, type KeyFields } from './key.js';

/** What digest takes as typed. */
export interface DigestFields {
  model: string;
  ignorePaths: readonly string[];
  allowSymlinks: boolean;
  hashType: string;
}

/** What sign-model takes as typed. */
export interface SignModelFields extends DigestFields, KeyFields, InstanceInputs {
  output: string;
  shardSize: string;
}

export function buildDigestRequest(f: DigestFields, edge: Edge): ModelDigestRequest {
  return {
    model: absolute(edge, f.model.trim()),
    ignorePaths: f.ignorePaths,
    allowSymlinks: f.allowSymlinks,
    serialization: serializationChoice({ hashType: f.hashType }),
  };
}

export function buildSignModelRequest(f: SignModelFields, edge: Edge): SignModelRequest {
  const output = absolute(edge, f.output.trim());
  return {
    model: absolute(edge, f.model.trim()),
    ...(output ? { output } : {}),
    ignorePaths: f.ignorePaths,
    allowSymlinks: f.allowSymlinks,
    serialization: serializationChoice(f),
    sigstore: sigstoreInstance(f),
    ...keyFiles(f, edge),
  };
}

/** files or shards (with --shard-size), and a hash type OMS lists: refused with the fix if not. */
function serializationChoice(inputs: {
  hashType?: string;
  shardSize?: string;
}): OmsSerializationChoice {
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
