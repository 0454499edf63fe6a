// The datasets section of a policy: each rule passes once, or fails once per dataset at fault.
import { minimatch } from 'minimatch';
import type { ProvenanceView } from '../statement/view.js';
import type { DatasetRef } from '../types.js';
import { checkProof, type ContentProof } from '../commitment/proof.js';
import type { DatasetPattern, Policy, RuleResult } from './types.js';
import { licenceAllowed } from '../licenses/spdx.js';

type DatasetsPolicy = NonNullable<Policy['datasets']>;

function matchesPattern(d: DatasetRef, p: DatasetPattern): boolean {
  if (p.kind === 'digest') {
    const have = Object.entries(d.digest ?? {}).find(
      ([alg]) => alg.toLowerCase() === p.algorithm.toLowerCase(),
    );
    return have !== undefined && have[1].toLowerCase() === p.hex;
  }
  return (
    d.uri !== undefined && minimatch(d.uri, p.glob, { dot: true, nocomment: true, nonegate: true })
  );
}

const datasetLabel = (d: DatasetRef) =>
  d.name && d.name !== d.uri ? `${d.name} (${d.uri})` : d.uri || d.name;
const hasDigest = (d: DatasetRef) =>
  !d.unpinned && Object.values(d.digest ?? {}).some((v) => typeof v === 'string' && v !== '');

/** One failure per dataset `reasonFor` names, or one pass when it names none. */
function perDataset(
  rule: string,
  all: readonly DatasetRef[],
  reasonFor: (d: DatasetRef) => string | undefined,
  passed: string,
): RuleResult[] {
  const out: RuleResult[] = [];
  for (const d of all) {
    const reason = reasonFor(d);
    if (reason !== undefined) out.push({ rule, ok: false, subject: d.name, reason });
  }
  const none = all.length === 0 ? ' (no datasets recorded)' : '';
  return out.length > 0 ? out : [{ rule, ok: true, reason: `${passed}${none}` }];
}

function licenceProblem(d: DatasetRef, ds: DatasetsPolicy): string | undefined {
  const list = ds.licenses!.join(', ');
  if (!d.license && !ds.allowUnrecorded)
    return `dataset ${datasetLabel(d)} records no licence, so it cannot be shown to be one of ${list} (record it in the datasets file, or set datasets.allow-unrecorded: true)`;
  if (d.license && !licenceAllowed(d.license, ds.licenses!)) {
    const declared = d.licenseDeclared ? ` (declared '${d.licenseDeclared}')` : '';
    return `dataset ${datasetLabel(d)} has licence '${d.license}'${declared}, which the allowed licences (${list}) do not satisfy`;
  }
  return undefined;
}

export function datasetRules(
  view: ProvenanceView,
  ds: DatasetsPolicy,
  proofs: readonly ContentProof[],
): RuleResult[] {
  const all = view.datasets ?? [];
  const out: RuleResult[] = [];
  if (ds.denyContent) out.push(...denyContentRule(all, ds, proofs));
  if (ds.requireDigest)
    out.push(
      ...perDataset(
        'datasets.require-digest',
        all,
        (d) =>
          hasDigest(d)
            ? undefined
            : `dataset ${datasetLabel(d)} carries no content digest (unpinned)`,
        'every dataset carries a digest',
      ),
    );
  if (ds.allow) {
    const allowed = ds.allow.map((p) => p.text).join(', ') || 'none';
    out.push(
      ...perDataset(
        'datasets.allow',
        all,
        (d) =>
          ds.allow!.some((p) => matchesPattern(d, p))
            ? undefined
            : `dataset ${datasetLabel(d)} matches no allowed pattern (${allowed})`,
        'every dataset is allowed',
      ),
    );
  }
  if (ds.deny)
    out.push(
      ...perDataset(
        'datasets.deny',
        all,
        (d) => {
          const hit = ds.deny!.find((p) => matchesPattern(d, p));
          return hit ? `dataset ${datasetLabel(d)} is denied by '${hit.text}'` : undefined;
        },
        'no dataset is denied',
      ),
    );
  if (ds.licenses) out.push(...licensesRule(all, ds));
  return out;
}

function licensesRule(all: readonly DatasetRef[], ds: DatasetsPolicy): RuleResult[] {
  const unknown = all.filter((d) => !d.license).length;
  const note = unknown
    ? ` (${unknown} dataset${unknown > 1 ? 's record' : ' records'} no licence)`
    : '';
  return perDataset(
    'datasets.licenses',
    all,
    (d) => licenceProblem(d, ds),
    `every recorded licence is allowed${note}`,
  );
}

/**
 * `deny-content`: for every denied digest and every committed dataset, a proof that holds
 * against the dataset's recorded commitment and shows the digest absent. A membership proof, a
 * missing proof, or one against another root fails, naming the digest and the dataset.
 */
function denyContentRule(
  all: readonly DatasetRef[],
  ds: DatasetsPolicy,
  proofs: readonly ContentProof[],
): RuleResult[] {
  const rule = 'datasets.deny-content';
  const out: RuleResult[] = [];
  for (const hex of ds.denyContent!) {
    for (const d of all) {
      const reason = absenceProblem(`sha256:${hex}`, d, ds, proofs);
      if (reason) out.push({ rule, ok: false, subject: d.name, reason });
    }
  }
  if (out.length > 0) return out;
  const n = ds.denyContent!.length;
  return [
    {
      rule,
      ok: true,
      reason: `every committed dataset is proven not to hold the ${n} denied digest${n === 1 ? '' : 's'}`,
    },
  ];
}

function absenceProblem(
  digest: string,
  d: DatasetRef,
  ds: DatasetsPolicy,
  proofs: readonly ContentProof[],
): string | undefined {
  const c = d.commitment;
  if (!c) {
    if (ds.allowUnrecorded) return undefined;
    return `dataset ${datasetLabel(d)} records no content commitment, so ${digest} cannot be shown absent from it (or set datasets.allow-unrecorded: true)`;
  }
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
