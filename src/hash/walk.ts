// Walking a directory the way OMS does: regular files only, the default ignore list applied,
// names as POSIX paths relative to the directory, in OMS order (a depth-first walk with each
// folder's names sorted by code point is PurePosixPath order), one folder listed at a time.
// Links are refused, except: a Hugging Face cache snapshot's (`models--ORG--NAME/snapshots/
// REV/...` → the same repository's `blobs/`), hashed under the snapshot's names; and, with
// `followLinks` (OMS `allow_symlinks`), links that stay inside the directory.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { ProvenanceError } from '../errors.js';
import type { FileToHash } from './engine.js';
import { compareCodePoints, OMS_DEFAULT_IGNORES } from './oms.js';

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

export interface WalkOptions {
  /** Paths relative to the directory to leave out; default OMS_DEFAULT_IGNORES. */
  ignorePaths?: readonly string[];
  /** Input name used in error messages, e.g. "model" or "datasets". */
  input?: string;
  /**
   * Follow symbolic links that stay inside the directory (OMS `allow_symlinks`, model_signing's
   * --allow_symlinks): a linked file is hashed under the link's name, a linked folder walked under
   * it. A link that leaves the directory, leads nowhere, or makes a cycle is still refused.
   */
  followLinks?: boolean;
}

const DIR = 1;
const FILE = 2;
const LINK = 3;

/** One directory's names and kinds, sorted by code point; two arrays, not an object a name. */
async function listSorted(
  abs: string,
  input?: string,
): Promise<{ names: string[]; kinds: Uint8Array }> {
  const names: string[] = [];
  const kinds: number[] = [];
  try {
    // One directory's entries at a time (readdir is several times faster than iterating).
    for (const ent of await readdir(abs, { withFileTypes: true })) {
      names.push(ent.name);
      kinds.push(ent.isSymbolicLink() ? LINK : ent.isDirectory() ? DIR : ent.isFile() ? FILE : 0);
    }
  } catch (e) {
    throw new ProvenanceError('FILE_UNREADABLE', `cannot list ${abs}: ${(e as Error).message}`, {
      input,
      value: abs,
      fix: 'check that the directory exists and that the runner user may read it',
      cause: e,
    });
  }
  // Without surrogate pairs, UTF-16 order is code point order and the native sort applies.
  const byUnits = !names.some((n) => /[\uD800-\uDFFF]/.test(n));
  const order = names
    .map((_, i) => i)
    .sort(
      byUnits
        ? (a, b) => (names[a]! < names[b]! ? -1 : 1)
        : (a, b) => compareCodePoints(names[a]!, names[b]!),
    );
  return {
    names: order.map((i) => names[i]!),
    kinds: Uint8Array.from(order.map((i) => kinds[i]!)),
  };
}

async function notRegular(child: string, input?: string): Promise<never> {
  const st = await lstat(child);
  throw new ProvenanceError(
    'INPUT_INVALID',
    `${child} is not a regular file (mode ${st.mode.toString(8)})`,
    {
      input,
      value: child,
      fix: 'remove sockets, pipes and devices from the directory',
    },
  );
}

/** The files under `dir` in OMS order, leaving out the ignored names, refusing links but those the rules allow (a Hugging Face cache snapshot's, or with `followLinks` those inside the directory) and names that are not UTF-8. */
export async function* walkInOrder(
  dir: string,
  opts: WalkOptions = {},
): AsyncGenerator<FileToHash> {
  const ignore = new Set(opts.ignorePaths ?? OMS_DEFAULT_IGNORES);
  const blobs = huggingFaceBlobs(dir);
  const inside = opts.followLinks ? await linkRule(dir, opts.input) : undefined;
  // One frame a directory being walked, deepest last: its sorted entries, where we are, and the
  // real paths of the linked folders it was reached through (for the cycle rule).
  type Frame = {
    abs: string;
    prefix: string;
    names: string[];
    kinds: Uint8Array;
    next: number;
    linked: readonly string[];
  };
  const open = async (abs: string, prefix: string, linked: readonly string[]): Promise<Frame> => ({
    abs,
    prefix,
    ...(await listSorted(abs, opts.input)),
    next: 0,
    linked,
  });
  const stack: Frame[] = [await open(dir, '', [])];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.names.length) {
      stack.pop();
      continue;
    }
    const i = top.next++;
    const name = top.names[i]!;
    if (name.includes('\uFFFD')) await assertUtf8Name(top.abs, name, opts.input);
    const rel = top.prefix + name;
    if (ignore.has(rel)) continue;
    const child = join(top.abs, name);
    const kind = top.kinds[i];
    if (kind === DIR) {
      stack.push(await open(child, `${rel}/`, top.linked));
      continue;
    }
    if (kind === FILE) {
      yield { path: child, relPath: rel };
      continue;
    }
    if (kind !== LINK) await notRegular(child, opts.input);
    // A snapshot's link into its blobs/ is followed with or without allow_symlinks.
    const cached = blobs ? await cacheTarget(child, blobs) : undefined;
    if (cached || !inside) {
      yield { path: cached ?? (await followCacheLink(child, blobs, opts.input)), relPath: rel };
      continue;
    }
    const target = await inside(child, top.linked);
    if (target.isDirectory) stack.push(await open(child, `${rel}/`, [...top.linked, target.real]));
    else yield { path: target.real, relPath: rel };
  }
}

