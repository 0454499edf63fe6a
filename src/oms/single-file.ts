// A model that is one file (a .gguf, a .safetensors): model_signing signs it as a manifest of one
// resource named by the file's path relative to itself, `.`, under the file's name as subject.
// A signature naming the resource by the file's name instead is read too.
import { basename, resolve } from 'node:path';
import { hashFile, rootOfDigests, type HashProgress } from '../hash/index.js';
import type { DirectoryDigest, FileDigest, Sha256Hex } from '../types.js';

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
