// The lineage tree as a record names it: the model (the record's subject), its datasets and
// its bases (ProvenanceView.baseModels, read by statement/base-model.ts). chain.ts grows the
// same nodes while it verifies; the attest summary and the PR comment draw the tree unverified
// (render.ts's `recorded` mode).
import type { ProvenanceView } from '../statement/view.js';
import type { BaseModelRef, DigestSet, EvidenceSigner, ResourceDescriptor } from '../types.js';
import type { LineageNode } from './types.js';

/** `sha256:HEX` of a digest set: sha256 when it has one, else its first algorithm. */
function digestString(d: DigestSet | undefined): string | undefined {
  if (!d) return undefined;
  const alg = d.sha256 ? 'sha256' : Object.keys(d)[0];
  return alg && d[alg] ? `${alg}:${d[alg]}` : undefined;
}

export const datasetsOf = (view: ProvenanceView): LineageNode['datasets'] =>
  view.datasets.map((d) => {
    const digest = d.unpinned ? undefined : digestString(d.digest);
    return { name: d.name, ...(d.uri ? { uri: d.uri } : {}), ...(digest ? { digest } : {}) };
  });

/**
 * The record's model: its directory (OMS root) when it has one, else its one file; a record
 * of several files is named by their count, with no one digest to show.
 */
export function rootNode(view: ProvenanceView): LineageNode {
  const subjects = view.subjects as ResourceDescriptor[];
  const subject =
    subjects.find((s) => s.annotations?.role === 'model-directory') ??
    (subjects.length === 1 ? subjects[0] : undefined);
  const name = subject?.name ?? (subjects.length > 1 ? `model, ${subjects.length} files` : 'model');
  const digest = digestString(subject?.digest);
  return {
    name,
    ...(digest ? { digest } : {}),
    datasets: datasetsOf(view),
    evidence: [],
    bases: [],
    problems: [],
    path: [name],
  };
}

/** A base as its parent's record names it: nothing of its own record known yet. */
export function baseNode(base: BaseModelRef, parent: readonly string[]): LineageNode {
  return {
    name: base.name,
    ...(base.uri ? { uri: base.uri } : {}),
    ...(base.sha256 ? { digest: `sha256:${base.sha256}` } : {}),
    datasets: [],
    evidence: [],
    bases: [],
    problems: [],
    path: [...parent, base.name],
  };
}

/** identity @ issuer, or the key hint, as the record names an evidence's signer. */
function signerName(s: EvidenceSigner): string | undefined {
  if (s.identity) return s.issuer ? `${s.identity} @ ${s.issuer}` : s.identity;
  return s.keyHint ? `key ${s.keyHint}` : undefined;
}

function recordedBase(b: BaseModelRef, parent: readonly string[]): LineageNode {
  const node = baseNode(b, parent);
  if (!node.digest)
    node.problems.push(
      'no digest recorded: a reference names the base but pins none of its content',
    );
  if (b.evidence.length === 0) node.problems.push('no evidence recorded for this base');
  node.evidence = b.evidence.map((e) => ({ kind: e.kind, path: e.path, verified: false }));
  const signer = b.evidence.map((e) => signerName(e.signer)).find((s) => s !== undefined);
  if (signer) node.signer = signer;
  return node;
}

/**
 * The lineage a record claims: its model, the datasets and the bases it names. `signer` is who
 * signed the record, when the caller knows.
 */
export function recordedLineage(view: ProvenanceView, signer?: string): LineageNode {
  const root = rootNode(view);
  if (signer) root.signer = signer;
  root.bases = view.baseModels.map((b) => recordedBase(b, root.path));
  return root;
}
