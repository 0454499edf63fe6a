// What a virtual environment's files say (pyvenv.cfg, lib/python3.X/site-packages) when its
// interpreter cannot be run.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatPythonVersion } from './python-probe.js';

/** What a virtual environment's files say when its interpreter cannot be run. */
export interface VenvLayout {
  prefix: string;
  version?: string;
  versionFrom: string;
  siteDirs: string[];
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
export async function existingDirectories(candidates: string[]): Promise<string[]> {
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
