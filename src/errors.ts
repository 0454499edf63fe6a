// Every failure a user can act on is a ProvenanceError: a stable code for machines,
// a message that names the input and the value, and a fix that says what to do. Credentials
// in a URI it quotes are shown as `***`, so no error line ever carries one.
import { redactCredentials } from './uri-credentials.js';

export type ErrorCode =
  | 'INPUT_INVALID'
  | 'INPUT_MISSING'
  | 'NOT_SUPPORTED'
  | 'NO_MATCH'
  | 'FILE_UNREADABLE'
  | 'SYMLINK_REFUSED'
  | 'PATH_OUTSIDE_WORKSPACE'
  | 'FILE_CHANGED'
  | 'PARSE_ERROR'
  | 'OIDC_UNAVAILABLE'
  | 'SIGNING_FAILED'
  | 'SERVICE_FAILED'
  | 'STORAGE_FAILED'
  | 'PERMISSION_DENIED'
  | 'VERIFY_FAILED'
  | 'POLICY_INVALID'
  | 'TRUST_ROOT_MISSING'
  | 'TUF_REFUSED'
  | 'BUNDLE_INVALID'
  | 'INTERNAL';

export interface ErrorDetails {
  /** The action input or CLI flag at fault, e.g. "model". */
  input?: string;
  /** The offending value, quoted in the message as given. */
  value?: string;
  /** What the user should do. */
  fix?: string;
  cause?: unknown;
}

export class ProvenanceError extends Error {
  readonly code: ErrorCode;
  readonly input?: string;
  readonly value?: string;
  readonly fix?: string;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(
      redactCredentials(message),
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = 'ProvenanceError';
    this.code = code;
    this.input = details.input;
    this.value = details.value === undefined ? undefined : redactCredentials(details.value);
    this.fix = details.fix === undefined ? undefined : redactCredentials(details.fix);
  }

  /** One line for a log: what went wrong, with which input, and how to fix it. */
  toLine(): string {
    const where = this.input ? `input '${this.input}': ` : '';
    const fix = this.fix ? ` Fix: ${this.fix}` : '';
    return `${this.code}: ${where}${this.message}${fix}`;
  }
}

export function isProvenanceError(e: unknown): e is ProvenanceError {
  return e instanceof ProvenanceError;
}

/** What an internal error asks of the user: it is this tool's fault, not their input's. */
export const REPORT_FIX =
  'this is a bug in training-provenance, not a fault of your input: please report it with this line';

/** A failure of this tool itself (a TypeError, a crashed worker), worded as one. */
export function internalError(e: unknown, doing?: string): ProvenanceError {
  const message = e instanceof Error ? e.message : String(e);
  return new ProvenanceError('INTERNAL', doing ? `${doing}: ${message}` : message, {
    fix: REPORT_FIX,
    cause: e,
  });
}

/** Wrap an unknown failure so that entry points always print one clear line. */
export function describeError(e: unknown): string {
  if (isProvenanceError(e))
    return e.fix || e.code !== 'INTERNAL' ? e.toLine() : `${e.toLine()} Fix: ${REPORT_FIX}`;
  return internalError(e).toLine();
}

/** Re-throw a ProvenanceError from a lower layer with the input it concerns. */
export function withInput(e: unknown, input: string): unknown {
  if (!isProvenanceError(e) || e.input) return e;
  return new ProvenanceError(e.code, e.message, {
    input,
    value: e.value,
    fix: e.fix,
    cause: e.cause ?? e,
  });
}
