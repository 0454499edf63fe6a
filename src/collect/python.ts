// Records the Python interpreter that trained and every distribution it can import, without
// importing any of them: the interpreter is asked only for its version and sys.path (the probe
// imports json and nothing else: python-probe.ts), and the distributions' metadata headers are read
// from disk (distributions.ts); a venv that cannot be run is read from its layout (python-venv.ts).
import { constants as fsConstants } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ProvenanceError } from '../errors.js';
import type { PythonEnvironment } from '../types.js';
import { existingDirectories, readVenvLayout, type VenvLayout } from './python-venv.js';
import { readDistributions } from './distributions.js';
import { formatPythonVersion, probeInterpreter, type ProbeAnswer } from './python-probe.js';

export { PYTHON_PROBE_SCRIPT, PROBE_MARKER } from './python-probe.js';
export { pypiPurl } from './distributions.js';

/**
 * `auto` (python3, then python, on PATH), `none`, or an interpreter path or venv directory
 * (absolute; a bare command name such as `python3.11` is also looked up on PATH).
 */
export type PythonChoice =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'interpreter'; path: string; typed: string; onPath: boolean };

/** What the user typed for `python`, as a choice: relative paths against `base`. */
export function pythonChoice(value: string, base: string): PythonChoice {
  const typed = value.trim();
  const keyword = typed.toLowerCase();
  if (keyword === 'none') return { kind: 'none' };
  if (keyword === 'auto' || keyword === '') return { kind: 'auto' };
  const onPath = !typed.includes('/') && !typed.includes('\\');
  return { kind: 'interpreter', path: path.resolve(base, typed), typed, onPath };
}

export interface CollectPythonOptions {
  /** Relative interpreter paths and relative sys.path entries resolve against it; the probe runs in it. */
  workspace: string;
  /** The PATH to search for `python3`/`python` (the engine never reads the parent's environment). */
  pathEnv: string;
  /** How long the interpreter may take to answer before the layout is read instead. */
  timeoutMs?: number;
}

