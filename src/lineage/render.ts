// Draws a lineage (a model, the run that trained it, its datasets, the bases it was fine-tuned
// from) as text for a terminal, JSON for scripts and a Mermaid flowchart for GitHub. A node is
// drawn as verified only when the walker verified it: no problem, and evidence that all
// verified. Anything else is drawn dashed and labelled with what is missing, never as verified.
import { mermaidBlock, mermaidText, oneLine, shortDigest } from '../present/markdown.js';
import type { LineageNode } from './types.js';

/**
 * `verified`: the tree came from the chain walker, and each node says what it proved.
 * `recorded`: the tree is what a record claims (the attest summary, the PR comment): nothing
 * in it was verified here, so no node is drawn as verified; problems still show.
 */
export type LineageMode = 'verified' | 'recorded';

type NodeState = 'verified' | 'unverified' | 'recorded';

function nodeState(node: LineageNode, mode: LineageMode = 'verified'): NodeState {
  if (node.problems.length > 0) return 'unverified';
  if (mode === 'recorded') return node.evidence.some((e) => e.problem) ? 'unverified' : 'recorded';
  return node.evidence.length > 0 && node.evidence.every((e) => e.verified)
    ? 'verified'
    : 'unverified';
}

/**
 * Why a node is not verified, in words: its problems, its failed evidence, or no evidence. A
 * record's evidence (`recorded`) counts only when it names a problem: it was not checked here.
 */
function nodeProblems(node: LineageNode, mode: LineageMode = 'verified'): string[] {
  const out = [...node.problems];
  for (const e of node.evidence)
    if (mode === 'verified' ? !e.verified : e.problem)
      // The walk names a failed evidence among the node's problems too: said once.
      if (!e.problem || !node.problems.some((p) => p.includes(e.problem!)))
        out.push(`${e.kind} ${e.path}: ${e.problem ?? 'not verified'}`);
  if (mode === 'verified' && node.evidence.length === 0 && out.length === 0)
    out.push('no evidence verified');
  return out;
}

/** Every node of the tree that is not verified, with where it sits and why. */
export function unverifiedNodes(root: LineageNode): { path: string[]; problems: string[] }[] {
  const out: { path: string[]; problems: string[] }[] = [];
  const visit = (n: LineageNode): void => {
    if (nodeState(n) !== 'verified') out.push({ path: n.path, problems: nodeProblems(n) });
    n.bases.forEach(visit);
  };
  visit(root);
  return out;
}

/** `sha256:0123456789ab…` from `sha256:HEX`. */
function shortLineageDigest(digest: string | undefined): string | undefined {
  if (!digest) return undefined;
  const at = digest.indexOf(':');
  if (at < 0) return shortDigest({ sha256: digest }, 12);
  return shortDigest({ [digest.slice(0, at)]: digest.slice(at + 1) }, 12);
}

// --- text --------------------------------------------------------------------------------

const INDENT = '  ';

/** The chain for a terminal: each model, its digest, its signer, its datasets, what failed. */
export function renderLineageText(root: LineageNode): string {
  const bad = unverifiedNodes(root);
  const head =
    bad.length === 0
      ? 'Lineage verified: every model in the chain has verified evidence.'
      : `Lineage NOT verified: ${bad.length} model${bad.length === 1 ? '' : 's'} in the chain could not be verified.`;
  return `${[head, '', ...nodeText(root, 0)].join('\n')}\n`;
}

function nodeText(node: LineageNode, depth: number): string[] {
  const pad = INDENT.repeat(depth * 2);
  const state = nodeState(node);
  const lines = [
    `${pad}${depth === 0 ? '' : 'base '}${oneLine(node.name)}  ${state === 'verified' ? '✓ verified' : '✗ NOT verified'}`,
  ];
  const item = (label: string, value: string): void => {
    lines.push(`${pad}${INDENT}${label}: ${oneLine(value)}`);
  };
  if (node.uri) item('uri', node.uri);
  item('digest', node.digest ?? 'none recorded');
  item('signer', node.signer ?? 'unknown');
  if (node.datasets.length === 0) item('datasets', 'none recorded');
  for (const d of node.datasets)
    item('dataset', [d.name, d.uri, d.digest ?? 'unpinned'].filter(Boolean).join('  '));
  for (const e of node.evidence)
    item(
      'evidence',
      `${e.verified ? '✓' : '✗'} ${e.kind} ${e.path}${e.verified ? '' : `: ${e.problem ?? 'not verified'}`}`,
    );
  if (state !== 'verified') for (const p of nodeProblems(node)) item('not verified', p);
  for (const b of node.bases) lines.push(...nodeText(b, depth + 1));
  return lines;
}

// --- JSON --------------------------------------------------------------------------------

/** The tree as it is, with the verdict and every unverified node up front for scripts. */
export function renderLineageJson(root: LineageNode): string {
  const unverified = unverifiedNodes(root);
  return `${JSON.stringify({ verified: unverified.length === 0, unverified, lineage: root }, null, 2)}\n`;
}

// --- Mermaid -----------------------------------------------------------------------------

/** Datasets drawn per model; more are counted in one node, so a big run stays readable. */
const MAX_DATASETS = 8;

const CLASS_DEFS = [
  'classDef verified fill:#e6f4ea,stroke:#1a7f37,stroke-width:2px',
  'classDef unverified fill:#fff1e5,stroke:#bc4c00,stroke-width:2px,stroke-dasharray:6 4',
  'classDef recorded fill:#f6f8fa,stroke:#57606a,stroke-dasharray:3 3',
  'classDef run fill:#ddf4ff,stroke:#0969da',
  'classDef data fill:#fbefff,stroke:#8250df',
];

