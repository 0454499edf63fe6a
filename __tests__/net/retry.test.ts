import { isRetryable, retryDelayMs, withRetry, DEFAULT_RETRY } from '../../src/net/retry.js';

describe('bounded retries', () => {
  test('what is retried', () => {
    expect(isRetryable({ status: 503 })).toBe(true);
    expect(isRetryable({ status: 429 })).toBe(true);
    expect(isRetryable({ network: true })).toBe(true);
    expect(isRetryable({ status: 403 })).toBe(false);
    expect(isRetryable({ status: 422 })).toBe(false);
  });
  test('retry-after is honoured, within the cap', () => {
    expect(retryDelayMs(DEFAULT_RETRY, 1, '2')).toBe(2000);
    expect(retryDelayMs(DEFAULT_RETRY, 1, '3600')).toBe(DEFAULT_RETRY.retryAfterCapMs);
    expect(retryDelayMs(DEFAULT_RETRY, 1)).toBe(500);
    expect(retryDelayMs(DEFAULT_RETRY, 3)).toBe(2000);
    expect(retryDelayMs(DEFAULT_RETRY, 10)).toBe(DEFAULT_RETRY.maxDelayMs);
  });
  test('gives up after the bound and says what it retried', async () => {
    const waits: number[] = [];
    const log: string[] = [];
    let calls = 0;
    await expect(
      withRetry(
        'POST x',
        async () => {
          calls++;
          throw Object.assign(new Error('boom'), { status: 502 });
        },
        (e) => ({ status: (e as { status: number }).status }),
        { log: (l) => log.push(l), sleep: async (ms) => void waits.push(ms) },
      ),
    ).rejects.toThrow('boom');
    expect(calls).toBe(DEFAULT_RETRY.retries + 1);
    expect(waits).toEqual([500, 1000, 2000]);
    expect(log[0]).toMatch(/POST x: HTTP 502, retry 1\/3/);
  });
  test('does not retry what cannot succeed', async () => {
    let calls = 0;
    await expect(
      withRetry(
        'x',
        async () => {
          calls++;
          throw Object.assign(new Error('no'), { status: 403 });
        },
        (e) => ({ status: (e as { status: number }).status }),
        { sleep: async () => {} },
      ),
    ).rejects.toThrow('no');
    expect(calls).toBe(1);
  });
});
