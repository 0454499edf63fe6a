// The probe: the one thing the interpreter is asked, its version and sys.path, with a script
// that imports json and nothing else; run without a shell, and never thrown from.
import { execFile } from 'node:child_process';

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
