// The identity of a run outside any CI: what git says of the workspace (the remote without
// credentials, the commit, the branch, whether tracked files changed) and the host's name. Read
// with git itself; a workspace that is not a repository, or a machine without git, gives the
// host alone.
import { execFile } from 'node:child_process';
import { hostname } from 'node:os';
import type { LocalRun } from '../types.js';

function git(workspace: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-C', workspace, ...args], { timeout: 10_000, encoding: 'utf8' }, (e, out) =>
      resolve(e ? undefined : out.trim()),
    );
  });
}

/**
 * A remote URL as it may be published: `https://user:token@host/path` loses `user:token@`;
 * scp-like `git@host:path` keeps its user, which is the protocol's, not a credential.
 */
export function remoteWithoutCredentials(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/@]*@)?(.*)$/i.exec(url);
  return m ? `${m[1]}${m[3]}` : url;
}

export async function localRun(workspace: string): Promise<LocalRun> {
  const run: LocalRun = { host: hostname() };
  const commit = await git(workspace, ['rev-parse', '--verify', 'HEAD']);
  if (commit === undefined || !/^[0-9a-f]{40,64}$/.test(commit)) return run;
  const [remote, branch, status] = await Promise.all([
    git(workspace, ['config', '--get', 'remote.origin.url']),
    git(workspace, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
    git(workspace, ['status', '--porcelain', '--untracked-files=no']),
  ]);
  run.git = {
    ...(remote ? { remote: remoteWithoutCredentials(remote) } : {}),
    commit,
    ...(branch ? { branch } : {}),
    dirty: status === undefined ? true : status !== '',
  };
  return run;
}
