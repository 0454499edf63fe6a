// The model on disk against the signed subjects. Every file named by `model` is re-hashed
// with the algorithm its subject carries (sha256, or sha512 as npm provenance uses) and
// must match a subject by name (its path relative to the workspace) or, failing that, by
// digest. Every directory must match its OMS root digest; when it does not, the files
// that are missing, extra or changed are named from the per-file subjects.
import { DigestCache } from '../hash/cache.js';
import { OMS_SIGNING_IGNORES, type HashAlgorithm } from '../hash/index.js';
import { isProvenanceError } from '../errors.js';
import type { ResourceDescriptor } from '../types.js';
import { checkDirectoryContent, unsignedDirectory } from './directory.js';
import type { SubjectCheck } from './types.js';

export { DigestCache } from '../hash/cache.js';
export type { SubjectCheck } from './types.js';

/** A model path already resolved from the `model` patterns. */
export interface ResolvedPath {
  kind: 'file' | 'directory';
  /** Absolute path. */
  path: string;
  /** POSIX path relative to the workspace: the subject name it must have. */
  relPath: string;
}

/** Whether the model patterns cover a signed name (collect/coverage.ts); absent: none given. */
export type Covers = (name: string, isDirectory: boolean) => boolean;

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

/** What every check of one statement shares. */
interface Checking {
  /** The statement's subjects, their names normalized. */
  subjects: ResourceDescriptor[];
  cache: DigestCache;
  ambiguous: readonly AmbiguousSubject[];
  covers?: Covers;
  /** Every model path checked (normalized): a file found there is not a rename. */
  onDisk: ReadonlySet<string>;
}

function ambiguousCheck(
  name: string,
  kind: 'file' | 'directory',
  a: AmbiguousSubject,
): SubjectCheck {
  return { name, kind, ok: false, subject: a.name, checked: [], reason: describeAmbiguous(a) };
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
  return { name, kind, ok: false, checked: [], reason };
}

/** The subject that names this model path, or the failed check when its name is ambiguous. */
function subjectNamed(
  m: ResolvedPath,
  kind: 'file' | 'directory',
  c: Checking,
): { name: string; named: ResourceDescriptor | undefined } | SubjectCheck {
  const name = normalizeSubjectName(m.relPath);
  const twice = c.ambiguous.find((a) => a.name === name);
  if (twice) return ambiguousCheck(name, kind, twice);
  return { name, named: c.subjects.find((s) => s.name === name) };
}

async function checkFile(m: ResolvedPath, c: Checking): Promise<SubjectCheck> {
  const found = subjectNamed(m, 'file', c);
  if ('ok' in found) return found;
  try {
    return found.named
      ? await checkNamedFile(m, found.name, found.named, c.cache)
      : await checkFileByContent(m, found.name, c);
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
    return { ...base, ok: false, checked: [], reason };
  }
  const checked = [named.name!];
  for (const alg of algs) {
    const { digest } = await cache.file(m.path, alg);
    const expected = named.digest![alg]!.toLowerCase();
    if (digest !== expected) {
      return {
        ...base,
        ok: false,
        checked,
        algorithm: alg,
        expected: `${alg}:${expected}`,
        actual: `${alg}:${digest}`,
        reason: `changed ${name}: its ${alg} is ${digest}, the signed subject says ${expected}`,
      };
    }
  }
  const alg = algs[0]!;
  return {
    ...base,
    ok: true,
    checked,
    algorithm: alg,
    expected: `${alg}:${named.digest![alg]!.toLowerCase()}`,
    actual: `${alg}:${(await cache.file(m.path, alg)).digest}`,
    reason: `${name} matches its subject`,
  };
}

/**
 * No subject of that name: the content among the subjects (npm provenance names its subject by
 * purl, actions/attest by what it is given). When the subject it matches has a name the model
 * patterns cover, the file was signed under that name: a rename (or a copy), not a match.
 */
