// The command as a user types it: `sh -c LINE`, where `tp` runs the bundled command, so the
// shell expands and quotes as it would for a user.
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubContextEnv, REPO_ROOT } from '../../tools/runner/index.js';

export interface ShellRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A folder with a `tp` script (or NAME) that runs dist/cli/index.js on this Node. */
export async function installTp(name = 'tp'): Promise<string> {
  const bin = await mkdtemp(join(tmpdir(), 'tp-bin-'));
  const cli = join(REPO_ROOT, 'dist/cli/index.js');
  await writeFile(join(bin, name), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`, {
    mode: 0o755,
  });
  return bin;
}

/**
 * Runs LINE in `cwd` with `bin` first on PATH. The GITHUB_* variables of a workflow run give
 * unsigned runs their identity, as they would in a `run:` step.
 */
export function sh(
  bin: string,
  line: string,
  cwd: string,
  env: Record<string, string> = {},
): Promise<ShellRun> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', line], {
      cwd,
      env: { ...githubContextEnv(), PATH: `${bin}:${process.env.PATH ?? ''}`, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * The command with nothing of a CI in its environment (PATH and HOME alone, plus `extra`), as on
 * a laptop or a cluster node: no GITHUB_* variable, no token.
 */
export function runBare(
  args: string[],
  cwd: string,
  extra: Record<string, string> = {},
): Promise<ShellRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, ...extra },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
