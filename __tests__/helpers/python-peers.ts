// The Python tools our output is checked against (model_signing, sigstore-python), installed by
// scripts/python-peers into .venv/ at the repository root with pinned hashes. A missing one is
// a failure naming the script, never a skip: a clone without them would otherwise prove less.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../tools/runner/index.js';

export const PEERS_VENV = join(REPO_ROOT, '.venv');

/** The path of a tool of .venv/bin (`model_signing`, `sigstore`, `python`). */
export function peer(tool: string): string {
  const path = join(PEERS_VENV, 'bin', tool);
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: run scripts/python-peers (it installs model_signing and sigstore-python into .venv/)`,
    );
  return path;
}

export interface PeerRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a peer tool in `cwd` with nothing of ours on its PATH or in its environment. */
export function runPeer(tool: string, args: string[], cwd: string): Promise<PeerRun> {
  const bin = peer(tool);
  return new Promise((resolve) => {
    const child = spawn(bin, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, LANG: 'C.UTF-8' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
