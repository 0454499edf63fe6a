// A file a user named (an action input or a CLI flag: a bundle, a proof, a trust config), read
// whole as text. Only a regular file is opened (a FIFO nobody writes would be read forever), none
// larger than its reader allows, and a UTF-8 byte-order mark (editors on Windows write one) is
// dropped. Every failure is a ProvenanceError naming the input, the path and the fix.
import { readFile, stat } from 'node:fs/promises';
import { ProvenanceError } from './errors.js';

export interface InputFile {
  /** The input or flag that named the file. */
  input: string;
  /** What the file is, in the message: `cannot read ${what} PATH: why`. */
  what?: string;
  /** What to do when it cannot be read. */
  fix: string;
  maxBytes: number;
  /** The error for a file over maxBytes (what to pass instead); else it is unreadable. */
  tooLarge?: (size: number) => ProvenanceError;
}

export async function readInputFile(path: string, file: InputFile): Promise<string> {
  return inputText(await readInputBytes(path, file));
}

/** A file's bytes as text, a UTF-8 byte-order mark dropped. */
export function inputText(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** The file's bytes as they are (for a reader that also hashes them), under the same checks. */
export async function readInputBytes(path: string, file: InputFile): Promise<Buffer> {
  const unreadable = (e: unknown) =>
    new ProvenanceError(
      'FILE_UNREADABLE',
      `cannot read ${file.what ? `${file.what} ` : ''}${path}: ${(e as Error).message}`,
      { input: file.input, value: path, fix: file.fix, cause: e },
    );
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new Error('not a regular file');
    size = st.size;
  } catch (e) {
    throw unreadable(e);
  }
  if (size > file.maxBytes) {
    throw (
      file.tooLarge?.(size) ??
      unreadable(new Error(`${size} bytes, more than ${file.maxBytes} allowed`))
    );
  }
  try {
    return await readFile(path);
  } catch (e) {
    throw unreadable(e);
  }
}

/** The file's JSON, parsed; a file that is not JSON is bad input (PARSE_ERROR) naming it. */
export async function readInputJson(path: string, file: InputFile): Promise<unknown> {
  const text = await readInputFile(path, file);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ProvenanceError(
      'PARSE_ERROR',
      `${file.what ? `${file.what} ` : ''}${path} is not JSON: ${(e as Error).message}`,
      { input: file.input, value: path, fix: file.fix, cause: e },
    );
  }
}
