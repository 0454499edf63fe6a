// Records the Python interpreter that trained and every distribution it can import, without
// importing any of them: the interpreter is asked only for its version and sys.path (the probe
// imports json and nothing else), and the distributions' metadata headers are read from disk here.
import { execFile } from 'node:child_process';
import { constants as fsConstants, type Dirent } from 'node:fs';
import { access, lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ProvenanceError } from '../errors.js';
import type { PythonEnvironment, PythonPackage } from '../types.js';
import { normalizePackageName } from '../statement/layout.js';

/** `auto` (python3, then python, on PATH), `none`, or an interpreter path or venv directory. */
export type PythonSpec = 'auto' | 'none' | (string & {});

export interface CollectPythonOptions {
  /** Relative interpreter paths and relative sys.path entries resolve against it; the probe runs in it. */
  workspace: string;
  /** The PATH to search for `python3`/`python` (the engine never reads the parent's environment). */
  pathEnv: string;
  /** How long the interpreter may take to answer before the layout is read instead. */
  timeoutMs?: number;
}

export const DEFAULT_PYTHON_TIMEOUT_MS = 20_000;

/** Prefixes the probe's answer on stdout, since a `.pth` file may print before it. */
export const PROBE_MARKER = 'training-provenance-probe:';

/**
 * What the interpreter runs. sys and site are loaded at start-up already (site must run: it
 * puts site-packages and the user site on sys.path), so json is the only module it imports.
 */
export const PYTHON_PROBE_SCRIPT = [
  'import sys, json',
  'site_dirs = []',
  'try:',
  '    import site',
  '    site_dirs = list(site.getsitepackages())',
  '    if site.ENABLE_USER_SITE:',
  '        site_dirs.append(site.getusersitepackages())',
  'except Exception:',
  '    pass',
  'impl = getattr(getattr(sys, "implementation", None), "name", None)',
  `print(${JSON.stringify(PROBE_MARKER)} + json.dumps({`,
  '    "version_info": list(sys.version_info),',
  '    "implementation": impl,',
  '    "executable": sys.executable,',
  '    "prefix": sys.prefix,',
  '    "base_prefix": getattr(sys, "base_prefix", sys.prefix),',
  '    "path": sys.path,',
  '    "site_packages": site_dirs,',
  '}))',
].join('\n');

/** The probe's answer, as the interpreter printed it. */
export interface ProbeAnswer {
  version_info: [number, number, number, string, number];
  implementation?: string | null;
  executable?: string;
  prefix?: string;
  base_prefix?: string;
  path: string[];
  site_packages?: string[];
}

const METADATA_READ_CONCURRENCY = 32;
const METADATA_CHUNK_BYTES = 8 * 1024;
/** A header longer than this is not a metadata header. */
const METADATA_HEADER_LIMIT = 1024 * 1024;
/** PEP 508 distribution name. */
const VALID_NAME = /^([a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$/i;

export async function collectPython(
  spec: PythonSpec,
  opts: CollectPythonOptions,
): Promise<PythonEnvironment> {
  const value = spec.trim();
  const keyword = value.toLowerCase();
  if (keyword === 'none') {
    return { present: false, reason: 'python: none', packages: [] };
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PYTHON_TIMEOUT_MS;
  if (keyword === 'auto' || keyword === '') return collectAuto(opts, timeoutMs);

  const interpreter = await resolveExplicitInterpreter(value, opts);
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
  value: string,
  opts: CollectPythonOptions,
): Promise<string> {
  const absolute = path.resolve(opts.workspace, value);
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
  const bare = !value.includes('/') && !value.includes('\\');
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

type ProbeOutcome = { ok: true; answer: ProbeAnswer } | { ok: false; why: string };

/** Runs the probe without a shell; any failure is described, never thrown. */
export function probeInterpreter(
  interpreter: string,
  cwd: string,
  timeoutMs: number,
): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    execFile(
      interpreter,
      // -B: leave no .pyc files behind in the environment being recorded.
      ['-B', '-c', PYTHON_PROBE_SCRIPT],
      {
        cwd,
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 8 * 1024 * 1024,
        windowsHide: true,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error) {
          resolve({ ok: false, why: describeRunFailure(error, stderr, timeoutMs) });
          return;
        }
        const answer = parseProbeOutput(stdout);
        resolve(
          answer
            ? { ok: true, answer }
            : { ok: false, why: 'its answer to the probe was not the expected JSON' },
        );
      },
    );
  });
}

