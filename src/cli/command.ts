// The shell every command runs in: its flags parsed as the spec declares them (a removed flag
// refused naming its replacement), --help, --format checked, the progress bar, and --output.
// A command is then only what it does with its values.
import { resolve } from 'node:path';
import { ProvenanceError } from '../errors.js';
import { ProgressBar, type HashProgress } from '../hash/progress.js';
import { writeFileAtomic } from '../store/files.js';
import { choicesOf, commandHelp, commandOptions } from '../surface/render-cli.js';
import {
  COMMAND_HEADS,
  commandEntries,
  flagName,
  removedFor,
  type CommandName,
} from '../surface/spec.js';
import { here, parse, str } from './args.js';
import { documentFormat, writeDocument, type DocumentOutput, type OutputFormat } from './format.js';

export interface Invocation {
  /** The flags, by name, as parseArgs gives them (a repeatable flag as an array). */
  values: Record<string, unknown>;
  positionals: string[];
  /** --format, one of the command's choices. */
  format: string;
  /** --workspace, absolute (default: the current directory). */
  workspace: string;
  out: NodeJS.WritableStream;
  err: NodeJS.WriteStream;
  /** Runs `work` with a progress bar on a terminal; its line ends before anything else is written. */
  progress<T>(
    work: (onProgress: (label: string, p: HashProgress) => void) => Promise<T>,
  ): Promise<T>;
  /** The command's one result: to --output FILE when given, else to standard output. */
  emit(text: string): Promise<void>;
  /** A document command's result: as emit, or with --format json a summary of --output. */
  document(doc: Omit<DocumentOutput, 'output' | 'format'>): Promise<void>;
}

export type CommandRun = (inv: Invocation) => Promise<number>;

export async function runCommand(
  name: CommandName,
  run: CommandRun,
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WriteStream,
): Promise<number> {
  refuseRemoved(name, argv);
  const head = COMMAND_HEADS.find((h) => h.name === name)!;
  const { values, positionals } = parse(name, argv, commandOptions(name), head.positionals);
  if (values.help) {
    out.write(commandHelp(name));
    return 0;
  }
  checkChoices(name, values);
  const output = str(values.output);
  // Refused before any work: the document needs somewhere to go besides the summary.
  const format = head.document
    ? documentFormat(str(values.format), output, name)
    : str(values.format) || 'text';
  return run({
    values,
    positionals,
    format,
    workspace: resolve(str(values.workspace) || '.'),
    out,
    err,
    progress: async (work) => {
      const bar = new ProgressBar(err);
      return work((label, p) => bar.update(label, p)).finally(() => bar.done());
    },
    emit: async (text) => {
      if (output) await writeFileAtomic(here(output), text, '--output');
      else out.write(text);
    },
    document: (doc) => writeDocument({ ...doc, output, format: format as OutputFormat }, out, err),
  });
}

/** A flag v1 removed (or a value, `--sigstore custom`): exit 2, naming what replaces it. */
function refuseRemoved(name: CommandName, argv: readonly string[]): void {
  for (const r of removedFor({ command: name })) {
    const at = argv.findIndex((a) => a === `--${r.name}` || a.startsWith(`--${r.name}=`));
    if (at < 0) continue;
    const given = argv[at]!.includes('=') ? argv[at]!.split('=').slice(1).join('=') : argv[at + 1];
    if (r.value !== undefined && given !== r.value) continue;
    const flag = r.value !== undefined ? `--${r.name} ${r.value}` : `--${r.name}`;
    throw new ProvenanceError('INPUT_INVALID', `${flag} was removed in v1: use --${r.by}`, {
      input: `--${r.name}`,
      ...(r.value !== undefined ? { value: r.value } : {}),
      fix: `--${r.by}: ${r.replacement} (docs/migrating-to-v1.md)`,
    });
  }
}

/** A flag that takes one of a few values, given another: exit 2 naming the choices. */
function checkChoices(name: CommandName, values: Record<string, unknown>): void {
  for (const e of commandEntries(name)) {
    const choices = choicesOf(e, name);
    const given = str(values[flagName(e)]);
    if (e.type !== 'choice' || !choices || given === '' || choices.includes(given)) continue;
    const flag = `--${flagName(e)}`;
    throw new ProvenanceError(
      'INPUT_INVALID',
      `'${given}' is not ${e.name === 'format' ? 'a format' : `one of ${choices.join(', ')}`}`,
      {
        input: flag,
        value: given,
        fix: `use ${choices.map((c) => `${flag} ${c}`).join(' or ')}`,
      },
    );
  }
}
