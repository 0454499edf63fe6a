import { ProvenanceError } from '../src/errors.js';
import { GITHUB_INSTANCE, PUBLIC_GOOD, resolveEndpoints } from '../src/sign/instances.js';
import { isRetryable, retryDelayMs, withRetry, DEFAULT_RETRY } from '../src/store/retry.js';

describe('choosing the Sigstore instance', () => {
  test('auto follows the repository visibility claim, as actions/attest does', () => {
    expect(resolveEndpoints({ choice: 'auto', visibility: 'public' })).toBe(PUBLIC_GOOD);
    expect(resolveEndpoints({ choice: 'auto', visibility: 'private' })).toBe(GITHUB_INSTANCE);
    expect(resolveEndpoints({ choice: 'auto', visibility: 'internal' })).toBe(GITHUB_INSTANCE);
    // No claim (an unsigned run's environment identity) is never assumed public.
    expect(resolveEndpoints({ choice: 'auto' })).toBe(GITHUB_INSTANCE);
  });
  test('public-good has a transparency log and GitHub has a TSA instead', () => {
    expect(PUBLIC_GOOD.rekorUrl).toBeDefined();
    expect(PUBLIC_GOOD.tsaUrl).toBeUndefined();
    expect(GITHUB_INSTANCE.rekorUrl).toBeUndefined();
    expect(GITHUB_INSTANCE.tsaUrl).toBeDefined();
  });
  test('custom takes its URLs and trims trailing slashes', () => {
    expect(
      resolveEndpoints({
        choice: 'custom',
        fulcioUrl: 'http://127.0.0.1:1/',
        tsaUrl: 'http://127.0.0.1:2',
      }),
    ).toEqual({
      instance: 'custom',
      fulcioUrl: 'http://127.0.0.1:1',
      rekorUrl: undefined,
      tsaUrl: 'http://127.0.0.1:2',
    });
  });
  test.each([
    [{ choice: 'rekor' }, 'sigstore', 'INPUT_INVALID'],
    [{ choice: 'custom' }, 'fulcio-url', 'INPUT_MISSING'],
    [{ choice: 'custom', fulcioUrl: 'http://f' }, 'rekor-url', 'INPUT_MISSING'],
    [
      { choice: 'custom', fulcioUrl: 'not a url', rekorUrl: 'http://r' },
      'fulcio-url',
      'INPUT_INVALID',
    ],
    [
      { choice: 'custom', fulcioUrl: 'ftp://f', rekorUrl: 'http://r' },
      'fulcio-url',
      'INPUT_INVALID',
    ],
  ])('%j is refused naming %s', (inp, input, code) => {
    let err: unknown;
    try {
      resolveEndpoints(inp);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProvenanceError);
    expect((err as ProvenanceError).input).toBe(input);
    expect((err as ProvenanceError).code).toBe(code);
    expect((err as ProvenanceError).toLine()).toMatch(/Fix: /);
  });
});

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
