import { ProvenanceError } from '../../src/errors.js';
import {
  GITHUB_INSTANCE,
  PUBLIC_GOOD,
  resolveEndpoints as endpointsOf,
  sigstoreInstance,
  type InstanceInputs,
} from '../../src/sign/instances.js';

/** The inputs as typed, checked as an entry point checks them, then resolved. */
const resolveEndpoints = (inp: InstanceInputs & { visibility?: string }) =>
  endpointsOf(sigstoreInstance(inp), inp.visibility);

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
  test('an endpoint with credentials is refused, and the error shows them as ***', () => {
    for (const fulcioUrl of ['https://u:SECRET@f.example', 'https://f.example/?token=SECRET']) {
      let e: unknown;
      try {
        resolveEndpoints({ choice: 'custom', fulcioUrl, rekorUrl: 'http://r' });
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(ProvenanceError);
      expect((e as ProvenanceError).toLine()).toMatch(/fulcio-url.*holds credentials/);
      expect(`${(e as ProvenanceError).toLine()} ${(e as ProvenanceError).value}`).not.toContain(
        'SECRET',
      );
    }
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
