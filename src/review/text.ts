// The diff for a terminal (`training-provenance diff OLD NEW`): one line per change, `+`
// added, `-` removed, `~` changed, grouped by kind. `--format json` prints the diff object
// itself (JSON.stringify), so this module only writes text.
import {
  countChanges,
  type DatasetChange,
  type FieldChange,
  type PackageChange,
  type ProvenanceChanges,
  type ProvenanceDiff,
} from './diff.js';
import { formatParameterValue } from './flatten.js';
import { oneLine, shortDigest } from '../present/markdown.js';
import { splitLocalVersion } from './version.js';
import type { DatasetRef, DigestSet } from '../types.js';
import type { BaseModelRef } from '../types.js';

const INDENT = '  ';

function digest(d: DigestSet): string {
  return shortDigest(d, 12) ?? 'no digest';
}

function datasetDigest(ds: DatasetRef): string {
  return ds.unpinned ? 'unpinned' : digest(ds.digest);
}

function value(v: unknown): string {
  return oneLine(formatParameterValue(v));
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? [title, ...lines.map((l) => `${INDENT}${l}`)] : [];
}

function datasetLines(c: DatasetChange): string[] {
  const what = c.fields.map((f) => (f === 'uri' ? 'URI' : f === 'license' ? 'licence' : f));
  const lines = [`~ ${c.name}: ${what.join(', ')} changed`];
  const detail = (label: string, before: string, after: string): void => {
    lines.push(`${INDENT}${label}: ${before} -> ${after}`);
  };
  const b = c.before;
  const a = c.after;
  if (c.fields.includes('name')) detail('name', b.name, a.name);
  if (c.fields.includes('uri')) detail('uri', b.uri, a.uri);
  if (c.fields.includes('digest') || c.fields.includes('pinning')) {
    detail('digest', datasetDigest(b), datasetDigest(a));
  }
  if (c.fields.includes('kind')) detail('kind', b.kind, a.kind);
  if (c.fields.includes('license')) detail('licence', b.license ?? 'none', a.license ?? 'none');
  if (c.fields.includes('size')) {
    const size = (d: DatasetRef): string =>
      `${d.fileCount ?? '?'} files, ${d.totalBytes ?? '?'} bytes`;
    detail('size', size(b), size(a));
  }
  return lines.map(oneLine);
}

function packageLine(mark: string, word: string, c: PackageChange): string {
  const b = splitLocalVersion(c.before).local;
  const a = splitLocalVersion(c.after).local;
  const build =
    c.buildChanged && word !== 'rebuilt' ? `; build ${b ?? 'none'} -> ${a ?? 'none'}` : '';
  return oneLine(`${mark} ${c.name} ${c.before} -> ${c.after} (${word}${build})`);
}

function fieldLines(changes: readonly FieldChange[]): string[] {
  return changes.map((c) => oneLine(`~ ${c.label}: ${c.before ?? 'none'} -> ${c.after ?? 'none'}`));
}

function baseModelLines(d: ProvenanceChanges): string[] {
  const b = d.baseModels;
  const one = (m: BaseModelRef): string =>
    [m.name, m.uri, m.sha256 ? digest({ sha256: m.sha256 }) : 'no digest']
      .filter(Boolean)
      .join(' ');
  return [
    ...b.changed.flatMap((c) => [
      oneLine(
        `~ ${c.name}: ${c.fields.map((f) => (f === 'license' ? 'licence' : f)).join(', ')} changed`,
      ),
      oneLine(`${INDENT}${one(c.before)} -> ${one(c.after)}`),
    ]),
    ...b.added.map((m) => oneLine(`+ ${one(m)}`)),
    ...b.removed.map((m) => oneLine(`- ${one(m)}`)),
  ];
}

function changeLines(d: ProvenanceChanges): string[] {
  const f = d.frameworks;
  const p = d.parameters;
  return [
    ...section('Model', [
      ...d.subjects.changed.map((c) =>
        oneLine(`~ ${c.name} (${c.kind}) ${digest(c.before)} -> ${digest(c.after)}`),
      ),
      ...d.subjects.added.map((s) => oneLine(`+ ${s.name} (${s.kind}) ${digest(s.digest)}`)),
      ...d.subjects.removed.map((s) => oneLine(`- ${s.name} (${s.kind}) ${digest(s.digest)}`)),
    ]),
    ...section('Base models', baseModelLines(d)),
    ...section('Datasets', [
      ...d.datasets.changed.flatMap(datasetLines),
      ...d.datasets.added.map((ds) => oneLine(`+ ${ds.name} ${ds.uri} ${datasetDigest(ds)}`)),
      ...d.datasets.removed.map((ds) => oneLine(`- ${ds.name} ${ds.uri} ${datasetDigest(ds)}`)),
    ]),
    ...section('Frameworks', [
      ...f.upgraded.map((c) => packageLine('~', 'upgraded', c)),
      ...f.downgraded.map((c) => packageLine('~', 'downgraded', c)),
      ...f.rebuilt.map((c) => packageLine('~', 'rebuilt', c)),
      ...f.changed.map((c) => packageLine('~', 'changed', c)),
      ...f.added.map((pkg) => oneLine(`+ ${pkg.name} ${pkg.version}`)),
      ...f.removed.map((pkg) => oneLine(`- ${pkg.name} ${pkg.version}`)),
    ]),
    ...section('Environment', fieldLines(d.environment)),
    ...section('Parameters', [
      ...p.changed.map((c) => oneLine(`~ ${c.path}: ${value(c.before)} -> ${value(c.after)}`)),
      ...p.added.map((a) => oneLine(`+ ${a.path}: ${value(a.value)}`)),
      ...p.removed.map((r) => oneLine(`- ${r.path}: ${value(r.value)}`)),
    ]),
    ...section('Identity', fieldLines(d.identity)),
  ];
}

/** The diff as lines for a terminal, ending in a newline. */
export function diffText(diff: ProvenanceDiff): string {
  if (diff.base === 'none') return 'No base provenance: nothing to compare with.\n';
  const n = countChanges(diff);
  if (n === 0) return 'No changes.\n';
  return `${[`${n} change${n === 1 ? '' : 's'}:`, ...changeLines(diff)].join('\n')}\n`;
}
