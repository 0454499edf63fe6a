// Who ran the training: the GitHub workflow run, in GitHub's terms. Read from the runner's
// OIDC token claims when there is a token (the same claims Fulcio writes into the signing
// certificate), from the runner's GITHUB_* variables otherwise (unsigned runs, local runs).
import { ProvenanceError } from '../errors.js';
import type { WorkflowIdentity } from '../types.js';
import { GITHUB_SERVER_URL } from '../github.js';
import { redactUri } from '../uri-credentials.js';

const DEFAULT_SERVER_URL = GITHUB_SERVER_URL;

/** The claims an identity cannot do without; the others are recorded when present. */
const REQUIRED_CLAIMS = [
  'repository',
  'ref',
  'sha',
  'workflow_ref',
  'job_workflow_ref',
  'event_name',
  'run_id',
  'run_attempt',
  'runner_environment',
] as const;

const REQUIRED_VARIABLES = [
  'GITHUB_REPOSITORY',
  'GITHUB_REF',
  'GITHUB_SHA',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_EVENT_NAME',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
  'RUNNER_ENVIRONMENT',
] as const;

/** A workflow_ref taken apart: `owner/repo/PATH@REF`. */
export interface WorkflowRefParts {
  repository: string;
  path: string;
  ref: string;
}

/**
 * Splits `owner/repo/.github/workflows/train.yml@refs/heads/main` into repository, path
 * and ref. Paths and refs may both contain `@` (a changesets tag is
 * `refs/tags/@scope/pkg@1.2.0`), so no single `@` is always the separator. GitHub's
 * buildType defines the path as the workflow_ref minus `repository + "/"` and minus
 * `"@" + ref`: when the caller knows the ref (the `ref` claim / GITHUB_REF, which names the
 * same commit as the top-level workflow_ref) that suffix is removed exactly. Otherwise the
 * ref is taken to start at the last `@refs/` (every workflow_ref names a full ref), and
 * failing that at the last `@`.
 */
export function splitWorkflowRef(
  workflowRef: string,
  known: { repository?: string; ref?: string } = {},
): WorkflowRefParts {
  let repository: string;
  let rest: string;
  if (known.repository && workflowRef.startsWith(`${known.repository}/`)) {
    repository = known.repository;
    rest = workflowRef.slice(known.repository.length + 1);
  } else {
    // owner and repository names cannot contain `/` or `@`.
    const m = /^([^/@]+\/[^/@]+)\/(.*)$/s.exec(workflowRef);
    if (!m) {
      throw new ProvenanceError(
        'INPUT_INVALID',
        `workflow ref ${JSON.stringify(workflowRef)} is not OWNER/REPO/PATH@REF`,
        {
          input: 'workflow_ref',
          value: workflowRef,
          fix: 'pass the workflow_ref claim or GITHUB_WORKFLOW_REF unchanged',
        },
      );
    }
    repository = m[1] ?? '';
    rest = m[2] ?? '';
  }
  let at = -1;
  if (known.ref && rest.endsWith(`@${known.ref}`)) at = rest.length - known.ref.length - 1;
  if (at < 0) at = rest.lastIndexOf('@refs/');
  if (at < 0) at = rest.lastIndexOf('@');
  if (at <= 0 || at === rest.length - 1) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `workflow ref ${JSON.stringify(workflowRef)} has no @REF`,
      {
        input: 'workflow_ref',
        value: workflowRef,
        fix: 'pass the workflow_ref claim or GITHUB_WORKFLOW_REF unchanged (OWNER/REPO/PATH@REF)',
      },
    );
  }
  return { repository, path: rest.slice(0, at), ref: rest.slice(at + 1) };
}

/** The workflow file's path inside the repository (see splitWorkflowRef for the `@` rule). */
export function workflowPath(
  workflowRef: string,
  known: { repository?: string; ref?: string } = {},
): string {
  return splitWorkflowRef(workflowRef, known).path;
}

/**
 * The claims of a JWT, without checking its signature. The token comes straight from the
 * runner's token endpoint over TLS, so there is nobody in between to forge it; and what
 * matters downstream is checked elsewhere: Fulcio verifies the token before it issues the
 * certificate, and verify trusts only the certificate's extensions, never these claims.
 * The token itself never appears in an error.
 */
export function decodeJwtClaims(token: string): Record<string, unknown> {
  const read = readJwtClaims(token);
  if ('claims' in read) return read.claims;
  throw new ProvenanceError('OIDC_UNAVAILABLE', `the OIDC token is malformed: ${read.problem}`, {
    fix: 'request the token with core.getIDToken() inside GitHub Actions (permissions: id-token: write)',
  });
}

