// The base models a training record names (resolvedDependencies with role `base-model`), read
// from the record's view, and the lineage the record claims, for the attest summary and the
// PR comment. Nothing here is verified: the tree is drawn in render.ts's `recorded` mode.
import { roleOf } from '../statement/read-fields.js';
import type { ProvenanceView } from '../statement/view.js';
import type { DigestSet, ResourceDescriptor } from '../types.js';
import type { LineageNode } from './types.js';

export interface RecordedEvidence {
  kind: string;
  path: string;
  digest: DigestSet;
  /** identity @ issuer, or the key hint, as the record names the evidence's signer. */
  signer?: string;
}

/** One base model as the record names it. */
export interface BaseModelRef {
  name: string;
  uri?: string;
  /** Empty for a reference recorded without a digest. */
  digest: DigestSet;
  kind?: string;
  license?: string;
  evidence: RecordedEvidence[];
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;

function signerName(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const s = v as Record<string, unknown>;
  const identity = text(s.identity);
  const issuer = text(s.issuer);
  if (identity) return issuer ? `${identity} @ ${issuer}` : identity;
  const hint = text(s.keyHint);
  return hint ? `key ${hint}` : undefined;
}

function readEvidence(v: unknown): RecordedEvidence[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null) return [];
    const r = e as Record<string, unknown>;
    const digest = typeof r.digest === 'object' && r.digest !== null ? r.digest : {};
    const out: RecordedEvidence = {
      kind: text(r.kind) ?? 'unknown',
      path: text(r.path) ?? '',
      digest: digest as DigestSet,
    };
    const signer = signerName(r.signer);
    if (signer) out.signer = signer;
    return [out];
  });
}

function baseModel(rd: ResourceDescriptor): BaseModelRef {
  const a = rd.annotations ?? {};
  const ref: BaseModelRef = {
    name: rd.name ?? rd.uri ?? '(unnamed base)',
    digest: rd.digest ?? {},
    evidence: readEvidence(a.evidence),
  };
  if (rd.uri) ref.uri = rd.uri;
  const kind = text(a.kind);
  if (kind) ref.kind = kind;
  const license = text(a.license);
  if (license) ref.license = license;
  return ref;
}

/** The base models the record names, in its order. */
export function baseModelsOf(view: ProvenanceView): BaseModelRef[] {
  return view.otherDependencies.filter((rd) => roleOf(rd) === 'base-model').map(baseModel);
}

/** `sha256:HEX` of a digest set: sha256 when it has one, else its first algorithm. */
function digestString(d: DigestSet): string | undefined {
  const alg = d.sha256 ? 'sha256' : Object.keys(d)[0];
  return alg && d[alg] ? `${alg}:${d[alg]}` : undefined;
}

function baseNode(b: BaseModelRef, parent: string[]): LineageNode {
  const problems: string[] = [];
  if (!digestString(b.digest))
    problems.push('no digest recorded: a reference names the base but pins none of its content');
  if (b.evidence.length === 0) problems.push('no evidence recorded for this base');
  const node: LineageNode = {
    name: b.name,
    datasets: [],
    evidence: b.evidence.map((e) => ({ kind: e.kind, path: e.path, verified: false })),
    bases: [],
    problems,
    path: [...parent, b.name],
  };
  if (b.uri) node.uri = b.uri;
  const digest = digestString(b.digest);
  if (digest) node.digest = digest;
  const signer = b.evidence.find((e) => e.signer)?.signer;
  if (signer) node.signer = signer;
  return node;
}

/**
 * The lineage a record claims: its model (the first subject), the datasets and the bases it
 * names. `signer` is who signed the record, when the caller knows.
 */
export function recordedLineage(view: ProvenanceView, signer?: string): LineageNode {
  // The model is the directory (its OMS root) when there is one, else the one file; a record
  // of several files is named by their count, with no one digest to show.
  const subjects = view.subjects as ResourceDescriptor[];
  const subject =
    subjects.find((s) => s.annotations?.role === 'model-directory') ??
    (subjects.length === 1 ? subjects[0] : undefined);
  const name = subject?.name ?? (subjects.length > 1 ? `model, ${subjects.length} files` : 'model');
  const root: LineageNode = {
    name,
    datasets: view.datasets.map((d) => {
      const digest = d.unpinned ? undefined : digestString(d.digest);
      return { name: d.name, uri: d.uri, ...(digest ? { digest } : {}) };
    }),
    evidence: [],
    bases: [],
    problems: [],
    path: [name],
  };
  const digest = subject?.digest ? digestString(subject.digest) : undefined;
  if (digest) root.digest = digest;
  if (signer) root.signer = signer;
  root.bases = baseModelsOf(view).map((b) => baseNode(b, root.path));
  return root;
}
