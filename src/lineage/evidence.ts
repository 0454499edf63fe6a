// A base model's evidence, found and verified: the file the record names (beside the record, in
// `bases/`), else one in the evidence directory with the recorded sha256 or name, else (by the
// base's digest) GitHub's attestations API. Every bundle goes through the verifier the model's
// own record goes through (src/verify/: trusted root, signature, identity, statement), checked
// against who may have signed it, and must sign the base's recorded digest.
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { ProvenanceError } from '../errors.js';
import { CYCLONEDX_PREDICATE_TYPE } from '../statement/layout.js';
import type { ProvenanceView } from '../statement/view.js';
import {
  bundlesOfBytes,
  collectBundles,
  isRejected,
  MAX_BUNDLE_FILE_BYTES,
  type LabelledBundle,
  type LoadedBundle,
} from '../verify/bundles.js';
import { lookupAttestations } from '../verify/lookup.js';
import { DEFAULT_PREDICATE_TYPES } from '../verify/stages.js';
import type { DigestCache } from '../verify/subjects.js';
import type { LoadedTrustedRoot, TrustedRootSpec } from '../verify/trust.js';
import type { TufRefresh } from '../verify/tuf.js';
import type { BaseEvidence, BaseModelRef } from '../types.js';
import { checkBundle } from '../verify/evidence-bundle.js';
import { recordedSigner, type AllowedSigner } from './signers.js';
import type { LineageNode } from './types.js';

/** Where the base's digest is looked up when no evidence file is found. */
export interface EvidenceLookup {
  repository: string;
  token: string;
  apiUrl?: string;
  log?: (line: string) => void;
}

export interface EvidenceContext {
  trustedRoot: TrustedRootSpec;
  refresh?: TufRefresh;
  roots: Map<string, Promise<LoadedTrustedRoot[]>>;
  cache: DigestCache;
  /** The policy's `lineage.signers`; absent: the signer the record names for each evidence. */
  signers?: readonly AllowedSigner[];
  /** `--evidence DIR` (verify takes one; the lineage command may give several). */
  evidenceDirs?: readonly string[];
  lookup?: EvidenceLookup;
  /** The evidence directory's files by sha256 and by name, read once. */
  index?: Promise<EvidenceIndex>;
}

/** One evidence checked: what the tree shows, and what a verified training record says. */
export interface CheckedEvidence {
  entry: LineageNode['evidence'][number];
  signer?: string;
  view?: ProvenanceView;
  /** The directory its own `bases/` are relative to (a file's directory). */
  dir?: string;
}

interface EvidenceIndex {
  bySha: Map<string, string>;
  byName: Map<string, string[]>;
}

const MAX_INDEXED_FILES = 10_000;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A file read once: its bytes are what is verified, its sha256 what is compared with the record. */
interface ReadFile {
  path: string;
  bytes: Buffer;
  sha: string;
}

/** The file and its sha256; or why it was not read (not a regular file, over the cap); undefined: absent. */
async function fileSha(path: string): Promise<ReadFile | { refused: string } | undefined> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return { refused: `${path} is not a regular file; it is not read` };
    if (st.size > MAX_BUNDLE_FILE_BYTES)
      return {
        refused: `${path} is ${st.size} bytes, over the ${MAX_BUNDLE_FILE_BYTES / 2 ** 20} MiB a bundle may have; it is not read`,
      };
    const bytes = await readFile(path);
    return { path, bytes, sha: sha256(bytes) };
  } catch {
    return undefined;
  }
}

async function buildIndex(dirs: readonly string[]): Promise<EvidenceIndex> {
  const index: EvidenceIndex = { bySha: new Map(), byName: new Map() };
  for (const dir of dirs) await addToIndex(index, dir);
  return index;
}

async function addToIndex(index: EvidenceIndex, dir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (e) {
    throw new ProvenanceError(
      'FILE_UNREADABLE',
      `cannot read evidence directory ${dir}: ${(e as Error).message}`,
      {
        input: 'evidence',
        value: dir,
        fix: 'give the directory that holds the base models’ evidence files (bases/ of an attest output-dir)',
        cause: e,
      },
    );
  }
  for (const d of entries.filter((x) => x.isFile()).slice(0, MAX_INDEXED_FILES)) {
    const path = join(d.parentPath, d.name);
    const got = await fileSha(path);
    const sha = got && 'sha' in got ? got.sha : undefined;
    if (sha && !index.bySha.has(sha)) index.bySha.set(sha, path);
    index.byName.set(d.name, [...(index.byName.get(d.name) ?? []), path]);
  }
}

/** The record's path inside its directory, or undefined when it would leave it. */
function inside(dir: string, rel: string): string | undefined {
  const n = normalize(rel);
  if (isAbsolute(n) || n === '..' || n.startsWith(`..${sep}`)) return undefined;
  return join(dir, n);
}

/**
 * Does the path stay in the directory once symbolic links are resolved? A record's bases/ come
 * from whoever made it: a link out of it must not make us read (or hash) a file of this machine.
 * A path that does not exist stays (nothing is read).
 */
async function staysInside(dir: string, path: string): Promise<boolean> {
  const real = await realpath(path).catch(() => undefined);
  return real === undefined || real.startsWith(`${await realpath(dir)}${sep}`);
}

