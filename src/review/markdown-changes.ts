// What changed since the base branch, as the PR comment shows it: subjects, datasets,
// frameworks and parameters. Everything taken from a statement goes through present/markdown.ts.
import { notablePackages } from '../collect/environment.js';
import { normalizePackageName } from '../statement/layout.js';
import type { DatasetRef } from '../types.js';
import type { BaseModelRef } from '../types.js';
import {
  countChanges,
  type DatasetChange,
  type FieldChange,
  type PackageChange,
  type ProvenanceChanges,
  type ProvenanceDiff,
} from './diff.js';
import { formatParameterValue } from './flatten.js';
import {
  code,
  datasetDigestCell,
  details,
  digestCell,
  escapeText,
  FOLD_ROWS,
  foldedTable,
  link,
  plural,
  table,
} from '../present/markdown.js';
import { humanBytes } from '../present/bytes.js';
import { splitLocalVersion } from './version.js';

/** Where the base came from, to say so in the comment. */
export interface BaseDescription {
  /** The base branch, e.g. `main`. */
  ref?: string;
  /** The base run, when found through the Actions API. */
  runId?: number;
  runUrl?: string;
  /** The base file, when given as a path. */
  path?: string;
  /** Why there is no base, when the lookup could not tell (an API error, an expired artifact). */
  note?: string;
}

function baseLine(base: BaseDescription | undefined): string {
  if (!base) return 'Compared with the base provenance.';
  if (base.path) return `Compared with ${code(base.path, 120)}.`;
  const run = base.runId !== undefined ? link(`run ${base.runId}`, base.runUrl) : 'the latest run';
  return `Compared with ${run}${base.ref ? ` on ${code(base.ref, 80)}` : ''}.`;
}

export function changesBlock(diff: ProvenanceDiff, base: BaseDescription | undefined): string {
  const title = '#### Changes since base';
  if (diff.base === 'none') {
    if (base?.note)
      return `${title}\n\nNo base provenance to compare with: ${escapeText(base.note, 280)}`;
    const where = base?.ref ? ` on ${code(base.ref, 80)}` : '';
    return `${title}\n\nNo base provenance found${where}: this is the first one.`;
  }
  const parts = [title, baseLine(base)];
  if (countChanges(diff) === 0) {
    parts.push(
      'No changes: model, base models, datasets, frameworks, parameters and identity are the same.',
    );
    return parts.join('\n\n');
  }
  parts.push(
    ...[
      subjectChanges(diff),
      baseModelChanges(diff),
      datasetChanges(diff),
      frameworkChanges(diff),
      fieldChanges('Environment', diff.environment),
      parameterChanges(diff),
      fieldChanges('Identity', diff.identity),
    ].filter((s) => s !== ''),
  );
  return parts.join('\n\n');
}

const DASH = '—';

function subjectChanges(diff: ProvenanceChanges): string {
  const { added, removed, changed } = diff.subjects;
  const rows: string[][] = [
    ...changed.map((c) => [
      code(c.name, 80),
      `${c.kind}, new digest`,
      digestCell(c.before),
      digestCell(c.after),
    ]),
    ...added.map((s) => [code(s.name, 80), `${s.kind}, added`, DASH, digestCell(s.digest)]),
    ...removed.map((s) => [code(s.name, 80), `${s.kind}, removed`, digestCell(s.digest), DASH]),
  ];
  if (rows.length === 0) return '';
  return `**Model**\n\n${foldedTable(['Subject', 'Change', 'Before', 'After'], rows, 'model change')}`;
}

/** A base model's side of a change: its name, URI, digest, licence and evidence. */
function baseSide(m: BaseModelRef, fields: readonly string[]): string {
  const all = fields.length === 0;
  const lines: string[] = [];
  if (all || fields.includes('name')) lines.push(code(m.name, 60));
  if ((all || fields.includes('uri')) && m.uri) lines.push(code(m.uri, 90));
  if (all || fields.includes('digest'))
    lines.push(m.sha256 ? digestCell({ sha256: m.sha256 }) : '⚠ no digest');
  if (fields.includes('kind')) lines.push(m.kind ? code(m.kind, 30) : DASH);
  if (fields.includes('license')) lines.push(m.license ? code(m.license, 40) : 'no licence');
  if (all || fields.includes('evidence'))
    lines.push(m.evidence.length ? plural(m.evidence.length, 'evidence file') : '⚠ no evidence');
  return lines.join('<br>');
}

/** A changed base model is other weights under the fine-tune: its own table, before datasets. */
function baseModelChanges(diff: ProvenanceChanges): string {
  const { added, removed, changed } = diff.baseModels;
  const words = (f: string): string =>
    f === 'digest' ? 'new digest' : f === 'license' ? 'licence' : f === 'uri' ? 'new URI' : f;
  const rows: string[][] = [
    ...changed.map((c) => [
      code(c.name, 60),
      c.fields.map(words).join(', '),
      baseSide(c.before, c.fields),
      baseSide(c.after, c.fields),
    ]),
    ...added.map((m) => [code(m.name, 60), 'added', DASH, baseSide(m, [])]),
    ...removed.map((m) => [code(m.name, 60), 'removed', baseSide(m, []), DASH]),
  ];
  if (rows.length === 0) return '';
  return `**Base models**\n\n${table(['Base model', 'Change', 'Before', 'After'], rows)}`;
}

const DATASET_FIELD_WORDS: Record<string, string> = {
  name: 'renamed',
  uri: 'new URI',
  digest: 'new digest',
  pinning: 'pinning',
  kind: 'kind',
  license: 'licence',
  size: 'size',
};

