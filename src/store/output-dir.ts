// The output directory: checked before any work, locked while a run writes into it, and left
// holding exactly one run's files. Two attests into one directory take turns, so a reader
// never pairs one run's statement with another's bundle.
import { constants } from 'node:fs';
import { access, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { ProvenanceError } from '../errors.js';
import { ML_BOM_FILE, OUTPUT_FILES } from '../statement/layout.js';
import { writeFileAtomic } from './files.js';

const INPUT = 'output-dir';
const LOCK_FILE = '.training-provenance.lock';
/** File systems whose directories are not storage: Node's recursive mkdir spins on them. */
const PSEUDO_FS = ['/proc', '/sys', '/dev'];

function refuse(dir: string, why: string, e?: unknown): ProvenanceError {
  return new ProvenanceError('INPUT_INVALID', `output-dir '${dir}' ${why}`, {
    input: INPUT,
    value: dir,
    fix: 'choose a writable directory outside the model and the datasets (default: $RUNNER_TEMP/training-provenance in the action, ./provenance in the command)',
    cause: e,
  });
}

/** Creates the directory (and parents) after checking that it can hold files. */
export async function prepareOutputDir(dir: string): Promise<void> {
  const abs = resolve(dir);
  if (PSEUDO_FS.some((p) => abs === p || abs.startsWith(p + sep))) {
    throw refuse(dir, 'is on a system file system, not storage');
  }
  let existing = abs;
  for (;;) {
    const st = await stat(existing).catch(() => undefined);
    if (st) {
      if (!st.isDirectory()) throw refuse(dir, `cannot be made: '${existing}' is not a directory`);
      break;
    }
    existing = dirname(existing);
  }
  try {
    await mkdir(abs, { recursive: true });
    await access(abs, constants.W_OK);
  } catch (e) {
    throw refuse(
      dir,
      `is not writable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      e,
    );
  }
}

export interface LockOptions {
  /** How long to wait for another run to finish; default 120 s. */
  timeoutMs?: number;
  pollMs?: number;
}

/** Runs `fn` holding the directory's lock file (O_EXCL); a lock whose process is gone is taken over. */
export async function withOutputLock<T>(
  dir: string,
  fn: () => Promise<T>,
  opts: LockOptions = {},
): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw refuse(dir, 'cannot be locked', e);
      if (await staleLock(path)) {
        await rm(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new ProvenanceError('STORAGE_FAILED', `another run holds ${path}`, {
          input: INPUT,
          value: dir,
          fix: 'give each concurrent run its own output-dir, or remove the lock file if no run is writing there',
        });
      }
      await new Promise((r) => setTimeout(r, opts.pollMs ?? 50));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}

async function staleLock(path: string): Promise<boolean> {
  const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0) return false; // being written: wait for it
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Writes `files` (name → content) and removes every other file an attest writes there. */
export async function replaceRunFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files))
    await writeFileAtomic(join(dir, name), content);
  const ours = [
    ML_BOM_FILE,
    ...Object.values(OUTPUT_FILES).flatMap((f) => [f.statement, f.bundle]),
  ];
  for (const name of ours.filter((n) => !(n in files))) await rm(join(dir, name), { force: true });
}
