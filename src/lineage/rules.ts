// The policy's `lineage:` rules over the walked tree: each rule passes once, or fails once per
// base at fault, the base named by its path (`model → base → its base`). Over no bases, a rule
// that forbids (deny, inherit) holds and says why; one that asks something of every base
// (require-evidence, allow, licenses) is not evaluated: "no base models recorded".
import type { AdvisoryDatabase } from '../advisories/load.js';
import { matchesPattern, datasetRules } from '../policy/dataset-rules.js';
import { frameworkRules } from '../policy/framework-rules.js';
import { failed, notEvaluated, passed } from '../policy/result.js';
import type { LineagePolicy, Policy, RuleResult } from '../policy/types.js';
import { licenceAllowed } from '../licenses/spdx.js';
import type { ProvenanceView } from '../statement/view.js';
import type { LineageNode } from './types.js';

const label = (n: LineageNode) => n.path.join(' → ');
const NONE = 'no base models recorded';

function basesOf(n: LineageNode): LineageNode[] {
  return n.bases.flatMap((b) => [b, ...basesOf(b)]);
}

/** One rule over every base: its failures, else one pass (none at all: `empty`). */
function perBase(
  rule: string,
  bases: readonly LineageNode[],
  check: (b: LineageNode) => RuleResult | undefined,
  ok: string,
  empty: RuleResult,
): RuleResult[] {
  if (bases.length === 0) return [empty];
  const out = bases.map(check).filter((r): r is RuleResult => r !== undefined);
  const unjudged = out.filter((r) => r.status === 'not-evaluated').length;
  // Never a pass over bases none of which it could judge.
  if (unjudged === bases.length || out.some((r) => r.status === 'failed')) return out;
  const note = unjudged > 0 ? ` (${unjudged} of ${bases.length} not evaluated)` : '';
  return [passed(rule, `${ok}${note}`), ...out];
}

const digestSet = (b: LineageNode) =>
  b.digest ? { sha256: b.digest.slice('sha256:'.length) } : undefined;

function evidenceRule(l: LineagePolicy, bases: readonly LineageNode[]): RuleResult[] {
  const rule = 'lineage.require-evidence';
  const fix =
    "give the base's evidence (bases/ beside the bundle, --evidence DIR), or allow the signer in lineage.signers";
  return perBase(
    rule,
    bases,
    (b) => {
      if (b.evidence.some((e) => e.verified)) return undefined;
      const why = `base ${label(b)} has no evidence that verifies: ${b.problems.join('; ')}`;
      return l.requireEvidence
        ? failed(rule, why, label(b), fix)
        : notEvaluated(rule, `${why}; require-evidence: false lets it stand, unverified`, label(b));
    },
    // With require-evidence: false the rule asks nothing: say so, never "every base verifies".
    l.requireEvidence
      ? 'every base has evidence that verifies'
      : 'evidence not required (require-evidence: false); a base without it is listed as not verified',
    notEvaluated(rule, `${NONE}: there is no evidence to require`),
  );
}

function patternRules(l: LineagePolicy, bases: readonly LineageNode[]): RuleResult[] {
  const out: RuleResult[] = [];
  if (l.allow) {
    const list = l.allow.map((p) => p.text).join(', ');
    out.push(
      ...perBase(
        'lineage.allow',
        bases,
        (b) =>
          l.allow!.some((p) => matchesPattern({ uri: b.uri, digest: digestSet(b) }, p))
            ? undefined
            : failed(
                'lineage.allow',
                `base ${label(b)} (${b.uri ?? b.digest ?? 'no URI or digest'}) matches no allowed pattern (${list})`,
                label(b),
              ),
        'every base is allowed',
        notEvaluated('lineage.allow', `${NONE}: there is nothing to allow`),
      ),
    );
  }
  if (l.deny) {
    out.push(
      ...perBase(
        'lineage.deny',
        bases,
        (b) => {
          const hit = l.deny!.find((p) => matchesPattern({ uri: b.uri, digest: digestSet(b) }, p));
          if (hit)
            return failed('lineage.deny', `base ${label(b)} is denied by '${hit.text}'`, label(b));
          if (!b.digest && l.deny!.some((p) => p.kind === 'digest'))
            return failed(
              'lineage.deny',
              `base ${label(b)} records no sha256 digest, so it cannot be shown not to be a denied digest`,
              label(b),
            );
          return undefined;
        },
        'no base is denied',
        passed('lineage.deny', `${NONE}, so none is denied`),
      ),
    );
  }
  return out;
}

