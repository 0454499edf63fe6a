// Datasets: what the model was trained on. Local data is hashed (a file by sha256, a
// directory by its OMS root digest); remote data is recorded by reference, pinned only
// when the reference itself carries a content digest or an immutable revision.
//
// `datasets` input, one per line (a URI may hold commas):
//   [NAME=]LOCAL-PATH-OR-GLOB [ALG:HEX]      hashed; ALG:HEX, if given, must match
//   [NAME=]URI [ALG:HEX]                     recorded, not downloaded
//   [NAME=]path/to/dvc.lock                  every stage dependency, pinned by DVC's md5
//   [NAME=]manifest:FILE [URI]               recorded from a manifest (docs/manifests.md)
// NAME is letters, digits, `_`, `.`, `-`. A `file:` URI is a local path.
// `datasets-file`: a JSON or YAML list of {name, path | uri, digest, license, split, annotations}.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { digestEntries, type DigestedPaths, type HashProgress } from '../hash/index.js';
import type { DatasetRef, DigestSet } from '../types.js';
import {
  addDigest,
  invalid,
  parseDigest,
  type DatasetSpec,
  type Notice,
  type SpecContext,
} from './dataset-spec.js';
import { readDatasetsFile } from './datasets-file.js';
import { commitTo, commitToRaw } from '../commitment/leaves.js';
import { digestDirectoryFlat } from '../hash/stream.js';
import { readDigestList } from './digest-list.js';
import { manifestDataset } from './manifest.js';
import { parseDvcLock } from './dvc.js';
import { fileUri, resolvePatterns, type ResolvedPath } from './paths.js';
import { referenceNotes } from './reference-uri.js';
import { normaliseLicence } from '../licenses/spdx.js';
import { checkOutsideOutputDir } from '../store/output-dir.js';

export interface DatasetsOptions {
  /** The `datasets` input as parsed (dataset-spec.ts parseDatasetLine, at the entry point). */
  datasets: readonly DatasetSpec[];
  /** Path of a JSON/YAML datasets file, absolute or relative to the workspace. */
  datasetsFile?: string;
  workspace: string;
  onProgress?: (p: HashProgress) => void;
  /** Hears what was left out of a recorded URI (its credentials), in a line that names no secret. */
  notice?: Notice;
  /** Where this run writes: refused when a dataset holds it or lies in it (before hashing). */
  outputDir?: string;
}

/** What a reference URI pins by itself: a 40-hex Hugging Face revision, or `@sha256:HEX`. */
function referenceFacts(
  uri: string,
  ctx: SpecContext,
): { digest: DigestSet; notes: Record<string, unknown> } {
  const digest: DigestSet = {};
  const { gitCommit, notes } = referenceNotes(uri);
  if (gitCommit) digest.gitCommit = gitCommit;
  const pinned = /@(sha256|sha512):([0-9a-f]+)$/i.exec(uri);
  if (pinned) addDigest(digest, ...parseDigest(pinned[1]!, pinned[2]!, ctx), ctx);
  return { digest, notes };
}

/** Digest of a file with an algorithm the hashing engine does not run (md5, sha1, ...). */
async function digestWith(path: string, alg: string): Promise<string> {
  const h = createHash(alg === 'gitCommit' ? 'sha1' : alg);
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }))
    h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Hashed local entries and the dvc.lock files among them, per spec. */
type Resolved = { spec: DatasetSpec; entries: ResolvedPath[]; dvc: DatasetRef[] };
/** A dataset as recorded, with where the user named it (for the duplicate-name error). */
type Collected = { ref: DatasetRef; spec: DatasetSpec };

export async function collectDatasets(opts: DatasetsOptions): Promise<DatasetRef[]> {
  const specs = [...opts.datasets];
  if (opts.datasetsFile)
    specs.push(...(await readDatasetsFile(opts.datasetsFile, opts.workspace, opts.notice)));
  const resolved: Resolved[] = [];
  for (const spec of specs) resolved.push(await resolveSpec(spec, opts.workspace, opts.notice));
  const entries = resolved.flatMap((r) => r.entries);
  if (opts.outputDir !== undefined) await checkOutsideOutputDir(opts.outputDir, entries, 'dataset');
  // Every local file in one hashing run, so the cores share the whole of the work; directories
  // are streamed one by one (flat memory whatever their size), each on every core.
  const digested = await digestEntries(
    entries.filter((e) => e.kind === 'file'),
    { input: 'datasets', onProgress: opts.onProgress },
  );
  const out: Collected[] = [];
  for (const r of resolved) {
    const refs = 'uri' in r.spec.target ? [referenceRef(r.spec, r.spec.target.uri)] : [...r.dvc];
    if ('digestList' in r.spec.target)
      refs.push(await digestListRef(r.spec, r.spec.target.digestList, opts.workspace));
    if ('manifest' in r.spec.target)
      refs.push(await manifestDataset(r.spec, r.spec.target, opts.workspace));
    for (const entry of r.entries)
      refs.push(
        entry.kind === 'directory'
          ? await directoryRef(entry, r.spec, opts.onProgress)
          : await localRef(entry, r.spec, digested),
      );
    out.push(...refs.map((ref) => ({ ref: withSpecFields(ref, r.spec), spec: r.spec })));
  }
  checkUniqueNames(out);
  return out.map((o) => o.ref);
}

