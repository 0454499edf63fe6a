// Finding bundles by the model's digest in GitHub's attestations API, as
// `gh attestation verify` does when no bundle file is given (cli/cli
// pkg/cmd/attestation/api/client.go): pages followed by their Link header, 5xx retried, an
// optional predicate_type filter, and each bundle taken from `bundle_url` (a snappy-compressed
// download) when the listing carries none inline. The bundles come back unverified: the
// caller tries them in turn.
import { uncompress } from 'snappyjs';
import { getOctokit } from '@actions/github';
import type { SerializedBundle } from '@sigstore/bundle';
import { ProvenanceError } from '../errors.js';
import { classifyOctokitError } from '../store/attestations.js';
import { withRetry, type RetryPolicy } from '../net/retry.js';
import { parseRepository } from '../identity/signer-policy.js';
import { GITHUB_API_URL } from '../github.js';

export interface LookupOptions {
  /** OWNER/REPO whose attestations are searched. */
  repository: string;
  /** `sha256:HEX` (or bare HEX) of the model file or directory. */
  digest: string;
  token: string;
  /** REST API base, e.g. https://api.github.com or a GHES `/api/v3` URL. */
  apiUrl?: string;
  /** Filter on the server side; default: none (every predicate type). */
  predicateType?: string;
  /** Most pages of 100 to read. */
  maxPages?: number;
  retry?: Partial<RetryPolicy>;
  log?: (line: string) => void;
}

export interface FoundAttestation {
  bundle: SerializedBundle;
  /** e.g. `attestations API acme/vision #1`. */
  source: string;
  repositoryId?: number;
}

interface AttestationsPage {
  attestations?: Array<{ bundle?: unknown; repository_id?: number; bundle_url?: string }>;
}

export function normalizeDigest(digest: string): string {
  const d = digest.trim().toLowerCase();
  const hex = d.startsWith('sha256:') ? d.slice(7) : d;
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new ProvenanceError('INPUT_INVALID', `'${digest}' is not a sha256 digest`, {
      input: 'model',
      value: digest,
      fix: 'the lookup needs the sha256 of a single model file or the OMS root digest of a model directory',
    });
  }
  return `sha256:${hex}`;
}

function nextLink(headers: Record<string, unknown>): string | undefined {
  const link = headers['link'];
  if (typeof link !== 'string') return undefined;
  const m = /<([^>]+)>;\s*rel="next"/.exec(link);
  return m?.[1];
}

/** List the attestations stored for a digest. 404 → none; 401/403 → a clear permission error. */
export async function lookupAttestations(opts: LookupOptions): Promise<FoundAttestation[]> {
  const { owner, repo } = parseRepository(opts.repository);
  const digest = normalizeDigest(opts.digest);
  if (!opts.token) {
    throw new ProvenanceError('INPUT_MISSING', 'looking up attestations needs a GitHub token', {
      input: 'github-token',
      fix: 'pass `github-token` (the default `${{ github.token }}` with `permissions: attestations: read`), or pass `bundle`',
    });
  }
  const apiUrl = (opts.apiUrl ?? GITHUB_API_URL).replace(/\/$/, '');
  const octokit = getOctokit(opts.token, { baseUrl: apiUrl, request: { retries: 0 } });
  const first = () =>
    octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      owner,
      repo,
      subject_digest: digest,
      per_page: 100,
      ...(opts.predicateType ? { predicate_type: opts.predicateType } : {}),
    });
  const found: FoundAttestation[] = [];
  let url: string | undefined;
  for (let page = 0; page < (opts.maxPages ?? 10); page++) {
    const what = `GET ${apiUrl}/repos/${owner}/${repo}/attestations/${digest}`;
    const fetchPage = () => (url ? octokit.request(`GET ${url}`) : first());
    const res = await withRetry(what, fetchPage, classifyOctokitError, {
      policy: opts.retry,
      log: opts.log,
    }).catch((e: unknown) => listingFailure(e, `${owner}/${repo}`, apiUrl));
    if (!res) return found;
    for (const a of (res.data as AttestationsPage).attestations ?? []) {
      const source = `attestations API ${owner}/${repo} #${found.length + 1}`;
      const bundle = await bundleOf(a, source, opts);
      if (bundle) found.push({ bundle, source, repositoryId: a.repository_id });
      else opts.log?.(`${source} has neither a bundle nor a bundle_url: skipped`);
    }
    url = nextLink(res.headers as Record<string, unknown>);
    if (!url) break;
  }
  return found;
}

/** gh prefers bundle_url: newer API versions leave the inline bundle out. */
async function bundleOf(
  a: NonNullable<AttestationsPage['attestations']>[number],
  source: string,
  opts: LookupOptions,
): Promise<SerializedBundle | undefined> {
  if (a.bundle_url) return downloadBundle(a.bundle_url, source, opts);
  return a.bundle && typeof a.bundle === 'object' ? (a.bundle as SerializedBundle) : undefined;
}

/** 404 is no attestation (undefined); anything else a clear error. */
function listingFailure(e: unknown, repository: string, apiUrl: string): undefined {
  const f = classifyOctokitError(e);
  if (f.status === 404) return undefined;
  if (f.status === 401 || f.status === 403) {
    throw new ProvenanceError(
      'PERMISSION_DENIED',
      `the attestations API refused to list attestations of ${repository} (HTTP ${f.status})`,
      {
        input: 'github-token',
        value: repository,
        fix:
          f.status === 401
            ? 'the token was rejected: pass a valid `github-token`'
            : "grant the job 'permissions: attestations: read' (and 'contents: read' for private repositories), or pass the bundle file with `bundle`",
        cause: e,
      },
    );
  }
  throw new ProvenanceError(
    'SERVICE_FAILED',
    `the attestations API at ${apiUrl} failed: ${f.status ? `HTTP ${f.status}` : (e as Error).message}`,
    { input: 'bundle', fix: 're-run later, or pass the bundle file with `bundle`', cause: e },
  );
}

/** Largest bundle accepted from a download, compressed or not. */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

/**
 * A bundle from `bundle_url`: snappy block format around the bundle's protobuf-JSON, as gh
 * decodes it. The URL is a pre-signed blob link: no token is sent to it.
 */
async function downloadBundle(
  url: string,
  source: string,
  opts: LookupOptions,
): Promise<SerializedBundle> {
  const bytes = await withRetry(
    `GET ${new URL(url).origin}${new URL(url).pathname}`,
    async () => {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
      return new Uint8Array(await res.arrayBuffer());
    },
    (e) => {
      const status = (e as { status?: number }).status;
      return typeof status === 'number' ? { status, retryAfter: null } : { network: true };
    },
    { policy: opts.retry, log: opts.log },
  ).catch((e: unknown) => {
    throw new ProvenanceError(
      'SERVICE_FAILED',
      `${source}: its bundle_url could not be downloaded: ${(e as Error).message}`,
      {
        input: 'bundle',
        fix: 're-run later, or pass the bundle file with `bundle`',
        cause: e,
      },
    );
  });
  try {
    const json = new TextDecoder().decode(uncompress(bytes, MAX_BUNDLE_BYTES));
    return JSON.parse(json) as SerializedBundle;
  } catch (e) {
    throw new ProvenanceError(
      'BUNDLE_INVALID',
      `${source}: its bundle_url did not serve a snappy-compressed bundle: ${(e as Error).message}`,
      {
        input: 'bundle',
        fix: 'pass the bundle file with `bundle` (gh attestation download writes one)',
        cause: e,
      },
    );
  }
}
