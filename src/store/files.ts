// Files we write are written whole or not at all: a reader (or a later step) never sees
// half a statement or half a bundle, even when the job is cancelled mid-write.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ProvenanceError } from '../errors.js';

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  input = 'output-dir',
): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data, { mode: 0o644 });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    throw new ProvenanceError('STORAGE_FAILED', `cannot write ${path}: ${(e as Error).message}`, {
      input,
      value: dirname(path),
      fix: 'choose a writable output-dir (the default is $RUNNER_TEMP/training-provenance)',
      cause: e,
    });
  }
}