function describeRunFailure(
  error: Error & { code?: unknown; killed?: boolean; signal?: unknown },
  stderr: string,
  timeoutMs: number,
): string {
  if (error.killed && error.signal === 'SIGKILL') return `timed out after ${timeoutMs} ms`;
  if (typeof error.code === 'string') return `${error.code}: ${error.message}`;
  const firstLine = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  const status = typeof error.code === 'number' ? `exited with code ${error.code}` : error.message;
  // A program that is not Python may echo the probe script back: that says only "not Python".
  if (firstLine?.includes(PYTHON_PROBE_SCRIPT.split('\n')[0]!))
    return `${status}: it does not run Python code (is it a Python interpreter?)`;
  const shown = firstLine && firstLine.length > 160 ? `${firstLine.slice(0, 159)}…` : firstLine;
  return shown ? `${status}: ${shown}` : status;
}

/** The last marked line of the probe's stdout, checked for the shape we rely on. */
export function parseProbeOutput(stdout: string): ProbeAnswer | undefined {
  const line = stdout
    .split(/\r?\n/)
    .reverse()
    .find((l) => l.startsWith(PROBE_MARKER));
  if (!line) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.slice(PROBE_MARKER.length));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const answer = parsed as Partial<ProbeAnswer>;
  const vi = answer.version_info;
  if (!Array.isArray(vi) || vi.length < 3 || !vi.slice(0, 3).every(Number.isInteger)) {
    return undefined;
  }
  if (!Array.isArray(answer.path) || !answer.path.every((p) => typeof p === 'string')) {
    return undefined;
  }
  return answer as ProbeAnswer;
}

const RELEASE_LEVEL_SUFFIX: Record<string, string> = { alpha: 'a', beta: 'b', candidate: 'rc' };

