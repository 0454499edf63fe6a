// `npm run surface`: writes the three action.yml, the README's tables and the table of removed
// inputs in docs/migrating-to-v1.md from the spec.
// `--check` writes nothing and fails when a file differs (the test suite checks the same).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS } from './spec.js';
import { ACTION_FILES, renderActionYml } from './render-action.js';
import { withTables } from './render-readme.js';

/** Every generated file: its path in the checkout and what it must hold. */
export function generatedFiles(root: string): { path: string; text: string }[] {
  const files = ACTIONS.map((a) => ({ path: ACTION_FILES[a], text: renderActionYml(a) }));
  const tables = (path: string, names: string[]) => ({
    path,
    text: withTables(readFileSync(join(root, path), 'utf8'), names),
  });
  const readme = ACTIONS.flatMap((a) => [`${a}-inputs`, `${a}-outputs`]).concat('cli-flags');
  return [...files, tables('README.md', readme), tables('docs/migrating-to-v1.md', ['removed'])];
}

function main(root: string, check: boolean): number {
  let stale = 0;
  for (const f of generatedFiles(root)) {
    const path = join(root, f.path);
    if (readFileSync(path, 'utf8') === f.text) continue;
    if (check) {
      process.stderr.write(`${f.path} is out of date: run npm run surface\n`);
      stale++;
    } else {
      writeFileSync(path, f.text);
      process.stdout.write(`wrote ${f.path}\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('surface/write.js'))
  process.exitCode = main(process.cwd(), process.argv.includes('--check'));
