// One way for every input to turn what the user typed into files and directories inside
// the workspace: model, datasets, requirements, parameters, byproducts (hashing them is
// hash/entries.ts).
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
//   input `\,` is a comma of a name, not a separator (request/edge.ts inputList).
// - A pattern is at most MAX_PATTERN_LENGTH characters.
// - A path outside the workspace (after `..` and symbolic links are resolved) is read where
//   it is and named relative to its own directory (workspace.ts placePattern).
//   Symbolic links are refused unless allowSymlinks; links are then resolved (never to
//   outside where they are named from) and links to directories are never walked into by a glob.
import { lstat, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Minimatch } from 'minimatch';
import { ProvenanceError } from '../errors.js';
import { compareOmsPaths, digestEntries, type HashOptions } from '../hash/index.js';
import type { FileDigest } from '../types.js';
import { GLOB_OPTIONS, resolveGlob } from './glob.js';
import {
  checkReadable,
  followLink,
  openWorkspace,
  placePattern,
  unescapeGlob,
  unreadable,
  type ResolvedPath,
  type ResolveOptions,
  type Workspace,
} from './workspace.js';

export { fileUri, toPosix } from './lists.js';
export type { ResolvedPath, ResolveOptions } from './workspace.js';

export const MAX_PATTERN_LENGTH = 4096;

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
      throw new ProvenanceError('NO_MATCH', `'${pattern}' does not exist in ${ws.given}`, {
        input: opts.input,
        value: pattern,
        fix: 'check the path (the action reads a relative one from the workspace, the command from the current directory) and that the files are written before',
        cause: e,
      });
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
function compareEntries(a: ResolvedPath, b: ResolvedPath): number {
  return comparePaths(a.relPath, b.relPath) || (a.kind === b.kind ? 0 : a.kind === 'file' ? -1 : 1);
}

/** POSIX paths in OMS order, the workspace itself ('.') first. */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '.') return -1;
  if (b === '.') return 1;
  return compareOmsPaths(a, b);
}

/** Turn patterns into files and directories inside the workspace; deduplicated, sorted. */
export async function resolvePatterns(
  patterns: readonly string[],
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
    for (const e of await resolvePattern(pattern, ws, opts)) {
      const key = `${e.kind}:${e.relPath}`;
      const seen = byKey.get(key);
      if (seen && seen.path !== e.path) throw sameName(e, seen, opts.input);
      if (!seen) byKey.set(key, e);
    }
  }
  return [...byKey.values()].sort(compareEntries);
}

/** Two paths outside the workspace, each named from its own directory, under one name. */
function sameName(a: ResolvedPath, b: ResolvedPath, input: string): ProvenanceError {
  return new ProvenanceError(
    'INPUT_INVALID',
    `'${b.pattern}' (${b.path}) and '${a.pattern}' (${a.path}) would both be named '${a.relPath}'`,
    {
      input,
      value: a.pattern,
      fix: 'run from (or pass --workspace as) a directory that holds both, so their names differ',
    },
  );
}

async function resolvePattern(
  pattern: string,
  workspace: Workspace,
  opts: ResolveOptions,
): Promise<ResolvedPath[]> {
  checkPatternForm(pattern, opts.input);
  const { ws, rel } = await placePattern(pattern, workspace, opts.input);
  if (!new Minimatch(rel, GLOB_OPTIONS).hasMagic())
    return [await resolvePath(unescapePath(rel), pattern, ws, opts)];
  // A name that exists as typed is that name, glob characters and all.
  if (await existsLexically(join(ws.real, ...rel.split('/'))))
    return [await resolvePath(rel.replace(/\/$/, ''), pattern, ws, opts)];
  const entries = await resolveGlob(rel, pattern, ws, opts);
  if (entries.length > 0) return entries;
  const what = rel.endsWith('/')
    ? 'no directory (a pattern ending in / matches directories only)'
    : 'no file or directory';
  throw new ProvenanceError('NO_MATCH', `'${pattern}' matches ${what} in ${ws.given}`, {
    input: opts.input,
    value: pattern,
    fix: 'check the pattern (* and ** skip names starting with a dot; the action reads a relative one from the workspace, the command from the current directory) and that the files are written before',
  });
}

function checkPatternForm(pattern: string, input: string): void {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `'${pattern.slice(0, 60)}…' is ${pattern.length} characters long; a path or glob may have at most ${MAX_PATTERN_LENGTH}`,
      {
        input,
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
        input,
        value: pattern,
        fix: 'list what to include (globs allowed), or name a directory to take all of it',
      },
    );
  }
}

/** `a/b/c` → `a`, `a/b`: the directories a name lies in. */
export const ancestors = (name: string): string[] =>
  name
    .split('/')
    .slice(0, -1)
    .map((_, i, parts) => parts.slice(0, i + 1).join('/'));

/** A plain path may still carry `\` escapes of glob characters; drop them. */
export function unescapePath(rel: string): string {
  return unescapeGlob(rel).replace(/\/$/, '') || '.';
}

/** Whether a name exists as typed, links not followed (a dangling link is a name too). */
export async function existsLexically(abs: string): Promise<boolean> {
  try {
    await lstat(abs);
    return true;
  } catch {
    return false;
  }
}

/** Entries of an optional list input, resolved and expanded to their files, hashed. */
export async function digestFilesOf(
  patterns: readonly string[],
  opts: { workspace: string; input: string } & HashOptions,
): Promise<FileDigest[]> {
  const entries = await resolvePatterns(patterns, {
    workspace: opts.workspace,
    input: opts.input,
  });
  if (entries.length === 0) return [];
  return (await digestEntries(entries, { input: opts.input, onProgress: opts.onProgress })).files;
}
