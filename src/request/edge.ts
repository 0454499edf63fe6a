// What every request builder needs from its entry point: where relative paths are read from
// (the action: GITHUB_WORKSPACE; the CLI: the current directory) and where a notice goes.
// The action's multi-line inputs are split into items here, once; the CLI has arrays already.
// Errors name the input by its name, which is also its flag's (`model`, `--model`).
import { fromBase } from '../collect/lists.js';

export interface Edge {
  /** Relative paths are read from here. */
  base: string;
  /** Hears what was left out of a recorded URI (its credentials), in a line that names no secret. */
  notice?: (line: string) => void;
}

/** Absolute against the edge's base, the rest as typed (fromBase); '' stays ''. */
export const absolute = (edge: Pick<Edge, 'base'>, p: string): string => fromBase(edge.base, p);

/** Each item trimmed and made absolute; blank items dropped. */
export const absolutePaths = (edge: Pick<Edge, 'base'>, items: readonly string[]): string[] =>
  items
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => absolute(edge, p));

/** Non-blank lines of a multi-line action input, trimmed; `#` starts a comment line. */
export function inputLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Items of a newline- or comma-separated action input. A comma inside `{...}` belongs to a
 * brace glob (`out/{a,b}.bin`) and does not split. `\,` is a comma that is part of a name
 * (`out/a\,b.bin` names the file `a,b.bin`): outside braces the backslash is dropped, as a
 * comma there is literal to a glob too; inside braces it is kept, for the glob reads `\,`
 * as a literal comma of one alternative. Other `\` escapes are kept for the glob.
 */
export function inputList(raw: string): string[] {
  const out: string[] = [];
  for (const line of inputLines(raw)) {
    let depth = 0;
    let item = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '\\' && i + 1 < line.length) {
        const next = line[++i]!;
        item += next === ',' && depth === 0 ? ',' : c + next;
      } else if (c === ',' && depth === 0) {
        out.push(item);
        item = '';
      } else {
        if (c === '{') depth++;
        else if (c === '}' && depth > 0) depth--;
        item += c;
      }
    }
    out.push(item);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}

/** The action's edge: relative paths against the workspace. */
export const actionEdge = (workspace: string, notice?: Edge['notice']): Edge => ({
  base: workspace,
  notice,
});

/** The command line's edge: relative paths against the current directory. */
export const cliEdge = (notice?: Edge['notice']): Edge => ({ base: process.cwd(), notice });

/** A parseArgs value as the list of its items: a repeated flag, one given once, or none. */
export function flagList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  return typeof v === 'string' ? [v] : [];
}
