// GitHub Actions OIDC token claims, and the Fulcio certificate extensions that real Fulcio
// derives from them (its `github-workflow` ci-provider templates).

import { randomUUID } from 'node:crypto';

/** GitHub's real issuer: what certificates signed in a workflow carry in extensions 1.1 and 1.8. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio builds its URIs from this server URL for the github-workflow provider. */
export const GITHUB_SERVER_URL = 'https://github.com';

/**
 * The claims of a GitHub Actions OIDC token. GitHub sends every id as a string; the
 * time claims are NumericDate seconds.
 */
export interface GitHubClaims {
  iss: string;
  aud: string;
  sub: string;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_visibility: 'public' | 'private' | 'internal';
  ref: string;
  ref_type: 'branch' | 'tag';
  sha: string;
  workflow: string;
  workflow_ref: string;
  workflow_sha: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  runner_environment: 'github-hosted' | 'self-hosted';
  event_name: string;
  actor: string;
  actor_id: string;
  /** Deployment environment of the job; absent when the job has none. */
  environment?: string;
  head_ref?: string;
  base_ref?: string;
  iat: number;
  nbf: number;
  exp: number;
  jti: string;
}

/** Commit of the fixture repository `acme/vision` (any 40-hex value would do). */
export const FIXTURE_SHA = '4f3c2b1a09e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4';
const TOKEN_LIFETIME_SECONDS = 300;

/**
 * Resolves a full claim set for the fixture repository `acme/vision`. Claims that GitHub
 * derives from others (owner from repository, `sub` from repository and ref, workflow refs from
 * repository, workflow file and ref, ...) follow the overrides unless overridden themselves, so
 * `{repository: 'x/y'}` alone yields a coherent token for `x/y`.
 */
export function resolveClaims(
  overrides: Partial<GitHubClaims> = {},
  now: Date = new Date(),
): GitHubClaims {
  const repository = overrides.repository ?? 'acme/vision';
  const ref = overrides.ref ?? 'refs/heads/main';
  const sha = overrides.sha ?? FIXTURE_SHA;
  const workflowRef = overrides.workflow_ref ?? `${repository}/.github/workflows/train.yml@${ref}`;
  const workflowSha = overrides.workflow_sha ?? sha;
  const environment = overrides.environment;
  const iat = overrides.iat ?? Math.floor(now.getTime() / 1000);
  const resolved: GitHubClaims = {
    iss: GITHUB_ISSUER,
    aud: 'sigstore',
    // GitHub puts the environment in `sub` instead of the ref when the job has one.
    sub:
      environment !== undefined
        ? `repo:${repository}:environment:${environment}`
        : `repo:${repository}:ref:${ref}`,
    repository,
    repository_id: '712345678',
    repository_owner: repository.split('/')[0] ?? repository,
    repository_owner_id: '98765432',
    repository_visibility: 'public',
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha,
    workflow: 'train',
    workflow_ref: workflowRef,
    workflow_sha: workflowSha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: workflowSha,
    run_id: '9876543210',
    run_number: '42',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    event_name: 'push',
    actor: 'octocat',
    actor_id: '583231',
    iat,
    nbf: iat,
    exp: iat + TOKEN_LIFETIME_SECONDS,
    jti: randomUUID(),
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (resolved as unknown as Record<string, unknown>)[key] = value;
  }
  return resolved;
}

/** One certificate extension: a DER UTF8String unless `raw` (the deprecated 1.1–1.6 encoding). */
export interface FulcioExtension {
  oid: string;
  value: string;
  raw?: boolean;
}

export const FULCIO_OID_PREFIX = '1.3.6.1.4.1.57264.1';

/**
 * The SAN and extensions real Fulcio puts in a certificate for a GitHub Actions token: its
 * `github-workflow` templates, url = https://github.com. Extensions with an empty value are left
 * out, as Fulcio does (so 1.23 appears only when the token has an `environment`).
 */
