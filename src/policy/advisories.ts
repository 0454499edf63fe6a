// The `frameworks.advisories` rule: which OSV records apply (the shipped ones, a policy's
// paths, or what `--advisories` names in place of the shipped ones), and what they find in
// the recorded packages.
import { resolve } from 'node:path';
import {
  findAdvisories,
  loadAdvisories,
  severityRank,
  type AdvisoryDatabase,
  type AdvisorySource,
  type Finding,
  type Severity,
} from '../advisories/index.js';
import type { Policy, RuleResult } from './types.js';
import { failed, passed } from './result.js';

/**
 * The sources that apply: the policy's list (absent means `default`), with `default`
 * replaced by `override` when one is given. Policy paths are relative to the policy file.
 */
export function advisorySources(
  policy: Policy | undefined,
  override: readonly string[] = [],
): AdvisorySource[] {
  const listed = policy?.frameworks?.advisories ?? ['default'];
  if (listed === 'none') return [];
  return listed.flatMap((s): AdvisorySource[] =>
    s === 'default'
      ? override.length > 0
        ? override.map((path) => ({ path: resolve(path) }))
        : ['default']
      : [{ path: resolve(policy?.dir ?? '.', s.path) }],
  );
}

export function advisoryDatabase(
  policy: Policy | undefined,
  override: readonly string[] = [],
): AdvisoryDatabase {
  return loadAdvisories(advisorySources(policy, override));
}

function describeFinding(f: Finding): string {
  const also = f.aliases.length ? ` (${f.aliases.join(', ')})` : '';
  const from = f.severity?.from ? ` (${f.severity.from})` : '';
  const severity = f.severity ? `severity ${f.severity.level}${from}` : 'severity not stated';
  const last = f.lastAffected.length ? ` (last affected ${f.lastAffected.join(', ')})` : '';
  const fixed = f.fixed.length ? `fixed in ${f.fixed.join(', ')}` : `no fixed version${last}`;
  return `${f.package.name} ${f.package.version} is affected by ${f.id}${also}, ${severity}: ${f.summary}; ${fixed}; ${f.url}`;
}

/** A finding below `min-severity` is left out; one without a stated severity never is. */
function severe(f: Finding, min: Severity | undefined): boolean {
  return !min || !f.severity || severityRank(f.severity.level) >= severityRank(min);
}

/** Results for the recorded packages (the caller says when there are none to judge). */
export function advisoryResults(
  db: AdvisoryDatabase,
  installed: ReadonlyArray<{ name: string; version: string }>,
  opts: { minSeverity?: Severity },
): RuleResult[] {
  const rule = 'frameworks.advisories';
  const { findings, undecided } = findAdvisories(db, installed);
  const out: RuleResult[] = findings
    .filter((f) => severe(f, opts.minSeverity))
    .map((f) => failed(rule, describeFinding(f), f.package.name));
  // Fail closed: a version the record's ranges cannot be ordered against is not shown safe.
  for (const u of undecided)
    out.push(
      failed(
        rule,
        `${u.package.name} version '${u.package.version}' cannot be compared with ${u.id}'s affected ranges; ${u.url}`,
        u.package.name,
      ),
    );
  if (out.length === 0) {
    const below = findings.length ? `; ${findings.length} below ${opts.minSeverity}` : '';
    out.push(
      passed(
        rule,
        `no recorded package is affected by the ${db.records.length} advisories of ${db.sources.join(', ')}${below}`,
      ),
    );
  }
  return out;
}
