// Which signed names the `model` patterns cover, by the rules resolvePatterns takes paths by
// (paths.ts): a path covers itself and everything under it; a glob covers what it matches and
// everything under a directory it matches (taken whole); a glob ending in `/` matches only
// directories. verify asks it of every subject: a covered one must be found on disk.
import { Minimatch } from 'minimatch';
import { GLOB_OPTIONS } from './glob.js';
import { ancestors, unescapePath } from './paths.js';
import { openWorkspace, placePattern } from './workspace.js';

/** Whether a signed name (workspace-relative; `isDirectory` when it names a directory) is covered. */
export type Coverage = (name: string, isDirectory: boolean) => boolean;

const under = (name: string, path: string) =>
  path === '.' || name === path || name.startsWith(`${path}/`);

function coverageOf(rel: string): Coverage {
  const wantDirs = rel.endsWith('/');
  const glob = wantDirs ? rel.slice(0, -1) : rel;
  const mm = new Minimatch(glob, GLOB_OPTIONS);
  if (!mm.hasMagic()) {
    const path = unescapePath(rel);
    return (name) => under(name, path);
  }
  // A name that exists as typed is that name (paths.ts), so the literal reading covers too.
  return (name, isDirectory) =>
    under(name, glob) ||
    ancestors(name).some((a) => mm.match(a)) ||
    ((isDirectory || !wantDirs) && mm.match(name));
}

/** The coverage of `patterns`, named as resolvePatterns names them (placePattern). */
export async function patternCoverage(
  patterns: readonly string[],
  workspace: string,
): Promise<Coverage> {
  const ws = await openWorkspace(workspace, 'model');
  const tests: Coverage[] = [];
  for (const p of patterns) tests.push(coverageOf((await placePattern(p, ws, 'model')).rel));
  return (name, isDirectory) => tests.some((t) => t(name, isDirectory));
}
