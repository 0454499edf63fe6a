// verify/action.yml and review/action.yml are generated from the spec (src/surface/spec.ts,
// __tests__/surface/generated.test.ts checks them): each declares what its job reads and
// nothing of attest's, and runs the root's bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../tools/runner/index.js';

interface Yml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const read = (path: string) => parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as Yml;

test.each(['verify', 'review'])('%s/action.yml: its own job, the same bundle', (kind) => {
  const root = read('action.yml');
  const sub = read(`${kind}/action.yml`);
  expect(sub.inputs['sub-action']?.default).toBe(kind);
  for (const attestOnly of ['datasets', 'python', 'sign', 'sigstore', 'push-to-github', 'mode'])
    expect(sub.inputs[attestOnly]).toBeUndefined();
  // Descriptions speak of this job, never of another's files.
  expect(sub.inputs['output-dir']?.description).not.toMatch(/provenance\.intoto\.json/);
  expect(Object.keys(sub.outputs)).toContain('verified');
  expect(sub.runs.using).toBe(root.runs.using);
  expect(join(REPO_ROOT, kind, sub.runs.main)).toBe(join(REPO_ROOT, root.runs.main));
});

test('every input the actions read is declared by their action.yml', () => {
  for (const [kind, file] of [
    ['attest', 'action.yml'],
    ['verify', 'verify/action.yml'],
    ['review', 'review/action.yml'],
  ]) {
    const source = readFileSync(join(REPO_ROOT, 'src/action', `${kind}.ts`), 'utf8');
    const read = [...source.matchAll(/(?:input|boolInput)\('([a-z-]+)'/g)].map((m) => m[1]!);
    const declared = Object.keys(parse(readFileSync(join(REPO_ROOT, file!), 'utf8')).inputs);
    expect(read.filter((name) => !declared.includes(name))).toEqual([]);
  }
});
