// The requests carry no list as text: every field of type `string` is one value (a path, a
// name), named here. A list field typed `string` again (`datasets: string`, `bundle: string`)
// fails `npm run typecheck` on the assertions below, before any test runs.
import type { AttestRequest } from '../../src/engine/attest-types.js';
import type { VerifyRequest } from '../../src/engine/verify.js';
import type { VerifyProofRequest } from '../../src/engine/verify-proof.js';
import type { ProveRequest } from '../../src/engine/prove.js';
import type { SignModelRequest } from '../../src/engine/sign-model.js';

/** Keys of T whose type is `string` (optional or not). */
type StringKeys<T> = {
  [K in keyof T]-?: [string] extends [Exclude<T[K], undefined>] ? K : never;
}[keyof T];
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const attest: Equal<
  StringKeys<AttestRequest>,
  'datasetsFile' | 'artifactName' | 'outputDir' | 'trustConfig'
> = true;
const verify: Equal<StringKeys<VerifyRequest>, 'policy' | 'proofs' | 'evidence'> = true;
const proof: Equal<StringKeys<VerifyProofRequest>, 'bundle' | 'proof'> = true;
const prove: Equal<StringKeys<ProveRequest>, 'digest'> = true;
const signModel: Equal<StringKeys<SignModelRequest>, 'model' | 'output'> = true;

test('the only string fields of the requests are single values (checked by the compiler)', () => {
  expect([attest, verify, proof, prove, signModel]).toEqual([true, true, true, true, true]);
});