/** sys.version_info as Python prints its version: 3.11.7, 3.13.0rc1. */
export function formatPythonVersion(versionInfo: readonly unknown[]): string {
  const [major, minor, micro, level, serial] = versionInfo;
  const base = `${String(major)}.${String(minor)}.${String(micro)}`;
  const suffix = typeof level === 'string' ? RELEASE_LEVEL_SUFFIX[level] : undefined;
  return suffix ? `${base}${suffix}${String(serial ?? 0)}` : base;
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

/** What a virtual environment's files say when its interpreter cannot be run. */
interface VenvLayout {
  prefix: string;
  version?: string;
  versionFrom: string;
  siteDirs: string[];
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

/** pyvenv.cfg and lib/python3.X/site-packages around an interpreter, as `venv`/`virtualenv`/`uv` lay them out. */
export async function readVenvLayout(interpreter: string): Promise<VenvLayout | undefined> {
  const binDir = path.dirname(interpreter);
  // bin/python (POSIX venvs) or Scripts/python.exe (Windows) live one level under the prefix.
  const prefix = path.dirname(binDir);
  const cfgText = await readFile(path.join(prefix, 'pyvenv.cfg'), 'utf8').catch(() => undefined);
  const cfg = cfgText === undefined ? new Map<string, string>() : parsePyvenvCfg(cfgText);
  const cfgVersion = normalizeCfgVersion(cfg.get('version') ?? cfg.get('version_info'));

  const siteDirs = await layoutSiteDirs(prefix, cfgVersion);
  if ((cfg.get('include-system-site-packages') ?? '').toLowerCase() === 'true') {
    const home = cfg.get('home');
    if (home) {
      const base = path.basename(home) === 'bin' ? path.dirname(home) : home;
      siteDirs.push(...(await layoutSiteDirs(base, cfgVersion)));
    }
  }
  if (cfgText === undefined && siteDirs.length === 0) return undefined;

  if (cfgVersion) {
    return { prefix, version: cfgVersion, versionFrom: 'pyvenv.cfg', siteDirs };
  }
  const fromDirName = siteDirs
    .map((d) => /python(\d+\.\d+)t?$/.exec(path.basename(path.dirname(d)))?.[1])
    .find((v) => v !== undefined);
  return fromDirName
    ? { prefix, version: fromDirName, versionFrom: 'the lib/pythonX.Y directory name', siteDirs }
    : { prefix, versionFrom: 'nowhere (unknown)', siteDirs };
}

export function parsePyvenvCfg(text: string): Map<string, string> {
  const cfg = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const eq = line.indexOf('=');
    if (eq <= 0 || line.trimStart().startsWith('#')) continue;
    cfg.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return cfg;
}

/** `3.11.7` (venv, uv) or `3.11.7.final.0` (virtualenv's version_info) → Python's spelling. */
export function normalizeCfgVersion(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parts = value.split('.');
  if (parts.length >= 5 && /^(alpha|beta|candidate|final)$/.test(parts[3] ?? '')) {
    return formatPythonVersion([...parts.slice(0, 3), parts[3], parts[4]]);
  }
  return value;
}

async function layoutSiteDirs(prefix: string, version: string | undefined): Promise<string[]> {
  const majorMinor = version ? /^(\d+\.\d+)/.exec(version)?.[1] : undefined;
  const found: string[] = [];
  for (const lib of ['lib', 'lib64']) {
    const names = await readdir(path.join(prefix, lib)).catch(() => [] as string[]);
    const pythons = names.filter((n) => /^python\d+\.\d+t?$/.test(n)).sort();
    const matching = majorMinor
      ? pythons.filter((n) => n === `python${majorMinor}` || n === `python${majorMinor}t`)
      : [];
    for (const name of matching.length ? matching : pythons) {
      found.push(path.join(prefix, lib, name, 'site-packages'));
    }
  }
  found.push(path.join(prefix, 'Lib', 'site-packages'));
  return existingDirectories(found);
}

/** Existing directories in order, each once even when reached through a symlink (lib64 → lib). */
async function existingDirectories(candidates: string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const dir of candidates) {
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) continue;
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(dir);
  }
  return out;
}

/** One metadata file to read: a dist-info's METADATA, an egg-info's PKG-INFO, or an egg-info file. */
interface MetadataLocation {
  dir: string;
  entry: string;
  file: string;
}

interface Distributions {
  packages: PythonPackage[];
  notes: string[];
  dirsWithDistributions: Set<string>;
}

