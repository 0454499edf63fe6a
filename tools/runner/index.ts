// Runs the bundled action exactly as a GitHub runner does: `node dist/index.js` with
// INPUT_<NAME> variables (action.yml defaults applied here, because the runner applies
// them, not the action), the GITHUB_* context, file commands (GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, ...) and, when given, the OIDC token request URL.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** The checkout: the first folder upwards holding action.yml (works from tools/ and build/tools/). */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'action.yml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no action.yml above ${from}`);
  }
}

export interface RunActionOptions {
  inputs: Record<string, string>;
  /** Run a sub-action (verify/action.yml, review/action.yml): its defaults, its entry. */
  action?: 'verify' | 'review';
  workspace: string;
  /** Extra environment: GITHUB_* identity, ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_API_URL, PATH... */
  env?: Record<string, string>;
  entry?: string;
  timeoutMs?: number;
}

export interface RunActionResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
  /** Every file command and log the step produced, for leak checks. */
  files: Record<string, string>;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

export async function actionDefaults(
  action?: 'verify' | 'review',
): Promise<Record<string, string>> {
  const file = action ? join(REPO_ROOT, action, 'action.yml') : join(REPO_ROOT, 'action.yml');
  const yml = parseYaml(await readFile(file, 'utf8')) as ActionYml;
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs)) {
    const d = spec.default ?? '';
    // The runner evaluates expressions in defaults; the only one we use is the job token.
    out[name] = d.includes('${{') ? '' : d;
  }
  return out;
}

/** The GITHUB_* variables of a push to main in acme/vision, as a hosted runner sets them. */
export function githubContextEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_REPOSITORY: 'acme/vision',
    GITHUB_REPOSITORY_ID: '123456',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_REPOSITORY_OWNER_ID: '7890',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_WORKFLOW_REF: 'acme/vision/.github/workflows/train.yml@refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'train',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    ImageOS: 'ubuntu24',
    ImageVersion: '20261117.1',
    // Tests run offline (global setup sets it): no TUF repository is asked unless a test says so.
    ...(process.env.TRAINING_PROVENANCE_OFFLINE
      ? { TRAINING_PROVENANCE_OFFLINE: process.env.TRAINING_PROVENANCE_OFFLINE }
      : {}),
    ...overrides,
  };
}

export async function runAction(opts: RunActionOptions): Promise<RunActionResult> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'tp-runner-'));
  const fileCommands = [
    'GITHUB_OUTPUT',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_ENV',
    'GITHUB_STATE',
    'GITHUB_PATH',
  ];
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    // Keep the step's own temporary files where the caller keeps its own (tests clean it up).
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    ...(process.env.TRAINING_PROVENANCE_OFFLINE
      ? { TRAINING_PROVENANCE_OFFLINE: process.env.TRAINING_PROVENANCE_OFFLINE }
      : {}),
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: opts.workspace,
    ...opts.env,
  };
  for (const name of fileCommands) {
    const path = join(runnerTemp, name.toLowerCase());
    await writeFile(path, '');
    env[name] = path;
  }
  const inputs = { ...(await actionDefaults(opts.action)), ...opts.inputs };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  // The entry the action.yml names, as the runner resolves it (relative to that file).
  const entry = opts.entry ?? (await actionEntry(opts.action));
  const child = spawn(process.execPath, [entry], {
    cwd: opts.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  const exitCode: number = await new Promise((res) => child.on('close', (code) => res(code ?? -1)));
  clearTimeout(timer);

  const files: Record<string, string> = {};
  for (const name of fileCommands) files[name] = await readFile(env[name]!, 'utf8');
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommand(files.GITHUB_OUTPUT ?? ''),
    summary: files.GITHUB_STEP_SUMMARY ?? '',
    runnerTemp,
    files,
  };
}

async function actionEntry(action?: 'verify' | 'review'): Promise<string> {
  const dir = action ? join(REPO_ROOT, action) : REPO_ROOT;
  const yml = parseYaml(await readFile(join(dir, 'action.yml'), 'utf8')) as {
    runs: { main: string };
  };
  return join(dir, yml.runs.main);
}

/** Parses `name<<DELIMITER\nvalue\nDELIMITER` blocks as @actions/core writes them. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m) {
      const [, name, delim] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (lines[i]?.includes('=')) {
      const [name, ...rest] = lines[i]!.split('=');
      out[name!] = rest.join('=');
    }
  }
  return out;
}
