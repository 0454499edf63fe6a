// The workspace every input is resolved in: what lies inside it, symbolic links judged by
// the rules (refused unless allowed, never to outside the workspace), and the errors that
// name the input and the pattern at fault. A path outside the workspace is read where it is
// and named from its own directory (placePattern): the workspace decides names, not reads.
import { constants } from 'node:fs';
import { access, realpath } from 'node:fs/promises';
import { isAbsolute, posix, relative, resolve } from 'node:path';
import { Minimatch } from 'minimatch';
import { ProvenanceError } from '../errors.js';
import type { HashEntry } from '../hash/index.js';
import { toPosix } from './lists.js';

/** An entry as the user named it: symbolic links resolved in `path`, not in `relPath`. */
export interface ResolvedPath extends HashEntry {
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
const isInside = (root: string, abs: string): boolean => {
  const rel = relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export interface Workspace {
  /** As given, resolved. */
  given: string;
  /** With symbolic links resolved: what realpath results are compared with. */
  real: string;
}

export async function openWorkspace(workspace: string, input: string): Promise<Workspace> {
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

/** A link that leads out of where its name lies: the name would pass off outside files as inside. */
export function outside(
  input: string,
  pattern: string,
  ws: Workspace,
  target: string,
): ProvenanceError {
  return new ProvenanceError(
    'PATH_OUTSIDE_WORKSPACE',
    `'${pattern}' leads out of ${ws.given} through a symbolic link (it resolves to ${target})`,
    {
      input,
      value: pattern,
      fix: `name ${target} itself: a path outside the workspace is read where it is, and named relative to its own directory`,
    },
  );
}

/** A pattern, and the directory its names are relative to. */
export interface Placed {
  ws: Workspace;
  /** The pattern relative to `ws`, POSIX, a trailing `/` kept. */
  rel: string;
}

/**
 * Where a pattern's names start. Inside the workspace (judged by real paths, so neither `..`
 * nor a link makes an outside file look inside): the workspace, as always. Outside it: the
 * pattern's own directory (a path's parent, a glob's literal base), so `/data/ckpt/model` is
 * named `model/...`, as attest of `model` run in /data/ckpt names it, and verifies so from
 * anywhere. A relative pattern is relative to the workspace.
 */
export async function placePattern(pattern: string, ws: Workspace, input: string): Promise<Placed> {
  const rel = relativePattern(pattern, ws);
  if (rel !== undefined) return { ws, rel };
  const p = toPosix(pattern);
  const abs = isAbsolute(pattern) ? posix.normalize(p) : posix.join(toPosix(ws.given), p);
  const slash = abs.endsWith('/') && abs.length > 1 ? '/' : '';
  const parts = abs.replace(/\/+$/, '').split('/').slice(1);
  let k = parts.findIndex((s) =>
    new Minimatch(s, { nocomment: true, magicalBraces: true }).hasMagic(),
  );
  if (k < 0) k = Math.max(parts.length - 1, 0);
  const base = '/' + parts.slice(0, k).map(unescapeGlob).join('/');
  const rest = (parts.slice(k).join('/') || '.') + slash;
  let real: string;
  try {
    real = await realpath(base);
  } catch (e) {
    throw new ProvenanceError('NO_MATCH', `'${pattern}': the directory ${base} cannot be read`, {
      input,
      value: pattern,
      fix: 'check the path (absolute, or relative to where the command runs)',
      cause: e,
    });
  }
  if (!isInside(ws.real, real)) return { ws: { given: base, real }, rel: rest };
  const inWs = toPosix(relative(ws.real, real));
  return { ws, rel: inWs === '' ? rest : `${inWs}/${rest}`.replace(/\/\.\/?$/, slash) };
}

/** A name with its `\\` escapes of glob characters dropped. */
export const unescapeGlob = (s: string) => s.replace(/\\([*?[\]{}()!+@])/g, '$1');

export function unreadable(
  input: string,
  pattern: string,
  abs: string,
  e: unknown,
): ProvenanceError {
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
export async function followLink(
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

export async function checkReadable(
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