/** Every distribution in `dirs`, the first of each normalised name winning, as Python's import would. */
export async function readDistributions(dirs: string[]): Promise<Distributions> {
  const notes: string[] = [];
  const locations: MetadataLocation[] = [];
  for (const dir of dirs) {
    const listed = await listMetadataLocations(dir);
    locations.push(...listed.locations);
    notes.push(...listed.notes);
  }
  type Header = { loc: MetadataLocation; text?: string; error?: string };
  const headers = await mapLimit(
    locations,
    METADATA_READ_CONCURRENCY,
    async (loc): Promise<Header> => {
      try {
        return { loc, text: await readMetadataHeader(loc.file) };
      } catch (e) {
        return { loc, error: (e as NodeJS.ErrnoException).code ?? String(e) };
      }
    },
  );

  const byName = new Map<string, PythonPackage & { where: string }>();
  const dirsWithDistributions = new Set<string>();
  for (const h of headers) {
    const where = path.join(h.loc.dir, h.loc.entry);
    if (h.text === undefined) {
      notes.push(`skipped ${where}: cannot read ${path.basename(h.loc.file)} (${h.error})`);
      continue;
    }
    const fields = parseMetadataHeader(h.text);
    const name = fields.get('name');
    const version = fields.get('version');
    if (!name || !VALID_NAME.test(name) || !version || /\s/.test(version)) {
      notes.push(`skipped ${where}: ${path.basename(h.loc.file)} has no valid Name/Version header`);
      continue;
    }
    dirsWithDistributions.add(h.loc.dir);
    const normalized = normalizePackageName(name);
    const earlier = byName.get(normalized);
    if (earlier) {
      notes.push(
        `${normalized} ${version} in ${where} is shadowed by ${earlier.version} in ${earlier.where}`,
      );
      continue;
    }
    byName.set(normalized, {
      name: normalized,
      version,
      purl: pypiPurl(normalized, version),
      where,
    });
  }
  const packages = [...byName.values()]
    .map(({ name, version, purl }) => ({ name, version, purl }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { packages, notes, dirsWithDistributions };
}

async function listMetadataLocations(
  dir: string,
): Promise<{ locations: MetadataLocation[]; notes: string[] }> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    return {
      locations: [],
      notes: [`cannot list ${dir} (${(e as NodeJS.ErrnoException).code ?? String(e)})`],
    };
  }
  const locations: MetadataLocation[] = [];
  const notes: string[] = [];
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    const isInfo = name.endsWith('.dist-info') || name.endsWith('.egg-info');
    if (!isInfo && !name.endsWith('.egg')) continue;
    if (name.startsWith('~')) {
      // pip renames a distribution to ~name while replacing it; an interrupted pip leaves it behind.
      notes.push(`skipped ${path.join(dir, name)}: left over from an interrupted pip`);
      continue;
    }
    const full = path.join(dir, name);
    const isDir = entry.isSymbolicLink()
      ? ((await stat(full).catch(() => undefined))?.isDirectory() ?? false)
      : entry.isDirectory();
    if (name.endsWith('.dist-info')) {
      locations.push({ dir, entry: name, file: path.join(full, 'METADATA') });
    } else if (name.endsWith('.egg-info')) {
      locations.push({ dir, entry: name, file: isDir ? path.join(full, 'PKG-INFO') : full });
    } else if (isDir) {
      locations.push({ dir, entry: name, file: path.join(full, 'EGG-INFO', 'PKG-INFO') });
    } else {
      notes.push(`skipped ${full}: zipped eggs are not read`);
    }
  }
  return { locations, notes };
}

/** The bytes up to the first blank line: Name and Version are headers, the body can be megabytes. */
async function readMetadataHeader(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(METADATA_CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      const soFar = Buffer.concat(chunks);
      const end = headerEnd(soFar);
      if (end >= 0) return soFar.subarray(0, end).toString('utf8');
      if (total >= METADATA_HEADER_LIMIT) return soFar.toString('utf8');
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}

function headerEnd(buf: Buffer): number {
  const lf = buf.indexOf('\n\n');
  const crlf = buf.indexOf('\r\n\r\n');
  if (lf < 0) return crlf;
  if (crlf < 0) return lf;
  return Math.min(lf, crlf);
}

/** RFC 822-style headers up to the first blank line: lower-cased name → first value. */
export function parseMetadataHeader(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (line.startsWith(' ') || line.startsWith('\t')) continue; // continuation of a long value
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(key)) fields.set(key, line.slice(colon + 1).trim());
  }
  return fields;
}

/** `pkg:pypi/<normalised name>@<percent-encoded version>`, e.g. pkg:pypi/torch@2.3.1%2Bcu121. */
export function pypiPurl(name: string, version: string): string {
  return `pkg:pypi/${purlEncode(normalizePackageName(name))}@${purlEncode(version)}`;
}

/** The purl spec leaves unreserved characters and ':' as they are and percent-encodes the rest. */
function purlEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9._~:-]/.test(ch)
      ? ch
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
