// The text of list inputs: lines, comma-separated items, and the path forms they name.
import { sep } from 'node:path';

export function parseLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Items of a newline- or comma-separated input. A comma inside `{...}` belongs to a
 * brace glob (`out/{a,b}.bin`) and does not split. `\,` is a comma that is part of a name
 * (`out/a\,b.bin` names the file `a,b.bin`): outside braces the backslash is dropped, as a
 * comma there is literal to a glob too; inside braces it is kept, for the glob reads `\,`
 * as a literal comma of one alternative. Other `\` escapes are kept for the glob.
 */
export function parseList(raw: string): string[] {
  const out: string[] = [];
  for (const line of parseLines(raw)) {
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

export const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

/** `file:` URI of a workspace-relative path, each segment percent-encoded. */
export function fileUri(relPath: string): string {
  return 'file:' + relPath.split('/').map(encodeURIComponent).join('/');
}
