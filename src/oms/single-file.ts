// A model that is one file (a .gguf, a .safetensors): model_signing signs it as a manifest of one
// resource named by the file's path relative to itself, `.`, under the file's name as subject.
// A signature naming the resource by the file's name instead is read too.
import { basename, resolve } from 'node:path';
import { hashFile, rootOfDigests, type HashProgress } from '../hash/index.js';
import type { DirectoryDigest, FileDigest, Sha256Hex } from '../types.js';
import type { ParsedOmsStatement } from './parse.js';
import { diskShards } from './shards.js';

/** The resource name model_signing gives a single-file model: its path relative to itself. */
export const SINGLE_FILE_RESOURCE = '.';

/** The file as a one-resource model, ready for omsManifest; `path` is the file itself. */
export async function digestModelFile(
  path: string,
  onProgress?: (p: HashProgress) => void,
): Promise<DirectoryDigest> {
  const { digest, size } = await hashFile(path, 'sha256', { input: 'model', onProgress });
  const file: FileDigest = {
    path,
    relPath: SINGLE_FILE_RESOURCE,
    size,
    sha256: digest as Sha256Hex,
  };
  return { path, files: [file], root: rootOfDigests([digest]), ignorePaths: [], totalBytes: size };
}

/**
 * The name to check the file under: the signature's own when it names its one resource `.` or
 * after the file, so either form verifies; otherwise `.`, and the mismatch is reported.
 */
export function singleFileName(signedNames: readonly string[], file: string): string {
  const own = basename(resolve(file));
  return signedNames.length === 1 && signedNames[0] === own ? own : SINGLE_FILE_RESOURCE;
}

/** Where a single file's signature goes by default: beside it, as FILE.sig. */
export const defaultFileSignature = (file: string): string => `${resolve(file)}.sig`;

/** The file (or, for a shard signature, its shards) under the name the signature gives it. */
export async function fileOnDisk(
  file: string,
  signed: Pick<ParsedOmsStatement, 'method' | 'resources' | 'shardSize'>,
): Promise<Array<{ relPath: string; sha256: string }>> {
  const names = signed.resources.map((r) => r.name);
  if (signed.method === 'shards') {
    // Shards are named `NAME:start:end`; the file's name is what comes before the range.
    const own = names.map((n) => n.replace(/:\d+:\d+$/, ''));
    const relPath = singleFileName([...new Set(own)], file);
    return diskShards([{ path: file, relPath }], signed.shardSize!, new Set(names));
  }
  const { digest } = await hashFile(file, 'sha256', { input: 'model' });
  return [{ relPath: singleFileName(names, file), sha256: digest }];
}