/** A local spec's files and directories, with every dependency of a dvc.lock among them. */
async function resolveSpec(
  spec: DatasetSpec,
  workspace: string,
  notice?: Notice,
): Promise<Resolved> {
  if (!('local' in spec.target)) return { spec, entries: [], dvc: [] };
  const found = await resolvePatterns([spec.target.local], { workspace, input: spec.input });
  const locks = found.filter((e) => e.kind === 'file' && posix.basename(e.relPath) === 'dvc.lock');
  const dvc: DatasetRef[] = [];
  for (const lock of locks) {
    if (spec.name !== undefined || Object.keys(spec.claimed).length > 0) {
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        'a dvc.lock takes no name and no digest: each dependency is named by its path',
        `list '${lock.relPath}' alone`,
      );
    }
    const text = await readFile(lock.path, 'utf8');
    dvc.push(...parseDvcLock(text, { relPath: lock.relPath, notice }));
  }
  const entries = found.filter((e) => !locks.includes(e));
  if (spec.name !== undefined && entries.length > 1) {
    throw invalid(
      spec.input,
      spec.where,
      spec.value,
      `the name '${spec.name}' would name ${entries.length} datasets ('${spec.target.local}' matches ${entries.map((e) => e.relPath).join(', ')})`,
      'drop the NAME= prefix (each file is then named by its path), or name the directory that holds them',
    );
  }
  return { spec, entries, dvc };
}

/** A reference is recorded, not read: its digests are what it pins and what the user gave. */
function referenceRef(spec: DatasetSpec, uri: string): DatasetRef {
  const { digest, notes } = referenceFacts(uri, spec);
  for (const [alg, hex] of Object.entries(spec.claimed)) addDigest(digest, alg, hex, spec);
  const ref: DatasetRef = {
    name: spec.name ?? uri,
    kind: 'reference',
    uri,
    digest,
    unpinned: Object.keys(digest).length === 0,
  };
  if (Object.keys(notes).length > 0) ref.annotations = notes;
  return ref;
}

/** A hashed file: its sha256, its claims checked. */
async function localRef(
  entry: ResolvedPath,
  spec: DatasetSpec,
  digested: DigestedPaths,
): Promise<DatasetRef> {
  const fileSha = digested.byRelPath.get(entry.relPath)!.sha256;
  const ref: DatasetRef = {
    name: spec.name ?? entry.relPath,
    uri: fileUri(entry.relPath),
    path: entry.relPath,
    unpinned: false,
    kind: 'local-file',
    digest: { sha256: fileSha },
    commitment: commitTo([fileSha]),
  };
  await checkClaims(ref, entry, spec);
  return ref;
}

/** A hashed directory, streamed: OMS root, file count, bytes and commitment; its claims checked. */
async function directoryRef(
  entry: ResolvedPath,
  spec: DatasetSpec,
  onProgress?: (p: HashProgress) => void,
): Promise<DatasetRef> {
  const dir = await digestDirectoryFlat(entry.path, {
    input: spec.input,
    ...(onProgress ? { onProgress } : {}),
  });
  const ref: DatasetRef = {
    name: spec.name ?? entry.relPath,
    uri: fileUri(entry.relPath),
    path: entry.relPath,
    unpinned: false,
    kind: 'local-directory',
    digest: { sha256: dir.root },
    fileCount: dir.files,
    totalBytes: dir.bytes,
    commitment: commitToRaw(dir.digests),
  };
  await checkClaims(ref, entry, spec);
  return ref;
}

/**
 * A digest list (`digests:FILE`): recorded by the list file's own sha256, and committed to as
 * the set of digests it lists; the data itself is not read.
 */
async function digestListRef(
  spec: DatasetSpec,
  list: string,
  workspace: string,
): Promise<DatasetRef> {
  const { entry, bytes, digests } = await readDigestList(list, {
    workspace,
    input: spec.input,
    where: spec.where,
  });
  return {
    name: spec.name ?? entry.relPath,
    kind: 'digest-list',
    uri: fileUri(entry.relPath),
    path: entry.relPath,
    digest: { sha256: createHash('sha256').update(bytes).digest('hex') },
    unpinned: false,
    commitment: commitTo(digests),
  };
}

/** What the datasets file says of an entry beyond where it is: licence, split, annotations. */
function withSpecFields(ref: DatasetRef, spec: DatasetSpec): DatasetRef {
  if (spec.license !== undefined) {
    const licence = normaliseLicence(spec.license);
    ref.license = licence.expression;
    if (licence.declared !== undefined) ref.licenseDeclared = licence.declared;
  }
  if (spec.split !== undefined) ref.split = spec.split;
  if (spec.annotations !== undefined) ref.annotations = { ...spec.annotations, ...ref.annotations };
  return ref;
}

function checkUniqueNames(out: readonly Collected[]): void {
  const seen = new Map<string, string>();
  for (const { ref, spec } of out) {
    const first = seen.get(ref.name);
    if (first !== undefined) {
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        `the dataset name '${ref.name}' is already used (${first})`,
        'give each dataset its own name with NAME= (or name: in the datasets file)',
      );
    }
    seen.set(ref.name, spec.where);
  }
}

/** A local dataset with a claimed digest must have that digest; add the ones that match. */
async function checkClaims(ref: DatasetRef, entry: ResolvedPath, spec: DatasetSpec): Promise<void> {
  for (const [alg, claimed] of Object.entries(spec.claimed)) {
    let actual: string;
    if (alg === 'sha256') actual = ref.digest.sha256!;
    else if (entry.kind === 'directory') {
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        `'${entry.relPath}' is a directory: only its sha256 (OMS root digest) can be checked, not ${alg}`,
        'give the sha256 that `model_signing digest DIR` prints, or no digest',
      );
    } else if (alg === 'gitCommit') {
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        'a gitCommit digest names a commit, not the content of a local file',
        'give a sha256 of the file, or no digest',
      );
    } else actual = await digestWith(entry.path, alg);
    if (actual !== claimed) {
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        `'${entry.relPath}' has ${alg} ${actual}, not the ${claimed} given`,
        'check that the data on disk is the data you meant, then update or remove the digest',
      );
    }
    ref.digest[alg] = actual;
  }
}