/** The evidence file, read: its sha256 the recorded one; else why none is. */
async function locate(
  e: BaseEvidence,
  recordDir: string | undefined,
  ctx: EvidenceContext,
): Promise<ReadFile | { problem: string }> {
  const beside = recordDir !== undefined ? inside(recordDir, e.path) : undefined;
  if (recordDir !== undefined && beside === undefined)
    return {
      problem: `the recorded path '${e.path}' leaves the record's directory; it is not read`,
    };
  if (beside !== undefined && !(await staysInside(recordDir!, beside)))
    return {
      problem: `the recorded path '${e.path}' leaves the record's directory through a symbolic link; it is not read`,
    };
  const seen: Array<[string, string]> = [];
  const refused: string[] = [];
  const tryFile = async (path: string): Promise<ReadFile | undefined> => {
    const got = await fileSha(path);
    if (got && 'refused' in got) refused.push(got.refused);
    if (!got || !('sha' in got)) return undefined;
    seen.push([path, got.sha]);
    return e.sha256 === undefined || got.sha === e.sha256 ? got : undefined;
  };
  const near = beside && (await tryFile(beside));
  if (near) return near;
  if (ctx.evidenceDirs?.length) {
    ctx.index ??= buildIndex(ctx.evidenceDirs);
    const index = await ctx.index;
    const bySha = e.sha256 ? index.bySha.get(e.sha256) : undefined;
    // Read again, and compared again: the index's digest is of the file as it was then.
    const indexed = bySha && (await tryFile(bySha));
    if (indexed) return indexed;
    for (const p of index.byName.get(basename(e.path)) ?? []) {
      const named = await tryFile(p);
      if (named) return named;
    }
  }
  if (seen.length > 0) {
    const [path, sha] = seen[0]!;
    return {
      problem: `${path} is sha256:${sha}, the record names sha256:${e.sha256}: it is not the evidence recorded (swapped or changed)`,
    };
  }
  if (refused.length > 0) return { problem: refused[0]! };
  const dirs = ctx.evidenceDirs ?? [];
  const where = [beside, dirs.length > 0 && `the evidence directory ${dirs.join(', ')}`].filter(
    Boolean,
  );
  return { problem: `not found${where.length ? ` (looked in ${where.join(' and ')})` : ''}` };
}

const PREDICATES: Record<string, readonly string[]> = {
  'ml-bom': [CYCLONEDX_PREDICATE_TYPE],
};

/** Each bundle of the source through the verifier, with each allowed signer, until one holds. */
async function verifySource(
  source: ReadFile | LabelledBundle,
  base: BaseModelRef,
  kind: string,
  signers: ReadonlyArray<AllowedSigner | string>,
  ctx: EvidenceContext,
): Promise<Omit<CheckedEvidence, 'entry' | 'dir'> & { problem?: string }> {
  let candidates;
  try {
    // A file located is verified from the bytes whose digest matched, not read a second time.
    candidates =
      'bytes' in source
        ? bundlesOfBytes(source.bytes, source.path)
        : await collectBundles([source]);
  } catch (e) {
    return { problem: (e as Error).message };
  }
  const problems: string[] = [];
  for (const c of candidates) {
    if (isRejected(c)) {
      problems.push(c.error.message);
      continue;
    }
    for (const s of signers) {
      if (typeof s === 'string') {
        problems.push(s);
        continue;
      }
      const r = await checkBundle(c as LoadedBundle, base, {
        kind,
        signer: s,
        predicateTypes: PREDICATES[kind] ?? DEFAULT_PREDICATE_TYPES,
        ...ctx,
      });
      if (!('problem' in r)) return { signer: s.label, view: r.view };
      problems.push(r.problem);
    }
  }
  return { problem: [...new Set(problems)].join('; ') || 'no bundle in it' };
}

/** One evidence entry the record names, found and verified. */
export async function checkEvidence(
  base: BaseModelRef,
  e: BaseEvidence,
  recordDir: string | undefined,
  ctx: EvidenceContext,
): Promise<CheckedEvidence> {
  const found = await locate(e, recordDir, ctx);
  if ('problem' in found)
    return { entry: { kind: e.kind, path: e.path, verified: false, problem: found.problem } };
  const signers = ctx.signers ?? [recordedSigner(e)];
  const r = await verifySource(found, base, e.kind, signers, ctx);
  // The path as recorded; the file read is named in a problem (and is where its bases are).
  const entry = { kind: e.kind, path: e.path };
  if (r.problem) return { entry: { ...entry, verified: false, problem: r.problem } };
  return {
    entry: { ...entry, verified: true },
    signer: r.signer,
    view: r.view,
    dir: dirname(found.path),
  };
}

/** The base's attestations found by its digest in the attestations API, each verified. */
export async function lookupEvidence(
  base: BaseModelRef,
  ctx: EvidenceContext,
): Promise<CheckedEvidence[]> {
  if (!ctx.lookup || !base.sha256 || !ctx.signers) return [];
  let found;
  try {
    found = await lookupAttestations({ ...ctx.lookup, digest: `sha256:${base.sha256}` });
  } catch (e) {
    // A lookup that failed is a base not verified, said: the model's own verdict stands apart.
    const where = `attestations API ${ctx.lookup.repository}`;
    return [
      {
        entry: { kind: 'attestation', path: where, verified: false, problem: (e as Error).message },
      },
    ];
  }
  const out: CheckedEvidence[] = [];
  for (const f of found) {
    const r = await verifySource(f, base, 'attestation', ctx.signers, ctx);
    const entry = {
      kind: 'attestation',
      path: f.source,
      verified: !r.problem,
      ...(r.problem ? { problem: r.problem } : {}),
    };
    out.push({ entry, signer: r.signer, view: r.view });
    if (!r.problem) break;
  }
  return out;
}