/** A JWT's claims, or why it is not a JWT; what is said never quotes the token. */
export function readJwtClaims(
  token: string,
): { claims: Record<string, unknown> } | { problem: string } {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return { problem: 'expected three dot-separated parts' };
  const payload = parts[1];
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(payload)) return { problem: 'the payload is not base64url' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { problem: 'the payload is not JSON' };
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims))
    return { problem: 'the payload is not a JSON object' };
  return { claims: claims as Record<string, unknown> };
}

/** The server's URL, which every recorded URI of the run starts with: never with credentials. */
function normaliseServerUrl(url: string | undefined): string {
  const s = (url ?? '').trim().replace(/\/+$/, '');
  if (redactUri(s) !== s)
    throw new ProvenanceError('INPUT_INVALID', 'GITHUB_SERVER_URL holds credentials', {
      input: 'GITHUB_SERVER_URL',
      value: s,
      fix: 'set GITHUB_SERVER_URL to the server alone (https://HOST), as the runner sets it',
    });
  return s || DEFAULT_SERVER_URL;
}

/** Claims are strings in GitHub's tokens; ids are accepted as numbers too. */
function claimString(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

const OPTIONAL_IDENTITY_FIELDS = [
  'repositoryId',
  'repositoryOwner',
  'repositoryOwnerId',
  'repositoryVisibility',
  'issuer',
  'subject',
] as const;

/** The identity before its workflow path is derived from workflowRef. */
type RawIdentity = Omit<WorkflowIdentity, 'workflowPath'>;

/**
 * Checks the shapes a statement relies on and assembles the identity. `names` maps each
 * field to the claim or variable it came from, so an error names what the user can see.
 */
function assemble(
  raw: RawIdentity,
  names: Record<
    'repository' | 'sha' | 'runId' | 'runAttempt' | 'workflowRef' | 'jobWorkflowRef',
    string
  >,
  fix: string,
): WorkflowIdentity {
  const bad = (field: keyof typeof names, value: string, expected: string): ProvenanceError =>
    new ProvenanceError(
      'INPUT_INVALID',
      `${names[field]} is ${JSON.stringify(value)}, expected ${expected}`,
      {
        input: names[field],
        value,
        fix,
      },
    );
  if (!/^[^/\s@]+\/[^/\s@]+$/.test(raw.repository)) {
    throw bad('repository', raw.repository, 'OWNER/REPO');
  }
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(raw.sha)) {
    throw bad('sha', raw.sha, 'a lower-case hex git commit (40 or 64 characters)');
  }
  if (!/^\d+$/.test(raw.runId)) throw bad('runId', raw.runId, 'a number');
  if (!/^\d+$/.test(raw.runAttempt)) throw bad('runAttempt', raw.runAttempt, 'a number');
  if (!raw.jobWorkflowRef.includes('@')) {
    throw bad('jobWorkflowRef', raw.jobWorkflowRef, 'OWNER/REPO/PATH@REF');
  }
  let parts: WorkflowRefParts;
  try {
    parts = splitWorkflowRef(raw.workflowRef, { repository: raw.repository, ref: raw.ref });
  } catch {
    throw bad('workflowRef', raw.workflowRef, 'OWNER/REPO/PATH@REF');
  }
  const identity: WorkflowIdentity = {
    source: raw.source,
    serverUrl: raw.serverUrl,
    repository: raw.repository,
    ref: raw.ref,
    sha: raw.sha,
    workflowRef: raw.workflowRef,
    jobWorkflowRef: raw.jobWorkflowRef,
    workflowPath: parts.path,
    eventName: raw.eventName,
    runId: raw.runId,
    runAttempt: raw.runAttempt,
    runnerEnvironment: raw.runnerEnvironment,
  };
  // Optional fields are set only when known, so that a statement never says "undefined".
  for (const key of OPTIONAL_IDENTITY_FIELDS) if (raw[key] !== undefined) identity[key] = raw[key];
  return identity;
}

/**
 * The identity from the runner's OIDC token claims (source 'oidc-token'). These are the
 * values Fulcio copies into the certificate, so the statement and the certificate agree.
 */
/** Whether the claims are a GitHub Actions job's (its workflow ref is what Fulcio keys on). */
export function isGitHubToken(claims: Record<string, unknown>): boolean {
  return typeof claims.job_workflow_ref === 'string' || typeof claims.workflow_ref === 'string';
}

