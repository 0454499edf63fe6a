// One way for every input to turn what the user typed into files and directories inside
// the workspace, and to hash them: model, datasets, requirements, parameters, byproducts.
//
// Pattern semantics (documented in docs/inputs.md):
// - A pattern without glob characters is a path, relative to the workspace or absolute
//   inside it; it may name a file or a directory.
// - A glob (minimatch syntax: `*`, `**`, `?`, `[...]`, `{a,b}`, extglobs) is matched
//   against workspace-relative POSIX paths. It matches FILES, unless it ends with `/`,
//   then it matches DIRECTORIES only. `*` and `**` do not match names starting with `.`
//   unless the pattern spells the dot (as upload-artifact leaves hidden files out);
//   name a directory to take everything in it under the OMS rules.
// - A pattern that names an existing path literally is taken literally, so
//   `data/file[1].csv` works without escaping. `\` escapes a glob character; in a list
//   input `\,` is a comma of a name, not a separator (parseList).
// - A pattern is at most MAX_PATTERN_LENGTH characters.
// - Everything must lie inside the workspace after `..` and symbolic links are resolved.
//   Symbolic links are refused unless allowSymlinks; links are then resolved (never to
//   outside the workspace) and links to directories are never walked into by a glob.
import { constants } from 'node:fs';
import { access, lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { Minimatch, type MinimatchOptions } from 'minimatch';
import { isProvenanceError, ProvenanceError } from '../errors.js';
import {
  hashFiles,
  assertUtf8Name,
  checkListingUnchanged,
  listDirectory,
  OMS_DEFAULT_IGNORES,
  omsRootDigest,
  type FileToHash,
  type HashOptions,
} from '../hash/index.js';
import type { DirectoryDigest, FileDigest } from '../types.js';

export interface ResolvedPath {
  kind: 'file' | 'directory';
  /** Absolute path on disk, symbolic links resolved. */
  path: string;
  /** POSIX path relative to the workspace, as the user named it; '.' for the workspace itself. */
  relPath: string;
  /** The pattern that first produced this entry. */
  pattern: string;
}

export interface ResolveOptions {
  workspace: string;
  /** Input name for error messages, e.g. "model". */
  input: string;
  allowSymlinks?: boolean;
  /** An empty pattern list is INPUT_MISSING. */
  required?: boolean;
}

/**
 * Longest path or glob taken: PATH_MAX on Linux, so no real path is refused; far longer
 * text is a mistake (and minimatch throws an unlabelled error past 64 KB).
 */
export const MAX_PATTERN_LENGTH = 4096;

const GLOB_OPTIONS: MinimatchOptions = {
  dot: false,
  nocomment: true,
  nonegate: true,
  magicalBraces: true,
};

/** Lines of an input, trimmed; empty lines and `#` comment lines dropped. */
export function parseLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Items of a newline- or comma-separated input. A comma inside `{...}` belongs to a
 * brace glob (`out/{a,b}.bin`) and does not split. `\,` is a comma that is part of a name
 * (`out/a\,b.bin` names the file `a,b.bin`): outside braces the backslash is dropped, as a
 * comma there is literal to a glob too; inside braces it is kept, for the glob reads `\,`
 * as a literal comma of one alternative. Other `\` escapes are kept for the glob.
 */
export function parseList(raw: string): string[] {
  const out: string[] = [];
  for (const line of parseLines(raw)) {
    let depth = 0;
    let item = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '\\' && i + 1 < line.length) {
        const next = line[++i]!;
        item += next === ',' && depth === 0 ? ',' : c + next;
      } else if (c === ',' && depth === 0) {
        out.push(item);
        item = '';
      } else {
        if (c === '{') depth++;
        else if (c === '}' && depth > 0) depth--;
        item += c;
      }
    }
    out.push(item);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}

export const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

/** `file:` URI of a workspace-relative path, each segment percent-encoded. */
export function fileUri(relPath: string): string {
  return 'file:' + relPath.split('/').map(encodeURIComponent).join('/');
}

const isInside = (root: string, abs: string): boolean => {
  const rel = relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Re-throw a ProvenanceError from a lower layer with the input it concerns. */
export function withInput(e: unknown, input: string): unknown {
  if (!isProvenanceError(e) || e.input) return e;
  return new ProvenanceError(e.code, e.message, {
    input,
    value: e.value,
    fix: e.fix,
    cause: e.cause ?? e,
  });
}

interface Workspace {
  /** As given, resolved. */
  given: string;
  /** With symbolic links resolved: what realpath results are compared with. */
  real: string;
}

async function openWorkspace(workspace: string, input: string): Promise<Workspace> {
  const given = resolve(workspace);
  try {
    return { given, real: await realpath(given) };
  } catch (e) {
    throw new ProvenanceError(
      'FILE_UNREADABLE',
      `the workspace ${given} cannot be read: ${(e as Error).message}`,
      {
        input,
        value: given,
        fix: 'run the step after actions/checkout, or pass the workspace directory that holds the files',
        cause: e,
      },
    );
  }
}

/**
 * Workspace-relative POSIX form of a pattern, or undefined when it leaves the workspace.
 * An absolute pattern may start with the workspace as given or as its real path.
 */
function relativePattern(pattern: string, ws: Workspace): string | undefined {
  let p = toPosix(pattern);
  if (isAbsolute(pattern)) {
    const prefix = [ws.given, ws.real]
      .map(toPosix)
      .find((w) => p === w || p.startsWith(w.endsWith('/') ? w : w + '/'));
    if (prefix === undefined) return undefined;
    p = p.slice(prefix.length).replace(/^\/+/, '');
  }
  const trailingSlash = p.endsWith('/') && p.length > 1;
  const n = posix.normalize(p === '' ? '.' : p).replace(/\/+$/, '');
  if (n === '..' || n.startsWith('../')) return undefined;
  return trailingSlash && n !== '.' ? n + '/' : n;
}

function outside(input: string, pattern: string, ws: Workspace, target?: string): ProvenanceError {
  const where = target ? ` (it resolves to ${target})` : '';
  return new ProvenanceError(
    'PATH_OUTSIDE_WORKSPACE',
    `'${pattern}' is outside the workspace ${ws.given}${where}`,
    {
      input,
      value: pattern,
      fix: 'copy or write the files into the workspace (GITHUB_WORKSPACE) and name them relative to it',
    },
  );
}

function unreadable(input: string, pattern: string, abs: string, e: unknown): ProvenanceError {
  return new ProvenanceError(
    'FILE_UNREADABLE',
    `'${pattern}': ${abs} cannot be read: ${(e as Error).message}`,
    {
      input,
      value: pattern,
      fix: 'check the file permissions; the step runs as the runner user',
      cause: e,
    },
  );
}

/** Checks a symbolic link (or a path through one) against the rules; returns its real path. */
async function followLink(
  abs: string,
  pattern: string,
  ws: Workspace,
  opts: ResolveOptions,
): Promise<string> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch (e) {
    throw new ProvenanceError(
      'NO_MATCH',
      `'${pattern}': the symbolic link ${abs} points to nothing`,
      {
        input: opts.input,
        value: pattern,
        fix: 'remove the dangling link or name the file it should point to',
        cause: e,
      },
    );
  }
  if (!isInside(ws.real, real)) throw outside(opts.input, pattern, ws, real);
  if (!opts.allowSymlinks) {
    throw new ProvenanceError(
      'SYMLINK_REFUSED',
      `'${pattern}': ${abs} is or passes through a symbolic link`,
      {
        input: opts.input,
        value: pattern,
        fix: 'name the file the link points to, or replace the link with the file (links can point anywhere and are not signed)',
      },
    );
  }
  return real;
}

async function checkReadable(
  abs: string,
  kind: 'file' | 'directory',
  pattern: string,
  input: string,
): Promise<void> {
  try {
    await access(abs, kind === 'file' ? constants.R_OK : constants.R_OK | constants.X_OK);
  } catch (e) {
    throw unreadable(input, pattern, abs, e);
  }
}

/** A plain path: one entry, or NO_MATCH. */
async function resolvePath(
  rel: string,
  pattern: string,
  ws: Workspace,
  opts: ResolveOptions,
): Promise<ResolvedPath> {
  const lexical = rel === '.' ? ws.real : join(ws.real, ...rel.split('/'));
  let st;
  try {
    st = await lstat(lexical);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ProvenanceError(
        'NO_MATCH',
        `'${pattern}' does not exist in the workspace ${ws.given}`,
        {
          input: opts.input,
          value: pattern,
          fix: 'check the path (relative to the workspace) and that the step runs after the files are written',
          cause: e,
        },
      );
    }
    throw unreadable(opts.input, pattern, lexical, e);
  }
  // realpath catches links anywhere on the way, not only the last component.
  let real = lexical;
  if (st.isSymbolicLink() || (await realpath(lexical)) !== lexical) {
    real = await followLink(lexical, pattern, ws, opts);
    st = await stat(real);
  }
  const kind = st.isDirectory() ? 'directory' : st.isFile() ? 'file' : undefined;
  if (!kind) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `'${pattern}' is neither a regular file nor a directory`,
      {
        input: opts.input,
        value: pattern,
        fix: 'name regular files or directories',
      },
    );
  }
  await checkReadable(real, kind, pattern, opts.input);
  return { kind, path: real, relPath: rel, pattern };
}

/** Longest leading run of literal path segments common to every brace alternative. */
function literalBase(mm: Minimatch): string[] {
  let base: string[] | undefined;
  for (const parts of mm.set) {
    const lit: string[] = [];
    for (const part of parts.slice(0, -1)) {
      if (typeof part !== 'string') break;
      lit.push(part);
    }
    if (base === undefined) base = lit;
    else {
      let i = 0;
      while (i < base.length && i < lit.length && base[i] === lit[i]) i++;
      base = base.slice(0, i);
    }
  }
  return (base ?? []).filter((s) => s !== '' && s !== '.');
}

/** A glob: walks from its literal base, pruning directories that cannot match. */
async function resolveGlob(
  rel: string,
  pattern: string,
  ws: Workspace,
  opts: ResolveOptions,
): Promise<ResolvedPath[]> {
  const wantDirs = rel.endsWith('/');
  const glob = wantDirs ? rel.slice(0, -1) : rel;
  const mm = new Minimatch(glob, GLOB_OPTIONS);
  const base = literalBase(mm);
  const baseAbs = join(ws.real, ...base);
  try {
    const st = await lstat(baseAbs);
    if (!st.isDirectory() && !st.isSymbolicLink()) return [];
  } catch {
    return [];
  }
  if ((await realpath(baseAbs)) !== baseAbs) await followLink(baseAbs, pattern, ws, opts);

  const found: ResolvedPath[] = [];
  const walk = async (absDir: string, relDir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(absDir, { withFileTypes: true });
    } catch (e) {
      throw unreadable(opts.input, pattern, absDir, e);
    }
    for (const ent of entries) {
      await assertUtf8Name(absDir, ent.name, opts.input);
      const abs = join(absDir, ent.name);
      const relChild = relDir === '' ? ent.name : `${relDir}/${ent.name}`;
      const full = mm.match(relChild);
      if (ent.isSymbolicLink()) {
        // A link the glob would take, or walk through, is judged like a named one; the
        // glob itself never walks into a linked directory.
        const target = await stat(abs).catch(() => undefined);
        const isDir = target?.isDirectory() ?? false;
        // A directory the glob matches is taken whole, as naming it would take it.
        const takes = full && (target === undefined || isDir || !wantDirs);
        const walksThrough = isDir && !takes && mm.match(relChild, true);
        if (!takes && !walksThrough) continue;
        const real = await followLink(abs, pattern, ws, opts);
        if (takes) {
          const kind = isDir ? 'directory' : 'file';
          await checkReadable(real, kind, pattern, opts.input);
          found.push({ kind, path: real, relPath: relChild, pattern });
        }
      } else if (ent.isDirectory()) {
        // A directory the glob matches is taken whole (every file in it, and its OMS root),
        // as naming it would take it; one it only leads through is walked.
        if (full) {
          await checkReadable(abs, 'directory', pattern, opts.input);
          found.push({ kind: 'directory', path: abs, relPath: relChild, pattern });
        } else if (mm.match(relChild, true)) await walk(abs, relChild);
      } else if (ent.isFile() && !wantDirs && full) {
        await checkReadable(abs, 'file', pattern, opts.input);
        found.push({ kind: 'file', path: abs, relPath: relChild, pattern });
      }
    }
  };
  await walk(baseAbs, base.join('/'));
  return found;
}

/** Canonical order of resolved entries: OMS path order, then files before directories. */
function compareEntries(a: ResolvedPath, b: ResolvedPath): number {
  return comparePaths(a.relPath, b.relPath) || (a.kind === b.kind ? 0 : a.kind === 'file' ? -1 : 1);
}

/** POSIX paths compared component by component ('.' first), as OMS orders names. */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '.') return -1;
  if (b === '.') return 1;
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Turn patterns into files and directories inside the workspace; deduplicated, sorted. */
export async function resolvePatterns(
  patterns: string[],
  opts: ResolveOptions,
): Promise<ResolvedPath[]> {
  if (patterns.length === 0) {
    if (!opts.required) return [];
    throw new ProvenanceError('INPUT_MISSING', 'no path was given', {
      input: opts.input,
      value: '',
      fix: `set '${opts.input}' to the files, directories or globs to record (one per line)`,
    });
  }
  const ws = await openWorkspace(opts.workspace, opts.input);
  const byKey = new Map<string, ResolvedPath>();
  for (const pattern of patterns) {
    if (pattern.length > MAX_PATTERN_LENGTH) {
      throw new ProvenanceError(
        'INPUT_INVALID',
        `'${pattern.slice(0, 60)}…' is ${pattern.length} characters long; a path or glob may have at most ${MAX_PATTERN_LENGTH}`,
        {
          input: opts.input,
          value: `${pattern.slice(0, 60)}…`,
          fix: 'name the directory that holds the files, or a shorter glob (one per line)',
        },
      );
    }
    if (pattern.startsWith('!')) {
      throw new ProvenanceError(
        'INPUT_INVALID',
        `'${pattern}': exclusion patterns are not supported`,
        {
          input: opts.input,
          value: pattern,
          fix: 'list what to include (globs allowed), or name a directory to take all of it',
        },
      );
    }
    const rel = relativePattern(pattern, ws);
    if (rel === undefined) throw outside(opts.input, pattern, ws);
    const isGlob = new Minimatch(rel, GLOB_OPTIONS).hasMagic();
    let entries: ResolvedPath[];
    if (!isGlob) {
      entries = [await resolvePath(unescapePath(rel), pattern, ws, opts)];
    } else if (await exists(join(ws.real, ...rel.split('/')))) {
      entries = [await resolvePath(rel.replace(/\/$/, ''), pattern, ws, opts)];
    } else {
      entries = await resolveGlob(rel, pattern, ws, opts);
      if (entries.length === 0) {
        const what = rel.endsWith('/')
          ? 'no directory (a pattern ending in / matches directories only)'
          : 'no file or directory';
        throw new ProvenanceError(
          'NO_MATCH',
          `'${pattern}' matches ${what} in the workspace ${ws.given}`,
          {
            input: opts.input,
            value: pattern,
            fix: 'check the pattern (relative to the workspace; * and ** skip names starting with a dot) and that the step runs after the files are written',
          },
        );
      }
    }
    for (const e of entries) {
      const key = `${e.kind}:${e.relPath}`;
      if (!byKey.has(key)) byKey.set(key, e);
    }
  }
  return [...byKey.values()].sort(compareEntries);
}

/** A plain path may still carry `\` escapes of glob characters; drop them. */
function unescapePath(rel: string): string {
  return rel.replace(/\\([*?[\]{}()!+@])/g, '$1').replace(/\/$/, '') || '.';
}

async function exists(abs: string): Promise<boolean> {
  try {
    await lstat(abs);
    return true;
  } catch {
    return false;
  }
}

/** What hashing a set of resolved entries gives. */
export interface DigestedPaths {
  /** Every distinct file, named relative to the workspace, in canonical order. */
  files: FileDigest[];
  /** Per directory entry (same order as given): its OMS digest, files relative to it. */
  directories: Map<string, DirectoryDigest>;
  /** Digest of each file entry by workspace-relative path. */
  byRelPath: Map<string, FileDigest>;
}

export interface DigestOptions extends HashOptions {
  input: string;
  /** Names OMS leaves out of directories; default OMS_DEFAULT_IGNORES. */
  ignorePaths?: readonly string[];
}

const joinRel = (dir: string, rel: string) => (dir === '.' ? rel : `${dir}/${rel}`);

/**
 * Hash files and directories in one call to the hashing engine, each distinct file once
 * (a file named directly and inside a named directory is read once), and derive every
 * directory's OMS root from those digests.
 */
export async function digestResolved(
  entries: readonly ResolvedPath[],
  opts: DigestOptions,
): Promise<DigestedPaths> {
  const toHash = new Map<string, FileToHash>();
  const listings: { entry: ResolvedPath; files: FileToHash[]; ignorePaths: string[] }[] = [];
  for (const entry of entries) {
    if (entry.kind === 'file') {
      if (!toHash.has(entry.relPath))
        toHash.set(entry.relPath, { path: entry.path, relPath: entry.relPath });
      continue;
    }
    let listing;
    try {
      listing = await listDirectory(entry.path, {
        ignorePaths: opts.ignorePaths ?? OMS_DEFAULT_IGNORES,
        input: opts.input,
      });
    } catch (e) {
      throw withInput(e, opts.input);
    }
    listings.push({ entry, ...listing });
    for (const f of listing.files) {
      const wsRel = joinRel(entry.relPath, f.relPath);
      if (!toHash.has(wsRel)) toHash.set(wsRel, { path: f.path, relPath: wsRel });
    }
  }
  const ordered = [...toHash.values()].sort((a, b) => comparePaths(a.relPath, b.relPath));
  let digests: FileDigest[];
  try {
    digests = await hashFiles(ordered, { onProgress: opts.onProgress });
  } catch (e) {
    throw withInput(e, opts.input);
  }
  for (const { entry, files, ignorePaths } of listings) {
    await checkListingUnchanged(entry.path, files, { ignorePaths, input: opts.input });
  }
  const byRelPath = new Map(digests.map((d) => [d.relPath, d]));
  const directories = new Map<string, DirectoryDigest>();
  for (const { entry, files, ignorePaths } of listings) {
    const inDir: FileDigest[] = files.map((f) => {
      const d = byRelPath.get(joinRel(entry.relPath, f.relPath))!;
      return { path: d.path, relPath: f.relPath, size: d.size, sha256: d.sha256 };
    });
    directories.set(entry.relPath, {
      path: entry.path,
      files: inDir,
      root: omsRootDigest(inDir),
      ignorePaths,
      totalBytes: inDir.reduce((n, f) => n + f.size, 0),
    });
  }
  return { files: digests, directories, byRelPath };
}

/** Entries of an optional list input, resolved and expanded to their files, hashed. */
export async function digestFilesOf(
  raw: string,
  opts: { workspace: string; input: string } & HashOptions,
): Promise<FileDigest[]> {
  const entries = await resolvePatterns(parseList(raw), {
    workspace: opts.workspace,
    input: opts.input,
  });
  if (entries.length === 0) return [];
  return (await digestResolved(entries, { input: opts.input, onProgress: opts.onProgress })).files;
}
