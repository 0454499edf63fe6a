// The identity of a run outside any CI: what git says of the workspace (the remote without
// credentials, the commit, the branch, whether tracked files changed) and the host's name. Read
// with git itself; a workspace that is not a repository, or a machine without git, gives the
// host alone.
import { execFile } from 'node:child_process';
import { hostname } from 'node:os';
import type { LocalRun } from '../types.js';
import { credentialsNotice, remoteWithoutCredentials } from '../uri-credentials.js';

function git(workspace: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-C', workspace, ...args], { timeout: 10_000, encoding: 'utf8' }, (e, out) =>
      resolve(e ? undefined : out.trim()),
    );
  });
}

/** The remote as it may be published (src/uri-credentials.ts); a URL that does not parse is left out. */
function publishable(remote: string, notice?: (line: string) => void): string | undefined {
  const s = remoteWithoutCredentials(remote);
  if (!s) notice?.('git remote: not a URL a URL parser reads, so not recorded');
  else if (s.dropped.length > 0) notice?.(credentialsNotice('git remote', s));
  return s?.uri;
}

export async function localRun(
  workspace: string,
  notice?: (line: string) => void,
): Promise<LocalRun> {
  const run: LocalRun = { host: hostname() };
  const commit = await git(workspace, ['rev-parse', '--verify', 'HEAD']);
  if (commit === undefined || !/^[0-9a-f]{40,64}$/.test(commit)) return run;
  const [remote, branch, status] = await Promise.all([
    git(workspace, ['config', '--get', 'remote.origin.url']),
    git(workspace, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
    git(workspace, ['status', '--porcelain', '--untracked-files=no']),
  ]);
  const published = remote ? publishable(remote, notice) : undefined;
  run.git = {
    ...(published ? { remote: published } : {}),
    commit,
    ...(branch ? { branch } : {}),
    dirty: status === undefined ? true : status !== '',
  };
  return run;
}
