// A part that builds on another (imports it) is never imported back by it: src/lineage/ verifies
// each base through src/verify/, verify reads model paths through src/collect/ and the OMS format
// through src/oms/, src/policy/ checks identities through src/identity/, src/sign/ reads a trust
// config's trusted root through src/verify/. The lint rule (eslint.config.js, BUILDS_ON) refuses
// the import back, and no file does it today.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../tools/runner/index.js';

const PROBE = [
  "import { walkLineage } from '../lineage/chain.js';",
  "import type { LineageNode } from '../lineage/types.js';",
  "import { lineageStage } from '../lineage/stage.js';",
  "import { ancestors } from '../verify/directory.js';",
  "import type { Policy } from '../policy/types.js';",
  "import { checkFiles } from '../verify/oms-contents.js';",
  "import { signWithKey } from '../sign/key.js';",
  'export const all = [walkLineage, lineageStage, ancestors, checkFiles, signWithKey];',
  'export type Node = LineageNode | Policy;',
  '',
].join('\n');

async function refused(filePath: string): Promise<number[]> {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const [r] = await eslint.lintText(PROBE, { filePath: join(REPO_ROOT, filePath) });
  return r!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' && /never imports src\//.test(m.message))
    .map((m) => m.line);
}

test.each([
  ['src/verify/probe.ts', [1, 2, 3, 7]],
  ['src/collect/probe.ts', [4, 6]],
  ['src/oms/probe.ts', [4, 6]],
  ['src/identity/probe.ts', [5]],
  ['src/sign/probe.ts', []],
  ['src/engine/probe.ts', []],
])('in %s, importing back a part that builds on it is refused: lines %j', async (file, lines) => {
  expect(await refused(file)).toEqual(lines);
});

test.each([
  ['verify', 'lineage'],
  ['collect', 'verify'],
  ['oms', 'verify'],
  ['identity', 'policy'],
  ['verify', 'sign'],
])('no file of src/%s/ imports src/%s/', (part, user) => {
  const dir = join(REPO_ROOT, 'src', part);
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
    f.endsWith('.ts'),
  );
  expect(files.length).toBeGreaterThan(3);
  const back = new RegExp(`from '\\.\\./${user}/`);
  const importing = files.filter((f) => back.test(readFileSync(join(dir, f), 'utf8')));
  expect(importing.map((f) => relative(REPO_ROOT, join(dir, f)))).toEqual([]);
});
