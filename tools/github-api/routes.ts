// The default behaviour of the fake GitHub REST API: in-memory attestations and issue comments,
// answered in the shapes the real API uses, refusing uploads the way it does (rules.ts).
import { compress } from 'snappyjs';
import { predicateTypeOf, refusal } from './rules.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface RouteResult {
  status: number;
  /** JSON, or raw bytes sent as they are. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface StoredAttestation {
  id: number;
  repo: string;
  bundle: unknown;
  digests: string[];
}

export interface StoredComment {
  id: number;
  repo: string;
  issue: number;
  body: string;
  user: { login: string };
  created_at: string;
  updated_at: string;
}

export interface FakeState {
  attestations: StoredAttestation[];
  comments: StoredComment[];
}

export interface RouteContext {
  state: FakeState;
  baseUrl: string;
  /** Login that authors comments created through the API. */
  login: string;
  nextId(): number;
  repositoryId(repo: string): number;
  /**
   * Listings carry `bundle: null` and only `bundle_url`, as newer API versions do (gh reads
   * bundle_url first: cli/cli pkg/cmd/attestation/api/client.go).
   */
  bundleUrlOnly: boolean;
}

/** Where a stored bundle is downloaded: a pre-signed blob link, outside the API's paths. */
export const BLOB_PATH = /^\/_blobs\/attestations\/(\d+)$/;

const notFound = (): RouteResult => ({
  status: 404,
  body: {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
    status: '404',
  },
});

const invalid = (message: string): RouteResult => ({
  status: 422,
  body: {
    message,
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  },
});

/**
 * `alg:hex` for every digest of every subject of the bundle's in-toto statement: what the real
 * API indexes the attestation by. Throws when the bundle carries no DSSE statement.
 */
export function subjectDigests(bundle: unknown): string[] {
  const payload = (bundle as { dsseEnvelope?: { payload?: unknown } } | undefined)?.dsseEnvelope
    ?.payload;
  if (typeof payload !== 'string') throw new Error('bundle has no dsseEnvelope.payload');
  const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
    subject?: Array<{ digest?: Record<string, string> }>;
  };
  const digests = (statement.subject ?? []).flatMap((s) =>
    Object.entries(s.digest ?? {}).map(([alg, hex]) => `${alg}:${hex.toLowerCase()}`),
  );
  if (digests.length === 0) throw new Error('statement has no subject digests');
  return [...new Set(digests)];
}

function perPage(query: URLSearchParams): number {
  const n = Number(query.get('per_page') ?? 30);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 100) : 30;
}

/** One page of `all`, with the Link header GitHub sends (rel="next" and rel="last"). */
function paginate<T>(
  ctx: RouteContext,
  req: RecordedRequest,
  all: readonly T[],
): { slice: T[]; headers: Record<string, string> } {
  const size = perPage(req.query);
  const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
  const headers: Record<string, string> = {};
  const lastPage = Math.max(1, Math.ceil(all.length / size));
  if (page < lastPage) {
    const link = (p: number) => {
      const q = new URLSearchParams(req.query);
      q.set('per_page', String(size));
      q.set('page', String(p));
      return `<${ctx.baseUrl}${req.path}?${q}>`;
    };
    headers.link = `${link(page + 1)}; rel="next", ${link(lastPage)}; rel="last"`;
  }
  return { slice: all.slice((page - 1) * size, page * size), headers };
}

function commentJSON(ctx: RouteContext, c: StoredComment) {
  return {
    id: c.id,
    node_id: `IC_${Buffer.from(String(c.id)).toString('base64')}`,
    url: `${ctx.baseUrl}/repos/${c.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${ctx.baseUrl}/repos/${c.repo}/issues/${c.issue}`,
    body: c.body,
    user: { login: c.user.login, type: c.user.login.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'NONE',
  };
}

/** Answers one request against the state, or undefined when no default route matches. */
export function defaultRoute(ctx: RouteContext, req: RecordedRequest): RouteResult | undefined {
  const blob = BLOB_PATH.exec(req.path);
  if (req.method === 'GET' && blob) {
    const stored = ctx.state.attestations.find((a) => a.id === Number(blob[1]));
    if (!stored) return notFound();
    // Snappy block format over the bundle's JSON, as gh decodes it (snappy.Decode).
    const body = Buffer.from(compress(Buffer.from(JSON.stringify(stored.bundle))));
    return { status: 200, body, headers: { 'content-type': 'application/octet-stream' } };
  }
  const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(req.path);
  if (!repoMatch) return undefined;
  const repo = `${repoMatch[1]}/${repoMatch[2]}`;
  const rest = repoMatch[3] ?? '';
  let m: RegExpExecArray | null;

  if (req.method === 'POST' && rest === '/attestations') {
    const bundle = (req.body as { bundle?: unknown } | undefined)?.bundle;
    if (!bundle || typeof bundle !== 'object')
      return invalid('Invalid request: bundle is required');
    const refused = refusal(bundle);
    if (refused) return invalid(refused);
    const digests = subjectDigests(bundle);
    const id = ctx.nextId();
    ctx.state.attestations.push({ id, repo, bundle, digests });
    return { status: 201, body: { id } };
  }

  if (req.method === 'GET' && (m = /^\/attestations\/([^/]+)$/.exec(rest))) {
    const digest = decodeURIComponent(m[1] ?? '').toLowerCase();
    const wantedType = req.query.get('predicate_type');
    const found = ctx.state.attestations.filter(
      (a) =>
        a.repo === repo &&
        a.digests.includes(digest) &&
        (!wantedType || predicateTypeOf(a.bundle) === wantedType),
    );
    if (found.length === 0) return notFound();
    const { slice, headers } = paginate(ctx, req, found);
    return {
      status: 200,
      headers,
      body: {
        attestations: slice.map((a) => ({
          bundle: ctx.bundleUrlOnly ? null : a.bundle,
          repository_id: ctx.repositoryId(repo),
          bundle_url: `${ctx.baseUrl}/_blobs/attestations/${a.id}`,
        })),
      },
    };
  }

  if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
    const issue = Number(m[1]);
    if (req.method === 'GET') {
      const all = ctx.state.comments.filter((c) => c.repo === repo && c.issue === issue);
      const { slice, headers } = paginate(ctx, req, all);
      return { status: 200, body: slice.map((c) => commentJSON(ctx, c)), headers };
    }
    if (req.method === 'POST') {
      const body = (req.body as { body?: unknown } | undefined)?.body;
      if (typeof body !== 'string') return invalid('Invalid request: body is required');
      const now = new Date().toISOString();
      const comment: StoredComment = {
        id: ctx.nextId(),
        repo,
        issue,
        body,
        user: { login: ctx.login },
        created_at: now,
        updated_at: now,
      };
      ctx.state.comments.push(comment);
      return { status: 201, body: commentJSON(ctx, comment) };
    }
  }

  if (req.method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
    const comment = ctx.state.comments.find((c) => c.repo === repo && c.id === Number(m?.[1]));
    if (!comment) return notFound();
    const body = (req.body as { body?: unknown } | undefined)?.body;
    if (typeof body !== 'string') return invalid('Invalid request: body is required');
    comment.body = body;
    comment.updated_at = new Date().toISOString();
    return { status: 200, body: commentJSON(ctx, comment) };
  }

  return undefined;
}
