// What changed between the base branch's training provenance and this run's: the model,
// the datasets, the frameworks, the CUDA build, the hyperparameters and the workflow
// identity. Pure: two views in, one plain object out, which the PR comment, the terminal
// and `--format json` all render.
import { normalizePackageName } from '../statement/layout.js';
import type { ProvenanceView } from '../statement/view.js';
import type { DatasetRef, DigestSet, PythonPackage, ResourceDescriptor } from '../types.js';
import { canonicalJson, flattenParameters } from './flatten.js';
import { diffBaseModels, type BaseModelChanges } from './diff-bases.js';
import { diffPaired, sameDigest, type PairedChange } from './pairing.js';
import { classifyVersionChange, splitLocalVersion } from './version.js';

/** A value that one side has and the other lacks is `undefined` on that side. */
export interface FieldChange {
  field: string;
  /** What a reader calls the field, e.g. "CUDA build". */
  label: string;
  before?: string;
  after?: string;
}

export type SubjectKind = 'file' | 'directory';

export interface SubjectEntry {
  name: string;
  kind: SubjectKind;
  digest: DigestSet;
  /** Bytes, where the statement records them (model directories do). */
  bytes?: number;
}

export interface SubjectChange {
  name: string;
  kind: SubjectKind;
  before: DigestSet;
  after: DigestSet;
}

export type DatasetField = 'name' | 'uri' | 'digest' | 'pinning' | 'kind' | 'license' | 'size';

/** `digest` among the fields means the content is not the same. */
export type DatasetChange = PairedChange<DatasetRef, DatasetField>;

export interface PackageChange {
  /** PEP 503-normalised name. */
  name: string;
  before: string;
  after: string;
  /** The local label (`+cu118` → `+cu121`) differs too. */
  buildChanged: boolean;
}

export interface ParameterChange {
  /** Dotted path, e.g. `optimizer.lr`. */
  path: string;
  before: unknown;
  after: unknown;
}

export interface ParameterEntry {
  path: string;
  value: unknown;
}

export interface ProvenanceChanges {
  base: 'present';
  identity: FieldChange[];
  subjects: { added: SubjectEntry[]; removed: SubjectEntry[]; changed: SubjectChange[] };
  datasets: { added: DatasetRef[]; removed: DatasetRef[]; changed: DatasetChange[] };
  frameworks: {
    upgraded: PackageChange[];
    downgraded: PackageChange[];
    /** Same public version, another build (`+cu118` → `+cu121`). */
    rebuilt: PackageChange[];
    /** Versions we cannot order (not PEP 440). */
    changed: PackageChange[];
    added: PythonPackage[];
    removed: PythonPackage[];
  };
  /** CUDA and cuDNN builds, the Python version. */
  environment: FieldChange[];
  parameters: { changed: ParameterChange[]; added: ParameterEntry[]; removed: ParameterEntry[] };
  /** The base models the model was fine-tuned from (resolvedDependencies, role base-model). */
  baseModels: BaseModelChanges;
}

/** No base provenance was found: nothing to compare with, which is not "nothing changed". */
export interface NoBase {
  base: 'none';
}

export type ProvenanceDiff = NoBase | ProvenanceChanges;

export function diffProvenance(
  base: ProvenanceView | undefined,
  head: ProvenanceView,
): ProvenanceDiff {
  if (!base) return { base: 'none' };
  return {
    base: 'present',
    identity: diffIdentity(base, head),
    subjects: diffSubjects(base.subjects, head.subjects),
    datasets: diffDatasets(base.datasets, head.datasets),
    frameworks: diffPackages(base.packages, head.packages),
    environment: diffEnvironment(base, head),
    parameters: diffParameters(base.parameters ?? {}, head.parameters ?? {}),
    baseModels: diffBaseModels(base, head),
  };
}

/** How many changes of any kind; 0 for no base too (check `base` first). */
export function countChanges(diff: ProvenanceDiff): number {
  if (diff.base === 'none') return 0;
  const f = diff.frameworks;
  return (
    diff.identity.length +
    diff.subjects.added.length +
    diff.subjects.removed.length +
    diff.subjects.changed.length +
    diff.datasets.added.length +
    diff.datasets.removed.length +
    diff.datasets.changed.length +
    f.upgraded.length +
    f.downgraded.length +
    f.rebuilt.length +
    f.changed.length +
    f.added.length +
    f.removed.length +
    diff.environment.length +
    diff.parameters.changed.length +
    diff.parameters.added.length +
    diff.parameters.removed.length +
    diff.baseModels.added.length +
    diff.baseModels.removed.length +
    diff.baseModels.changed.length
  );
}

function fieldChange(
  field: string,
  label: string,
  before: string | undefined,
  after: string | undefined,
): FieldChange[] {
  if (before === after) return [];
  const c: FieldChange = { field, label };
  if (before !== undefined) c.before = before;
  if (after !== undefined) c.after = after;
  return [c];
}

function diffIdentity(base: ProvenanceView, head: ProvenanceView): FieldChange[] {
  const b = base.identity;
  const h = head.identity;
  return [
    ...fieldChange('repository', 'repository', b.repository, h.repository),
    ...fieldChange('workflowPath', 'workflow', b.workflowPath, h.workflowPath),
    ...fieldChange('ref', 'ref', b.ref, h.ref),
    ...builderChange(base, head),
    ...fieldChange('runnerEnvironment', 'runner', b.runnerEnvironment, h.runnerEnvironment),
  ];
}

