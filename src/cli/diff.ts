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
  const { values, positionals } = parse('diff', argv, OPTIONS);
  if (values.help) {
    out.write(DIFF_HELP);
    return 0;
  }
  const format = formatOption(str(values.format));
  if (positionals.length !== 2) {
    out.write(DIFF_HELP);
    return 2;
  }
  const [oldPath, newPath] = positionals as [string, string];
  const base = await loadProvenance(oldPath, 'OLD');
  const head = await loadProvenance(newPath, 'NEW');
  const diff = diffProvenance(base.view, head.view);
  out.write(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffText(diff));
  return 0;
}
