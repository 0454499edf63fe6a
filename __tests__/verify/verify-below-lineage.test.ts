// src/lineage/ builds on src/verify/ (each base's evidence goes through verify's stages), so
// src/verify/ never imports src/lineage/ back: the lint rule (eslint.config.js) refuses it, and
// no file of src/verify/ does it today.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../../tools/runner/index.js';

const PROBE = [
  "import { walkLineage } from '../lineage/chain.js';",
  "import type { LineageNode } from '../lineage/types.js';",
  "import { lineageStage } from '../lineage/stage.js';",
  'export const all = [walkLineage, lineageStage];',
  'export type Node = LineageNode;',
  '',
].join('\n');

async function refused(filePath: string): Promise<number[]> {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const [r] = await eslint.lintText(PROBE, { filePath: join(REPO_ROOT, filePath) });
  return r!.messages
    .filter(
      (m) => m.ruleId === 'no-restricted-imports' && /never imports src\/lineage/.test(m.message),
    )
    .map((m) => m.line);
}

test('src/verify/ importing src/lineage/ is refused, each import', async () => {
  expect(await refused('src/verify/probe.ts')).toEqual([1, 2, 3]);
});

test('the engine, above both, hands the lineage stage in', async () => {
  expect(await refused('src/engine/probe.ts')).toEqual([]);
});

test('no file of src/verify/ imports src/lineage/', () => {
  const dir = join(REPO_ROOT, 'src', 'verify');
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
    f.endsWith('.ts'),
  );
  expect(files.length).toBeGreaterThan(20);
  const importing = files.filter((f) =>
    /from '\.\.\/lineage\//.test(readFileSync(join(dir, f), 'utf8')),
  );
  expect(importing.map((f) => relative(REPO_ROOT, join(dir, f)))).toEqual([]);
});