/** `owner/repo/path@ref` → [`owner/repo/path`, `ref`], splitting on the last `@`. */
function splitWorkflowRef(ref: string): [string, string] {
  const at = ref.lastIndexOf('@');
  return at < 0 ? [ref, ''] : [ref.slice(0, at), ref.slice(at + 1)];
}

/**
 * The workflow that ran the job (a reusable workflow's, when one did). Its `@ref` follows
 * the run's ref for a workflow of the same repository, so a change that only repeats the
 * ref change is not reported twice.
 */
function builderChange(base: ProvenanceView, head: ProvenanceView): FieldChange[] {
  const b = base.identity.jobWorkflowRef;
  const h = head.identity.jobWorkflowRef;
  if (b !== undefined && h !== undefined) {
    const [bPath, bRef] = splitWorkflowRef(b);
    const [hPath, hRef] = splitWorkflowRef(h);
    if (bPath === hPath && bRef === base.identity.ref && hRef === head.identity.ref) return [];
  }
  return fieldChange('jobWorkflowRef', 'builder workflow', b, h);
}

function diffEnvironment(base: ProvenanceView, head: ProvenanceView): FieldChange[] {
  return [
    ...fieldChange('cuda', 'CUDA build', base.accelerator.cuda, head.accelerator.cuda),
    ...fieldChange('cudnn', 'cuDNN', base.accelerator.cudnn, head.accelerator.cudnn),
    ...fieldChange('python', 'Python', base.pythonVersion, head.pythonVersion),
  ];
}

export function subjectKind(s: ResourceDescriptor): SubjectKind {
  return s.annotations?.role === 'model-directory' ? 'directory' : 'file';
}

function subjectEntry(s: ResourceDescriptor): SubjectEntry {
  const e: SubjectEntry = { name: s.name ?? '', kind: subjectKind(s), digest: s.digest ?? {} };
  const bytes = s.annotations?.bytes;
  if (typeof bytes === 'number') e.bytes = bytes;
  return e;
}

function diffSubjects(
  base: readonly ResourceDescriptor[],
  head: readonly ResourceDescriptor[],
): ProvenanceChanges['subjects'] {
  const before = new Map(base.map((s) => [s.name ?? '', s]));
  const after = new Map(head.map((s) => [s.name ?? '', s]));
  const out: ProvenanceChanges['subjects'] = { added: [], removed: [], changed: [] };
  for (const [name, h] of after) {
    const b = before.get(name);
    if (!b) out.added.push(subjectEntry(h));
    else if (!sameDigest(b.digest ?? {}, h.digest ?? {})) {
      out.changed.push({
        name,
        kind: subjectKind(h),
        before: b.digest ?? {},
        after: h.digest ?? {},
      });
    }
  }
  for (const [name, b] of before) if (!after.has(name)) out.removed.push(subjectEntry(b));
  return out;
}

function datasetFields(b: DatasetRef, h: DatasetRef): DatasetField[] {
  const fields: DatasetField[] = [];
  if (b.name !== h.name) fields.push('name');
  if (b.uri !== h.uri) fields.push('uri');
  if (!sameDigest(b.digest, h.digest)) fields.push('digest');
  if (b.unpinned !== h.unpinned) fields.push('pinning');
  if (b.kind !== h.kind) fields.push('kind');
  if (b.license !== h.license) fields.push('license');
  if (b.fileCount !== h.fileCount || b.totalBytes !== h.totalBytes) fields.push('size');
  return fields;
}

function diffDatasets(
  base: readonly DatasetRef[],
  head: readonly DatasetRef[],
): ProvenanceChanges['datasets'] {
  return diffPaired(base, head, datasetFields);
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function diffPackages(
  base: readonly PythonPackage[],
  head: readonly PythonPackage[],
): ProvenanceChanges['frameworks'] {
  const index = (pkgs: readonly PythonPackage[]): Map<string, PythonPackage> =>
    new Map(pkgs.map((p) => [normalizePackageName(p.name), p]));
  const before = index(base);
  const after = index(head);
  const out: ProvenanceChanges['frameworks'] = {
    upgraded: [],
    downgraded: [],
    rebuilt: [],
    changed: [],
    added: [],
    removed: [],
  };
  for (const [name, h] of after) {
    const b = before.get(name);
    if (!b) {
      out.added.push(h);
      continue;
    }
    const move = classifyVersionChange(b.version, h.version);
    if (move === 'same') continue;
    const change: PackageChange = {
      name,
      before: b.version,
      after: h.version,
      buildChanged: localLabel(b.version) !== localLabel(h.version),
    };
    out[move].push(change);
  }
  for (const [name, b] of before) if (!after.has(name)) out.removed.push(b);
  for (const list of Object.values(out)) (list as { name: string }[]).sort(byName);
  return out;
}

function localLabel(version: string): string {
  return splitLocalVersion(version).local ?? '';
}

function diffParameters(
  base: Record<string, unknown>,
  head: Record<string, unknown>,
): ProvenanceChanges['parameters'] {
  const before = new Map(flattenParameters(base));
  const after = new Map(flattenParameters(head));
  const out: ProvenanceChanges['parameters'] = { changed: [], added: [], removed: [] };
  for (const [path, value] of after) {
    if (!before.has(path)) out.added.push({ path, value });
    else if (canonicalJson(before.get(path)) !== canonicalJson(value)) {
      out.changed.push({ path, before: before.get(path), after: value });
    }
  }
  for (const [path, value] of before) if (!after.has(path)) out.removed.push({ path, value });
  return out;
}
