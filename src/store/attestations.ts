// Stores a bundle through GitHub's attestations API, so that `gh attestation verify`
// and our verify's digest lookup find it without any file being passed around.
import { getOctokit } from '@actions/github';
import type { SerializedBundle } from '@sigstore/bundle';
import { ProvenanceError } from '../errors.js';
import { withRetry, type HttpFailure, type RetryPolicy } from './retry.js';

export interface PushOptions {
  token: string;
  /** OWNER/REPO */
  repository: string;
  apiUrl: string;
  serverUrl: string;
  retry?: RetryPolicy;
  /** Per-request timeout; default 30 s. A request that hangs is a network error, retried. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface PushResult {
  attestationId: string;
  attestationUrl: string;
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
    const f = classifyOctokitError(e);
    if (f.status === 403 || f.status === 404 || f.status === 401) {
      throw new ProvenanceError(
        'PERMISSION_DENIED',
        `the attestations API refused the upload to ${opts.repository} (HTTP ${f.status})`,
        {
          input: 'push-to-github',
          value: 'true',
          fix: "grant the job 'permissions: attestations: write' (and 'id-token: write'), or set push-to-github: false",
          cause: e,
        },
      );
    }
    throw new ProvenanceError(
      'STORAGE_FAILED',
      `the attestations API at ${opts.apiUrl} failed: ${f.status ? `HTTP ${f.status}` : `no answer (${f.detail ?? (e as Error).message})`}`,
      {
        input: 'push-to-github',
        fix: 're-run the job; the bundle file was kept in output-dir',
        cause: e,
      },
    );
  }
}
