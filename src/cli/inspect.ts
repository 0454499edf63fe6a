import { readBundleFile, isRejected } from '../verify/bundles.js';
import { inspectBundle, type BundleInspection } from '../verify/inspect.js';
import { ProvenanceError } from '../errors.js';
import { parse, str, type Options } from './args.js';
import { formatOption } from './format.js';

export const INSPECT_HELP = `training-provenance inspect BUNDLE [--format text|json]

Print what a bundle says (signer, subjects, datasets, frameworks, parameters) without
judging it: nothing is verified. Use 'verify' to decide whether to trust it.
`;

const OPTIONS: Options = { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

export async function cliInspect(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse('inspect', argv, OPTIONS, Infinity);
  if (values.help) {
    out.write(INSPECT_HELP);
    return 0;
  }
  const format = formatOption(str(values.format));
  if (positionals.length !== 1) {
    throw new ProvenanceError('INPUT_MISSING', 'inspect takes exactly one bundle file', {
      input: 'inspect',
      fix: 'run: training-provenance inspect provenance.sigstore.json',
    });
  }
  const candidates = await readBundleFile(positionals[0]!);
  const inspections: BundleInspection[] = [];
  for (const c of candidates) {
    if (isRejected(c)) throw c.error;
    inspections.push(inspectBundle(c));
  }
  out.write(
    format === 'json'
      ? `${JSON.stringify(inspections.length === 1 ? inspections[0] : inspections, null, 2)}\n`
      : inspections.map(renderInspection).join('\n'),
  );
  return 0;
}

function renderInspection(i: BundleInspection): string {
  const lines = [`${i.source} — NOT VERIFIED (inspect only decodes)`, ''];
  lines.push(`signer:     ${i.signer.san ?? '(none)'}`);
  lines.push(`issuer:     ${i.signer.issuer ?? '(none)'}`);
  if (i.signer.sourceRepositoryUri)
    lines.push(
      `repository: ${i.signer.sourceRepositoryUri} @ ${i.signer.sourceRepositoryRef ?? '?'}`,
    );
  lines.push(`instance:   ${i.instance}`);
  if (i.logIndex)
    lines.push(`log index:  ${i.logIndex}${i.integratedTime ? ` at ${i.integratedTime}` : ''}`);
  for (const t of i.timestamps) lines.push(`timestamp:  ${t}`);
  if (i.predicateType) lines.push(`predicate:  ${i.predicateType}`);
  if (i.buildType) lines.push(`buildType:  ${i.buildType}`);
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
  return `${lines.join('\n')}\n`;
}
