// How a verify input names a signer: a repository (`OWNER/REPO`, or a GitLab project in nested
// groups), a signer workflow (`OWNER/REPO/.github/workflows/FILE.yml`, or GitLab's CI config
// `GROUP/PROJECT//PATH.yml`), with or without the server's URL; and which issuers are GitLab's.
import { ProvenanceError } from '../errors.js';
import { GITHUB_SERVER_URL } from '../github.js';

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/**
 * The GitLab instance an expected issuer names, or undefined: GitLab's issuer is its URL (no
 * path), unlike GitHub's (token.actions.githubusercontent.com, or a GHES host's /_services/token).
 */
export function gitlabIssuer(issuer: string | undefined): string | undefined {
  if (!issuer?.trim() || issuer.trim() === GITHUB_OIDC_ISSUER) return undefined;
  try {
    const u = new URL(issuer.trim());
    return u.pathname === '/' && !u.search ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

const NAME = /^[A-Za-z0-9_.-]+$/;

function stripServer(value: string, server: string): string {
  const v = value.trim();
  const prefix = `${server}/`;
  return v.toLowerCase().startsWith(prefix.toLowerCase()) ? v.slice(prefix.length) : v;
}

/** Parse `OWNER/REPO` (or its https URL). */
export function parseRepository(
  value: string,
  server = GITHUB_SERVER_URL,
  nests = false,
): { owner: string; repo: string } {
  const v = stripServer(value, server)
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
  const parts = v.split('/');
  // GitLab's projects sit in groups that may nest: GROUP/SUBGROUP/PROJECT.
  if ((nests ? parts.length < 2 : parts.length !== 2) || !parts.every((p) => NAME.test(p))) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `'${value}' is not a repository of the form OWNER/REPO`,
      {
        input: 'repository',
        value,
        fix: nests
          ? 'write the project path as GROUP/PROJECT, e.g. acme/vision'
          : 'write the repository as OWNER/REPO, e.g. acme/vision',
      },
    );
  }
  return { owner: parts.slice(0, -1).join('/'), repo: parts.at(-1)! };
}

export interface ParsedSignerWorkflow {
  owner: string;
  repo: string;
  /** Path inside the repository, e.g. `.github/workflows/train.yml`. */
  path: string;
  ref?: string;
}

/** GitLab's CI config as Fulcio's SAN names it: `GROUP/PROJECT//PATH.yml[@REF]`. */
function parseGitLabConfig(value: string, server: string): ParsedSignerWorkflow {
  const v = stripServer(value, server);
  const at = v.lastIndexOf('@');
  const base = at > v.indexOf('//') ? v.slice(0, at) : v;
  const ref = at > v.indexOf('//') ? v.slice(at + 1) : undefined;
  const [project, path] = base.split('//');
  const parts = project?.split('/') ?? [];
  if (
    parts.length < 2 ||
    !parts.every((p) => NAME.test(p)) ||
    !path ||
    !/\.ya?ml$/.test(path) ||
    ref === ''
  )
    throw new ProvenanceError(
      'INPUT_INVALID',
      `'${value}' is not a CI config of the form GROUP/PROJECT//PATH.yml[@REF]`,
      {
        input: 'signer-workflow',
        value,
        fix: 'write e.g. acme/vision//.gitlab-ci.yml or acme/vision//.gitlab-ci.yml@refs/heads/main',
      },
    );
  return { owner: parts.slice(0, -1).join('/'), repo: parts.at(-1)!, path: `/${path}`, ref };
}

/** Parse `OWNER/REPO/.github/workflows/FILE.yml[@REF]` (or its https URL). */
export function parseSignerWorkflow(
  value: string,
  server = GITHUB_SERVER_URL,
  gitlab = false,
): ParsedSignerWorkflow {
  if (gitlab) return parseGitLabConfig(value, server);
  const v = stripServer(value, server);
  const at = v.indexOf('@');
  const base = at >= 0 ? v.slice(0, at) : v;
  const ref = at >= 0 ? v.slice(at + 1) : undefined;
  const parts = base.split('/');
  const path = parts.slice(2).join('/');
  const ok =
    parts.length >= 5 &&
    NAME.test(parts[0]!) &&
    NAME.test(parts[1]!) &&
    /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) &&
    (ref === undefined || ref.length > 0);
  if (!ok) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `'${value}' is not a workflow of the form OWNER/REPO/.github/workflows/FILE.yml[@REF]`,
      {
        input: 'signer-workflow',
        value,
        fix: 'write e.g. acme/vision/.github/workflows/train.yml or acme/vision/.github/workflows/train.yml@refs/heads/main',
      },
    );
  }
  return { owner: parts[0]!, repo: parts[1]!, path, ref };
}
