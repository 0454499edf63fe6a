// Violations made from what a check threw or found: one wording for every verify stage, the
// provenance's and the model signature's alike.
import { internalError, isProvenanceError } from '../errors.js';
import type { IdentityCheck } from '../identity/signer-policy.js';
import type { Violation } from './types.js';

/**
 * A violation from a thrown error about the input: a ProvenanceError keeps its fix. Anything
 * else (a TypeError, an INTERNAL failure) is a bug of this tool and is thrown as INTERNAL:
 * shown as a violation it would read as the user's provenance failing verification.
 */
export function fromError(kind: Violation['kind'], rule: string, e: unknown): Violation {
  if (isProvenanceError(e) && e.code !== 'INTERNAL')
    return { kind, rule, message: e.message, fix: e.fix };
  throw internalError(e, `checking the ${kind} (${rule}) failed`);
}

const SIGNATURE_HINTS: Record<string, string> = {
  SIGNATURE_ERROR:
    'the signed content was changed after signing, or the signature is not from this certificate',
  CERTIFICATE_ERROR:
    'the certificate does not chain to the trusted root, or was not valid when signed',
  TLOG_ERROR: 'the transparency log entry is missing or does not verify',
  TLOG_BODY_ERROR: 'the transparency log entry records another signature or content',
  TLOG_INCLUSION_PROOF_ERROR: 'the transparency log inclusion proof does not verify',
  TLOG_INCLUSION_PROMISE_ERROR: 'the transparency log inclusion promise does not verify',
  TIMESTAMP_ERROR: 'no verified time for the signature (transparency log or timestamp authority)',
};

/** A failed cryptographic check, with what @sigstore/verify's error code means for a user. */
export function signatureViolation(
  e: unknown,
  rootName: string,
  what: string,
  where = '',
): Violation {
  const code = (e as { code?: string }).code;
  const hint = code ? SIGNATURE_HINTS[code] : undefined;
  return {
    kind: 'signature',
    rule: code ?? 'signature',
    message: `cryptographic verification${where ? ` of ${where}` : ''} against ${rootName} failed${code ? ` (${code})` : ''}: ${(e as Error).message}${hint ? ` — ${hint}` : ''}`,
    fix: `do not use this model: ${what} does not prove who signed it`,
  };
}

/** Each failed identity check as a violation, with the input to change when it is expected. */
export function identityViolations(checks: readonly IdentityCheck[]): Violation[] {
  return checks
    .filter((c) => !c.ok)
    .map((c) => ({
      kind: 'identity' as const,
      rule: c.check,
      message: c.reason,
      expected: c.expected,
      actual: c.actual,
      fix:
        c.check === 'identity-required'
          ? undefined
          : c.check === 'signer-repository'
            ? 'if a reusable workflow signs, name it with `signer-workflow`'
            : `if this signer is expected, change the '${c.input}' input`,
    }));
}
