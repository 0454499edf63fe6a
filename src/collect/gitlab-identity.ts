// A GitLab CI job's identity, from its ID token (an `id_tokens:` entry with `aud: sigstore`):
// the same claims Fulcio turns into the certificate (its gitlab-pipeline ci-provider), laid out
// as a WorkflowIdentity so that the record's claims are checked against the certificate exactly
// as a GitHub run's are. GitLab documents the claims in ci/secrets/id_token_authentication.
import { ProvenanceError } from '../errors.js';
import type { WorkflowIdentity } from '../types.js';

const REQUIRED = [
  'iss',
  'project_path',
  'ref',
  'ref_type',
  'sha',
  'ci_config_ref_uri',
  'pipeline_id',
  'job_id',
] as const;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;

/** Whether the claims are a GitLab CI job's. */
export function isGitLabToken(claims: Record<string, unknown>): boolean {
  return text(claims.ci_config_ref_uri) !== undefined && text(claims.project_path) !== undefined;
}

function refuse(what: string, value: string): never {
  throw new ProvenanceError('INPUT_INVALID', `the GitLab ID token ${what}`, {
    input: 'id-token',
    value,
    fix: "sign with the job's ID token: id_tokens: { SIGSTORE_ID_TOKEN: { aud: sigstore } } in .gitlab-ci.yml",
  });
}

export function identityFromGitLabClaims(claims: Record<string, unknown>): WorkflowIdentity {
  const missing = REQUIRED.filter((k) => text(claims[k]) === undefined);
  if (missing.length) refuse(`lacks the claim(s) ${missing.join(', ')}`, missing.join(', '));
  const c = (k: string) => text(claims[k]);
  const aud = claims.aud;
  if (!(aud === 'sigstore' || (Array.isArray(aud) && aud.includes('sigstore'))))
    refuse(`has the audience ${JSON.stringify(aud)}, not sigstore`, String(aud));
  const server = new URL(c('iss')!).origin;
  const host = new URL(server).host;
  const config = c('ci_config_ref_uri')!;
  if (!config.startsWith(`${host}/${c('project_path')}//`) || !config.includes('@'))
    refuse(`names CI config ${config}, not one of project ${c('project_path')} on ${host}`, config);
  const configRef = config.slice(host.length + 1);
  const ref = `refs/${c('ref_type') === 'tag' ? 'tags' : 'heads'}/${c('ref')}`;
  return {
    source: 'oidc-token',
    serverUrl: server,
    repository: c('project_path')!,
    ...(c('project_visibility') ? { repositoryVisibility: c('project_visibility') } : {}),
    ref,
    sha: c('sha')!,
    workflowRef: configRef,
    jobWorkflowRef: configRef,
    workflowPath: configRef.slice(c('project_path')!.length + 2, configRef.lastIndexOf('@')),
    eventName: c('pipeline_source') ?? 'unknown',
    runId: c('pipeline_id')!,
    // GitLab has no run attempts: a retried job is a new job (its id is the invocation).
    runAttempt: '1',
    runnerEnvironment: c('runner_environment') ?? 'unknown',
    issuer: c('iss'),
    subject: c('sub'),
    gitlab: {
      jobId: c('job_id')!,
      ...(c('project_id') ? { projectId: c('project_id') } : {}),
      ...(c('namespace_path') ? { namespacePath: c('namespace_path') } : {}),
      ...(c('ci_config_sha') ? { ciConfigSha: c('ci_config_sha') } : {}),
    },
  };
}
