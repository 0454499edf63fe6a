// Builds the OMS statement for a model directory from the digests the attest step already
// computed: no second hashing pass. Files under the recorded ignore paths (the signature
// file among them) are left out, and the root digest is recomputed from the rest.
import { basename, resolve } from 'node:path';
import { ProvenanceError } from '../errors.js';
import { compareSpecPaths, omsRootDigest, rootOfDigests } from '../hash/index.js';
import type { DirectoryDigest, FileDigest, Sha256Hex } from '../types.js';
import {
  OMS_PREDICATE_TYPE,
  OMS_SIGNATURE_NAME,
  OMS_STATEMENT_TYPE,
  type OmsStatement,
} from './layout.js';
import { isIgnored, normalizeIgnorePaths } from './paths.js';
import { SINGLE_FILE_RESOURCE } from './single-file.js';

export interface OmsStatementOptions {
  /** Subject name; default the directory's base name, as model_signing names it. */
  name?: string;
  /** The signature's file name, recorded as ignored; default `model.sig`. */
  signatureName?: string;
  /** More paths (relative to the directory) to leave out and record. */
  ignorePaths?: readonly string[];
}

/** What the statement signs, before it is laid out: the files kept and their root. */
export interface OmsManifest {
  name: string;
  /** In the specification's order (whole paths by code point), as the resources are written. */
  files: FileDigest[];
  /** The root over `files` in that order: the subject of the signature. */
  root: Sha256Hex;
  /**
   * The root in PurePosixPath order, what the provenance's directory subject records; it differs
   * from `root` only where a name has a character below `/` at a branch (`tokenizer.json`).
   */
  directoryRoot: Sha256Hex;
  ignorePaths: string[];
  /** Files of the DirectoryDigest left out because an OMS ignore path covers them. */
  dropped: string[];
  /** Links inside the directory were followed: recorded as `allow_symlinks: true`. */
  allowSymlinks: boolean;
}

export function omsManifest(dir: DirectoryDigest, opts: OmsStatementOptions = {}): OmsManifest {
  // A single-file model has nothing to leave out: nothing is below it.
  const single = dir.files.length === 1 && dir.files[0]!.relPath === SINGLE_FILE_RESOURCE;
  const ignorePaths = single
    ? []
    : normalizeIgnorePaths([
        ...dir.ignorePaths,
        opts.signatureName ?? OMS_SIGNATURE_NAME,
        ...(opts.ignorePaths ?? []),
      ]);
  const kept: FileDigest[] = [];
  const dropped: string[] = [];
  for (const f of dir.files) {
    if (isIgnored(f.relPath, ignorePaths)) dropped.push(f.relPath);
    else kept.push(f);
  }
  kept.sort((a, b) => compareSpecPaths(a.relPath, b.relPath));
  const name = opts.name ?? basename(resolve(dir.path));
  if (kept.length === 0) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `the model directory ${dir.path} holds no file to sign`,
      {
        input: 'model',
        value: dir.path,
        fix: `check that training wrote the model there (names ignored: ${ignorePaths.join(', ')})`,
      },
    );
  }
  return {
    name,
    files: kept,
    root: rootOfDigests(kept.map((f) => f.sha256)),
    directoryRoot: omsRootDigest(kept),
    ignorePaths,
    dropped,
    allowSymlinks: dir.allowSymlinks === true,
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
  return {
    _type: OMS_STATEMENT_TYPE,
    subject: [{ name: m.name, digest: { sha256: m.root } }],
    predicateType: OMS_PREDICATE_TYPE,
    predicate: {
      serialization: {
        method: 'files',
        hash_type: 'sha256',
        allow_symlinks: m.allowSymlinks,
        ignore_paths: m.ignorePaths,
      },
      resources: m.files.map((f) => ({ algorithm: 'sha256', digest: f.sha256, name: f.relPath })),
    },
  };
}