export function fulcioIdentityFromClaims(claims: Record<string, unknown>): {
  subjectAltName: string;
  extensions: FulcioExtension[];
} {
  const text = (name: string): string => {
    const value = claims[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const url = (path: string): string => (path ? `${GITHUB_SERVER_URL}/${path}` : '');
  const jobWorkflowRef = text('job_workflow_ref');
  if (!jobWorkflowRef) throw new Error('token has no job_workflow_ref claim');
  const runInvocation =
    text('repository') && text('run_id') && text('run_attempt')
      ? url(`${text('repository')}/actions/runs/${text('run_id')}/attempts/${text('run_attempt')}`)
      : '';
  const entries: Array<[number, string, boolean]> = [
    [1, text('iss'), true],
    [2, text('event_name'), true],
    [3, text('sha'), true],
    [4, text('workflow'), true],
    [5, text('repository'), true],
    [6, text('ref'), true],
    [8, text('iss'), false],
    [9, url(jobWorkflowRef), false],
    [10, text('job_workflow_sha'), false],
    [11, text('runner_environment'), false],
    [12, url(text('repository')), false],
    [13, text('sha'), false],
    [14, text('ref'), false],
    [15, text('repository_id'), false],
    [16, url(text('repository_owner')), false],
    [17, text('repository_owner_id'), false],
    [18, url(text('workflow_ref')), false],
    [19, text('workflow_sha'), false],
    [20, text('event_name'), false],
    [21, runInvocation, false],
    [22, text('repository_visibility'), false],
    [23, text('environment'), false],
    [24, text('sub'), false],
  ];
  return {
    subjectAltName: url(jobWorkflowRef),
    extensions: entries
      .filter(([, value]) => value !== '')
      .map(([n, value, raw]) => ({ oid: `${FULCIO_OID_PREFIX}.${n}`, value, raw })),
  };
}

/** GitLab.com's issuer, which Fulcio's gitlab-pipeline provider also uses as its server URL. */
export const GITLAB_ISSUER = 'https://gitlab.com';

/**
 * The claims of a GitLab CI ID token (`id_tokens:` with `aud: sigstore`), as GitLab documents
 * them (docs: ci/secrets/id_token_authentication, "ID token payloads"). Ids are strings.
 */
export interface GitLabClaims {
  iss: string;
  aud: string;
  sub: string;
  namespace_id: string;
  namespace_path: string;
  project_id: string;
  project_path: string;
  project_visibility: 'public' | 'private' | 'internal';
  pipeline_id: string;
  pipeline_source: string;
  job_id: string;
  ref: string;
  ref_type: 'branch' | 'tag';
  ref_path: string;
  ref_protected: 'true' | 'false';
  runner_id: number;
  runner_environment: 'gitlab-hosted' | 'self-hosted';
  sha: string;
  ci_config_ref_uri: string;
  ci_config_sha: string;
  user_login: string;
  iat: number;
  nbf: number;
  exp: number;
  jti: string;
}

/** A coherent GitLab token for `acme/vision` (nested groups allowed), overrides applied. */
export function resolveGitLabClaims(overrides: Partial<GitLabClaims> = {}): GitLabClaims {
  const project = overrides.project_path ?? 'acme/vision';
  const ref = overrides.ref ?? 'main';
  const refType = overrides.ref_type ?? 'branch';
  const refPath = `refs/${refType === 'branch' ? 'heads' : 'tags'}/${ref}`;
  const iat = Math.floor(Date.now() / 1000);
  const resolved: GitLabClaims = {
    iss: GITLAB_ISSUER,
    aud: 'sigstore',
    sub: `project_path:${project}:ref_type:${refType}:ref:${ref}`,
    namespace_id: '4242',
    namespace_path: project.split('/').slice(0, -1).join('/'),
    project_id: '424242',
    project_path: project,
    project_visibility: 'public',
    pipeline_id: '1234567',
    pipeline_source: 'push',
    job_id: '7654321',
    ref,
    ref_type: refType,
    ref_path: refPath,
    ref_protected: 'true',
    runner_id: 12,
    runner_environment: 'gitlab-hosted',
    sha: FIXTURE_SHA,
    ci_config_ref_uri: `gitlab.com/${project}//.gitlab-ci.yml@${refPath}`,
    ci_config_sha: FIXTURE_SHA,
    user_login: 'trainer',
    iat,
    nbf: iat,
    exp: iat + TOKEN_LIFETIME_SECONDS,
    jti: randomUUID(),
  };
  return { ...resolved, ...overrides } as GitLabClaims;
}

/** The claims the gitlab-pipeline templates name. */
const GITLAB_TEMPLATE_CLAIMS = [
  'iss',
  'ci_config_ref_uri',
  'ci_config_sha',
  'runner_environment',
  'project_path',
  'sha',
  'ref',
  'ref_type',
  'project_id',
  'namespace_path',
  'namespace_id',
  'pipeline_source',
  'job_id',
  'project_visibility',
];

/**
 * The SAN and extensions Fulcio issues for a GitLab CI token: its `gitlab-pipeline` ci-provider
 * templates (sigstore/fulcio config/identity/config.yaml, docs/oid-info.md), with `url` the
 * issuer. Refs are written `refs/heads/` or `refs/tags/` by ref_type.
 */
export function gitlabIdentityFromClaims(claims: Record<string, unknown>): {
  subjectAltName: string;
  extensions: FulcioExtension[];
} {
  const text = (name: string): string => {
    const value = claims[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  // Fulcio renders each template from the token and fails the request when a claim it names
  // is missing (ci-provider templating, fulcio pkg/identity/ciprovider), so does this stand-in.
  const missing = GITLAB_TEMPLATE_CLAIMS.filter((c) => text(c) === '');
  if (missing.length) throw new Error(`the token lacks the claim(s) ${missing.join(', ')}`);
  const url = text('iss');
  const project = `${url}/${text('project_path')}`;
  const config = `https://${text('ci_config_ref_uri')}`;
  const ref = `refs/${text('ref_type') === 'branch' ? 'heads' : 'tags'}/${text('ref')}`;
  const entries: Array<[number, string]> = [
    [8, url],
    [9, config],
    [10, text('ci_config_sha')],
    [11, text('runner_environment')],
    [12, project],
    [13, text('sha')],
    [14, ref],
    [15, text('project_id')],
    [16, `${url}/${text('namespace_path')}`],
    [17, text('namespace_id')],
    [18, config],
    [19, text('ci_config_sha')],
    [20, text('pipeline_source')],
    [21, `${project}/-/jobs/${text('job_id')}`],
    [22, text('project_visibility')],
  ];
  return {
    subjectAltName: config,
    extensions: entries
      .filter(([, v]) => v !== '')
      .map(([n, value]) => ({ oid: `${FULCIO_OID_PREFIX}.${n}`, value })),
  };
}

/**
 * The SAN and extensions Fulcio issues for a token of another issuer it is configured for,
 * following its identity types (fulcio pkg/identity):
 * - `kubernetes` reads the token's `kubernetes.io` claim (namespace, serviceaccount.name) and
 *   issues https://kubernetes.io/namespaces/NS/serviceaccounts/SA;
 * - `uri` issues the `sub` as the SAN, only when its scheme and host are the issuer's configured
 *   subject domain (here: the issuer's own scheme and host), so no issuer can claim another's URIs.
 * The issuer goes in extensions 1.1 (legacy, raw) and 1.8. Anything else is refused.
 */
export function genericIdentityFromClaims(claims: Record<string, unknown>): {
  subjectAltName: string;
  extensions: FulcioExtension[];
} {
  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  const san = kubernetesSan(claims) ?? uriSan(claims, iss);
  if (!san) throw new Error('the token is no identity this Fulcio issues for');
  return {
    subjectAltName: san,
    extensions: [
      { oid: `${FULCIO_OID_PREFIX}.1`, value: iss, raw: true },
      { oid: `${FULCIO_OID_PREFIX}.8`, value: iss },
    ],
  };
}

function kubernetesSan(claims: Record<string, unknown>): string | undefined {
  const k = claims['kubernetes.io'] as
    { namespace?: unknown; serviceaccount?: { name?: unknown } } | undefined;
  const ns = k?.namespace;
  const sa = k?.serviceaccount?.name;
  if (typeof ns !== 'string' || typeof sa !== 'string' || !ns || !sa) return undefined;
  return `https://kubernetes.io/namespaces/${ns}/serviceaccounts/${sa}`;
}

function uriSan(claims: Record<string, unknown>, iss: string): string | undefined {
  const sub = typeof claims.sub === 'string' ? claims.sub : '';
  try {
    const s = new URL(sub);
    const i = new URL(iss);
    return s.protocol === i.protocol && s.host === i.host ? sub : undefined;
  } catch {
    return undefined;
  }
}
