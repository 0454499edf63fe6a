// The one presentation module for Markdown: the PR comment, the attest and verify job
// summaries and the terminal diff all render through it. Everything a statement says (names,
// URIs, versions, values) is untrusted text: it goes in a code span (`code`) or through
// `escapeText`, where it cannot become a link, a mention, HTML, a heading or a cell boundary.
import type { DatasetRef, DigestSet } from '../types.js';

/** Algorithms in the order a reader recognises them. */
const DIGEST_PREFERENCE = ['sha256', 'sha512', 'gitCommit', 'sha1', 'md5'];

/** The digest a reader should see: sha256 first, else the first the set has. */
export function preferredDigest(d: DigestSet): [string, string] | undefined {
  for (const alg of DIGEST_PREFERENCE) {
    const hex = d[alg];
    if (hex) return [alg, hex];
  }
  const first = Object.entries(d)[0];
  return first ? [first[0], first[1]] : undefined;
}

/** `sha256:abcd1234…`, or undefined for an empty set. */
export function shortDigest(d: DigestSet, hexChars = 8): string | undefined {
  const p = preferredDigest(d);
  if (!p) return undefined;
  const [alg, hex] = p;
  return hex.length > hexChars ? `${alg}:${hex.slice(0, hexChars)}…` : `${alg}:${hex}`;
}

/** Cuts text to `max` characters, marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Like truncate, but prose is cut between words, so a URL is never left half a link. */
export function truncateWords(text: string, max: number): string {
  const cut = truncate(text, max);
  if (cut === text) return text;
  const body = cut.slice(0, -1);
  const space = body.lastIndexOf(' ');
  return space >= max * 0.6 ? `${body.slice(0, space)} …` : cut;
}

/** One line: newlines and tabs become spaces, other control characters go. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

/**
 * A code span holding `text` verbatim, safe in a table cell: one line, `|` escaped (GFM
 * splits cells before it parses code spans), a fence longer than any backtick run inside.
 */
export function code(text: string, max = 100): string {
  const body = truncate(oneLine(text), max).replace(/\|/g, '\\|');
  if (body === '') return '` `';
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 || body.startsWith(' ') || body.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Plain text, mid-line (callers put it after a list marker or inside a cell): what could
 * act there is escaped — emphasis, code, links and images, HTML and entities, strikethrough,
 * cell boundaries — and `@` cannot mention. Other punctuation stays, so URLs still link.
 */
export function escapeText(text: string, max = 300): string {
  return truncateWords(oneLine(text), max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b');
}

/** An http(s) URL fit for a Markdown link target, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    // Credentials never show; everything but plain URL characters is percent-encoded, so no
    // `|`, bracket, parenthesis or `@` from a statement can end the link or the table cell.
    u.username = '';
    u.password = '';
    return u.href.replace(/[^A-Za-z0-9\-._~:/?#&=%+,;]/g, (c) =>
      [...new TextEncoder().encode(c)]
        .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
        .join(''),
    );
  } catch {
    return undefined;
  }
}

/** `[label](url)` when the URL is safe, else the label alone. `label` is Markdown already. */
export function link(label: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[${label}](${safe})` : label;
}

/** A Markdown table; cells are Markdown already (use `code`/`escapeText`). */
export function table(header: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(sep), ...rows.map(line)].join('\n');
}

/** Tables longer than this fold into a collapsed section. */
export const FOLD_ROWS = 15;

/** A folded section; `summary` is Markdown already. */
export function details(summary: string, body: string): string {
  return `${openDetails(summary)}\n${body}\n\n${CLOSE_DETAILS}`;
}

/** The first line of details() (a blank line must follow), for renderers that write lines. */
export function openDetails(summary: string): string {
  return `<details><summary>${summary}</summary>\n`;
}

export const CLOSE_DETAILS = '</details>';

/** A table in the open when short; when long, folded under its row count (`40 datasets`). */
export function foldedTable(
  header: string[],
  rows: string[][],
  noun: string,
  align?: ('l' | 'r')[],
): string {
  const text = table(header, rows, align);
  return rows.length > FOLD_ROWS ? details(plural(rows.length, noun), text) : text;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A digest cell of a table: short, in a code span; a warning when there is none. */
export function digestCell(d: DigestSet): string {
  const s = shortDigest(d);
  return s ? code(s) : '⚠ none';
}

export function datasetDigestCell(ds: DatasetRef): string {
  const s = shortDigest(ds.digest);
  return ds.unpinned || !s ? '⚠ unpinned' : code(s);
}

/** A rule's result in Markdown: never ✅ for a rule that was not evaluated. */
export function ruleMark(status: 'passed' | 'failed' | 'not-evaluated'): string {
  return status === 'passed' ? '✅' : status === 'failed' ? '❌' : '➖ not evaluated';
}

/**
 * Untrusted text inside a quoted Mermaid label (`id["…"]`). Everything but letters, digits,
 * spaces and `. , : / + = -` becomes a Mermaid entity (`#34;`), so a quote, a bracket, `<`,
 * `%%`, a backtick, Markdown, `@` or a newline cannot end the label, open a directive or a
 * `click` line, become HTML, mention anyone, or close the ```mermaid fence around it.
 */
export function mermaidText(text: string, max = 60): string {
  return [...truncate(oneLine(text), max)]
    .map((c) => (/^[A-Za-z0-9 .,:/+=-]$/.test(c) ? c : `#${c.codePointAt(0)};`))
    .join('');
}

/** A Mermaid diagram as a fenced block GitHub renders; its text holds no backtick. */
export function mermaidBlock(diagram: string): string {
  if (diagram.includes('`')) throw new Error('a Mermaid diagram must not hold a backtick');
  return `\`\`\`mermaid\n${diagram}\n\`\`\``;
}
