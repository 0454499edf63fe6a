// The examples the documentation shows, read from its Markdown: every command of a shell code
// block (```sh, ```bash, ```console, ```shell), with its file and line, and every YAML block.
// A command that cannot be run in a test is marked in the Markdown, visibly in the source, by a
// comment before its block:
//   <!-- example: not-run "START OF THE COMMAND": why -->   (one command of the next block)
//   <!-- example: not-run: why -->                         (every command of the next block)
// An example that shows a failure says the exit it expects (every other must exit 0):
//   <!-- example: exit 1 "START OF THE COMMAND" -->
// A marker that matches no command, or more than one, is an error: nothing is left out silently.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DocCommand {
  /** `README.md:432`: the file, relative to the repository, and the command's first line. */
  where: string;
  file: string;
  /** As a user would paste it: continuation lines joined by the shell itself. */
  text: string;
  /** Why it is not run, when a marker says so. */
  notRun?: string;
  /** The exit it must end with: 0 unless a marker says otherwise. */
  exit: number;
  /** The output the Markdown shows for it (`# ` lines ending its block), `...` eliding. */
  output?: string[];
}

export interface DocYaml {
  where: string;
  text: string;
}

/** A command in a code span of the prose: a synopsis (FILE, [--flag]) more often than not. */
export type DocInline = DocYaml;

const inlineSpans = (file: string, line: string, n: number): DocInline[] =>
  [...line.matchAll(/`(training-provenance [^`]+)`/g)].map((m) => ({
    where: `${file}:${n}`,
    text: m[1]!,
  }));

const SHELL = /^```(sh|bash|console|shell)\s*$/;
const MARKER = /^<!-- example: (?:not-run(?: "([^"]+)")?: (.+?)|exit (\d+) "([^"]+)") -->\s*$/;

interface Marker {
  prefix?: string;
  reason?: string;
  exit?: number;
  line: number;
}

/** The files under `dirs` whose names match (default: README.md and every Markdown file under docs/), in a stable order. */
export function docFiles(root: string, dirs = ['README.md', 'docs'], names = /\.md$/): string[] {
  const walk = (path: string): string[] => {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .sort()
      .flatMap((name) => {
        const child = join(path, name);
        return statSync(child).isDirectory() || names.test(name) ? walk(child) : [];
      });
  };
  return dirs.flatMap((d) => walk(join(root, d)));
}

/** The commands of one block, continuation lines (`\` at the end) joined. */
function blockCommands(file: string, lines: string[], first: number): DocCommand[] {
  const out: DocCommand[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^\$ /, '');
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const start = i;
    const parts = [line];
    while (/\\$/.test(lines[i]!) && i + 1 < lines.length) parts.push(lines[++i]!);
    out.push({ where: `${file}:${first + start}`, file, text: parts.join('\n'), exit: 0 });
  }
  // `# ` lines at the start of a line after the last command show what it prints.
  const last = out.at(-1);
  if (last) {
    const lastLine = Number(last.where.split(':').at(-1)) - first + last.text.split('\n').length;
    const shown = lines.slice(lastLine).filter((l) => l.startsWith('# '));
    if (shown.length > 0) last.output = shown.map((l) => l.slice(2));
  }
  return out;
}

/** Applies the markers before a block to its commands; a marker that matches nothing is an error. */
function applyMarkers(file: string, markers: Marker[], commands: DocCommand[]): void {
  for (const m of markers) {
    const hit = m.prefix ? commands.filter((c) => c.text.startsWith(m.prefix!)) : commands;
    if (hit.length === 0 || (m.prefix && hit.length > 1))
      throw new Error(
        `${file}:${m.line}: the not-run marker "${m.prefix ?? ''}" matches ${hit.length} commands of the next block, not one`,
      );
    for (const c of hit) {
      if (m.reason !== undefined) c.notRun = m.reason;
      if (m.exit !== undefined) c.exit = m.exit;
    }
  }
}

/** Every shell command and YAML block of one Markdown file. */
export function examplesOf(
  root: string,
  path: string,
): { commands: DocCommand[]; yaml: DocYaml[]; inline: DocInline[] } {
  const file = relative(root, path);
  const lines = readFileSync(path, 'utf8').split('\n');
  const commands: DocCommand[] = [];
  const yaml: DocYaml[] = [];
  const inline: DocInline[] = [];
  let markers: Marker[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]!);
    if (m)
      markers.push({
        prefix: m[1] ?? m[4],
        reason: m[2],
        exit: m[3] ? Number(m[3]) : undefined,
        line: i + 1,
      });
    else if (lines[i]!.startsWith('<!-- example: '))
      throw new Error(`${file}:${i + 1}: not a marker this test reads: ${lines[i]}`);
    const fence = /^```(\S*)/.exec(lines[i]!);
    if (!fence) {
      inline.push(...inlineSpans(file, lines[i]!, i + 1));
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith('```')) end++;
    const body = lines.slice(i + 1, end);
    if (SHELL.test(lines[i]!)) {
      const block = blockCommands(file, body, i + 2);
      applyMarkers(file, markers, block);
      commands.push(...block);
      markers = [];
    } else if (fence[1] === 'yaml') yaml.push({ where: `${file}:${i + 2}`, text: body.join('\n') });
    else if (body.some((l) => /^(\$ )?training-provenance /.test(l)))
      throw new Error(`${file}:${i + 1}: a command in a block not marked sh: it would not be run`);
    if (markers.length > 0 && !SHELL.test(lines[i]!))
      throw new Error(
        `${file}:${markers[0]!.line}: a not-run marker before a block that is not shell`,
      );
    i = end;
  }
  if (markers.length > 0)
    throw new Error(`${file}:${markers[0]!.line}: a not-run marker before no block`);
  return { commands, yaml, inline };
}

/** Whether the shown output (with `...` eliding any text) is in what the command printed. */
export function showsOutput(printed: string, shown: string): boolean {
  let at = 0;
  for (const part of shown.split('...').filter((p) => p.length > 0)) {
    const k = printed.indexOf(part, at);
    if (k < 0) return false;
    at = k + part.length;
  }
  return true;
}
