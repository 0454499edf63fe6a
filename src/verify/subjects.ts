// The model on disk against the signed subjects. Every file named by `model` is re-hashed
// with the algorithm its subject carries (sha256, or sha512 as npm provenance uses) and
// must match a subject by name (its path relative to the workspace) or, failing that, by
// digest. Every directory must match its OMS root digest; when it does not, the files
// that are missing, extra or changed are named from the per-file subjects.
import { DigestCache } from '../hash/cache.js';
import { OMS_SIGNING_IGNORES, type HashAlgorithm } from '../hash/index.js';
import { isProvenanceError } from '../errors.js';
import type { DirectoryDigest, ResourceDescriptor } from '../types.js';

export { DigestCache } from '../hash/cache.js';

/** A model path already resolved from the `model` patterns. */
export interface ResolvedPath {
  kind: 'file' | 'directory';
  /** Absolute path. */
  path: string;
  /** POSIX path relative to the workspace: the subject name it must have. */
  relPath: string;
}

export interface SubjectFileDiff {
  missing: string[];
  extra: string[];
  changed: string[];
}

/** One model path checked against the subjects. */
export interface SubjectCheck {
  /** The model path (relative to the workspace). */
  name: string;
  kind: 'file' | 'directory';
  ok: boolean;
  algorithm?: HashAlgorithm;
  /** The subject's digest, `ALG:HEX`, when a subject was found. */
  expected?: string;
  /** The digest on disk, `ALG:HEX`. */
  actual?: string;
  /** Name of the subject it matched or was compared with. */
  subject?: string;
  reason: string;
  /** For directories that differ: which files. */
  files?: SubjectFileDiff;
}

const SUPPORTED: readonly HashAlgorithm[] = ['sha256', 'sha512'];

export const normalizeSubjectName = (name: string) =>
  name.replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';

/** Subjects that share a name but not a digest: the statement says two things about one file. */
export interface AmbiguousSubject {
  /** The name, normalized (`./a/` and `a` are one name). */
  name: string;
  /** Each distinct digest set given for it, as `alg:hex, alg:hex`, in statement order. */
  digests: string[];
}

const digestText = (s: ResourceDescriptor): string =>
  Object.entries(s.digest ?? {})
    .map(([alg, hex]) => `${alg}:${String(hex).toLowerCase()}`)
    .sort()
    .join(', ') || '(no digest)';

/**
 * Every name that more than one subject carries with different digests. A verifier that took
 * the first (or the last) would let the statement sign both contents under one name.
 */
export function ambiguousSubjects(subjects: readonly ResourceDescriptor[]): AmbiguousSubject[] {
  const byName = new Map<string, string[]>();
  for (const s of subjects) {
    if (s.name === undefined) continue;
    const name = normalizeSubjectName(s.name);
    const digests = byName.get(name) ?? [];
    const d = digestText(s);
    if (!digests.includes(d)) digests.push(d);
    byName.set(name, digests);
  }
  return [...byName]
    .filter(([, digests]) => digests.length > 1)
    .map(([name, digests]) => ({ name, digests }));
}

export const describeAmbiguous = (a: AmbiguousSubject): string =>
  `the statement gives subject '${a.name}' ${a.digests.length} different digests (${a.digests.join(' | ')}): which one is signed is ambiguous`;

function ambiguousCheck(
  name: string,
  kind: 'file' | 'directory',
  a: AmbiguousSubject,
): SubjectCheck {
  return { name, kind, ok: false, subject: a.name, reason: describeAmbiguous(a) };
}

function supportedAlgorithms(s: ResourceDescriptor): HashAlgorithm[] {
  return SUPPORTED.filter((a) => typeof s.digest?.[a] === 'string');
}

function ignorePathsOf(s: ResourceDescriptor | undefined): string[] {
  const v = s?.annotations?.ignorePaths;
  return Array.isArray(v) && v.every((x) => typeof x === 'string')
    ? (v as string[])
    : [...OMS_SIGNING_IGNORES];
}

function failure(name: string, kind: 'file' | 'directory', e: unknown): SubjectCheck {
  const reason = isProvenanceError(e) ? e.message : `cannot hash ${name}: ${(e as Error).message}`;
  return { name, kind, ok: false, reason };
}

