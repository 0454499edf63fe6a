import { ProvenanceError } from '../errors.js';
import { diffProvenance } from '../review/diff.js';
import { loadProvenance } from '../review/load.js';
import { diffText } from '../review/text.js';
import type { CommandRun } from './command.js';

/** `training-provenance diff OLD NEW`. */
export const diffCommand: CommandRun = async ({ positionals, format, emit }) => {
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
  await emit(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffText(diff));
  return 0;
};

/** A path as shown in a message: a long one cut, so the error stays one readable line. */
const abbreviate = (p: string): string => (p.length > 200 ? `${p.slice(0, 200)}…` : p);
