// A command's parseArgs options and its --help text, made from the spec.
import type { ParseArgsConfig } from 'node:util';
import {
  COMMAND_HEADS,
  commandEntries,
  flagName,
  useIn,
  type CommandName,
  type Entry,
} from './spec.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Several values: a list input, unless this command takes one (`single`). */
export function repeatable(e: Entry, command: CommandName): boolean {
  return (e.type === 'list' || e.type === 'paths') && !useIn(e, { command })?.single;
}

export function commandOptions(command: CommandName): Options {
  const options: Options = { help: { type: 'boolean', short: 'h' } };
  for (const e of commandEntries(command)) {
    options[flagName(e)] = {
      type: e.type === 'boolean' ? 'boolean' : 'string',
      ...(repeatable(e, command) ? { multiple: true } : {}),
      ...(e.short ? { short: e.short } : {}),
    };
  }
  return options;
}

/** The choices a flag takes on this command, when it is a choice. */
export function choicesOf(e: Entry, command: CommandName): readonly string[] | undefined {
  return useIn(e, { command })?.choices ?? e.choices;
}

const WIDTH = 92;
const COLUMN = 30;

export function commandHelp(command: CommandName): string {
  const head = COMMAND_HEADS.find((h) => h.name === command)!;
  const lines = [head.usage, '', head.about, ''];
  for (const e of commandEntries(command)) lines.push(...flagHelp(e, command));
  return `${lines.join('\n')}\n`;
}

function flagHelp(e: Entry, command: CommandName): string[] {
  const use = useIn(e, { command })!;
  const choices = choicesOf(e, command);
  const metavar =
    e.type === 'boolean'
      ? ''
      : (use.metavar ?? (choices ? choices.join('|') : (e.metavar ?? 'VALUE')));
  const flag =
    e.type === 'boolean' && (e.cliDefault?.value ?? e.default) === 'true'
      ? `--[no-]${flagName(e)}`
      : `--${flagName(e)}`;
  const name = `  ${flag}${metavar ? ` ${metavar}` : ''}`;
  const said = plain(use.description ?? e.help ?? e.description);
  const text =
    said +
    defaultNote(e, command, said) +
    (repeatable(e, command) && !/repeatable/.test(said) ? ' (repeatable)' : '');
  const words = wrap(text, WIDTH - COLUMN);
  if (name.length >= COLUMN - 1) return [name, ...words.map((w) => ' '.repeat(COLUMN) + w)];
  return [name.padEnd(COLUMN) + words[0], ...words.slice(1).map((w) => ' '.repeat(COLUMN) + w)];
}

/** The default as the command has it, when the text does not say it already. */
function defaultNote(e: Entry, command: CommandName, text: string): string {
  const d = useIn(e, { command })?.default ?? e.cliDefault?.value ?? e.default;
  if (d === '' || e.type === 'boolean' || /default/i.test(text)) return '';
  return ` (default ${d})`;
}

/** Action-description text for a terminal: no Markdown code marks, no final full stop. */
function plain(text: string): string {
  const t = text.replace(/`/g, '');
  return /\.$/.test(t) && !/\.\.\.$/.test(t)
    ? t.slice(0, -1).replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase())
    : t;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
