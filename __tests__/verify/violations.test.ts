// What a check throws becomes a violation only when it is about the input: a ProvenanceError
// names the input and its fix. Anything else (a TypeError, a worker that crashed) is a bug of
// this tool: it surfaces as an internal error asking to be reported, never as a "violation" that
// would read as the user's provenance failing verification.
import { describeError, ProvenanceError } from '../../src/errors.js';
import { fromError } from '../../src/verify/violations.js';

const thrownBy = (run: () => unknown): unknown => {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
};

test('a ProvenanceError about the input is a violation, with its message and fix', () => {
  const e = new ProvenanceError('BUNDLE_INVALID', 'the DSSE payload is not JSON', {
    input: 'bundle',
    fix: 'check the bundle',
  });
  expect(fromError('statement', 'statement', e)).toEqual({
    kind: 'statement',
    rule: 'statement',
    message: 'the DSSE payload is not JSON',
    fix: 'check the bundle',
  });
});

test('a TypeError is not a violation: it is thrown as INTERNAL, asking to be reported', () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'sha256')");
  const e = thrownBy(() => fromError('statement', 'predicate', bug));
  expect(e).toBeInstanceOf(ProvenanceError);
  expect((e as ProvenanceError).code).toBe('INTERNAL');
  expect((e as ProvenanceError).cause).toBe(bug);
  expect(describeError(e)).toMatch(
    /^INTERNAL: .*statement .*predicate.*reading 'sha256'.* Fix: .*bug in training-provenance.*report it/,
  );
});

test('an INTERNAL ProvenanceError (a hashing worker that crashed) is not a violation either', () => {
  const crash = new ProvenanceError('INTERNAL', 'hashing worker failed: exit 134', {
    input: 'model',
  });
  const e = thrownBy(() => fromError('subject', 'model', crash));
  expect((e as ProvenanceError).code).toBe('INTERNAL');
  expect(describeError(e)).toMatch(/hashing worker failed: exit 134.* Fix: .*report it/);
});

test('any other error an entry point prints says it is ours to fix, too', () => {
  expect(describeError(new RangeError('Invalid array length'))).toMatch(
    /^INTERNAL: Invalid array length Fix: .*bug in training-provenance.*report it/,
  );
});
