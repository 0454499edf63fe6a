// The output directory: checked before any work, outside every path the run hashes, held by
// one run from before it hashes until it ends, and left holding exactly that run's files. A
// second attest into a held directory is refused, so no record is replaced unseen and a reader
// never pairs one run's statement with another's bundle.
import { constants } from 'node:fs';
import { access, mkdir, readFile, realpath, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
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

/**
 * Runs `fn` (a run that makes `dir` in its preflight) and, when it throws, removes the folders
 * of `dir` this run made, deepest first, as long as they are empty: a refused run leaves nothing
 * behind, not even an empty output-dir, and never removes a folder that was there or holds a file.
 */
export async function undoOutputDirIfRefused<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const made: string[] = [];
  for (let d = resolve(dir); !(await exists(d)); d = dirname(d)) made.push(d);
  try {
    return await fn();
  } catch (e) {
    for (const d of made) {
      // rmdir refuses a folder that is not empty: what a run kept (for --resume) stays.
      if (
        await rmdir(d).then(
          () => false,
          () => true,
        )
      )
        break;
    }
    throw e;
  }
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** Who holds an output-dir: what its lock file says, and what a refused run is told. */
interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

/**
 * Runs `fn` holding the directory's lock file (O_EXCL): attest takes it before anything is
 * hashed and keeps it until the run ends, so a second run there is refused, naming the holder,
 * instead of replacing the first's record while the first reports success. A lock that a dead
 * process of this host left behind is taken over; the lock is removed however `fn` ends.
 */
export async function withOutputLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const mine = await takeLock(dir, path);
  try {
    return await fn();
  } finally {
    await removeIfStill(path, mine);
  }
}

async function takeLock(dir: string, path: string): Promise<string> {
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
  };
  const text = JSON.stringify(holder);
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, text, { flag: 'wx' });
      return text;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        await removeIfStill(path, text, true); // half written (a full disk): not left behind
        throw refuse(dir, 'cannot be locked', e);
      }
    }
    const seen = await readLock(path);
    if (seen === undefined) continue; // its run ended meanwhile
    // A dead run's lock is removed only if it still says what was read, so of two runs taking it
    // over one removes it and the other finds the winner's; a lock that keeps coming back is live.
    if (attempt < 3 && seen.holder && isDead(seen.holder)) {
      await removeIfStill(path, seen.text);
      continue;
    }
    throw heldBy(dir, path, seen);
  }
}

/** The lock's text and holder; a lock being written is read again for up to a second. */
async function readLock(path: string): Promise<{ text: string; holder?: LockHolder } | undefined> {
  let text = '';
  for (let i = 0; i < 20; i++) {
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
    const holder = parseHolder(text);
    if (holder) return { text, holder };
    await new Promise((r) => setTimeout(r, 50));
  }
  return { text };
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isSafeInteger(h.pid) && typeof h.host === 'string' && typeof h.started === 'string')
      return h as LockHolder;
  } catch {
    // not (yet) a whole lock
  }
  return undefined;
}

/** Only a process of this host can be asked whether it lives; EPERM means it does. */
function isDead(h: LockHolder): boolean {
  if (h.host !== hostname() || h.pid <= 0) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes the lock if it still says `text` (`partly`: the start of it); never another run's. */
async function removeIfStill(path: string, text: string, partly = false): Promise<void> {
  const now = await readFile(path, 'utf8').catch(() => undefined);
  if (now === text || (partly && now !== undefined && text.startsWith(now)))
    await rm(path, { force: true });
}

function heldBy(dir: string, path: string, seen: { text: string; holder?: LockHolder }) {
  const h = seen.holder;
  const who = h
    ? `pid ${h.pid} on ${h.host}, started ${h.started}`
    : `its lock file does not say which: '${seen.text.slice(0, 200)}'`;
  return new ProvenanceError(
    'INPUT_INVALID',
    `output-dir '${dir}' is held by another run: ${who}`,
    {
      input: INPUT,
      value: dir,
      fix: `wait for that run to end, or give this run its own output-dir; if no run is writing there, remove ${path}`,
    },
  );
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