/** The parts of a dataset that changed, one per line of the cell. */
function datasetSide(ds: DatasetRef, fields: readonly string[]): string {
  const lines: string[] = [];
  if (fields.includes('name')) lines.push(code(ds.name, 60));
  if (fields.includes('uri') || fields.length === 0) lines.push(code(ds.uri, 90));
  if (fields.includes('digest') || fields.includes('pinning') || fields.length === 0) {
    lines.push(datasetDigestCell(ds));
  }
  if (fields.includes('kind')) lines.push(code(ds.kind));
  if (fields.includes('license')) lines.push(ds.license ? code(ds.license, 40) : 'no licence');
  if (fields.includes('size')) {
    const size = [
      ds.fileCount !== undefined ? plural(ds.fileCount, 'file') : '',
      ds.totalBytes !== undefined ? humanBytes(ds.totalBytes) : '',
    ].filter(Boolean);
    lines.push(size.join(', ') || DASH);
  }
  return lines.join('<br>');
}

function datasetChanges(diff: ProvenanceChanges): string {
  const { added, removed, changed } = diff.datasets;
  const changedRow = (c: DatasetChange): string[] => [
    code(c.name, 60),
    c.fields.map((f) => DATASET_FIELD_WORDS[f] ?? f).join(', '),
    datasetSide(c.before, c.fields),
    datasetSide(c.after, c.fields),
  ];
  const rows: string[][] = [
    ...changed.map(changedRow),
    ...added.map((d) => [code(d.name, 60), 'added', DASH, datasetSide(d, [])]),
    ...removed.map((d) => [code(d.name, 60), 'removed', datasetSide(d, []), DASH]),
  ];
  if (rows.length === 0) return '';
  return `**Datasets**\n\n${foldedTable(['Dataset', 'Change', 'Before', 'After'], rows, 'dataset change')}`;
}

function buildNote(c: PackageChange): string {
  const b = splitLocalVersion(c.before).local;
  const a = splitLocalVersion(c.after).local;
  return `${b ? code(b, 20) : 'no build label'} → ${a ? code(a, 20) : 'no build label'}`;
}

function frameworkChanges(diff: ProvenanceChanges): string {
  const f = diff.frameworks;
  const moved = (icon: string, word: string) => (c: PackageChange) => ({
    name: c.name,
    cells: [
      code(c.name, 60),
      code(c.before, 40),
      code(c.after, 40),
      word === 'rebuilt'
        ? `${icon} rebuilt (${buildNote(c)})`
        : `${icon} ${word}${c.buildChanged ? `, rebuilt (${buildNote(c)})` : ''}`,
    ],
  });
  const rows = [
    ...f.upgraded.map(moved('⬆', 'upgraded')),
    ...f.downgraded.map(moved('⬇', 'downgraded')),
    ...f.rebuilt.map(moved('🔁', 'rebuilt')),
    ...f.changed.map(moved('↔', 'changed')),
    ...f.added.map((p) => ({
      name: p.name,
      cells: [code(p.name, 60), DASH, code(p.version, 40), '➕ added'],
    })),
    ...f.removed.map((p) => ({
      name: p.name,
      cells: [code(p.name, 60), code(p.version, 40), DASH, '➖ removed'],
    })),
  ];
  return rows.length === 0 ? '' : frameworkTable(rows);
}

/** Few changes in one table; many (a lock file refresh): the ML frameworks open, the rest folded. */
function frameworkTable(rows: { name: string; cells: string[] }[]): string {
  const header = ['Package', 'Before', 'After', 'Change'];
  const notableNames = new Set(
    notablePackages(rows.map((r) => ({ name: r.name, version: '', purl: '' }))).map((p) =>
      normalizePackageName(p.name),
    ),
  );
  if (rows.length <= FOLD_ROWS) {
    return `**Frameworks**\n\n${table(
      header,
      rows.map((r) => r.cells),
    )}`;
  }
  // Many changes (a lock file refresh): the ML frameworks in the open, the rest folded.
  const open = rows.filter((r) => notableNames.has(normalizePackageName(r.name)));
  const rest = rows.filter((r) => !notableNames.has(normalizePackageName(r.name)));
  const parts = ['**Frameworks**'];
  if (open.length)
    parts.push(
      table(
        header,
        open.map((r) => r.cells),
      ),
    );
  if (rest.length) {
    parts.push(
      details(
        `${open.length ? `${plural(rest.length, 'other package')}` : plural(rest.length, 'package')} changed`,
        table(
          header,
          rest.map((r) => r.cells),
        ),
      ),
    );
  }
  return parts.join('\n\n');
}

function fieldChanges(title: string, changes: readonly FieldChange[]): string {
  if (changes.length === 0) return '';
  const rows = changes.map((c) => [
    escapeText(c.label, 40),
    c.before !== undefined ? code(c.before, 100) : DASH,
    c.after !== undefined ? code(c.after, 100) : DASH,
  ]);
  return `**${title}**\n\n${table(['', 'Before', 'After'], rows)}`;
}

function parameterChanges(diff: ProvenanceChanges): string {
  const p = diff.parameters;
  const value = (v: unknown): string => code(formatParameterValue(v), 100);
  const rows: string[][] = [
    ...p.changed.map((c) => [code(c.path, 80), value(c.before), value(c.after)]),
    ...p.added.map((a) => [code(a.path, 80), DASH, value(a.value)]),
    ...p.removed.map((r) => [code(r.path, 80), value(r.value), DASH]),
  ];
  if (rows.length === 0) return '';
  return `**Parameters**\n\n${foldedTable(['Parameter', 'Before', 'After'], rows, 'parameter change')}`;
}
