// A digest list (`digests:FILE`): one `sha256:HEX` per line, written by the training code (for
// example one per training example). Read for attest's record and for prove alike.
import { readFile } from 'node:fs/promises';
import { parseDigestList } from '../commitment/leaves.js';
import { ProvenanceError } from '../errors.js';
import { resolvePatterns, type ResolvedPath } from './paths.js';

export interface DigestList {
  entry: ResolvedPath;
  /** The file's bytes, which its own sha256 is taken over. */
  bytes: Buffer;
  /** The lower-case hex digests it lists, in file order. */
  digests: string[];
}

/** The one list file `path` names; `where` says where it was named, for the errors. */
export async function readDigestList(
  path: string,
  opts: { workspace: string; input: string; where?: string },
): Promise<DigestList> {
  const found = await resolvePatterns([path], {
    workspace: opts.workspace,
    input: opts.input,
    required: true,
  });
  const entry = found[0]!;
  if (found.length !== 1 || entry.kind !== 'file') {
    const what = found.length !== 1 ? `names ${found.length} paths` : 'is a directory';
    throw new ProvenanceError(
      'INPUT_INVALID',
      `${opts.where ? `${opts.where}: ` : ''}digests:'${path}' ${what}`,
      {
        input: opts.input,
        value: path,
        fix: 'name the one file that lists one sha256:HEX per line',
      },
    );
  }
  const bytes = await readFile(entry.path);
  return {
    entry,
    bytes,
    digests: parseDigestList(bytes.toString('utf8'), entry.relPath, opts.input),
  };
}
