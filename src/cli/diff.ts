import { ProvenanceError } from '../errors.js';
import { diffProvenance } from '../review/diff.js';
import { loadProvenance } from '../review/load.js';
import { diffText } from '../review/text.js';
import { parse, str, type Options } from './args.js';
import { formatOption } from './format.js';

export const DIFF_HELP = `training-provenance diff OLD NEW [--format text|json]

Compare two provenance files (statements, bundles, or directories holding one): datasets
added, removed or re-hashed; frameworks upgraded, downgraded or rebuilt; parameters changed;
model digests changed. Exits 0 whether or not anything changed.
`;

const OPTIONS: Options = { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

export async function cliDiff(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse('diff', argv, OPTIONS, Infinity);
  if (values.help) {
    out.write(DIFF_HELP);
    return 0;
  }
  const format = formatOption(str(values.format));
  if (positionals.length !== 2) {
    const got =
      positionals.length === 0
        ? 'no file'
        : `${positionals.length} (${positionals.map((p) => `'${abbreviate(p)}'`).join(', ')})`;
    throw new ProvenanceError(
      positionals.length < 2 ? 'INPUT_MISSING' : 'INPUT_INVALID',
      `diff compares exactly two provenance files, OLD and NEW; got ${got}`,
      {
        input: 'diff',
        value: positionals.map(abbreviate).join(' '),
        fix: 'run: training-provenance diff OLD NEW (each a statement, a bundle, or a directory holding one)',
      },
    );
  }
  const [oldPath, newPath] = positionals as [string, string];
  const base = await loadProvenance(oldPath, 'OLD');
  const head = await loadProvenance(newPath, 'NEW');
  const diff = diffProvenance(base.view, head.view);
  out.write(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffText(diff));
  return 0;
}

/** A path as shown in a message: a long one cut, so the error stays one readable line. */
const abbreviate = (p: string): string => (p.length > 200 ? `${p.slice(0, 200)}…` : p);
