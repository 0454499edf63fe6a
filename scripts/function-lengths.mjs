#!/usr/bin/env node
// Lists the functions longer than a limit, and the files longer than another, in the given
// paths (TypeScript's own parser, so a line count is the function's, comments included).
//   node scripts/function-lengths.mjs [--max-function N] [--max-file N] PATH...
// Exits 1 when any is over its limit, so CI can hold a folder to it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const take = (flag, fallback) => {
  const i = args.indexOf(flag);
  if (i < 0) return fallback;
  const [, v] = args.splice(i, 2);
  return Number(v);
};
const maxFunction = take('--max-function', 60);
const maxFile = take('--max-file', 400);
const files = args.flatMap(function walk(p) {
  if (statSync(p).isDirectory()) return readdirSync(p).flatMap((n) => walk(join(p, n)));
  return p.endsWith('.ts') ? [p] : [];
});

const over = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = src.getLineAndCharacterOfPosition(text.length).line + 1;
  if (lines > maxFile) over.push(`${file}: ${lines} lines (file limit ${maxFile})`);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = src.getLineAndCharacterOfPosition(node.getStart(src)).line;
      const end = src.getLineAndCharacterOfPosition(node.end).line;
      const n = end - start + 1;
      const name = node.name?.getText(src) ?? '(anonymous)';
      if (n > maxFunction)
        over.push(`${file}:${start + 1}: ${name} is ${n} lines (limit ${maxFunction})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
}
for (const line of over) console.log(line);
console.log(`${files.length} files, ${over.length} over the limits`);
process.exit(over.length > 0 ? 1 : 0);
