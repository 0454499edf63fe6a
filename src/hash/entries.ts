// Hashing what the inputs named: files and whole directories, in one run of the hashing engine,
// each distinct file read once, and every directory's OMS root derived from those digests.
import { withInput } from '../errors.js';
import type { DirectoryDigest, FileDigest } from '../types.js';
import { hashFiles, type FileToHash, type HashOptions } from './engine.js';
import { compareOmsPaths, OMS_DEFAULT_IGNORES, omsRootDigest } from './oms.js';
import { checkListingUnchanged, listDirectory } from './tree.js';

/** A file or directory to hash, as an input named it. */
export interface HashEntry {
  kind: 'file' | 'directory';
  /** Absolute path on disk. */
  path: string;
  /** POSIX path relative to the workspace; '.' for the workspace itself. */
  relPath: string;
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
export async function digestEntries(
  entries: readonly HashEntry[],
  opts: DigestOptions,
): Promise<DigestedPaths> {
  const toHash = new Map<string, FileToHash>();
  const listings: { entry: HashEntry; files: FileToHash[]; ignorePaths: string[] }[] = [];
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
  const ordered = [...toHash.values()].sort((a, b) => compareOmsPaths(a.relPath, b.relPath));
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
