import { readFile, stat } from 'node:fs/promises';
import { OMS_PREDICATE_TYPE, OMS_PREDICATE_TYPE_V02 } from '../oms/layout.js';
import { parseOmsStatement, type ParsedOmsStatement } from '../oms/parse.js';
import { readsAsProvenance } from '../statement/layout.js';
import { readProvenance, readSubjects } from '../statement/read.js';
import { readBundleFile, isRejected, isStatement, type LoadedBundle } from '../verify/bundles.js';
import { inspectBundle, type BundleInspection } from '../verify/inspect.js';
import { ProvenanceError } from '../errors.js';
import { preview } from '../json.js';
import type { BaseModelRef, LocalRun } from '../types.js';
import type { CommandRun } from './command.js';

/** `training-provenance inspect FILE`: decodes, never verifies. */
export const inspectCommand: CommandRun = async ({ positionals, format, emit }) => {
  if (positionals.length !== 1) {
    throw new ProvenanceError('INPUT_MISSING', 'inspect takes exactly one bundle file', {
      input: 'inspect',
      fix: 'run: training-provenance inspect provenance.sigstore.json',
    });
  }
  const path = positionals[0]!;
  const statement = await unsignedStatement(path);
  const inspections: Inspection[] = [];
  if (statement !== undefined) inspections.push(inspectStatement(statement, path));
  else {
    for (const c of await readBundleFile(path)) {
      if (isRejected(c)) throw c.error;
      inspections.push(withModelSignature(inspectBundle(c), c));
    }
  }
  await emit(
    format === 'json'
      ? `${JSON.stringify(inspections.length === 1 ? inspections[0] : inspections, null, 2)}\n`
      : inspections.map(renderInspection).join('\n'),
  );
  return 0;
};

/** A bundle's inspection, or an unsigned statement's (no signer), plus a model.sig's files. */
type Inspection = (BundleInspection | StatementInspection) & {
  modelSignature?: ModelSignatureView;
};

interface StatementInspection extends Omit<
  BundleInspection,
  'signer' | 'instance' | 'mediaType' | 'payloadType'
> {
  signed: false;
}

type ModelSignatureView = Pick<ParsedOmsStatement, 'root' | 'method' | 'ignorePaths' | 'resources'>;

/** The JSON document at `path` when it is an in-toto statement (what sign: false writes). */
async function unsignedStatement(path: string): Promise<unknown> {
  // Not a regular file (a FIFO would be read forever): the bundle reader refuses it.
  if (!(await stat(path).catch(() => undefined))?.isFile()) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch {
    return undefined; // not one JSON document: the bundle reader says what it is
  }
  return isStatement(doc) ? doc : undefined;
}

function inspectStatement(doc: unknown, source: string): StatementInspection {
  const subjects = readSubjects(doc);
  // Shown as written, whatever it is: String() of {"toString": 1} throws.
  const predicateType = preview((doc as { predicateType?: unknown }).predicateType ?? '', Infinity);
  const out: StatementInspection = {
    verified: false,
    signed: false,
    source,
    predicateType,
    subjects,
    datasets: [],
    baseModels: [],
    frameworks: [],
    timestamps: [],
  };
  if (!readsAsProvenance(predicateType)) return out;
  const view = readProvenance(doc);
  return {
    ...out,
    buildType: view.buildType,
    datasets: view.datasets,
    baseModels: view.baseModels,
    frameworks: view.packages,
    parameters: view.parameters,
    builderId: view.builderId,
    ...(view.local ? { local: view.local } : {}),
    invocationId: view.invocationId,
    startedOn: view.startedOn,
    finishedOn: view.finishedOn,
  };
}

/** A model.sig's signed files and ignored paths, beside what any bundle shows. */
function withModelSignature(i: BundleInspection, c: LoadedBundle): Inspection {
  if (i.predicateType !== OMS_PREDICATE_TYPE && i.predicateType !== OMS_PREDICATE_TYPE_V02)
    return i;
  try {
    const oms = parseOmsStatement(c.bundle.content.dsseEnvelope.payload);
    const { root, method, ignorePaths, resources } = oms;
    return { ...i, modelSignature: { root, method, ignorePaths, resources } };
  } catch (e) {
    return { ...i, statementError: (e as Error).message };
  }
}

