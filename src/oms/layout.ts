// The OpenSSF model signing (OMS, `model_signing` v1.x) signature layout: an in-toto
// Statement v1 whose single subject is the model directory's root digest and whose
// predicate lists every file with its digest. The key order of every object follows the
// statements model_signing v1.0.0 writes (v0.3.1 writes the same); `ignore_paths` is the
// v1.1.0 addition and comes last in `serialization`, as model_signing builds it.
export { OMS_SIGNATURE_NAME, OMS_SIGNING_IGNORES } from '../hash/index.js';

export const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/** The predicate of model_signing v0.2's experimental format: one subject a file, no root. */
export const OMS_PREDICATE_TYPE_V02 = 'https://model_signing/Digests/v0.1';
export const OMS_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

/**
 * The hash types model_signing writes that this tool makes and re-checks, with the hashing
 * engine's algorithm and the digest's hex length: Python's `hashlib.blake2b()` is BLAKE2b-512,
 * `blake3` the 256-bit default output. The root digest is sha256 whatever the files' hash type.
 */
export const OMS_HASH_TYPES = {
  sha256: { algorithm: 'sha256', hexLength: 64 },
  blake2b: { algorithm: 'blake2b512', hexLength: 128 },
  blake3: { algorithm: 'blake3', hexLength: 64 },
} as const;
export type OmsHashType = keyof typeof OMS_HASH_TYPES;

export interface OmsSerialization {
  method: 'files' | 'shards';
  hash_type: OmsHashType;
  /** Shards: the byte length of every shard but a file's last. */
  shard_size?: number;
  allow_symlinks: boolean;
  /** Paths relative to the model directory left out of the manifest (model_signing ≥ 1.1). */
  ignore_paths: string[];
}

export interface OmsResource {
  algorithm: OmsHashType;
  /** Lower-case hex. */
  digest: string;
  /** POSIX path relative to the model directory. */
  name: string;
}

export interface OmsStatement {
  _type: typeof OMS_STATEMENT_TYPE;
  subject: [{ name: string; digest: { sha256: string } }];
  predicateType: typeof OMS_PREDICATE_TYPE;
  predicate: {
    serialization: OmsSerialization;
    resources: OmsResource[];
  };
}

/** The DSSE payload bytes: JSON with two-space indentation, as model_signing writes it. */
export function omsPayload(statement: OmsStatement): Buffer {
  return Buffer.from(JSON.stringify(statement, null, 2), 'utf8');
}