async function checkFileByContent(
  m: ResolvedPath,
  name: string,
  c: Checking,
): Promise<SubjectCheck> {
  for (const alg of SUPPORTED) {
    const withAlg = c.subjects.filter((s) => typeof s.digest?.[alg] === 'string');
    if (withAlg.length === 0) continue;
    const { digest } = await c.cache.file(m.path, alg);
    const hit = withAlg.find((s) => s.digest![alg]!.toLowerCase() === digest);
    if (!hit) continue;
    const expected = `${alg}:${digest}`;
    const base = { name, kind: 'file' as const, algorithm: alg, subject: hit.name, expected };
    if (hit.name !== undefined && c.covers?.(hit.name, false)) {
      const copy = c.onDisk.has(hit.name);
      const reason = copy
        ? `added ${name}: a copy of the signed ${hit.name}, not signed under this name`
        : `renamed ${hit.name} → ${name}: the signed content under another name`;
      return {
        ...base,
        ok: false,
        actual: expected,
        checked: [],
        gone: copy ? [] : [hit.name],
        reason,
      };
    }
    const reason = `${name} matches subject '${hit.name ?? '(unnamed)'}' by ${alg} digest`;
    return { ...base, ok: true, actual: expected, checked: [hit.name ?? name], reason };
  }
  const { digest } = await c.cache.file(m.path, 'sha256');
  return {
    name,
    kind: 'file',
    ok: false,
    algorithm: 'sha256',
    actual: `sha256:${digest}`,
    checked: [],
    reason: `added ${name}: no subject has its name or its digest, it is not signed`,
  };
}

async function checkDirectory(m: ResolvedPath, c: Checking): Promise<SubjectCheck> {
  const found = subjectNamed(m, 'directory', c);
  if ('ok' in found) return found;
  const { name, named } = found;
  try {
    const dir = await c.cache.directory(m.path, ignorePathsOf(named));
    const subject = named ?? c.subjects.find((s) => s.digest?.sha256?.toLowerCase() === dir.root);
    if (!subject) return unsignedDirectory(name, dir, c.subjects);
    const check = checkDirectoryContent(name, subject, dir, c.subjects);
    return named ? check : elsewhere(check, subject, c);
  } catch (e) {
    return failure(name, 'directory', e);
  }
}

/** A directory matched by its root to a subject the patterns cover under its own name: moved. */
function elsewhere(check: SubjectCheck, subject: ResourceDescriptor, c: Checking): SubjectCheck {
  const from = subject.name;
  if (from === undefined || !c.covers?.(from, true)) return check;
  const copy = c.onDisk.has(from);
  const reason = copy
    ? `added ${check.name}/: a copy of the signed ${from}/, not signed under this name`
    : `renamed ${from}/ → ${check.name}/: the signed directory under another name`;
  return { ...check, ok: false, reason, checked: [], gone: copy ? [] : check.checked };
}

/**
 * Check every model path against the subjects; one result per path, in input order. A path
 * whose name the statement gives with two different digests fails (see ambiguousSubjects).
 */
export async function checkSubjects(
  subjects: readonly ResourceDescriptor[],
  model: readonly ResolvedPath[],
  cache: DigestCache = new DigestCache(),
  covers?: Covers,
): Promise<SubjectCheck[]> {
  const c: Checking = {
    subjects: subjects.map((s) =>
      s.name === undefined ? s : { ...s, name: normalizeSubjectName(s.name) },
    ),
    cache,
    ambiguous: ambiguousSubjects(subjects),
    covers,
    onDisk: new Set(model.map((m) => normalizeSubjectName(m.relPath))),
  };
  // All at once: a model of several large files hashes on every core. Each check reports its
  // own failure, so one bad path does not cut the others short.
  return Promise.all(
    model.map((m) => (m.kind === 'directory' ? checkDirectory(m, c) : checkFile(m, c))),
  );
}
