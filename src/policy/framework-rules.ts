// The frameworks section of a policy: advisories, deny and require over the recorded Python
// distributions. With no environment recorded there is nothing to judge: every rule fails
// closed, or, with allow-unrecorded, is listed as not evaluated.
import type { ProvenanceView } from '../statement/view.js';
import type { AdvisoryDatabase } from '../advisories/load.js';
import { normalizePackageName } from '../statement/layout.js';
import { satisfies } from '../versions/pep440.js';
import { advisoryDatabase, advisoryResults } from './advisories.js';
import { failed, passed, unrecorded } from './result.js';
import type { PackageRule, Policy, RuleResult } from './types.js';

interface Installed {
  name: string;
  version: string;
}

type FrameworksPolicy = NonNullable<Policy['frameworks']>;

function installed(view: ProvenanceView): Map<string, Installed[]> {
  const map = new Map<string, Installed[]>();
  for (const p of view.packages ?? []) {
    const key = normalizePackageName(p.name);
    const list = map.get(key) ?? [];
    list.push({ name: p.name, version: p.version });
    map.set(key, list);
  }
  return map;
}

/** Why the record has no packages to judge, or undefined when it has some. */
function pythonUnrecorded(view: ProvenanceView): string | undefined {
  const why = view.pythonReason ? ` (${view.pythonReason})` : '';
  if (view.pythonPresent === false) return `no Python environment was recorded${why}`;
  if ((view.packages ?? []).length === 0) return 'no Python packages were recorded';
  return undefined;
}

const FIX = 'attest with the training interpreter, `python: PATH`';

function denyRule(rule: string, pkgs: Map<string, Installed[]>, r: PackageRule): RuleResult[] {
  const out: RuleResult[] = [];
  for (const p of pkgs.get(normalizePackageName(r.package)) ?? []) {
    const hit = satisfies(p.version, r.range);
    if (hit === true) {
      const why = r.reason ? `: ${r.reason}` : '';
      out.push(
        failed(
          rule,
          `${p.name} ${p.version} is denied (${r.versions ?? 'any version'})${why}`,
          p.name,
        ),
      );
    } else if (hit === undefined) {
      // Fail closed: a version we cannot order cannot be shown to be outside the range.
      out.push(
        failed(
          rule,
          `${p.name} version '${p.version}' cannot be compared with '${r.versions}'`,
          p.name,
        ),
      );
    }
  }
  if (out.length > 0) return out;
  const what = r.versions ? `${r.package} ${r.versions}` : r.package;
  return [passed(rule, `${what} not present`, r.package)];
}

function requireRule(rule: string, pkgs: Map<string, Installed[]>, r: PackageRule): RuleResult {
  const found = pkgs.get(normalizePackageName(r.package)) ?? [];
  if (found.length === 0)
    return failed(rule, `${r.package} is required but not recorded`, r.package);
  const good = found.find((p) => satisfies(p.version, r.range) === true);
  if (good)
    return passed(
      rule,
      `${good.name} ${good.version} satisfies ${r.versions ?? 'any version'}`,
      r.package,
    );
  const versions = found.map((p) => p.version).join(', ');
  return failed(rule, `${r.package} ${versions} does not satisfy ${r.versions}`, r.package);
}

/** Every rule of the section, each judged on the record, or said why it could not be. */
export function frameworkRules(
  view: ProvenanceView,
  policy: Policy,
  advisories?: AdvisoryDatabase,
): RuleResult[] {
  const fw: FrameworksPolicy = policy.frameworks ?? {};
  const missing = pythonUnrecorded(view);
  if (missing !== undefined)
    return frameworkRuleNames(fw).map(([rule, r]) => blind(rule, fw, missing, r));
  const pkgs = installed(view);
  const out: RuleResult[] = [];
  if (fw.advisories !== 'none') {
    const db = advisories ?? advisoryDatabase(policy);
    out.push(...advisoryResults(db, view.packages ?? [], { minSeverity: fw.minSeverity }));
  }
  (fw.deny ?? []).forEach((r, i) => out.push(...denyRule(`frameworks.deny[${i}]`, pkgs, r)));
  (fw.require ?? []).forEach((r, i) => out.push(requireRule(`frameworks.require[${i}]`, pkgs, r)));
  return out;
}

/** The section's rules by name, in the order they are evaluated, each with its package rule. */
export function frameworkRuleNames(fw: FrameworksPolicy): Array<[string, PackageRule?]> {
  return [
    ...(fw.advisories !== 'none' ? [['frameworks.advisories'] as [string]] : []),
    ...(fw.deny ?? []).map((r, i): [string, PackageRule] => [`frameworks.deny[${i}]`, r]),
    ...(fw.require ?? []).map((r, i): [string, PackageRule] => [`frameworks.require[${i}]`, r]),
  ];
}

function blind(rule: string, fw: FrameworksPolicy, missing: string, r?: PackageRule): RuleResult {
  const what = !r
    ? 'the advisories cannot be checked'
    : rule.startsWith('frameworks.deny')
      ? `${r.package} cannot be shown absent`
      : `${r.package} cannot be shown present`;
  return unrecorded(rule, 'frameworks', fw.allowUnrecorded, {
    reason: `${what}: ${missing}`,
    fix: FIX,
    subject: r?.package,
  });
}
