// Stores a bundle through GitHub's attestations API, so that `gh attestation verify`
// and our verify's digest lookup find it without any file being passed around.
import { getOctokit } from '@actions/github';
import type { SerializedBundle } from '@sigstore/bundle';
import { ProvenanceError } from '../errors.js';
import { isRetryable, withRetry, type HttpFailure, type RetryPolicy } from '../net/retry.js';

export interface PushOptions {
  token: string;
  /** OWNER/REPO */
  repository: string;
  apiUrl: string;
  serverUrl: string;
  retry?: Partial<RetryPolicy>;
  /** Per-request timeout; default 30 s. A request that hangs is a network error, retried. */
  timeoutMs?: number;
  log?: (line: string) => void;
  /** What is stored, for messages (e.g. 'the training record'). */
  what?: string;
}

export interface PushResult {
  attestationId: string;
  attestationUrl: string;
}

/**
 * The API's own words (`message`, and each `errors[]` entry) from an Octokit error, with the
 * token cut out: a proxy may quote the request's Authorization header back.
 */
export function apiMessage(e: unknown, token: string): string | undefined {
  const data = (e as { response?: { data?: unknown } }).response?.data as
    { message?: unknown; errors?: unknown } | undefined;
  if (!data || typeof data !== 'object') return undefined;
  const parts: string[] = [];
  if (typeof data.message === 'string' && data.message) parts.push(data.message);
  for (const err of Array.isArray(data.errors) ? data.errors : []) {
    const m = typeof err === 'string' ? err : (err as { message?: unknown })?.message;
    if (typeof m === 'string' && m && !parts.includes(m)) parts.push(m);
  }
  if (parts.length === 0) return undefined;
  return parts.join('; ').split(token).join('***').slice(0, 500);
}

export function classifyOctokitError(e: unknown): HttpFailure {
  const err = e as {
    status?: number;
    response?: { headers?: Record<string, string> };
    cause?: { name?: string; code?: string; cause?: { code?: string } };
  };
  // Octokit reports a request that got no answer (reset, refused, timed out) as status 500
  // without a response: that is a network error, not a server's 500.
  if (typeof err.status === 'number' && err.status > 0 && err.response) {
    return { status: err.status, retryAfter: err.response.headers?.['retry-after'] ?? null };
  }
  const c = err.cause;
  const detail =
    c?.name === 'TimeoutError' ? 'timed out' : (c?.cause?.code ?? c?.code ?? undefined);
  return { network: true, detail };
}

export async function pushAttestation(
  bundle: SerializedBundle,
  opts: PushOptions,
): Promise<PushResult> {
  const [owner, repo] = opts.repository.split('/');
  if (!owner || !repo) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `repository '${opts.repository}' is not OWNER/REPO`,
      {
        value: opts.repository,
        fix: 'run inside GitHub Actions, or set GITHUB_REPOSITORY=OWNER/REPO',
      },
    );
  }
  const octokit = getOctokit(opts.token, { baseUrl: opts.apiUrl, request: { retries: 0 } });
  try {
    const res = await withRetry(
      `POST ${opts.apiUrl}/repos/${owner}/${repo}/attestations`,
      () =>
        octokit.request('POST /repos/{owner}/{repo}/attestations', {
          owner,
          repo,
          bundle: bundle as never,
          request: { signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) },
        }),
      classifyOctokitError,
      { policy: opts.retry, log: opts.log },
    );
    const id = String((res.data as { id?: number | string }).id ?? '');
    return {
      attestationId: id,
      attestationUrl: `${opts.serverUrl}/${owner}/${repo}/attestations/${id}`,
    };
  } catch (e) {
    throw pushError(e, opts);
  }
}

function pushError(e: unknown, opts: PushOptions): ProvenanceError {
  const f = classifyOctokitError(e);
  const what = opts.what ?? 'the attestation';
  const said = apiMessage(e, opts.token);
  if (f.status === 403 || f.status === 404 || f.status === 401) {
    return new ProvenanceError(
      'PERMISSION_DENIED',
      `the attestations API refused to store ${what} in ${opts.repository} (HTTP ${f.status}${said ? `: ${said}` : ''})`,
      {
        input: 'push-to-github',
        value: 'true',
        fix: "grant the job 'permissions: attestations: write' (and 'id-token: write'), or set push-to-github: false",
        cause: e,
      },
    );
  }
  if (f.status !== undefined && f.status >= 400 && f.status < 500 && !isRetryable(f)) {
    // A 4xx is GitHub refusing this content: re-running would be refused the same way.
    return new ProvenanceError(
      'STORAGE_FAILED',
      `the attestations API refused ${what} (HTTP ${f.status}): ${said ?? 'no message'}`,
      {
        input: 'push-to-github',
        value: 'true',
        fix: 'the signed bundles are kept whole in output-dir; if GitHub refuses what this version of training-provenance writes, report it as a bug, or set push-to-github: false',
        cause: e,
      },
    );
  }
  return new ProvenanceError(
    'STORAGE_FAILED',
    `the attestations API at ${opts.apiUrl} failed to store ${what}: ${f.status ? `HTTP ${f.status}` : `no answer (${f.detail ?? (e as Error).message})`}${said ? `: ${said}` : ''}`,
    {
      input: 'push-to-github',
      fix: 'the service did not answer after retries; re-run the job (the signed bundles are kept in output-dir)',
      cause: e,
    },
  );
}
