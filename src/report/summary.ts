// The attest step's job summary: what was attested (model, datasets, frameworks), by which
// workflow run, and where the signature went. Rendered from the statement through
// readProvenance, so the summary shows what was signed, not what was meant to be.
import { notablePackages } from '../collect/environment.js';
import { readProvenance } from '../statement/read.js';
import type { ProvenanceView } from '../statement/view.js';
import type { ResourceDescriptor } from '../types.js';
import { humanBytes } from '../present/bytes.js';
import { code, details, escapeText, link, shortDigest, table } from '../present/markdown.js';
import { recordedLineage } from '../lineage/record.js';
import { lineageMarkdown } from '../lineage/render.js';

/** Where the signature went; the attest step fills in what it has. */
export interface SigningSummary {
  /** The identity in the signing certificate, e.g. the workflow's SAN URI. */
  signer?: string;
  logIndex?: string;
  logUrl?: string;
  attestationUrl?: string;
  bundlePath?: string;
  /** Sigstore instance: public-good, github, custom. */
  instance?: string;
}

/**
 * What the summary is made from. The engine's AttestResult fits as it is: the signing
 * section is taken from `signing` when given, else from bundlePath, logIndex,
 * attestation and endpoints.
 */
export interface AttestSummaryInput {
  statement: unknown;
  statementPath?: string;
  bundlePath?: string;
  logIndex?: string;
  attestation?: { attestationId?: string; attestationUrl?: string };
  endpoints?: { instance?: string; rekorUrl?: string };
  signing?: SigningSummary;
  /** Sizes of model files by subject name, where the statement does not record them. */
  files?: ReadonlyArray<{ relPath: string; size: number }>;
}

/** Rows beyond this are summarised in one line: the statement file has them all. */
const MAX_ROWS = 50;
/** Longer cell values are shortened; the statement keeps the full text. */
const MAX_CELL = 90;
const PUBLIC_REKOR = 'https://rekor.sigstore.dev';

/** Rows past MAX_ROWS are counted in one line: the statement file has them all. */
function cappedTable(header: string[], rows: string[][]): string[] {
  const lines = [table(header, rows.slice(0, MAX_ROWS))];
  if (rows.length > MAX_ROWS)
    lines.push('', `… and ${rows.length - MAX_ROWS} more (see the statement).`);
  return lines;
}

/** A cell of untrusted text, or a code span of it, shortened to MAX_CELL characters. */
const cell = (text: string): string => escapeText(text, MAX_CELL);
const codeCell = (text: string): string => code(text, MAX_CELL);
const digest12 = (d: Record<string, string> | undefined): string | undefined =>
  d ? shortDigest(d, 12) : undefined;

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function subjectsSection(subjects: ResourceDescriptor[], sizes: Map<string, number>): string[] {
  const rows = subjects.map((s) => {
    const name = s.name ?? '';
    const a = s.annotations ?? {};
    const files = num(a.files);
    const bytes = num(a.bytes) ?? sizes.get(name);
    let size = bytes !== undefined ? humanBytes(bytes) : '';
    if (files !== undefined)
      size = `${size}${size ? ', ' : ''}${files} file${files === 1 ? '' : 's'}`;
    const kind = a.role === 'model-directory' ? 'directory (OMS root)' : 'file';
    const digest = digest12(s.digest);
    return [codeCell(name), kind, digest ? codeCell(digest) : '', cell(size)];
  });
  return ['### Model', '', ...cappedTable(['Subject', 'Kind', 'Digest', 'Size'], rows)];
}

function datasetsSection(view: ProvenanceView): string[] {
  if (view.datasets.length === 0) return ['### Datasets', '', 'No dataset was recorded.'];
  const rows = view.datasets.map((d) => {
    const digest = digest12(d.digest);
    return [
      cell(d.name),
      cell(d.kind),
      codeCell(d.uri),
      d.unpinned || !digest ? '⚠ unpinned' : codeCell(digest),
      d.fileCount !== undefined ? String(d.fileCount) : '',
      d.totalBytes !== undefined ? humanBytes(d.totalBytes) : '',
      cell(d.license ?? ''),
    ];
  });
  return [
    '### Datasets',
    '',
    ...cappedTable(['Name', 'Kind', 'URI', 'Digest', 'Files', 'Bytes', 'Licence'], rows),
  ];
}