export function identityFromClaims(
  claims: Record<string, unknown>,
  opts: { serverUrl?: string } = {},
): WorkflowIdentity {
  const missing = REQUIRED_CLAIMS.filter((c) => claimString(claims[c]) === undefined);
  if (missing.length > 0) {
    throw new ProvenanceError(
      'OIDC_UNAVAILABLE',
      `the OIDC token lacks the claim(s) ${missing.join(', ')}`,
      {
        input: 'id-token',
        value: missing.join(', '),
        fix: "use the token GitHub Actions issues to the job (core.getIDToken with 'permissions: id-token: write')",
      },
    );
  }
  const c = (name: string): string | undefined => claimString(claims[name]);
  const must = (name: (typeof REQUIRED_CLAIMS)[number]): string => c(name) as string;
  return assemble(
    {
      source: 'oidc-token',
      serverUrl: normaliseServerUrl(opts.serverUrl),
      repository: must('repository'),
      repositoryId: c('repository_id'),
      repositoryOwner: c('repository_owner'),
      repositoryOwnerId: c('repository_owner_id'),
      repositoryVisibility: c('repository_visibility'),
      ref: must('ref'),
      sha: must('sha'),
      workflowRef: must('workflow_ref'),
      jobWorkflowRef: must('job_workflow_ref'),
      eventName: must('event_name'),
      runId: must('run_id'),
      runAttempt: must('run_attempt'),
      runnerEnvironment: must('runner_environment'),
      issuer: c('iss'),
      subject: c('sub'),
    },
    {
      repository: 'repository',
      sha: 'sha',
      runId: 'run_id',
      runAttempt: 'run_attempt',
      workflowRef: 'workflow_ref',
      jobWorkflowRef: 'job_workflow_ref',
    },
    'use the token GitHub Actions issues to the job, unmodified',
  );
}

/**
 * The identity from the runner's variables (source 'environment'), for unsigned runs and
 * local runs. The runner exports no variable for `job_workflow_ref`, so the top-level
 * GITHUB_WORKFLOW_REF stands in for it: under a reusable workflow, builder.id then names
 * the caller rather than the reusable workflow. A signed run takes the identity from the
 * token instead, where job_workflow_ref is exact.
 */
/**
 * Whether the variables say this is a GitHub Actions run: `GITHUB_ACTIONS=true`, or any of the
 * run's variables set (a local run that sets some of them means one, and is told what is missing).
 */
export function isGitHubRun(env: Record<string, string | undefined>): boolean {
  return env.GITHUB_ACTIONS === 'true' || REQUIRED_VARIABLES.some((n) => env[n]?.trim());
}

export function identityFromEnvironment(env: Record<string, string | undefined>): WorkflowIdentity {
  const v = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const missing = REQUIRED_VARIABLES.filter((name) => v(name) === undefined);
  const fix =
    'run inside GitHub Actions, or for a local run set GITHUB_REPOSITORY, GITHUB_REF, GITHUB_SHA, GITHUB_WORKFLOW_REF, GITHUB_EVENT_NAME, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT and RUNNER_ENVIRONMENT';
  if (missing.length > 0) {
    throw new ProvenanceError(
      'INPUT_MISSING',
      `the workflow identity needs the variable(s) ${missing.join(', ')}`,
      {
        input: missing[0],
        value: missing.join(', '),
        fix,
      },
    );
  }
  const must = (name: (typeof REQUIRED_VARIABLES)[number]): string => v(name) as string;
  const workflowRef = must('GITHUB_WORKFLOW_REF');
  return assemble(
    {
      source: 'environment',
      serverUrl: normaliseServerUrl(v('GITHUB_SERVER_URL')),
      repository: must('GITHUB_REPOSITORY'),
      repositoryId: v('GITHUB_REPOSITORY_ID'),
      repositoryOwner: v('GITHUB_REPOSITORY_OWNER'),
      repositoryOwnerId: v('GITHUB_REPOSITORY_OWNER_ID'),
      ref: must('GITHUB_REF'),
      sha: must('GITHUB_SHA'),
      workflowRef,
      jobWorkflowRef: workflowRef,
      eventName: must('GITHUB_EVENT_NAME'),
      runId: must('GITHUB_RUN_ID'),
      runAttempt: must('GITHUB_RUN_ATTEMPT'),
      runnerEnvironment: must('RUNNER_ENVIRONMENT'),
    },
    {
      repository: 'GITHUB_REPOSITORY',
      sha: 'GITHUB_SHA',
      runId: 'GITHUB_RUN_ID',
      runAttempt: 'GITHUB_RUN_ATTEMPT',
      workflowRef: 'GITHUB_WORKFLOW_REF',
      jobWorkflowRef: 'GITHUB_WORKFLOW_REF',
    },
    fix,
  );
}
