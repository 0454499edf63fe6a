// The shape every input error must have: a ProvenanceError with the expected code, on one
// line that names the input, quotes the offending value and ends with the fix.
import { ProvenanceError, type ErrorCode } from '../../src/errors.js';

export async function expectInputError(
  p: Promise<unknown>,
  code: ErrorCode,
  input: string,
  ...inMessage: string[]
): Promise<ProvenanceError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ProvenanceError);
  const err = e as ProvenanceError;
  expect(err.code).toBe(code);
  const line = err.toLine();
  expect(line).toContain(`input '${input}'`);
  for (const s of inMessage) expect(err.message).toContain(s);
  expect(err.fix).toBeTruthy();
  expect(line).toContain(`Fix: ${err.fix}`);
  expect(line).not.toContain('\n');
  return err;
}