export const DEFAULT_PYTHON_TIMEOUT_MS = 20_000;
export async function collectPython(
  choice: PythonChoice,
  opts: CollectPythonOptions,
): Promise<PythonEnvironment> {
  if (choice.kind === 'none') {
    return { present: false, reason: 'python: none', packages: [] };
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PYTHON_TIMEOUT_MS;
  if (choice.kind === 'auto') return collectAuto(opts, timeoutMs);

  const value = choice.typed;
  const interpreter = await resolveExplicitInterpreter(choice, opts);
  const asked = await probeInterpreter(interpreter, opts.workspace, timeoutMs);
  if (asked.ok) return fromProbe(interpreter, asked.answer, opts.workspace);
  const layout = await readVenvLayout(interpreter);
  if (layout) return fromLayout(interpreter, layout, [`${interpreter}: ${asked.why}`]);
  throw new ProvenanceError(
    'INPUT_INVALID',
    `python interpreter '${value}' could not be run (${asked.why}) and has no virtual environment layout (pyvenv.cfg, lib/python3.*/site-packages) next to it`,
    {
      input: 'python',
      value,
      fix: 'give the interpreter that trained (e.g. .venv/bin/python) or its virtual environment directory, or use `python: auto` or `python: none`',
    },
  );
}

async function collectAuto(
  opts: CollectPythonOptions,
  timeoutMs: number,
): Promise<PythonEnvironment> {
  const candidates: string[] = [];
  const seen = new Set<string>();
  for (const name of ['python3', 'python']) {
    const found = await findOnPath(name, opts.pathEnv);
    if (!found) continue;
    const real = await realpath(found).catch(() => found);
    // Two names for one binary (a venv's python3 → python) need asking once; shims are scripts, kept apart.
    if (seen.has(real)) continue;
    seen.add(real);
    candidates.push(found);
  }
  if (candidates.length === 0) {
    return {
      present: false,
      reason: 'no python3 or python on PATH (python: auto)',
      packages: [],
    };
  }
  const failures: string[] = [];
  for (const candidate of candidates) {
    const asked = await probeInterpreter(candidate, opts.workspace, timeoutMs);
    if (asked.ok) return fromProbe(candidate, asked.answer, opts.workspace, failures);
    failures.push(`${candidate}: ${asked.why}`);
  }
  for (const candidate of candidates) {
    const layout = await readVenvLayout(candidate);
    if (layout) return fromLayout(candidate, layout, failures);
  }
  return {
    present: false,
    reason: `found ${candidates.join(', ')} on PATH but none could be run (${failures.join('; ')}) and none has a virtual environment layout (python: auto)`,
    packages: [],
  };
}

/** The first executable file called `name` on a PATH string, as a shell would find it. */
export async function findOnPath(name: string, pathEnv: string): Promise<string | undefined> {
  const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name];
  for (const dir of pathEnv.split(path.delimiter)) {
    if (dir === '') continue;
    for (const file of names) {
      const candidate = path.resolve(dir, file);
      if (await isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function resolveExplicitInterpreter(
  choice: Extract<PythonChoice, { kind: 'interpreter' }>,
  opts: CollectPythonOptions,
): Promise<string> {
  const { path: absolute, typed: value } = choice;
  const kind = await entryKind(absolute);
  if (kind === 'directory') {
    for (const rel of ['bin/python3', 'bin/python', 'Scripts/python.exe']) {
      const candidate = path.join(absolute, rel);
      if ((await entryKind(candidate)) === 'file') return candidate;
    }
    throw new ProvenanceError(
      'INPUT_INVALID',
      `directory '${value}' is not a virtual environment: it has no bin/python3, bin/python or Scripts/python.exe`,
      {
        input: 'python',
        value,
        fix: 'give the interpreter (e.g. .venv/bin/python) or the venv directory, or use `python: auto` or `python: none`',
      },
    );
  }
  if (kind === 'file') return absolute;
  // A bare command name such as `python3.11` is looked up on PATH, as a shell would.
  const bare = choice.onPath;
  if (bare) {
    const found = await findOnPath(value, opts.pathEnv);
    if (found) return found;
  }
  throw new ProvenanceError(
    'INPUT_INVALID',
    `python interpreter '${value}' not found (looked for ${absolute}${bare ? ' and on PATH' : ''})`,
    {
      input: 'python',
      value,
      fix: 'give the path of the interpreter that trained (e.g. .venv/bin/python) or its venv directory, or use `python: auto` to find python3 on PATH, or `python: none` to skip',
    },
  );
}

/**
 * A dangling symlink counts as a file: a venv whose base interpreter is gone (a restored cache,
 * an upgraded runner) still has a layout to read.
 */
async function entryKind(file: string): Promise<'file' | 'directory' | 'missing'> {
  const info = await stat(file).catch(() => undefined);
  if (info) return info.isDirectory() ? 'directory' : 'file';
  return (await lstat(file).catch(() => undefined))?.isSymbolicLink() ? 'file' : 'missing';
}

async function fromProbe(
  interpreter: string,
  answer: ProbeAnswer,
  workspace: string,
  earlierFailures: string[] = [],
): Promise<PythonEnvironment> {
  // '' is the probe's own working directory (-c puts it first), not where the training imported from.
  const entries = answer.path.filter((p) => p !== '').map((p) => path.resolve(workspace, p));
  const dirs = await existingDirectories(entries);
  const found = await readDistributions(dirs);
  const siteDirs = new Set(
    (answer.site_packages ?? []).filter((p) => typeof p === 'string').map((p) => path.resolve(p)),
  );
  const skipped = earlierFailures.length ? `; skipped ${earlierFailures.join('; ')}` : '';
  return {
    present: true,
    executable: answer.executable || interpreter,
    version: formatPythonVersion(answer.version_info),
    sitePackages: dirs.filter((d) => found.dirsWithDistributions.has(d) || siteDirs.has(d)),
    packages: found.packages,
    reason: `asked ${interpreter} for its version and sys.path; read distribution metadata from ${dirs.length} sys.path directories${skipped}`,
    ...(found.notes.length ? { notes: found.notes } : {}),
  };
}

async function fromLayout(
  interpreter: string,
  layout: VenvLayout,
  failures: string[],
): Promise<PythonEnvironment> {
  const found = await readDistributions(layout.siteDirs);
  return {
    present: true,
    executable: interpreter,
    ...(layout.version ? { version: layout.version } : {}),
    sitePackages: layout.siteDirs,
    packages: found.packages,
    reason: `could not run the interpreter (${failures.join('; ')}); read the layout instead: version from ${layout.versionFrom}, distributions from ${layout.siteDirs.join(', ') || 'no site-packages directory'}`,
    ...(found.notes.length ? { notes: found.notes } : {}),
  };
}
