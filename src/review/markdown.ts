// The pull-request comment (and job summary): the verdict first, then what changed since the
// base branch, then the violations; the full record (identity, model, datasets, frameworks,
// parameters) folds under <details>. Pure. Everything taken from a statement is untrusted
// and goes through present/markdown.ts.
import { notablePackages } from '../collect/environment.js';
import { normalizePackageName } from '../statement/layout.js';
import type { ProvenanceView } from '../statement/view.js';
import type { DatasetRef, PythonPackage } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import { subjectKind, type ProvenanceDiff } from './diff.js';
import { flattenParameters, formatParameterValue } from './flatten.js';
import {
  code,
  details,
  escapeText,
  foldedTable,
  link,
  plural,
  ruleMark,
  shortDigest,
  digestCell,
  datasetDigestCell,
  table,
} from '../present/markdown.js';
import { humanBytes } from '../present/bytes.js';
import { changesBlock, type BaseDescription } from './markdown-changes.js';
import { recordedLineage } from '../lineage/record.js';
import { lineageMarkdown } from '../lineage/render.js';
import type { ReviewVerdict, RuleResult } from './verdict.js';

export type { BaseDescription } from './markdown-changes.js';

/** Violations listed in the open before the rest fold away. */
const OPEN_VIOLATIONS = 10;

export interface RenderReviewInput {
  head: ProvenanceView;
  diff: ProvenanceDiff;
  verdict?: ReviewVerdict;
  /** false when the head is a bare statement, not a signed bundle. Default true. */
  signed?: boolean;
  /** The run that produced this review (the PR's workflow run). */
  runUrl?: string;
  marker: string;
  base?: BaseDescription;
}

const MARKER_PREFIX = 'training-provenance:review';

/**
 * The hidden first line that finds our comment again. A key (the workflow and job) keeps
 * two workflows that review the same PR from overwriting each other's comment.
 */