function environmentSection(view: ProvenanceView): string[] {
  const lines = ['### Frameworks and environment', ''];
  const python =
    view.pythonPresent === false
      ? `Python: not recorded${view.pythonReason ? ` (${escapeText(whyNotRecorded(view.pythonReason))})` : ''}.`
      : `Python ${escapeText(view.pythonVersion ?? '(version unknown)')}, ${view.packages.length} installed distribution${view.packages.length === 1 ? '' : 's'} recorded.`;
  lines.push(python);
  const notable = notablePackages(view.packages);
  if (notable.length > 0) {
    const rows = notable.map((p) => [cell(p.name), codeCell(p.version)]);
    lines.push('', ...cappedTable(['Framework', 'Version'], rows));
  }
  const acc = view.accelerator;
  const facts: string[] = [];
  if (acc.cuda)
    facts.push(`CUDA build ${acc.cuda}${acc.cudaSource ? ` (from ${acc.cudaSource})` : ''}`);
  if (acc.rocm) facts.push(`ROCm build ${acc.rocm}`);
  if (acc.cudnn) facts.push(`cuDNN ${acc.cudnn}`);
  if (acc.driverVersion) facts.push(`NVIDIA driver ${acc.driverVersion}`);
  for (const gpu of acc.gpus ?? []) facts.push(`GPU: ${gpu}`);
  for (const note of acc.notes ?? []) facts.push(`Note: ${note}`);
  lines.push('');
  if (facts.length === 0) lines.push('Accelerator: no CUDA or ROCm build recorded.');
  else lines.push('Accelerator:', '', ...facts.map((f) => `- ${escapeText(f)}`));
  return lines;
}

function runnerText(view: ProvenanceView): string {
  const r = view.runner ?? {};
  const parts = [
    view.github?.runner_environment ?? r.environment,
    [r.os, r.arch].filter(Boolean).join(' '),
    [r.imageOs, r.imageVersion].filter(Boolean).join(' '),
    r.name,
  ].filter((p): p is string => Boolean(p));
  return parts.join(' · ');
}

function identitySection(view: ProvenanceView): string[] {
  const id = view.identity;
  const repoUrl = view.workflow?.repository;
  const rows: string[][] = [];
  if (id.repository) rows.push(['Repository', link(cell(id.repository), repoUrl)]);
  if (view.workflow?.path) rows.push(['Workflow', codeCell(view.workflow.path)]);
  if (id.jobWorkflowRef && id.jobWorkflowRef !== id.workflowRef) {
    rows.push(['Job workflow', codeCell(id.jobWorkflowRef)]);
  }
  if (id.ref) rows.push(['Ref', codeCell(id.ref)]);
  if (id.sha) {
    const commitUrl = repoUrl ? `${repoUrl}/commit/${id.sha}` : undefined;
    rows.push(['Commit', link(cell(id.sha.slice(0, 12)), commitUrl)]);
  }
  if (id.eventName) rows.push(['Event', cell(id.eventName)]);
  const runner = runnerText(view);
  if (runner) rows.push(['Runner', cell(runner)]);
  if (view.invocationId) {
    const label = id.runId ? `run ${id.runId}, attempt ${id.runAttempt ?? '?'}` : view.invocationId;
    rows.push(['Run', link(cell(label), view.invocationId)]);
  }
  const source =
    view.identitySource === 'oidc-token'
      ? 'OIDC token claims (the same claims the signing certificate carries)'
      : view.identitySource === 'environment'
        ? 'runner variables (GITHUB_*); only a signature binds them to a certificate'
        : 'not recorded';
  rows.push(['Identity source', cell(source)]);
  return ['### Identity', '', ...cappedTable(['Item', 'Value'], rows)];
}

function rekorLink(
  endpoints: AttestSummaryInput['endpoints'],
  logIndex: string | undefined,
): string | undefined {
  if (!logIndex || !endpoints?.rekorUrl) return undefined;
  const rekor = endpoints.rekorUrl.replace(/\/+$/, '');
  if (rekor === PUBLIC_REKOR)
    return `https://search.sigstore.dev/?logIndex=${encodeURIComponent(logIndex)}`;
  return `${rekor}/api/v1/log/entries?logIndex=${encodeURIComponent(logIndex)}`;
}

