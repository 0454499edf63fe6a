// The lineage of a verified training record (docs/lineage.md): each base model it names
// (`resolvedDependencies` with role `base-model`), its evidence found and verified as the
// model's own record is (evidence.ts), and, where that evidence is a training record, the
// bases it names in turn; cycles and depth bounded. Then the policy's `lineage:` rules over the
// tree (rules.ts). Nothing here fails silently: what could not be checked is a node's problem.
import { dirname } from 'node:path';
import type { AdvisoryDatabase } from '../advisories/load.js';
import type { Policy } from '../policy/types.js';
import type { ProvenanceView } from '../statement/view.js';
import { policyViolation } from '../verify/pipeline.js';
import { DigestCache } from '../verify/subjects.js';
import type { LoadedTrustedRoot, TrustedRootSpec } from '../verify/trust.js';
import type { TufRefresh } from '../verify/tuf.js';
import { unverifiedBases } from '../verify/report.js';
import type { Violation } from '../verify/types.js';
import type { BaseModelRef } from '../types.js';
import {
  checkEvidence,
  lookupEvidence,
  type EvidenceContext,
  type EvidenceLookup,
} from './evidence.js';
import { lineageRules, type WalkFacts } from './rules.js';
import { baseNode, datasetsOf, rootNode } from './record.js';
import { policySigners } from './signers.js';
import type { LineageNode, LineageReport } from './types.js';

export type { LineageNode, LineageReport } from './types.js';
export type { EvidenceLookup } from './evidence.js';

/** How deep a chain is followed when the policy sets no max-depth. */
export const DEFAULT_MAX_DEPTH = 16;
/** How many bases one walk examines: records naming bases many times over cannot make it endless. */
export const MAX_BASES = 256;

export interface WalkOptions {
  /**
   * The model's training record, already verified, and where it came from: a bundle file (its
   * directory holds `bases/`) or a label (an API lookup: no directory to search).
   */
  record: { view: ProvenanceView; source: string; fromFile: boolean };
  /** The policy: its `lineage:` rules, and the sections `inherit` applies up the chain. */
  policy?: Policy;
  /** What every evidence bundle is verified against, as the model's own bundles are. */
  trustedRoot: TrustedRootSpec;
  refresh?: TufRefresh;
  roots?: Map<string, Promise<LoadedTrustedRoot[]>>;
  cache?: DigestCache;
  /** `--evidence DIR`: searched by each evidence file's sha256 and by its name. */
  evidenceDirs?: readonly string[];
  /** GitHub's attestations API, by the base's digest, when no evidence file is found. */
  lookup?: EvidenceLookup;
  /** For `inherit: [frameworks]`. */
  advisories?: AdvisoryDatabase;
}

/** What the walk keeps beside the tree: each verified record, and what broke the walk. */
interface Walk extends WalkFacts {
  ctx: EvidenceContext;
  maxDepth: number;
  depthFromPolicy: boolean;
  views: Map<LineageNode, ProvenanceView>;
  licences: Map<LineageNode, string | undefined>;
  skipped: Set<LineageNode>;
  /** Bases met so far, examined or not. */
  seen: number;
  violations: Violation[];
}

const label = (path: readonly string[]) => path.join(' → ');

/**
 * Walk the chain from a verified training record: the LineageNode tree (the record's model at
 * the root), the `lineage.*` rule results, the violations (cycles, depth, failed rules) and the
 * bases left unverified. Throws only for bad input (a policy's key file that cannot be read,
 * an evidence directory that cannot be listed).
 */
