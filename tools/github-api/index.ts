// A fake GitHub REST API on loopback for tests: real HTTP, so Octokit and @actions/github run
// unchanged against it (`baseUrl` / GITHUB_API_URL). Every request is recorded; failures and
// whole routes can be scripted.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  BLOB_PATH,
  defaultRoute,
  type FakeState,
  type RecordedRequest,
  type RouteContext,
  type RouteResult,
} from './routes.js';

export type {
  FakeState,
  RecordedRequest,
  RouteResult,
  StoredAttestation,
  StoredComment,
} from './routes.js';
export { subjectDigests } from './routes.js';

export interface FakeGitHubOptions {
  /** When set, requests must carry `Authorization: Bearer|token <token>` or get 401. */
  token?: string;
  /** Author of comments created through the API (default `github-actions[bot]`). */
  login?: string;
  /** Listings carry only `bundle_url`, no inline bundle (newer API versions). */
  bundleUrlOnly?: boolean;
}

export interface FakeGitHub {
  /** Base URL to give Octokit (`baseUrl`) and GITHUB_API_URL. */
  url: string;
  requests: RecordedRequest[];
  /** Next `times` requests matching method + path regex answer this status (and optional body/headers) instead. */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    times?: number,
    extra?: { body?: unknown; headers?: Record<string, string> },
  ): void;
  /** Override a route entirely (checked after authentication, before the default routes). */
  route(method: string, path: RegExp, handler: (req: RecordedRequest) => RouteResult): void;
  state: FakeState;
  close(): Promise<void>;
}

interface ScriptedFailure {
  method: string;
  path: RegExp;
  remaining: number;
  result: RouteResult;
}

interface Override {
  method: string;
  path: RegExp;
  handler: (req: RecordedRequest) => RouteResult;
}

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state: FakeState = { attestations: [], comments: [] };
  const requests: RecordedRequest[] = [];
  const failures: ScriptedFailure[] = [];
  const overrides: Override[] = [];
  let lastId = 1000;
  const repositoryIds = new Map<string, number>();

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const ctx: RouteContext = {
    state,
    baseUrl: url,
    login: opts.login ?? 'github-actions[bot]',
    bundleUrlOnly: opts.bundleUrlOnly ?? false,
    nextId: () => ++lastId,
    repositoryId: (repo) => {
      const known = repositoryIds.get(repo.toLowerCase());
      if (known !== undefined) return known;
      const id = 500000000 + repositoryIds.size + 1;
      repositoryIds.set(repo.toLowerCase(), id);
      return id;
    },
  };

  const answer = (req: RecordedRequest): RouteResult => {
    const matches = (m: { method: string; path: RegExp }) =>
      m.method.toUpperCase() === req.method && m.path.test(req.path);

    const failure = failures.find((f) => f.remaining > 0 && matches(f));
    if (failure) {
      failure.remaining--;
      return failure.result;
    }
    // Blob links are pre-signed URLs: they take no token (and gh sends none).
    const isBlob = BLOB_PATH.test(req.path);
    if (opts.token !== undefined && !isBlob && !authorized(req.headers.authorization, opts.token)) {
      return {
        status: 401,
        body: {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        },
      };
    }
    const override = [...overrides].reverse().find(matches);
    if (override) return override.handler(req);
    return (
      defaultRoute(ctx, req) ?? {
        status: 404,
        body: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest',
          status: '404',
        },
      }
    );
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = new URL(req.url ?? '/', url);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      const recorded: RecordedRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: target.pathname,
        query: target.searchParams,
        headers: { ...req.headers },
        body,
      };
      requests.push(recorded);
      let result: RouteResult;
      try {
        result = answer(recorded);
      } catch (err) {
        result = { status: 500, body: { message: (err as Error).message } };
      }
      res.statusCode = result.status;
      res.setHeader('x-github-api-version-selected', '2022-11-28');
      res.setHeader('x-github-request-id', `FAKE:${requests.length}`);
      for (const [key, value] of Object.entries(result.headers ?? {})) res.setHeader(key, value);
      if (result.body === undefined || result.status === 204) {
        res.end();
      } else {
        if (!res.hasHeader('content-type')) {
          res.setHeader('content-type', 'application/json; charset=utf-8');
        }
        res.end(
          typeof result.body === 'string' || Buffer.isBuffer(result.body)
            ? result.body
            : JSON.stringify(result.body),
        );
      }
    });
  });

  return {
    url,
    requests,
    state,
    failNext(method, path, status, times = 1, extra = {}) {
      failures.push({
        method,
        path,
        remaining: times,
        result: {
          status,
          body: extra.body ?? { message: `injected ${status}`, status: String(status) },
          headers: extra.headers,
        },
      });
    },
    route(method, path, handler) {
      overrides.push({ method, path, handler });
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function authorized(header: string | string[] | undefined, token: string): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^(?:bearer|token) (.+)$/i.exec(value ?? '');
  return match?.[1] === token;
}
