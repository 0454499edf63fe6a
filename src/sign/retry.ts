// Retries around the Sigstore services (Fulcio, Rekor, TSA). @sigstore/sign can retry by
// itself, but it waits on its own schedule and never reads `retry-after`, so a rate-limited
// job would spend its retries while still being told to wait. Its own retries are turned off
// (sign.ts) and each service call is wrapped here instead: the same bounded policy as the
// GitHub API calls (src/net/retry.ts), with the server's `retry-after` honoured up to a cap.
//
// @sigstore/sign's errors carry the HTTP status but not the headers. The headers are read
// from Node's `http.client.response.finish` diagnostics channel, which every http(s) request
// in the process publishes to, keyed by the service's host.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Signer, Witness } from '@sigstore/sign';
import { withRetry, type HttpFailure, type RetryPolicy } from '../net/retry.js';

export const SIGN_RETRY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
  retryAfterCapMs: 30_000,
};

const RESPONSE_CHANNEL = 'http.client.response.finish';

interface ClientRequestLike {
  getHeader?(name: string): unknown;
  host?: string;
}
interface IncomingMessageLike {
  statusCode?: number;
  headers?: Record<string, string | string[] | undefined>;
}

/** The last answer each host gave while signing: its status and `retry-after`, if any. */
export class ResponseLog {
  private readonly last = new Map<string, { status: number; retryAfter: string | null }>();
  private readonly listener = (message: unknown) => {
    const { request, response } = message as {
      request?: ClientRequestLike;
      response?: IncomingMessageLike;
    };
    const host = String(request?.getHeader?.('host') ?? request?.host ?? '').toLowerCase();
    if (!host || typeof response?.statusCode !== 'number') return;
    const ra = response.headers?.['retry-after'];
    this.last.set(host, {
      status: response.statusCode,
      retryAfter: (Array.isArray(ra) ? ra[0] : ra) ?? null,
    });
  };

  start(): this {
    subscribe(RESPONSE_CHANNEL, this.listener);
    return this;
  }

  stop(): void {
    unsubscribe(RESPONSE_CHANNEL, this.listener);
  }

  /** The `retry-after` of the host's last answer, when that answer had this status. */
  retryAfter(host: string, status: number): string | null {
    const r = this.last.get(host.toLowerCase());
    return r && r.status === status ? r.retryAfter : null;
  }
}

/** What went wrong in one call to a service, from @sigstore/sign's error and the response log. */
export function classifySigstoreError(
  e: unknown,
  host: string,
  responses: ResponseLog,
): HttpFailure {
  const cause = (e as { cause?: unknown } | undefined)?.cause ?? e;
  const status = (cause as { statusCode?: unknown } | undefined)?.statusCode;
  if (typeof status === 'number') return { status, retryAfter: responses.retryAfter(host, status) };
  // make-fetch-happen rejects with a FetchError for resets, refusals and its own timeout.
  const fetchError = cause as { name?: unknown; type?: unknown; code?: unknown } | undefined;
  if (fetchError?.name === 'FetchError') {
    const detail =
      fetchError.type === 'request-timeout'
        ? 'timed out'
        : typeof fetchError.code === 'string' && fetchError.code !== 'FETCH_ERROR'
          ? fetchError.code
          : undefined;
    return { network: true, detail };
  }
  // Anything else (a refused token, a malformed answer) would fail the same way again.
  return {};
}

export interface RetryContext {
  policy: RetryPolicy;
  responses: ResponseLog;
  log?: (line: string) => void;
}

/** One call to the service at `url`, retried under the context's policy. */
function retryCall(service: string, url: string, ctx: RetryContext) {
  const host = new URL(url).host;
  return <T>(call: () => Promise<T>): Promise<T> =>
    withRetry(`${service} at ${url}`, call, (e) => classifySigstoreError(e, host, ctx.responses), {
      policy: ctx.policy,
      log: ctx.log,
    });
}

export function retryingSigner(
  inner: Signer,
  service: string,
  url: string,
  ctx: RetryContext,
): Signer {
  const retried = retryCall(service, url, ctx);
  return { sign: (data) => retried(() => inner.sign(data)) };
}

export function retryingWitness(
  inner: Witness,
  service: string,
  url: string,
  ctx: RetryContext,
): Witness {
  const retried = retryCall(service, url, ctx);
  return { testify: (content, publicKey) => retried(() => inner.testify(content, publicKey)) };
}
