// The README's tables of inputs, outputs and flags, between `<!-- surface:NAME -->` and
// `<!-- /surface:NAME -->`, laid out as Prettier lays out a Markdown table.
import {
  ACTIONS,
  COMMAND_HEADS,
  actionInputs,
  actionOutputs,
  commandEntries,
  flagName,
  REMOVED,
  useIn,
  type ActionName,
} from './spec.js';
import { repeatable } from './render-cli.js';

function readmeTables(): Record<string, string> {
  const tables: Record<string, string> = {};
  for (const action of ACTIONS) {
    tables[`${action}-inputs`] = inputsTable(action);
    tables[`${action}-outputs`] = outputsTable(action);
  }
  tables['cli-flags'] = flagsTable();
  tables.removed = removedTable();
  return tables;
}

function inputsTable(action: ActionName): string {
  const rows = actionInputs(action).map((e) => {
    const use = useIn(e, { action })!;
    const d = use.default ?? e.default;
    return [`\`${e.name}\``, d === '' ? "`''`" : `\`${d}\``, use.description ?? e.description];
  });
  return table(['input', 'default', 'meaning'], rows);
}

function outputsTable(action: ActionName): string {
  return table(
    ['output', 'meaning'],
    actionOutputs(action).map((o) => [`\`${o.name}\``, o.actions[action]!]),
  );
}

function flagsTable(): string {
  const rows = COMMAND_HEADS.map((h) => [
    `\`${h.name}\``,
    commandEntries(h.name)
      .map((e) => `\`--${flagName(e)}\`${repeatable(e, h.name) ? '…' : ''}`)
      .join(', '),
  ]);
  return table(['command', 'flags (… repeatable)'], rows);
}

/** Every removed input and flag, where it was, what replaces it and why. */
function removedTable(): string {
  const rows = REMOVED.map((r) => [
    `\`${r.name}${r.value !== undefined ? `: ${r.value}` : ''}\``,
    [
      ...(r.actions ?? []).map((a) => `${a} action`),
      ...(r.commands ?? []).map((c) => `\`${c}\``),
    ].join(', '),
    `${r.by.includes('/') ? r.by : `\`${r.by}\``}: ${r.replacement}`,
    r.reason,
  ]);
  return table(['removed', 'from', 'use instead', 'why'], rows);
}

function table(header: string[], rows: string[][]): string {
  const cells = [header, ...rows].map((r) => r.map((c) => c.replace(/\|/g, '\\|')));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(cells[0]!),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** `text` with each marked table of `names` replaced; a marker missing is an error, not a skip. */
export function withTables(text: string, names: readonly string[]): string {
  let out = text;
  for (const [name, table] of Object.entries(readmeTables()).filter(([n]) => names.includes(n))) {
    const re = new RegExp(`(<!-- surface:${name} -->)[\\s\\S]*?(<!-- /surface:${name} -->)`);
    if (!re.test(out)) throw new Error(`no <!-- surface:${name} --> table`);
    out = out.replace(re, (_m, open: string, close: string) => `${open}\n\n${table}\n\n${close}`);
  }
  return out;
}