function signingFrom(input: AttestSummaryInput, view: ProvenanceView): SigningSummary | undefined {
  if (input.signing) return input.signing;
  if (!input.bundlePath) return undefined;
  const signing: SigningSummary = { bundlePath: input.bundlePath };
  // A token-signed certificate names the job's workflow, which is what builder.id says.
  if (view.builderId) signing.signer = view.builderId;
  if (input.endpoints?.instance) signing.instance = input.endpoints.instance;
  if (input.logIndex) signing.logIndex = input.logIndex;
  const logUrl = rekorLink(input.endpoints, input.logIndex);
  if (logUrl) signing.logUrl = logUrl;
  if (input.attestation?.attestationUrl) signing.attestationUrl = input.attestation.attestationUrl;
  return signing;
}

function signingSection(signing: SigningSummary | undefined, statementPath?: string): string[] {
  const lines = ['### Signature', ''];
  if (!signing) return statementPath ? [`Statement: ${codeCell(statementPath)}`] : [];
  const rows: string[][] = [];
  if (signing.instance) rows.push(['Sigstore instance', cell(signing.instance)]);
  if (signing.signer) rows.push(['Signer', codeCell(signing.signer)]);
  if (signing.logIndex)
    rows.push(['Transparency log', link(cell(`entry ${signing.logIndex}`), signing.logUrl)]);
  else if (signing.instance === 'github')
    rows.push(['Transparency log', 'none (GitHub’s instance timestamps instead)']);
  if (signing.attestationUrl)
    rows.push(['Attestation', link(cell(signing.attestationUrl), signing.attestationUrl)]);
  if (signing.bundlePath) rows.push(['Bundle', codeCell(signing.bundlePath)]);
  if (statementPath) rows.push(['Statement', codeCell(statementPath)]);
  return [...lines, ...cappedTable(['Item', 'Value'], rows)];
}

/**
 * Markdown for the job summary of an attest step: the outcome first (signed, or why it is not
 * trustworthy yet), then the warnings, the signature, and the full record folded.
 */
export function renderAttestSummary(input: AttestSummaryInput): string {
  const view = readProvenance(input.statement);
  const sizes = new Map((input.files ?? []).map((f) => [f.relPath, f.size]));
  const subjects = view.subjects as ResourceDescriptor[];
  const signing = signingFrom(input, view);
  const record = [
    subjectsSection(subjects, sizes),
    datasetsSection(view),
    environmentSection(view),
    identitySection(view),
  ];
  const sections = [
    [signing ? '## ✅ Training provenance signed' : '## ⚠ Training provenance not signed'],
    warningsSection(view, signing),
    signingSection(signing, input.statementPath),
    lineageSection(view, signing),
    [
      details(
        'Full record: model, datasets, frameworks, identity',
        record.map((r) => r.join('\n')).join('\n\n'),
      ),
    ],
  ].filter((lines) => lines.length > 0);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

/** Datasets → training run → model, and each base model → the run, as the record states. */
function lineageSection(view: ProvenanceView, signing: SigningSummary | undefined): string[] {
  const bases = view.baseModels.length;
  return [
    '### Lineage',
    '',
    bases === 0
      ? 'Datasets → training run → model, as recorded.'
      : `Datasets and ${bases === 1 ? 'the base model' : `${bases} base models`} → training run → model, as recorded: \`training-provenance lineage\` verifies the bases' evidence.`,
    '',
    lineageMarkdown(recordedLineage(view, signing?.signer), 'recorded'),
  ];
}

/** What a reader must know before trusting the record: no signature, unpinned datasets. */
function warningsSection(view: ProvenanceView, signing: SigningSummary | undefined): string[] {
  const warnings: string[] = [];
  if (!signing)
    warnings.push(
      'Not signed (`sign: false` or no OIDC token): verify cannot trust this statement.',
    );
  const unpinned = view.datasets.filter((d) => d.unpinned).length;
  if (unpinned > 0)
    warnings.push(
      `${unpinned} dataset${unpinned === 1 ? ' is' : 's are'} unpinned: recorded by reference without a content digest, so a later change to ${unpinned === 1 ? 'it' : 'them'} cannot be detected.`,
    );
  if (warnings.length === 0) return [];
  return ['### ⚠ Warnings', '', ...warnings.map((w) => `- ⚠ ${w}`)];
}

/** 0.1 wrote the reason as "not recorded (python: none)": shown once, not twice. */
function whyNotRecorded(reason: string): string {
  return reason.replace(/^not recorded \((.*)\)$/, '$1');
}
