// Fuzz: the policy file as verify and review read it (YAML, every error collected with its
// line), from the README's full policy, mutated as a tree and as YAML text (duplicate keys,
// anchors and aliases, tags, merge keys, flow nesting).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadPolicy, parsePolicy } from '../../src/policy/policy.js';
import { mangledText, mutated } from './mutate.js';
import { fuzz } from './property.js';
import { POLICY, POLICY_TEXT } from './valid.js';

const TEXT = POLICY_TEXT;
const lines = TEXT.split('\n');

/** YAML's own traps, spliced in at a line: what a tree mutation cannot write. */
const YAML_TRAPS = [
  'version: 1',
  'datasets: &a {allow: [x]}\nframeworks: *a',
  'x: &a [*a]',
  '<<: {version: 1}',
  'max-age: !!binary aGVsbG8=',
  'build-type: !!js/function "function(){}"',
  'identity: !custom {repository: a/b}',
  'max-age: !!timestamp 2001-12-14',
  'datasets: !!set {? a, ? b}',
  'frameworks: !!omap [a: 1, b: 2]',
  `datasets: ${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  `${'k'.repeat(50_000)}: 1`,
  '? [complex, key]\n: 1',
  'max-age: 99999999999999999999999999d',
  'version: 0x1',
  'version: 1.0',
  'version: "1"',
  '%YAML 1.1\n---',
  '--- !!map\n...',
  'a: b\n---\nc: d',
  '\t- tab',
  'max-age: 30d # comment\n  continued',
  'frameworks:\n  deny:\n    - package: torch\n      versions: [">=1", {a: 1}]',
];

const atLine = fc.nat({ max: lines.length });
const yamlText = fc.oneof(
  mutated(POLICY).map((p) => stringify(p)),
  mutated(POLICY).map((p) => JSON.stringify(p)),
  mangledText(TEXT),
  fc
    .tuple(atLine, fc.constantFrom(...YAML_TRAPS))
    .map(([i, trap]) => [...lines.slice(0, i), trap, ...lines.slice(i)].join('\n')),
  fc.tuple(atLine, atLine).map(([i, j]) => [...lines, lines[i]!, lines[j]!].join('\n')),
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuzz-policy-'));
});

test('the valid policy parses (the generator starts from a good file)', () => {
  expect(parsePolicy(TEXT).version).toBe(1);
});

test('a mutated policy is read or refused with a named error', async () => {
  await fuzz(yamlText, (text) => parsePolicy(text, 'fuzz.yml'), 500);
});

test('a damaged policy file is read or refused with a named error', async () => {
  let n = 0;
  await fuzz(
    yamlText,
    async (text) => {
      const path = join(dir, `p${n++}.yml`);
      await writeFile(path, text);
      return loadPolicy(path);
    },
    100,
  );
});
