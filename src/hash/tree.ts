// A directory listed whole (for a model, whose files are each a subject) and hashed, with its
// OMS root digest; the listing checked again after hashing. The walk's rules are walk.ts's.
import { ProvenanceError } from '../errors.js';
import type { DirectoryDigest, Sha256Hex } from '../types.js';
import { hashFiles, type FileToHash, type HashOptions } from './engine.js';
import { OMS_DEFAULT_IGNORES, omsRootDigest } from './oms.js';
import { walkInOrder, type WalkOptions } from './walk.js';

export {
  assertUtf8Name,
  followCacheLink,
  huggingFaceBlobs,
  walkInOrder,
  type WalkOptions,
} from './walk.js';

/** List the files of a directory in OMS order, by the walk's rules (walk.ts). */
export async function listDirectory(
  dir: string,
  opts: WalkOptions = {},
): Promise<{ files: FileToHash[]; ignorePaths: string[] }> {
  const files: FileToHash[] = [];
  for await (const f of walkInOrder(dir, opts)) files.push(f);
  return { files, ignorePaths: [...new Set(opts.ignorePaths ?? OMS_DEFAULT_IGNORES)].sort() };
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
