// Walks a directory the way OMS does: regular files only, symlinks refused, default ignore list
// applied, names as POSIX paths relative to the directory. One layout is followed through its
// links: a Hugging Face cache snapshot (`models--ORG--NAME/snapshots/REV/...`), whose files are
// links into the same repository's `blobs/`; they are hashed under the snapshot's names.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { ProvenanceError } from '../errors.js';
import type { DirectoryDigest, Sha256Hex } from '../types.js';
import { hashFiles, type FileToHash, type HashOptions } from './engine.js';
import { compareOmsPaths, OMS_DEFAULT_IGNORES, omsRootDigest } from './oms.js';

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

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** List the files of a directory in OMS order, refusing symlinks. */
export async function listDirectory(
  dir: string,
  opts: WalkOptions = {},
): Promise<{ files: FileToHash[]; ignorePaths: string[] }> {
  const ignore = new Set(opts.ignorePaths ?? OMS_DEFAULT_IGNORES);
  const files: FileToHash[] = [];
  const blobs = huggingFaceBlobs(dir);
  const inside = opts.followLinks ? await linkRule(dir, opts.input) : undefined;
  const walk = async (abs: string, ancestors: readonly string[] = []): Promise<void> => {
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (e) {
      throw new ProvenanceError('FILE_UNREADABLE', `cannot list ${abs}: ${(e as Error).message}`, {
        input: opts.input,
        value: abs,
        fix: 'check that the directory exists and that the runner user may read it',
        cause: e,
      });
    }
    for (const ent of entries) {
      await assertUtf8Name(abs, ent.name, opts.input);
      const child = join(abs, ent.name);
      const rel = toPosix(relative(dir, child));
      if (ignore.has(rel)) continue;
      if (ent.isSymbolicLink() && inside) {
        const target = await inside(child, ancestors);
        if (target.isDirectory) await walk(child, [...ancestors, target.real]);
        else files.push({ path: target.real, relPath: rel });
        continue;
      }
      if (ent.isSymbolicLink()) {
        files.push({ path: await followCacheLink(child, blobs, opts.input), relPath: rel });
        continue;
      }
      if (ent.isDirectory()) await walk(child, ancestors);
      else if (ent.isFile()) files.push({ path: child, relPath: rel });
      else {
        const st = await lstat(child);
        throw new ProvenanceError(
          'INPUT_INVALID',
          `${child} is not a regular file (mode ${st.mode.toString(8)})`,
          {
            input: opts.input,
            value: child,
            fix: 'remove sockets, pipes and devices from the directory',
          },
        );
      }
    }
  };
  await walk(dir);
  files.sort((a, b) => compareOmsPaths(a.relPath, b.relPath));
  return { files, ignorePaths: [...ignore].sort() };
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
  const real = await realpath(link).catch(() => undefined);
  const inBlobs = (p: string) => {
    const rel = relative(blobs!, p);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (blobs && real && inBlobs(real) && (await stat(real)).isFile()) return real;
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

/**
 * Lists `dir` again after its files were hashed and fails (FILE_CHANGED) when a file appeared
 * or went meanwhile: a size or content change is caught while a file is read, a new or
 * removed file only here. The listing reads names only, no file is opened.
 */
export async function checkListingUnchanged(
  dir: string,
  hashed: readonly { relPath: string }[],
  opts: WalkOptions = {},
): Promise<void> {
  const before = new Set(hashed.map((f) => f.relPath));
  const now = new Set((await listDirectory(dir, opts)).files.map((f) => f.relPath));
  const appeared = [...now].filter((p) => !before.has(p));
  const went = [...before].filter((p) => !now.has(p));
  if (appeared.length === 0 && went.length === 0) return;
  const list = (ps: string[]) =>
    ps.slice(0, 3).join(', ') + (ps.length > 3 ? `, and ${ps.length - 3} more` : '');
  const what = [
    appeared.length > 0 ? `${list(appeared)} appeared` : '',
    went.length > 0 ? `${list(went)} went away` : '',
  ].filter(Boolean);
  throw new ProvenanceError(
    'FILE_CHANGED',
    `${dir} changed while it was hashed: ${what.join('; ')}`,
    {
      input: opts.input,
      value: dir,
      fix: 'run the step after training has finished writing the directory',
    },
  );
}

/** Hash every file of a directory and compute its OMS root digest. */
export async function digestDirectory(
  dir: string,
  opts: WalkOptions & HashOptions = {},
): Promise<DirectoryDigest> {
  const { files, ignorePaths } = await listDirectory(dir, opts);
  const digests = await hashFiles(files, opts);
  await checkListingUnchanged(dir, files, opts);
  return {
    path: dir,
    files: digests,
    root: omsRootDigest(digests) as Sha256Hex,
    ignorePaths,
    totalBytes: digests.reduce((n, f) => n + f.size, 0),
    ...(opts.followLinks ? { allowSymlinks: true } : {}),
  };
}