function renderInspection(i: Inspection): string {
  if (!('mediaType' in i)) return renderStatement(i);
  const lines = [`${i.source} — NOT VERIFIED (inspect only decodes)`, ''];
  if (!i.signer)
    lines.push(`signer:     a key (hint ${i.publicKeyHint || 'none'}): no certificate`);
  else {
    lines.push(`signer:     ${i.signer.san ?? '(none)'}`);
    lines.push(`issuer:     ${i.signer.issuer ?? '(none)'}`);
  }
  if (i.signer?.sourceRepositoryUri)
    lines.push(
      `repository: ${i.signer.sourceRepositoryUri} @ ${i.signer.sourceRepositoryRef ?? '?'}`,
    );
  lines.push(`instance:   ${i.instance}`);
  if (i.logIndex)
    lines.push(`log index:  ${i.logIndex}${i.integratedTime ? ` at ${i.integratedTime}` : ''}`);
  for (const t of i.timestamps) lines.push(`timestamp:  ${t}`);
  if (i.predicateType) lines.push(`predicate:  ${i.predicateType}`);
  if (i.buildType) lines.push(`buildType:  ${i.buildType}`);
  return `${[...lines, ...contentLines(i)].join('\n')}\n`;
}

function renderStatement(i: StatementInspection): string {
  const lines = [`${i.source} — UNSIGNED statement (nothing vouches for it)`, ''];
  if (i.predicateType) lines.push(`predicate:  ${i.predicateType}`);
  if (i.buildType) lines.push(`buildType:  ${i.buildType}`);
  return `${[...lines, ...contentLines(i)].join('\n')}\n`;
}

/** "local, on gpu-box-7: git https://… @ main 1a2b3c4d (uncommitted changes)". */
function describeLocalRun(l: LocalRun): string {
  const g = l.git;
  if (!g) return `local, on ${l.host} (not a git checkout)`;
  const where = `${g.remote ?? 'no remote'}${g.branch ? ` @ ${g.branch}` : ''}`;
  return `local, on ${l.host}: git ${where} ${g.commit?.slice(0, 12) ?? '?'}${g.dirty ? ' (uncommitted changes)' : ''}`;
}

/** The bases a record names, as it names them: `training-provenance lineage` verifies them. */
function baseModelLines(bases: readonly BaseModelRef[]): string[] {
  if (bases.length === 0) return [];
  const lines = ['', `base models (${bases.length}):`];
  for (const b of bases) {
    const evidence = b.evidence.map((e) => `${e.kind} ${e.path}`).join(', ') || 'none';
    const digest = b.sha256 ? `sha256:${b.sha256.slice(0, 16)}` : 'no digest';
    lines.push(
      `  ${[b.name, b.kind, b.uri, digest].filter(Boolean).join('  ')}  evidence: ${evidence}`,
    );
  }
  return lines;
}

function contentLines(i: Inspection): string[] {
  const lines: string[] = [];
  if (i.local) lines.push(`run:        ${describeLocalRun(i.local)}`);
  if (i.finishedOn) lines.push(`finished:   ${i.finishedOn}`);
  if (i.statementError) lines.push(`statement:  unreadable: ${i.statementError}`);
  lines.push('', `subjects (${i.subjects.length}):`);
  for (const s of i.subjects)
    lines.push(
      `  ${s.name ?? '?'}  ${Object.entries(s.digest ?? {})
        .map(([a, h]) => `${a}:${h}`)
        .join(' ')}`,
    );
  if (i.datasets.length) {
    lines.push('', `datasets (${i.datasets.length}):`);
    for (const d of i.datasets) {
      const digest =
        Object.entries(d.digest)
          .map(([a, h]) => `${a}:${h.slice(0, 16)}`)
          .join(' ') || 'UNPINNED';
      lines.push(`  ${d.name}  ${d.uri}  ${digest}`);
    }
  }
  lines.push(...baseModelLines(i.baseModels));
  if (i.frameworks.length) {
    lines.push('', `frameworks (${i.frameworks.length}):`);
    for (const f of i.frameworks) lines.push(`  ${f.name} ${f.version}`);
  }
  if (i.parameters)
    lines.push(
      '',
      'parameters:',
      ...JSON.stringify(i.parameters, null, 2)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  const sig = i.modelSignature;
  if (sig) {
    lines.push('', `model signature: root sha256:${sig.root}, method ${sig.method}`);
    lines.push(
      `ignored paths: ${sig.ignorePaths ? sig.ignorePaths.join(', ') || '(none)' : '(not recorded)'}`,
    );
    lines.push(`signed files (${sig.resources.length}):`);
    for (const r of sig.resources) lines.push(`  ${r.name}  ${r.algorithm}:${r.digest}`);
  }
  return lines;
}
