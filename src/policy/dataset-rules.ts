// The datasets section of a policy: each rule passes once, or fails once per dataset at fault;
// a dataset that does not record what a rule reads fails it, or, with allow-unrecorded, is
// listed as not evaluated.
import { minimatch } from 'minimatch';
import type { ProvenanceView } from '../statement/view.js';
import type { DatasetRef } from '../types.js';
import { checkProof, type ContentProof } from '../commitment/proof.js';
import type { DatasetPattern, Policy, RuleResult } from './types.js';
import { licenceAllowed } from '../licenses/spdx.js';
import { failed, passed, unrecorded } from './result.js';

type DatasetsPolicy = NonNullable<Policy['datasets']>;
/** What a rule finds of one dataset: nothing wrong, or its failures or why it cannot judge it. */
type DatasetCheck = (d: DatasetRef) => RuleResult | RuleResult[] | undefined;

/** The dataset's digest of one algorithm, when it records one. */
function digestOf(d: { digest?: DatasetRef['digest'] }, algorithm: string): string | undefined {
  const have = Object.entries(d.digest ?? {}).find(
    ([alg, v]) =>
      alg.toLowerCase() === algorithm.toLowerCase() && typeof v === 'string' && v !== '',
  );
  return have?.[1].toLowerCase();
}

/** Whether a dataset (or a base model: a URI and a digest set) matches an allow/deny pattern. */
export function matchesPattern(
  d: { uri?: string; digest?: DatasetRef['digest'] },
  p: DatasetPattern,
): boolean {
  if (p.kind === 'digest') return digestOf(d, p.algorithm) === p.hex;
  return (
    d.uri !== undefined && minimatch(d.uri, p.glob, { dot: true, nocomment: true, nonegate: true })
  );
}

const datasetLabel = (d: DatasetRef) =>
  d.name && d.name !== d.uri ? `${d.name} (${d.uri})` : d.uri || d.name;
const hasDigest = (d: DatasetRef) =>
  !d.unpinned && Object.values(d.digest ?? {}).some((v) => typeof v === 'string' && v !== '');

/**
 * A rule over every dataset: the failures and the datasets it could not judge (each with its
 * reason), and one pass when it judged at least one and failed none. A record that names no
 * dataset gives the rule nothing to judge: it fails closed, unless allow-unrecorded.
 */
function perDataset(
  rule: string,
  all: readonly DatasetRef[],
  ds: DatasetsPolicy,
  check: DatasetCheck,
  passedReason: string,
): RuleResult[] {
  if (all.length === 0)
    return [
      unrecorded(rule, 'datasets', ds.allowUnrecorded, {
        reason: 'the record names no datasets, so this rule cannot be checked',
        fix: 'name the training data in `datasets`',
      }),
    ];
  const results: RuleResult[] = [];
  let judged = 0;
  for (const d of all) {
    const mine = [check(d) ?? []].flat();
    if (!mine.some((r) => r.status === 'not-evaluated')) judged++;
    results.push(...mine);
  }
  if (judged === 0 || results.some((r) => r.status === 'failed')) return results;
  const note = results.length > 0 ? ` (${all.length - judged} of ${all.length} not evaluated)` : '';
  return [passed(rule, `${passedReason}${note}`), ...results];
}

function licenceProblem(d: DatasetRef, ds: DatasetsPolicy): RuleResult | undefined {
  const rule = 'datasets.licenses';
  const list = ds.licenses!.join(', ');
  if (!d.license)
    return unrecorded(rule, 'datasets', ds.allowUnrecorded, {
      reason: `dataset ${datasetLabel(d)} records no licence, so it cannot be shown to be one of ${list}`,
      fix: 'record it in the datasets file',
      subject: d.name,
    });
  if (licenceAllowed(d.license, ds.licenses!)) return undefined;
  const declared = d.licenseDeclared ? ` (declared '${d.licenseDeclared}')` : '';
  return failed(
    rule,
    `dataset ${datasetLabel(d)} has licence '${d.license}'${declared}, which the allowed licences (${list}) do not satisfy`,
    d.name,
  );
}

/** The section's rules, in the order they are evaluated: name, check, and what a pass says. */
function datasetChecks(
  ds: DatasetsPolicy,
  proofs: readonly ContentProof[],
): Array<[string, DatasetCheck, string]> {
  const out: Array<[string, DatasetCheck, string]> = [];
  if (ds.denyContent)
    out.push([
      'deny-content',
      (d) => absenceResults(d, ds, proofs),
      denyContentPassed(ds.denyContent),
    ]);
  if (ds.requireDigest)
    out.push([
      'require-digest',
      (d) =>
        hasDigest(d)
          ? undefined
          : failed(
              'datasets.require-digest',
              `dataset ${datasetLabel(d)} carries no content digest (unpinned)`,
              d.name,
            ),
      'every dataset carries a digest',
    ]);
  if (ds.allow) {
    const allowed = ds.allow.map((p) => p.text).join(', ') || 'none';
    out.push([
      'allow',
      (d) =>
        ds.allow!.some((p) => matchesPattern(d, p))
          ? undefined
          : failed(
              'datasets.allow',
              `dataset ${datasetLabel(d)} matches no allowed pattern (${allowed})`,
              d.name,
            ),
      'every dataset is allowed',
    ]);
  }
  if (ds.deny) out.push(['deny', (d) => denyResult(d, ds), 'no dataset is denied']);
  if (ds.licenses)
    out.push(['licenses', (d) => licenceProblem(d, ds), 'every recorded licence is allowed']);
  return out;
}