/**
 * The rule for links under `allow_symlinks`: the target must be a file or folder inside the
 * directory, and a folder not one the walk is already in (a cycle). Returns the target.
 */
async function linkRule(dir: string, input?: string) {
  const root = await realpath(dir);
  const refuse = (link: string, why: string) =>
    new ProvenanceError('SYMLINK_REFUSED', `${link} is a symbolic link ${why}`, {
      input,
      value: link,
      fix: 'with allow_symlinks, links are followed only to files and folders inside the model directory; replace this one with what it points to',
    });
  return async (link: string, ancestors: readonly string[]) => {
    const real = await realpath(link).catch(() => undefined);
    if (!real) throw refuse(link, 'that leads nowhere');
    const rel = relative(root, real);
    if (rel.startsWith('..') || isAbsolute(rel))
      throw refuse(link, `that leaves the model directory (it leads to ${real})`);
    const st = await stat(real);
    const parent = await realpath(dirname(link));
    const holds = (a: string) => a === real || a.startsWith(`${real}${sep}`);
    if (st.isDirectory() && [parent, ...ancestors].some(holds))
      throw refuse(link, `that makes a cycle (it leads to ${real}, which holds it)`);
    if (!st.isDirectory() && !st.isFile())
      throw refuse(link, `to something that is not a file (${real})`);
    return { real, isDirectory: st.isDirectory() };
  };
}

/**
 * The `blobs/` folder of the Hugging Face cache repository a snapshot directory belongs to
 * (`.../models--ORG--NAME/snapshots/REV`, or datasets--/spaces--), or undefined.
 */
export function huggingFaceBlobs(dir: string): string | undefined {
  const m = /^(.*\/(?:models|datasets|spaces)--[^/]+)\/snapshots\/[^/]+(?:\/|$)/.exec(toPosix(dir));
  return m ? join(m[1]!, 'blobs') : undefined;
}

/**
 * A link is followed only inside a Hugging Face cache snapshot, and only to a regular file in
 * the same repository's `blobs/`; any other link is refused, naming where it leads.
 */
export async function followCacheLink(
  link: string,
  blobs: string | undefined,
  input?: string,
): Promise<string> {
  const target = blobs ? await cacheTarget(link, blobs) : undefined;
  if (target) return target;
  const real = await realpath(link).catch(() => undefined);
  const where = real ? ` (it leads to ${real})` : ' (it leads nowhere)';
  throw new ProvenanceError('SYMLINK_REFUSED', `${link} is a symbolic link${where}`, {
    input,
    value: link,
    fix: blobs
      ? `in a Hugging Face cache snapshot only links to files in ${blobs} are followed; replace this one with the file`
      : 'replace the link with the file it points to; links can point anywhere and are not signed',
  });
}

/**
 * The file a snapshot's link leads to, when it is a regular file in the repository's `blobs/`.
 * The rule holds with `allow_symlinks` too: model_signing signs a snapshot only with it.
 */
async function cacheTarget(link: string, blobs: string): Promise<string | undefined> {
  const real = await realpath(link).catch(() => undefined);
  if (!real) return undefined;
  const rel = relative(blobs, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return (await stat(real)).isFile() ? real : undefined;
}

/**
 * Names are recorded as UTF-8 text (in-toto and OMS alike), and Node reads a name that is not
 * UTF-8 as one with U+FFFD in it, which then names no file (ENOENT). Refused, naming it.
 */
export async function assertUtf8Name(dir: string, name: string, input?: string): Promise<void> {
  if (!name.includes('\uFFFD')) return;
  const exists = await lstat(join(dir, name)).then(
    () => true,
    () => false,
  );
  if (exists) return; // a real U+FFFD in a valid UTF-8 name
  throw new ProvenanceError(
    'INPUT_INVALID',
    `a file name in ${dir} is not valid UTF-8 (shown as '${name}')`,
    {
      input,
      value: join(dir, name),
      fix: 'rename it to UTF-8 (e.g. convmv -f latin1 -t utf8): file names are recorded as UTF-8 text',
    },
  );
}
