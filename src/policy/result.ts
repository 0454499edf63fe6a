// The three ends of a rule, built in one place so that `ok` always agrees with `status`.
import type { RuleResult, RuleStatus } from './types.js';

function result(
  status: RuleStatus,
  rule: string,
  reason: string,
  subject?: string,
  fix?: string,
): RuleResult {
  return {
    rule,
    status,
    ok: status === 'passed',
    reason,
    ...(subject !== undefined ? { subject } : {}),
    ...(fix !== undefined ? { fix } : {}),
  };
}

export const passed = (rule: string, reason: string, subject?: string): RuleResult =>
  result('passed', rule, reason, subject);

export const failed = (rule: string, reason: string, subject?: string, fix?: string): RuleResult =>
  result('failed', rule, reason, subject, fix);

export const notEvaluated = (rule: string, reason: string, subject?: string): RuleResult =>
  result('not-evaluated', rule, reason, subject);

/** Passed or failed, as a check that ran said. */
export const checked = (rule: string, ok: boolean, reason: string, subject?: string): RuleResult =>
  result(ok ? 'passed' : 'failed', rule, reason, subject);

/**
 * A rule whose input the record lacks: it fails closed, saying what to record, unless the
 * section's `allow-unrecorded: true` lets it stand, as not evaluated (never as passed).
 */
export function unrecorded(
  rule: string,
  section: 'datasets' | 'frameworks',
  allowed: boolean | undefined,
  what: { reason: string; fix: string; subject?: string },
): RuleResult {
  return allowed
    ? notEvaluated(
        rule,
        `${what.reason}; ${section}.allow-unrecorded: true lets it stand`,
        what.subject,
      )
    : failed(
        rule,
        `${what.reason} (${what.fix}, or set ${section}.allow-unrecorded: true)`,
        what.subject,
      );
}
