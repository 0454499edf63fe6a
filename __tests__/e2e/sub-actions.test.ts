// verify/action.yml and review/action.yml: generated from the root action.yml, so a sub-action
// never declares an input with another description or default than the root; each declares
// what its job reads and nothing of attest's.
import { execFileSync } from 'node:child_process';
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

test('the written sub-actions are what scripts/sub-actions.mjs makes of action.yml', () => {
  expect(() =>
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/sub-actions.mjs'), '--check']),
  ).not.toThrow();
});

test.each(['verify', 'review'])(
  "%s/action.yml: the root's inputs, its own job, the same bundle",
  (kind) => {
    const root = read('action.yml');
    const sub = read(`${kind}/action.yml`);
    for (const [name, spec] of Object.entries(sub.inputs)) {
      if (name === 'sub-action') expect(spec.default).toBe(kind);
      else expect(spec).toEqual(root.inputs[name]);
    }
    for (const attestOnly of ['datasets', 'python', 'sign', 'sigstore', 'push-to-github', 'mode'])
      expect(sub.inputs[attestOnly]).toBeUndefined();
    expect(Object.keys(sub.outputs)).toContain('verified');
    expect(sub.runs.using).toBe(root.runs.using);
    expect(join(REPO_ROOT, kind, sub.runs.main)).toBe(join(REPO_ROOT, root.runs.main));
  },
);

test('every input verify and review read is declared by their sub-action', () => {
  for (const kind of ['verify', 'review']) {
    const source = readFileSync(join(REPO_ROOT, 'src/action', `${kind}.ts`), 'utf8');
    const read = [...source.matchAll(/(?:input|boolInput)\('([a-z-]+)'/g)].map((m) => m[1]!);
    const declared = Object.keys(
      parse(readFileSync(join(REPO_ROOT, kind, 'action.yml'), 'utf8')).inputs,
    );
    expect(read.filter((name) => !declared.includes(name))).toEqual([]);
  }
});
