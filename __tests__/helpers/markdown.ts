// Properties every rendered Markdown text must have whatever a statement says: tables that
// keep their columns, and nothing outside a code span that Markdown or HTML would act on.
/**
 * The text outside code spans (CommonMark: a run of n backticks closes at the next run of
 * exactly n; inside a span a backslash is literal).
 */
export function withoutCodeSpans(md: string): string {
  let out = '';
  let i = 0;
  const runAt = (k: number): number => {
    let n = 0;
    while (md[k + n] === '`') n++;
    return n;
  };
  while (i < md.length) {
    // A backslash-escaped character (a backtick too) opens nothing outside a code span.
    if (md[i] === '\\' && md[i + 1] !== undefined && md[i + 1] !== '\n') {
      out += md.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (md[i] !== '`') {
      out += md[i++];
      continue;
    }
    const n = runAt(i);
    let j = i + n;
    let close = -1;
    while (j < md.length && md[j] !== '\n') {
      if (md[j] === '`') {
        const m = runAt(j);
        if (m === n) {
          close = j;
          break;
        }
        j += m;
      } else j++;
    }
    if (close < 0) {
      out += md.slice(i, i + n);
      i += n;
    } else {
      out += ' ';
      i = close + n;
    }
  }
  return out;
}

/** Cells of a table row: split on pipes that are not escaped. */
function cells(row: string): number {
  return row.replace(/\\\|/g, '').split('|').length - 2;
}

/** Every table in the text keeps its header's column count on every row. */
export function tablesAreWellFormed(md: string): void {
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('| ') || !lines[i + 1]?.startsWith('| ---')) continue;
    const width = cells(lines[i]!);
    let j = i + 1;
    while (lines[j]?.startsWith('|')) {
      expect({ row: lines[j], cells: cells(lines[j]!) }).toEqual({ row: lines[j], cells: width });
      j++;
    }
    i = j;
  }
}

/**
 * Hostile text rendered inert: nothing outside code spans opens HTML, a heading, a link to a
 * non-http scheme or an image, or mentions a team; no line break smuggled into a table row.
 */
export function expectInert(md: string): void {
  tablesAreWellFormed(md);
  expect(md).not.toMatch(/^#+ injected/m);
  const outside = withoutCodeSpans(md);
  const bad = [/<script/i, /<img/i, /<!-- hidden/, /@acme\/admins/, /(?<!\\)\]\(javascript:/i];
  for (const re of bad)
    expect({ re: String(re), found: re.test(outside) }).toEqual({ re: String(re), found: false });
  expect(outside.match(/<details>/g)?.length).toBe(outside.match(/<\/details>/g)?.length);
}