export function datasetRules(
  view: ProvenanceView,
  ds: DatasetsPolicy,
  proofs: readonly ContentProof[],
): RuleResult[] {
  const all = view.datasets ?? [];
  return datasetChecks(ds, proofs).flatMap(([name, check, ok]) =>
    perDataset(`datasets.${name}`, all, ds, check, ok),
  );
}

/** The section's rules by name, in the order they are evaluated. */
export function datasetRuleNames(ds: DatasetsPolicy): string[] {
  return datasetChecks(ds, []).map(([name]) => `datasets.${name}`);
}

/**
 * Denied by a pattern it matches; and where it records no digest of a denied algorithm, it
 * cannot be shown not to be that content (a `sha256:` entry against a `gitCommit`-only record).
 */
function denyResult(d: DatasetRef, ds: DatasetsPolicy): RuleResult | undefined {
  const hit = ds.deny!.find((p) => matchesPattern(d, p));
  if (hit)
    return failed('datasets.deny', `dataset ${datasetLabel(d)} is denied by '${hit.text}'`, d.name);
  const blind = ds.deny!.filter(
    (p): p is Extract<DatasetPattern, { kind: 'digest' }> =>
      p.kind === 'digest' && digestOf(d, p.algorithm) === undefined,
  );
  if (blind.length === 0) return undefined;
  const algs = [...new Set(blind.map((p) => p.algorithm))].join(', ');
  return unrecorded('datasets.deny', 'datasets', ds.allowUnrecorded, {
    reason: `dataset ${datasetLabel(d)} records no ${algs} digest, so it cannot be shown not to be ${blind.map((p) => `'${p.text}'`).join(', ')}`,
    fix: `record its ${algs} digest in \`datasets\` (\`URI ALG:HEX\`)`,
    subject: d.name,
  });
}

const denyContentPassed = (digests: readonly string[]) =>
  `every committed dataset is proven not to hold the ${digests.length} denied digest${digests.length === 1 ? '' : 's'}`;

/**
 * `deny-content`: for every denied digest, a proof that holds against the dataset's recorded
 * commitment and shows the digest absent. A membership proof, a missing proof, or one against
 * another root fails, naming the digest and the dataset; a dataset with no commitment cannot
 * be judged.
 */
function absenceResults(
  d: DatasetRef,
  ds: DatasetsPolicy,
  proofs: readonly ContentProof[],
): RuleResult[] {
  const rule = 'datasets.deny-content';
  if (!d.commitment) {
    const n = ds.denyContent!.length;
    return [
      unrecorded(rule, 'datasets', ds.allowUnrecorded, {
        reason: `dataset ${datasetLabel(d)} records no content commitment, so the ${n} denied digest${n === 1 ? '' : 's'} cannot be shown absent from it`,
        fix: 'attest the data itself, a directory or a digest list, rather than a reference',
        subject: d.name,
      }),
    ];
  }
  return ds.denyContent!.flatMap((hex) => {
    const reason = absenceProblem(`sha256:${hex}`, d, d.commitment!, proofs);
    return reason ? [failed(rule, reason, d.name)] : [];
  });
}

function absenceProblem(
  digest: string,
  d: DatasetRef,
  c: NonNullable<DatasetRef['commitment']>,
  proofs: readonly ContentProof[],
): string | undefined {
  const mine = proofs.filter(
    (p) => p.digest === digest && p.commitment.root === c.root && p.commitment.leaves === c.leaves,
  );
  if (mine.length === 0)
    return `no proof that ${digest} is absent from dataset ${datasetLabel(d)} (root ${c.root}); make one with \`training-provenance prove --dataset ${d.path ?? d.name} --digest ${digest}\``;
  const checks = mine.map((p) => checkProof(p, c));
  if (checks.some((k) => k.ok && !k.member)) return undefined;
  if (checks.some((k) => k.ok && k.member))
    return `${digest} WAS in dataset ${datasetLabel(d)}: its proof shows it as a member`;
  const first = checks.find((k) => !k.ok) as { reason: string };
  return `the proof that ${digest} is absent from dataset ${datasetLabel(d)} does not hold: ${first.reason}`;
}
