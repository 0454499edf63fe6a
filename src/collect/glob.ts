// Globs (minimatch syntax) matched against workspace-relative POSIX paths: the walk starts at
// the glob's literal base and prunes directories that cannot match.
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Minimatch, type MinimatchOptions } from 'minimatch';
import { assertUtf8Name } from '../hash/index.js';
import {
  checkReadable,
  followLink,
  unreadable,
  type ResolvedPath,
  type ResolveOptions,
  type Workspace,
} from './workspace.js';

export const GLOB_OPTIONS: MinimatchOptions = {
  dot: false,
  nocomment: true,
  nonegate: true,
  magicalBraces: true,
};

/** Lines of an input, trimmed; empty lines and `#` comment lines dropped. */
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
export async function resolveGlob(
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
  const g: Glob = { mm, wantDirs, pattern, ws, opts };
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
      const step = await globStep(ent, abs, relChild, g);
      if (step === 'walk') await walk(abs, relChild);
      else if (step) found.push(step);
    }
  };
  await walk(baseAbs, base.join('/'));
  return found;
}

interface Glob {
  mm: Minimatch;
  /** The pattern ends with `/`: it takes directories only. */
  wantDirs: boolean;
  pattern: string;
  ws: Workspace;
  opts: ResolveOptions;
}

/** What a glob does with one directory entry: takes it, walks into it, or passes it by. */
async function globStep(
  ent: Dirent,
  abs: string,
  relChild: string,
  g: Glob,
): Promise<ResolvedPath | 'walk' | undefined> {
  const { pattern, opts } = g;
  const full = g.mm.match(relChild);
  if (ent.isSymbolicLink()) {
    // A link the glob would take, or walk through, is judged like a named one; the glob itself
    // never walks into a linked directory. A directory it matches is taken whole.
    const target = await stat(abs).catch(() => undefined);
    const isDir = target?.isDirectory() ?? false;
    const takes = full && (target === undefined || isDir || !g.wantDirs);
    const walksThrough = isDir && !takes && g.mm.match(relChild, true);
    if (!takes && !walksThrough) return undefined;
    const real = await followLink(abs, pattern, g.ws, opts);
    if (!takes) return undefined;
    const kind = isDir ? 'directory' : 'file';
    await checkReadable(real, kind, pattern, opts.input);
    return { kind, path: real, relPath: relChild, pattern };
  }
  if (ent.isDirectory()) {
    // A directory the glob matches is taken whole (every file in it, and its OMS root), as
    // naming it would take it; one it only leads through is walked.
    if (!full) return g.mm.match(relChild, true) ? 'walk' : undefined;
    await checkReadable(abs, 'directory', pattern, opts.input);
    return { kind: 'directory', path: abs, relPath: relChild, pattern };
  }
  if (!ent.isFile() || g.wantDirs || !full) return undefined;
  await checkReadable(abs, 'file', pattern, opts.input);
  return { kind: 'file', path: abs, relPath: relChild, pattern };
}

/** Canonical order of resolved entries: OMS path order, then files before directories. */