/** The subject that names this model path, or the failed check when its name is ambiguous. */
function subjectNamed(
  m: ResolvedPath,
  kind: 'file' | 'directory',
  subjects: ResourceDescriptor[],
  ambiguous: readonly AmbiguousSubject[],
): { name: string; named: ResourceDescriptor | undefined } | SubjectCheck {
  const name = normalizeSubjectName(m.relPath);
  const twice = ambiguous.find((a) => a.name === name);
  if (twice) return ambiguousCheck(name, kind, twice);
  return {
    name,
    named: subjects.find((s) => s.name !== undefined && normalizeSubjectName(s.name) === name),
  };
}

async function checkFile(
  m: ResolvedPath,
  subjects: ResourceDescriptor[],
  cache: DigestCache,
  ambiguous: readonly AmbiguousSubject[],
): Promise<SubjectCheck> {
  const found = subjectNamed(m, 'file', subjects, ambiguous);
  if ('ok' in found) return found;
  try {
    return found.named
      ? await checkNamedFile(m, found.name, found.named, cache)
      : await checkFileByContent(m, found.name, subjects, cache);
  } catch (e) {
    return failure(found.name, 'file', e);
  }
}

/** Every supported algorithm the subject carries must match, not only the first. */
async function checkNamedFile(
  m: ResolvedPath,
  name: string,
  named: ResourceDescriptor,
  cache: DigestCache,
): Promise<SubjectCheck> {
  const base = { name, kind: 'file' as const, subject: named.name };
  const algs = supportedAlgorithms(named);
  if (algs.length === 0) {
    const has = Object.keys(named.digest ?? {}).join(', ') || 'none';
    const reason = `subject '${named.name}' carries no sha256 or sha512 digest (has: ${has})`;
    return { ...base, ok: false, reason };
  }
  for (const alg of algs) {
    const { digest } = await cache.file(m.path, alg);
    const expected = named.digest![alg]!.toLowerCase();
    if (digest !== expected) {
      return {
        ...base,
        ok: false,
        algorithm: alg,
        expected: `${alg}:${expected}`,
        actual: `${alg}:${digest}`,
        reason: `${name} changed: its ${alg} is ${digest}, the signed subject says ${expected}`,
      };
    }
  }
  const alg = algs[0]!;
  return {
    ...base,
    ok: true,
    algorithm: alg,
    expected: `${alg}:${named.digest![alg]!.toLowerCase()}`,
    actual: `${alg}:${(await cache.file(m.path, alg)).digest}`,
    reason: `${name} matches its subject`,
  };
}

/** No subject of that name: the content among the subjects (npm provenance names its subject by purl). */
async function checkFileByContent(
  m: ResolvedPath,
  name: string,
  subjects: ResourceDescriptor[],
  cache: DigestCache,
): Promise<SubjectCheck> {
  for (const alg of SUPPORTED) {
    const withAlg = subjects.filter((s) => typeof s.digest?.[alg] === 'string');
    if (withAlg.length === 0) continue;
    const { digest } = await cache.file(m.path, alg);
    const hit = withAlg.find((s) => s.digest![alg]!.toLowerCase() === digest);
    if (hit) {
      return {
        name,
        kind: 'file',
        ok: true,
        algorithm: alg,
        subject: hit.name,
        expected: `${alg}:${digest}`,
        actual: `${alg}:${digest}`,
        reason: `${name} matches subject '${hit.name ?? '(unnamed)'}' by ${alg} digest`,
      };
    }
  }
  const { digest } = await cache.file(m.path, 'sha256');
  return {
    name,
    kind: 'file',
    ok: false,
    algorithm: 'sha256',
    actual: `sha256:${digest}`,
    reason: `${name} is not signed: no subject has its name or its digest`,
  };
}

function diffFiles(
  relDir: string,
  dir: DirectoryDigest,
  subjects: ResourceDescriptor[],
): SubjectFileDiff | undefined {
  const prefix = relDir === '.' ? '' : `${relDir}/`;
  const signed = new Map<string, string>();
  for (const s of subjects) {
    const n = s.name === undefined ? undefined : normalizeSubjectName(s.name);
    if (n && n.startsWith(prefix) && n !== relDir && typeof s.digest?.sha256 === 'string') {
      if (s.annotations?.role === 'model-directory') continue;
      signed.set(n, s.digest.sha256.toLowerCase());
    }
  }
  if (signed.size === 0) return undefined;
  const onDisk = new Map(dir.files.map((f) => [`${prefix}${f.relPath}`, f.sha256 as string]));
  const missing = [...signed.keys()].filter((n) => !onDisk.has(n)).sort();
  const extra = [...onDisk.keys()].filter((n) => !signed.has(n)).sort();
  const changed = [...onDisk.entries()]
    .filter(([n, d]) => signed.has(n) && signed.get(n) !== d)
    .map(([n]) => n)
    .sort();
  return { missing, extra, changed };
}