export async function walkLineage(opts: WalkOptions): Promise<LineageReport> {
  const lineage = opts.policy?.lineage;
  const w: Walk = {
    ctx: {
      trustedRoot: opts.trustedRoot,
      refresh: opts.refresh,
      roots: opts.roots ?? new Map(),
      cache: opts.cache ?? new DigestCache(),
      signers: await policySigners(opts.policy),
      evidenceDirs: opts.evidenceDirs,
      lookup: opts.lookup,
    },
    maxDepth: lineage?.maxDepth ?? DEFAULT_MAX_DEPTH,
    depthFromPolicy: lineage?.maxDepth !== undefined,
    views: new Map(),
    licences: new Map(),
    skipped: new Set(),
    seen: 0,
    violations: [],
  };
  const root = rootNode(opts.record.view);
  const ancestors = new Set(
    opts.record.view.subjects.flatMap((s) => (s.digest?.sha256 ? [s.digest.sha256] : [])),
  );
  const dir = opts.record.fromFile ? dirname(opts.record.source) : undefined;
  await walkBases(root, opts.record.view, dir, ancestors, w);
  const rules = lineageRules(root, w, opts.policy, opts.advisories);
  return {
    root,
    rules,
    violations: [
      ...w.violations,
      ...rules.filter((r) => r.status === 'failed').map(policyViolation),
    ],
    unverified: unverifiedBases(root),
  };
}

async function walkBases(
  node: LineageNode,
  view: ProvenanceView,
  dir: string | undefined,
  ancestors: ReadonlySet<string>,
  w: Walk,
): Promise<void> {
  for (const base of view.baseModels) {
    const child = baseNode(base, node.path);
    node.bases.push(child);
    w.licences.set(child, base.license);
    if (base.sha256 && ancestors.has(base.sha256)) {
      structural(
        child,
        w,
        'lineage.cycle',
        `${label(child.path)}: sha256:${base.sha256} is already a model of this chain (a cycle); it is not followed`,
      );
      continue;
    }
    if (++w.seen > MAX_BASES) {
      structural(
        child,
        w,
        'lineage.max-bases',
        `${label(child.path)}: more than ${MAX_BASES} bases in one lineage; it is not checked`,
      );
      continue;
    }
    if (child.path.length - 1 > w.maxDepth) {
      const limit = w.depthFromPolicy
        ? `the policy's max-depth ${w.maxDepth}`
        : `${w.maxDepth}, the most followed without a policy's max-depth`;
      structural(
        child,
        w,
        'lineage.max-depth',
        `${label(child.path)} is ${child.path.length - 1} levels up, more than ${limit}; it is not checked`,
      );
      continue;
    }
    const record = await examine(base, child, dir, w);
    if (record)
      await walkBases(
        child,
        record.view,
        record.dir,
        new Set([...ancestors, ...(base.sha256 ? [base.sha256] : [])]),
        w,
      );
  }
}

function structural(node: LineageNode, w: Walk, rule: string, message: string): void {
  node.problems.push(message);
  w.skipped.add(node);
  w.violations.push({ kind: 'lineage', rule, message });
}

/** The base's evidence checked; its verified training record (and where its bases are), if any. */
async function examine(
  base: BaseModelRef,
  node: LineageNode,
  dir: string | undefined,
  w: Walk,
): Promise<{ view: ProvenanceView; dir?: string } | undefined> {
  const checked = [];
  for (const e of base.evidence) checked.push(await checkEvidence(base, e, dir, w.ctx));
  if (!checked.some((c) => c.entry.verified)) checked.push(...(await lookupEvidence(base, w.ctx)));
  node.evidence = checked.map((c) => c.entry);
  for (const c of checked.filter((x) => !x.entry.verified))
    node.problems.push(`evidence ${c.entry.path}: ${c.entry.problem}`);
  if (checked.length === 0) node.problems.push('no evidence recorded or found for it');
  const good = checked.find((c) => c.entry.verified);
  if (good?.signer) node.signer = good.signer;
  const record = checked.find((c) => c.entry.verified && c.view);
  // A model.sig alone verifies the base (who signed which weights); what its record would add
  // (datasets, frameworks, bases) is judged where a rule needs it (rules.ts, inherit).
  if (!record) return undefined;
  node.datasets = datasetsOf(record.view!);
  w.views.set(node, record.view!);
  return { view: record.view!, dir: record.dir };
}
