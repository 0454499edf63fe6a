// Builds the OMS statement for a model. From the digests the attest step already computed (files,
// sha256): no second hashing pass. Or, for another serialization (shards, blake2b, blake3), from
// a listing of the model, each file or byte range hashed once here. Files under the recorded
// ignore paths (the signature file among them) are left out, and the root is computed from the
// rest.
import { basename, resolve } from 'node:path';
import { ProvenanceError } from '../errors.js';
import {
  compareSpecPaths,
  hashFilesWith,
  omsRootDigest,
  rootOfDigests,
  type FileToHash,
  type HashProgress,
} from '../hash/index.js';
import type { DirectoryDigest, Sha256Hex } from '../types.js';
import {
  OMS_HASH_TYPES,
  OMS_PREDICATE_TYPE,
  OMS_SIGNATURE_NAME,
  OMS_STATEMENT_TYPE,
  type OmsHashType,
  type OmsStatement,
} from './layout.js';
import { directoryRoot } from './disk.js';
import { isIgnored, normalizeIgnorePaths } from './paths.js';
import { shardsOf } from './shards.js';
import { SINGLE_FILE_RESOURCE } from './single-file.js';

export interface OmsStatementOptions {
  /** Subject name; default the directory's base name, as model_signing names it. */
  name?: string;
  /** The signature's file name, recorded as ignored; default `model.sig`. */
  signatureName?: string;
  /** More paths (relative to the directory) to leave out and record. */
  ignorePaths?: readonly string[];
}

/** How a model is cut and hashed: whole files (model_signing's default) or byte ranges. */
export interface OmsSerializationChoice {
  method: 'files' | 'shards';
  hashType: OmsHashType;
  /** Shards: the byte length of every shard but a file's last. */
  shardSize?: number;
}

/** What the statement signs, before it is laid out: the resources kept and their root. */
export interface OmsManifest {
  name: string;
  serialization: OmsSerializationChoice;
  /** In the specification's order (whole names by code point), as they are written. */
  resources: Array<{ name: string; digest: string }>;
  /** The root over `resources` in that order: the subject of the signature. */
  root: Sha256Hex;
  /**
   * Files only (not shards): the root in PurePosixPath order, model_signing's, what the
   * provenance's directory subject records; it differs from `root` only where a name has a
   * character below `/` at a branch (`tokenizer.json`).
   */
  directoryRoot?: Sha256Hex;
  ignorePaths: string[];
  /** Files of the model left out because an OMS ignore path covers them. */
  dropped: string[];
  /** Links inside the directory were followed: recorded as `allow_symlinks: true`. */
  allowSymlinks: boolean;
}

/** A model as listed (or digested): its path, its files, what was left out, links followed. */
interface Listing<F extends { relPath: string }> {
  path: string;
  files: readonly F[];
  ignorePaths: readonly string[];
  allowSymlinks?: boolean;
}

/** The files the signature covers, the ignore list it records and what that list dropped. */
function select<F extends { relPath: string }>(model: Listing<F>, opts: OmsStatementOptions) {
  // A single-file model has nothing to leave out: nothing is below it.
  const single = model.files.length === 1 && model.files[0]!.relPath === SINGLE_FILE_RESOURCE;
  const ignorePaths = single
    ? []
    : normalizeIgnorePaths([
        ...model.ignorePaths,
        opts.signatureName ?? OMS_SIGNATURE_NAME,
        ...(opts.ignorePaths ?? []),
      ]);
  const kept: F[] = [];
  const dropped: string[] = [];
  for (const f of model.files) {
    if (isIgnored(f.relPath, ignorePaths)) dropped.push(f.relPath);
    else kept.push(f);
  }
  if (kept.length === 0) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `the model directory ${model.path} holds no file to sign`,
      {
        input: 'model',
        value: model.path,
        fix: `check that training wrote the model there (names ignored: ${ignorePaths.join(', ')})`,
      },
    );
  }
  kept.sort((a, b) => compareSpecPaths(a.relPath, b.relPath));
  const name = opts.name ?? basename(resolve(model.path));
  return { name, kept, ignorePaths, dropped, allowSymlinks: model.allowSymlinks === true };
}

/** The files and sha256 manifest of a directory already digested. */
export function omsManifest(dir: DirectoryDigest, opts: OmsStatementOptions = {}): OmsManifest {
  const { kept, ...rest } = select(dir, opts);
  const resources = kept.map((f) => ({ name: f.relPath, digest: f.sha256 as string }));
  return {
    ...rest,
    serialization: { method: 'files', hashType: 'sha256' },
    resources,
    root: rootOfDigests(resources.map((r) => r.digest)),
    directoryRoot: omsRootDigest(kept),
  };
}

/** The manifest of a listed model under `how`: every file, or every shard of one, hashed. */
export async function serializeModel(
  model: Listing<FileToHash>,
  how: OmsSerializationChoice,
  opts: OmsStatementOptions & { onProgress?: (p: HashProgress) => void } = {},
): Promise<OmsManifest> {
  const { kept, ...rest } = select(model, opts);
  const toHash = how.method === 'files' ? kept : await shardsOf(kept, how.shardSize!);
  const algorithm = OMS_HASH_TYPES[how.hashType].algorithm;
  const hashed = await hashFilesWith(toHash, [algorithm], {
    input: 'model',
    onProgress: opts.onProgress,
  });
  const resources = hashed
    .map((h) => ({ name: h.relPath, digest: h.digest[algorithm]! }))
    .sort((a, b) => compareSpecPaths(a.name, b.name));
  const files = resources.map((r) => ({ relPath: r.name, digest: r.digest }));
  return {
    ...rest,
    serialization: how,
    resources,
    root: rootOfDigests(resources.map((r) => r.digest)),
    ...(how.method === 'files' ? { directoryRoot: directoryRoot(files) } : {}),
  };
}

/** The OMS v1.0 statement of a directory, in model_signing's layout. */
export function buildOmsStatement(
  dir: DirectoryDigest,
  opts: OmsStatementOptions = {},
): OmsStatement {
  return statementOf(omsManifest(dir, opts));
}

export function statementOf(m: OmsManifest): OmsStatement {
  const { method, hashType, shardSize } = m.serialization;
  return {
    _type: OMS_STATEMENT_TYPE,
    subject: [{ name: m.name, digest: { sha256: m.root } }],
    predicateType: OMS_PREDICATE_TYPE,
    predicate: {
      serialization: {
        method,
        hash_type: hashType,
        ...(method === 'shards' ? { shard_size: shardSize! } : {}),
        allow_symlinks: m.allowSymlinks,
        ignore_paths: m.ignorePaths,
      },
      resources: m.resources.map((r) => ({ algorithm: hashType, digest: r.digest, name: r.name })),
    },
  };
}