function licenceRule(
  l: LineagePolicy,
  bases: readonly LineageNode[],
  licences: ReadonlyMap<LineageNode, string | undefined>,
): RuleResult[] {
  if (!l.licenses) return [];
  const list = l.licenses.join(', ');
  return perBase(
    'lineage.licenses',
    bases,
    (b) => {
      const lic = licences.get(b);
      if (!lic)
        return failed(
          'lineage.licenses',
          `base ${label(b)} records no licence, so it cannot be shown to be one of ${list}`,
          label(b),
          "record the base's licence (its model card's `license:`)",
        );
      return licenceAllowed(lic, l.licenses!)
        ? undefined
        : failed(
            'lineage.licenses',
            `base ${label(b)} has licence '${lic}', which the allowed licences (${list}) do not satisfy`,
            label(b),
          );
    },
    "every base's licence is allowed",
    notEvaluated('lineage.licenses', `${NONE}: there is no licence to check`),
  );
}

/** The policy's datasets / frameworks sections over every base's verified training record. */
function inheritRules(
  l: LineagePolicy,
  bases: readonly LineageNode[],
  views: ReadonlyMap<LineageNode, ProvenanceView>,
  policy: Policy,
  advisories?: AdvisoryDatabase,
): RuleResult[] {
  return (l.inherit ?? []).flatMap((section) => {
    const rule = `lineage.inherit.${section}`;
    if (bases.length === 0) return [passed(rule, `${NONE}: no model up the chain to check`)];
    const out = bases.flatMap((b) => {
      const view = views.get(b);
      if (!view) {
        const why = `base ${label(b)} has no verified training record, so its ${section} cannot be checked`;
        return [
          l.requireEvidence ? failed(rule, why, label(b)) : notEvaluated(rule, why, label(b)),
        ];
      }
      const results =
        section === 'datasets'
          ? datasetRules(view, policy.datasets!, [])
          : frameworkRules(view, policy, advisories);
      return results
        .filter((r) => r.status !== 'passed')
        .map((r) => ({
          ...r,
          rule: `${rule}: ${r.rule}`,
          reason: `base ${label(b)}: ${r.reason}`,
          subject: label(b),
        }));
    });
    const judged = bases.filter((b) => views.has(b)).length;
    if (judged === 0 || out.some((r) => r.status === 'failed')) return out;
    const note = out.length > 0 ? ' (what could not be evaluated is listed)' : '';
    return [
      passed(
        rule,
        `the policy's ${section} rules hold for every model checked up the chain${note}`,
      ),
      ...out,
    ];
  });
}

/** What the walk learnt of each base beyond the tree. */
export interface WalkFacts {
  /** Each base's verified training record. */
  views: ReadonlyMap<LineageNode, ProvenanceView>;
  /** The licence each base's entry records. */
  licences: ReadonlyMap<LineageNode, string | undefined>;
  /** Bases not examined (a cycle, past max-depth): already violations of their own. */
  skipped: ReadonlySet<LineageNode>;
}

/** Every `lineage:` rule over the tree; nothing without a `lineage:` section. */
export function lineageRules(
  root: LineageNode,
  facts: WalkFacts,
  policy: Policy | undefined,
  advisories?: AdvisoryDatabase,
): RuleResult[] {
  const l = policy?.lineage;
  if (!l) return [];
  const bases = basesOf(root);
  const examined = bases.filter((b) => !facts.skipped.has(b));
  return [
    ...evidenceRule(l, examined),
    ...patternRules(l, bases),
    ...licenceRule(l, bases, facts.licences),
    ...inheritRules(l, examined, facts.views, policy!, advisories),
  ];
}