export function reviewMarker(key?: string): string {
  const clean = key
    ?.replace(/-->|--|[<>\r\n]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return clean ? `<!-- ${MARKER_PREFIX}:${clean} -->` : `<!-- ${MARKER_PREFIX} -->`;
}

/**
 * A reviewer reads the verdict, then what this PR changed, then why it failed; the full
 * record (identity, model, datasets, frameworks, parameters) is there when wanted, folded.
 */
export function renderReview(input: RenderReviewInput): string {
  const { head, diff, verdict } = input;
  const blocks: string[] = [
    input.marker,
    verdictBlock(verdict, input.signed ?? true),
    changesBlock(diff, input.base),
    violationsBlock(verdict?.violations ?? []),
    rulesDetails(verdict?.rules ?? []),
    lineageBlock(head),
    details(
      'Full record: identity, model, datasets, frameworks, parameters',
      [
        identityBlock(head, input.runUrl),
        modelBlock(head),
        datasetsBlock(head.datasets),
        frameworksBlock(head),
        parametersBlock(head),
      ].join('\n\n'),
    ),
    footer(input.runUrl),
  ];
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}

// --- verdict -------------------------------------------------------------------------

function verdictBlock(verdict: ReviewVerdict | undefined, signed: boolean): string {
  const title = '### Training provenance';
  const status = verdict?.status ?? (signed ? 'unverified' : 'unsigned');
  const rules = verdict?.rules ?? [];
  const violations = verdict?.violations ?? [];
  const notes = verdict?.notes ?? [];
  let line: string;
  switch (status) {
    case 'verified':
      line = `${title}: ✅ verified\n\nSignature, signer, model${rules.some(isPolicyRule) ? ' and policy' : ''} checked: all passed${notEvaluatedNote(rules)}.`;
      break;
    case 'failed':
      line = `${title}: ❌ verification failed\n\n${plural(violations.length, 'violation')}, listed below the changes.`;
      break;
    case 'unverified':
      line = `${title}: ⚠ unverified\n\nThe bundle’s signature was not checked${
        notes.length ? ` (${notes.map((n) => escapeText(n, 160)).join('; ')})` : ''
      }: what follows is what it claims.`;
      break;
    case 'unsigned':
      line = `${title}: ⚠ unsigned\n\nThis statement carries no signature: what follows is what it claims, unproven.`;
      break;
  }
  if (!verdict?.signatureChecked && rules.length > 0) {
    line += violations.length
      ? `\n\nPolicy on these claims: ❌ ${plural(violations.length, 'violation')}, listed below the changes.`
      : `\n\nPolicy on these claims: ✅ ${plural(rules.filter((r) => r.status === 'passed').length, 'rule')} passed${notEvaluatedNote(rules)}.`;
  }
  return line;
}

/** `; 2 rules not evaluated` (allow-unrecorded let them stand), or nothing. */
function notEvaluatedNote(rules: readonly RuleResult[]): string {
  const n = rules.filter((r) => r.status === 'not-evaluated').length;
  return n > 0 ? `; ${plural(n, 'rule')} not evaluated` : '';
}

/** Checks the verify engine adds beside the policy's own rules. */
function isPolicyRule(r: RuleResult): boolean {
  return !r.rule.startsWith('identity.') && !r.rule.startsWith('model ');
}

function violationsBlock(violations: readonly string[]): string {
  if (violations.length === 0) return '';
  const item = (v: string): string => `- ${escapeText(v, 280)}`;
  const open = violations.slice(0, OPEN_VIOLATIONS).map(item).join('\n');
  const rest = violations.slice(OPEN_VIOLATIONS);
  const title = `#### ${plural(violations.length, 'violation')}`;
  if (rest.length === 0) return `${title}\n\n${open}`;
  return `${title}\n\n${open}\n\n${details(`${rest.length} more`, rest.map(item).join('\n'))}`;
}

function rulesDetails(rules: readonly RuleResult[]): string {
  if (rules.length === 0) return '';
  const failed = rules.filter((r) => r.status === 'failed').length;
  const skipped = rules.filter((r) => r.status === 'not-evaluated').length;
  const rows = rules.map((r) => [
    code(r.rule, 60),
    ruleMark(r.status),
    r.reason ? escapeText(r.reason, 200) : '',
  ]);
  const summary = `${plural(rules.length, 'check')}, ${failed} failed${skipped ? `, ${skipped} not evaluated` : ''}`;
  return details(summary, table(['Rule', 'Result', 'Detail'], rows));
}

// --- what this run recorded -------------------------------------------------------------

/**
 * The bases it was fine-tuned from → training run → model, as the record says. Without bases
 * the diagram would only redraw the datasets table above it: nothing is drawn.
 */
function lineageBlock(head: ProvenanceView): string {
  if (head.baseModels.length === 0) return '';
  return `#### Lineage\n\nAs the record states it: the review does not verify the bases' evidence (\`training-provenance lineage\` does).\n\n${lineageMarkdown(recordedLineage(head), 'recorded')}`;
}

function identityBlock(head: ProvenanceView, runUrl: string | undefined): string {
  const id = head.identity;
  const lines: string[] = [];
  if (id.repository) lines.push(`- **Repository**: ${code(id.repository)}`);
  if (id.workflowPath) {
    const ref = id.ref ? ` at ${code(id.ref)}` : '';
    lines.push(`- **Workflow**: ${code(id.workflowPath)}${ref}`);
  } else if (id.ref) lines.push(`- **Ref**: ${code(id.ref)}`);
  if (id.jobWorkflowRef && id.repository && !id.jobWorkflowRef.startsWith(`${id.repository}/`)) {
    lines.push(`- **Reusable workflow**: ${code(id.jobWorkflowRef)}`);
  }
  if (id.sha) {
    const commitUrl =
      id.serverUrl && id.repository
        ? `${id.serverUrl}/${id.repository}/commit/${id.sha}`
        : undefined;
    lines.push(`- **Commit**: ${link(code(id.sha.slice(0, 7)), commitUrl)}`);
  }
  const runner = runnerText(head);
  if (runner) lines.push(`- **Runner**: ${runner}`);
  const runLabel = id.runId
    ? `run ${escapeText(id.runId, 20)}${id.runAttempt ? `, attempt ${escapeText(id.runAttempt, 10)}` : ''}`
    : undefined;
  const trainingRun = head.invocationId;
  if (runLabel || trainingRun) {
    lines.push(`- **Training run**: ${link(runLabel ?? 'workflow run', trainingRun)}`);
  }
  if (head.finishedOn) lines.push(`- **Finished**: ${code(head.finishedOn)}`);
  if (runUrl && runUrl !== trainingRun)
    lines.push(`- **This review**: ${link('workflow run', runUrl)}`);
  return lines.length ? lines.join('\n') : '_No workflow identity recorded._';
}

function runnerText(head: ProvenanceView): string {
  const r = head.runner ?? {};
  const parts: string[] = [];
  const env = r.environment ?? head.identity.runnerEnvironment;
  if (env) parts.push(code(env));
  const platform = [r.os, r.arch].filter(Boolean).join(' ');
  if (platform) parts.push(code(platform));
  const image = [r.imageOs, r.imageVersion].filter(Boolean).join(' ');
  if (image) parts.push(`image ${code(image)}`);
  if (r.name) parts.push(code(r.name, 60));
  return parts.join(' · ');
}

function modelBlock(head: ProvenanceView): string {
  const subjects = head.subjects;
  if (subjects.length === 0) return '#### Model\n\n_No subjects._';
  const rows = subjects.map((s) => {
    const kind = subjectKind(s);
    const files = s.annotations?.files;
    const bytes = s.annotations?.bytes;
    return [
      code(s.name ?? '', 80),
      kind === 'directory' && typeof files === 'number'
        ? `directory, ${plural(files, 'file')}`
        : kind,
      digestCell(s.digest ?? {}),
      typeof bytes === 'number' ? humanBytes(bytes) : '',
    ];
  });
  const header = ['Subject', 'Kind', 'Digest', 'Size'];
  return `#### Model\n\n${foldedTable(header, rows, 'subject', ['l', 'l', 'l', 'r'])}`;
}

function datasetsBlock(datasets: readonly DatasetRef[]): string {
  if (datasets.length === 0) return '#### Datasets\n\n_No datasets recorded._';
  const rows = datasets.map((ds) => [
    code(ds.name, 60),
    ds.uri ? code(ds.uri, 90) : '',
    datasetDigestCell(ds),
    ds.fileCount !== undefined ? String(ds.fileCount) : '',
    ds.totalBytes !== undefined ? humanBytes(ds.totalBytes) : '',
    ds.license ? code(ds.license, 40) : '',
  ]);
  const header = ['Name', 'URI', 'Digest', 'Files', 'Size', 'Licence'];
  const align: ('l' | 'r')[] = ['l', 'l', 'l', 'r', 'r', 'l'];
  return `#### Datasets\n\n${foldedTable(header, rows, 'dataset', align)}`;
}

function frameworksBlock(head: ProvenanceView): string {
  const out = ['#### Frameworks'];
  const env: string[] = [];
  const acc = head.accelerator;
  if (acc.cuda) {
    env.push(
      `CUDA build ${code(acc.cuda, 20)}${acc.cudaSource ? ` (${code(acc.cudaSource, 60)})` : ''}`,
    );
  } else if (acc.cudaSource) env.push(code(acc.cudaSource, 60));
  if (acc.cudnn) env.push(`cuDNN ${code(acc.cudnn, 30)}`);
  if (acc.driverVersion) env.push(`driver ${code(acc.driverVersion, 30)}`);
  if (acc.gpus?.length) env.push(`GPU ${code(gpuSummary(acc.gpus), 80)}`);
  if (head.pythonVersion) env.push(`Python ${code(head.pythonVersion, 30)}`);
  if (env.length) out.push(env.join(' · '));
  if (head.pythonPresent === false) {
    out.push(
      `_No Python environment recorded${head.pythonReason ? `: ${escapeText(head.pythonReason, 200)}` : ''}._`,
    );
  }
  const packages = head.packages;
  if (packages.length > 0) {
    const notable = notablePackages(packages);
    if (notable.length > 0) out.push(table(['Package', 'Version'], notable.map(packageRow)));
    const all = [...packages].sort((a, b) =>
      normalizePackageName(a.name).localeCompare(normalizePackageName(b.name)),
    );
    out.push(
      details(
        `All ${plural(all.length, 'Python package')}`,
        table(['Package', 'Version'], all.map(packageRow)),
      ),
    );
  } else if (head.pythonPresent !== false) {
    out.push('_No Python packages recorded._');
  }
  return out.join('\n\n');
}

function gpuSummary(gpus: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const g of gpus) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n > 1 ? `${n} × ${name}` : name)).join(', ');
}

function packageRow(p: PythonPackage): string[] {
  return [code(p.name, 60), code(p.version, 40)];
}

function parametersBlock(head: ProvenanceView): string {
  const params = head.parameters;
  const source = head.parametersSource;
  const from = source?.name
    ? ` from ${code(source.name, 80)}${source.digest && shortDigest(source.digest) ? ` (${code(shortDigest(source.digest)!)})` : ''}`
    : '';
  if (!params || Object.keys(params).length === 0) {
    return `#### Parameters\n\n_No parameters recorded${from}._`;
  }
  const rows = flattenParameters(params).map(([path, value]) => [
    code(path, 80),
    code(formatParameterValue(value), 120),
  ]);
  const intro = from ? `Recorded${from}.\n\n` : '';
  return `#### Parameters\n\n${intro}${foldedTable(['Parameter', 'Value'], rows, 'parameter')}`;
}

// --- helpers ----------------------------------------------------------------------------

function footer(runUrl: string | undefined): string {
  const by = `training-provenance ${TOOL_VERSION}`;
  return `<sub>${runUrl ? link(by, runUrl) : by}</sub>`;
}
