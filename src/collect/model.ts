// The model: what the statement is about. Every file is a subject; every directory is,
// in addition, one subject whose sha256 is its OMS root digest, so that
// `model_signing digest DIR` and our subject agree.
import {
  digestEntries,
  listingDigest,
  OMS_DEFAULT_IGNORES,
  type DigestedPaths,
  type HashProgress,
} from '../hash/index.js';
import { ProvenanceError } from '../errors.js';
import { checkOutsideOutputDir } from '../store/output-dir.js';
import type { DirectoryDigest, FileDigest, Subject } from '../types.js';
import { comparePaths, resolvePatterns, type ResolvedPath } from './paths.js';

export interface ModelOptions {
  workspace: string;
  allowSymlinks?: boolean;
  /** Names left out of model directories; default OMS_DEFAULT_IGNORES (recorded on the subject). */
  ignorePaths?: readonly string[];
  onProgress?: (p: HashProgress) => void;
  /** Where this run writes: refused when a model path holds it or lies in it (before hashing). */
  outputDir?: string;
}

export interface CollectedModel {
  /** File subjects sorted by name, then directory subjects sorted by name. */
  subjects: Subject[];
  /** One per named directory, in name order. */
  directories: DirectoryDigest[];
  /** Every distinct model file, named relative to the workspace. */
  files: FileDigest[];
  /** `sha256:HEX` of the model when the input comes down to one file or one directory, else ''. */
  modelDigest: string;
  /** File subjects left out to stay within MAX_SUBJECTS (covered by their directory's root). */
  omittedFileSubjects: number;
}

const INPUT = 'model';

/**
 * GitHub's attestations API, and actions/attest, take at most 1,024 subjects in one
 * attestation. Past that, files inside a named directory are attested through the
 * directory's OMS root digest alone (which covers every file, and which verify re-checks
 * file by file); files named on their own always stay subjects.
 */
export const MAX_SUBJECTS = 1024;

/** Entries not inside another named directory: what "the model" consists of. */
function topLevel(entries: readonly ResolvedPath[]): ResolvedPath[] {
  const dirs = entries.filter((e) => e.kind === 'directory').map((e) => e.relPath);
  const inside = (rel: string, dir: string) => dir === '.' || rel.startsWith(dir + '/');
  return entries.filter((e) => !dirs.some((d) => d !== e.relPath && inside(e.relPath, d)));
}

/** The model at `patterns` (paths or globs, absolute or relative to the workspace). */
export async function collectModel(
  patterns: readonly string[],
  opts: ModelOptions,
): Promise<CollectedModel> {
  const entries = await resolvePatterns(patterns, {
    workspace: opts.workspace,
    input: INPUT,
    allowSymlinks: opts.allowSymlinks,
    required: true,
  });
  if (opts.outputDir !== undefined)
    await checkOutsideOutputDir(opts.outputDir, entries, 'model path');
  const digested = await digestEntries(entries, {
    input: INPUT,
    ignorePaths: opts.ignorePaths ?? OMS_DEFAULT_IGNORES,
    onProgress: opts.onProgress,
  });

  const subjects: Subject[] = digested.files.map((f) => ({
    name: f.relPath,
    digest: { sha256: f.sha256 },
  }));
  const sortedDirs = [...digested.directories].sort(([a], [b]) => comparePaths(a, b));
  const directories = sortedDirs.map(([relPath, dir]) => nonEmpty(relPath, dir));
  const dirSubjects = sortedDirs.map(([relPath, dir]): Subject => ({
    name: relPath,
    digest: { sha256: dir.root },
    annotations: {
      role: 'model-directory',
      files: dir.files.length,
      bytes: dir.totalBytes,
      ignorePaths: dir.ignorePaths,
      // Names bound at any size: the build provenance drops annotations, the record keeps them.
      listing: listingDigest(dir.files),
    },
  }));
  const fileSubjects = withinSubjectLimit(subjects, dirSubjects, [...digested.directories.keys()]);
  return {
    subjects: [...fileSubjects, ...dirSubjects],
    directories,
    files: digested.files,
    modelDigest: modelDigestOf(topLevel(entries), digested),
    omittedFileSubjects: subjects.length - fileSubjects.length,
  };
}

function nonEmpty(relPath: string, dir: DirectoryDigest): DirectoryDigest {
  if (dir.files.length > 0) return dir;
  throw new ProvenanceError('INPUT_INVALID', `the directory '${relPath}' holds no file to sign`, {
    input: INPUT,
    value: relPath,
    fix: `check that training wrote the model there (names ignored: ${dir.ignorePaths.join(', ')})`,
  });
}

/** `sha256:HEX` of the one file or directory the model is, or '' when it is several. */
function modelDigestOf(top: readonly ResolvedPath[], digested: DigestedPaths): string {
  if (top.length !== 1) return '';
  const only = top[0]!;
  const sha =
    only.kind === 'file'
      ? digested.byRelPath.get(only.relPath)?.sha256
      : digested.directories.get(only.relPath)?.root;
  return sha ? `sha256:${sha}` : '';
}

/**
 * The file subjects that fit GitHub's limit beside the directory subjects: past it, files inside
 * a named directory are attested through the directory's OMS root alone.
 */
function withinSubjectLimit(
  subjects: Subject[],
  dirSubjects: Subject[],
  dirs: readonly string[],
): Subject[] {
  if (subjects.length + dirSubjects.length <= MAX_SUBJECTS) return subjects;
  const fileSubjects = subjects.filter(
    (f) => !dirs.some((d) => d === '.' || f.name.startsWith(`${d}/`)),
  );
  for (const d of dirSubjects) d.annotations = { ...d.annotations, fileSubjects: 'omitted' };
  if (fileSubjects.length + dirSubjects.length > MAX_SUBJECTS) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `${fileSubjects.length + dirSubjects.length} subjects exceed the ${MAX_SUBJECTS} one attestation may carry`,
      {
        input: INPUT,
        value: `${fileSubjects.length} files named one by one`,
        fix: 'name the directory that holds them: it becomes one subject whose OMS root digest covers every file',
      },
    );
  }
  return fileSubjects;
}