interface Drawing {
  lines: string[];
  classes: Map<string, string[]>;
  count: number;
  mode: LineageMode;
}

function newId(d: Drawing, cls: string): string {
  const id = `n${d.count++}`;
  const list = d.classes.get(cls) ?? [];
  list.push(id);
  d.classes.set(cls, list);
  return id;
}

/** Label lines joined by Mermaid's line break; each line is escaped or our own fixed words. */
const label = (...lines: (string | undefined)[]): string =>
  lines.filter((l): l is string => Boolean(l)).join('<br/>');

/**
 * The flowchart: datasets → training run → model, and each base → the run that fine-tuned it.
 * Node ids are ours (n0, n1, …); every name is escaped by mermaidText.
 */
export function renderLineageMermaid(root: LineageNode, mode: LineageMode = 'verified'): string {
  const d: Drawing = { lines: [], classes: new Map(), count: 0, mode };
  drawModel(root, d, true);
  const classLines = [...d.classes].map(([cls, ids]) => `  class ${ids.join(',')} ${cls}`);
  return ['flowchart LR', ...d.lines, ...CLASS_DEFS.map((c) => `  ${c}`), ...classLines].join('\n');
}

/** The diagram in a ```mermaid block, for a job summary or a PR comment. */
export function lineageMarkdown(root: LineageNode, mode: LineageMode = 'verified'): string {
  return mermaidBlock(renderLineageMermaid(root, mode));
}

function stateWords(
  node: LineageNode,
  state: NodeState,
  d: Drawing,
  isRoot: boolean,
): string | undefined {
  if (state === 'verified') return '✅ verified';
  // The record's own model is what the record is about; its bases are claims in it.
  if (state === 'recorded') return isRoot ? undefined : 'recorded, not verified here';
  const problems = nodeProblems(node, d.mode);
  const more = problems.length > 1 ? `, and ${problems.length - 1} more` : '';
  return `⚠ NOT verified: ${mermaidText(problems[0] ?? '', 70)}${more}`;
}

/**
 * A model, and the run that trained it when anything is known of that run (the root's record,
 * a base's training record, its datasets or bases). A base known only by its model.sig has no
 * run to draw: its signer goes on the model itself.
 */
function drawModel(node: LineageNode, d: Drawing, isRoot: boolean): string {
  const state = nodeState(node, d.mode);
  const model = newId(d, state);
  const digest = shortLineageDigest(node.digest);
  // A record's own signer is not in the record: the summaries pass it when they know it.
  const signer = node.signer
    ? `signed by ${mermaidText(node.signer, 120)}`
    : d.mode === 'verified'
      ? 'signer unknown'
      : undefined;
  const hasRun =
    isRoot ||
    node.datasets.length > 0 ||
    node.bases.length > 0 ||
    node.evidence.some((e) => e.kind === 'training-record');
  d.lines.push(
    `  ${model}["${label(
      `${isRoot ? '' : 'base: '}${mermaidText(node.name)}`,
      node.uri ? mermaidText(node.uri, 100) : undefined,
      digest ? mermaidText(digest) : isRoot && d.mode === 'recorded' ? undefined : '⚠ no digest',
      hasRun ? undefined : signer,
      stateWords(node, state, d, isRoot),
    )}"]`,
  );
  drawEvidence(node, model, d);
  if (!hasRun) return model;
  const run = newId(d, 'run');
  d.lines.push(`  ${run}(["${label('training run', signer)}"])`, `  ${run} --> ${model}`);
  drawDatasets(node, run, d);
  for (const base of node.bases) {
    const b = drawModel(base, d, false);
    d.lines.push(`  ${b} -->|base model| ${run}`);
  }
  return model;
}

function drawDatasets(node: LineageNode, run: string, d: Drawing): void {
  for (const ds of node.datasets.slice(0, MAX_DATASETS)) {
    const short = shortLineageDigest(ds.digest);
    const id = newId(d, short ? 'data' : 'unverified');
    d.lines.push(
      `  ${id}[("${label(`dataset: ${mermaidText(ds.name)}`, short ? mermaidText(short) : '⚠ unpinned: no digest')}")]`,
      `  ${id} --> ${run}`,
    );
  }
  const more = node.datasets.length - MAX_DATASETS;
  if (more > 0) {
    const id = newId(d, 'data');
    d.lines.push(`  ${id}[("${more} more datasets")]`, `  ${id} --> ${run}`);
  }
}

function drawEvidence(node: LineageNode, model: string, d: Drawing): void {
  for (const e of node.evidence) {
    // A record's evidence was not checked here: shown as recorded unless it names a problem.
    const state: NodeState =
      d.mode === 'recorded' && !e.problem ? 'recorded' : e.verified ? 'verified' : 'unverified';
    const words =
      state === 'verified'
        ? '✅ verified'
        : state === 'recorded'
          ? 'recorded, not verified here'
          : `⚠ NOT verified: ${mermaidText(e.problem ?? 'not checked', 70)}`;
    const id = newId(d, state);
    d.lines.push(
      `  ${id}>"${label(`evidence: ${mermaidText(e.kind, 30)}`, mermaidText(e.path), words)}"]`,
      `  ${id} -.-> ${model}`,
    );
  }
}
