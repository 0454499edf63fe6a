// Bounded retries for calls to services we do not own. Waits grow exponentially; a
// `retry-after` from the server is honoured, but never beyond a cap, so a rate-limited
// job fails in minutes rather than hanging until the job's own timeout.

export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Upper bound on any single wait, including a server's retry-after. */
  retryAfterCapMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  retryAfterCapMs: 30_000,
};

/**
 * How a run talks to the services it does not own, injectable so that tests (and a user with a
 * slow proxy) can set it: the backoff between retries and the per-request timeout.
 */
export interface NetworkOptions {
  retry?: Partial<RetryPolicy>;
  /** Per-request timeout in milliseconds; each client has its own default (30 s). */
  timeoutMs?: number;
}

export interface HttpFailure {
  status?: number;
  retryAfter?: string | null;
  /** A network error (reset, refused, timeout): worth another try. */
  network?: boolean;
  /** What happened, for the log when there is no status (e.g. `timed out`, `ECONNRESET`). */
  detail?: string;
}

export function isRetryable(f: HttpFailure): boolean {
  if (f.network) return true;
  const s = f.status ?? 0;
  return s === 408 || s === 429 || s >= 500;
}

/** Delay before attempt `attempt` (1-based retry number). */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfter?: string | null,
): number {
  if (retryAfter) {
    const secs = Number(retryAfter);
    const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, policy.retryAfterCapMs);
  }
  return Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
}

export async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  classify: (e: unknown) => HttpFailure,
  opts: {
    policy?: Partial<RetryPolicy>;
    log?: (line: string) => void;
    sleep?: (ms: number) => Promise<void>;
  } = {},
): Promise<T> {
  const policy = { ...DEFAULT_RETRY, ...opts.policy };
  const sleep = opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const f = classify(e);
      if (attempt >= policy.retries || !isRetryable(f)) throw e;
      const wait = retryDelayMs(policy, attempt + 1, f.retryAfter);
      const why = f.status
        ? `HTTP ${f.status}`
        : f.detail
          ? `a network error (${f.detail})`
          : 'a network error';
      opts.log?.(
        `${what}: ${why}, retry ${attempt + 1}/${policy.retries} in ${Math.round(wait)} ms`,
      );
      await sleep(wait);
    }
  }
}
