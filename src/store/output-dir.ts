// The output directory: checked before any work, outside every path the run hashes, locked
// while a run writes into it, and left holding exactly one run's files. Two attests into one directory take turns, so a reader
// never pairs one run's statement with another's bundle.
import { constants } from 'node:fs';
import { access, mkdir, open, readFile, realpath, rm, stat } from 'node:fs/promises';
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

/**
 * Refuses an input path that holds output-dir or lies inside it: what attest writes there would
 * be hashed into what the next run attests. Real paths are compared, so a link or a `..`
 * spelling of the same directory is seen through. `what` names the input, e.g. "dataset".
 */
export async function checkOutsideOutputDir(
  outputDir: string,
  paths: ReadonlyArray<{ path: string; relPath: string; kind: 'file' | 'directory' }>,
  what: string,
): Promise<void> {
  const real = (p: string) => realpath(p).catch(() => resolve(p));
  const within = (a: string, b: string) => a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);
  const out = await real(outputDir);
  for (const p of paths) {
    const abs = await real(p.path);
    const holdsOut = p.kind === 'directory' && within(out, abs);
    if (!holdsOut && !within(abs, out)) continue;
    const where = holdsOut
      ? `output-dir '${outputDir}' is inside the ${what} '${p.relPath}'`
      : `the ${what} '${p.relPath}' is inside output-dir '${outputDir}'`;
    throw new ProvenanceError(
      'INPUT_INVALID',
      `${where}: what attest writes there would be hashed into what it attests, and the provenance would never verify`,
      {
        input: INPUT,
        value: outputDir,
        fix: `set output-dir to a directory outside '${p.relPath}'`,
      },
    );
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