function describeDiff(d: SubjectFileDiff): string {
  const parts: string[] = [];
  if (d.changed.length) parts.push(`changed: ${d.changed.join(', ')}`);
  if (d.missing.length) parts.push(`missing: ${d.missing.join(', ')}`);
  if (d.extra.length) parts.push(`not signed: ${d.extra.join(', ')}`);
  return parts.join('; ');
}

async function checkDirectory(
  m: ResolvedPath,
  subjects: ResourceDescriptor[],
  cache: DigestCache,
  ambiguous: readonly AmbiguousSubject[],
): Promise<SubjectCheck> {
  const found = subjectNamed(m, 'directory', subjects, ambiguous);
  if ('ok' in found) return found;
  const { name, named } = found;
  try {
    const dir = await cache.directory(m.path, ignorePathsOf(named));
    return named
      ? namedDirectory(name, named, dir, subjects)
      : directoryByContent(name, dir, subjects);
  } catch (e) {
    return failure(name, 'directory', e);
  }
}

function namedDirectory(
  name: string,
  named: ResourceDescriptor,
  dir: DirectoryDigest,
  subjects: ResourceDescriptor[],
): SubjectCheck {
  const base = {
    name,
    kind: 'directory' as const,
    subject: named.name,
    actual: `sha256:${dir.root}`,
  };
  const expectedHex = named.digest?.sha256?.toLowerCase();
  if (!expectedHex)
    return {
      ...base,
      ok: false,
      reason: `subject '${named.name}' carries no sha256 (OMS root) digest`,
    };
  const expected = `sha256:${expectedHex}`;
  if (expectedHex === dir.root) {
    const reason = `${name}/ matches its OMS root digest (${dir.files.length} files)`;
    return { ...base, ok: true, algorithm: 'sha256', expected, reason };
  }
  const files = diffFiles(name, dir, subjects);
  const detail = files ? describeDiff(files) : `${dir.files.length} files on disk`;
  const reason = `${name}/ changed: OMS root ${dir.root} differs from the signed ${expectedHex}${detail ? ` (${detail})` : ''}`;
  return { ...base, ok: false, algorithm: 'sha256', expected, files, reason };
}

function directoryByContent(
  name: string,
  dir: DirectoryDigest,
  subjects: ResourceDescriptor[],
): SubjectCheck {
  const actual = `sha256:${dir.root}`;
  const hit = subjects.find((s) => s.digest?.sha256?.toLowerCase() === dir.root);
  if (hit) {
    const reason = `${name}/ matches subject '${hit.name ?? '(unnamed)'}' by its OMS root digest`;
    return {
      name,
      kind: 'directory',
      ok: true,
      algorithm: 'sha256',
      subject: hit.name,
      expected: actual,
      actual,
      reason,
    };
  }
  const files = diffFiles(name, dir, subjects);
  const reason = `${name}/ is not signed: no subject has its name or its OMS root digest ${dir.root}${files ? ` (${describeDiff(files)})` : ''}`;
  return { name, kind: 'directory', ok: false, algorithm: 'sha256', actual, files, reason };
}

/**
 * Check every model path against the subjects; one result per path, in input order. A path
 * whose name the statement gives with two different digests fails (see ambiguousSubjects).
 */
export async function checkSubjects(
  subjects: readonly ResourceDescriptor[],
  model: readonly ResolvedPath[],
  cache: DigestCache = new DigestCache(),
): Promise<SubjectCheck[]> {
  const list = [...subjects];
  const ambiguous = ambiguousSubjects(list);
  // All at once: a model of several large files hashes on every core. Each check reports its
  // own failure, so one bad path does not cut the others short.
  return Promise.all(
    model.map((m) =>
      m.kind === 'directory'
        ? checkDirectory(m, list, cache, ambiguous)
        : checkFile(m, list, cache, ambiguous),
    ),
  );
}
