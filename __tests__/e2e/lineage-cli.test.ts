// The `lineage` command as typed, through the bundled CLI: listed in the help, its own --help,
// and bad usage refused with exit 2 naming the flag, before any bundle is read. And `diff`
// shows a changed base model as a change of its own (before: "No changes.").
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBare } from '../helpers/shell.js';
import { baseStatement } from '../fixtures/review/pair.js';

let ws: string;
beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-cli-'));
});
afterAll(() => rm(ws, { recursive: true, force: true }));

test('the command is listed, and its help names its formats and flags', async () => {
  const top = await runBare(['--help'], ws);
  expect(top.stdout).toMatch(/^ {2}lineage +verify a model's chain of base models/m);
  const help = await runBare(['lineage', '--help'], ws);
  expect(help.code).toBe(0);
  for (const flag of [
    '--format text|json|mermaid',
    '--output FILE',
    '--evidence DIR',
    '--policy FILE',
    '--public-key PEM',
    '--trust-config FILE',
  ])
    expect(help.stdout).toContain(flag);
});

test.each([
  [['lineage', 'b.json', '--format', 'svg'], /input '--format': 'svg' is not a format/],
  [['lineage'], /input 'lineage': lineage takes the bundle of the model to walk/],
  [['lineage', 'a.json', 'b.json'], /unexpected argument 'b\.json'/],
  [['lineage', 'b.json', '--no-such-flag'], /Unknown option '--no-such-flag'/],
])('%j is bad usage: exit 2, naming what is wrong', async (argv, message) => {
  const r = await runBare(argv, ws);
  expect([r.code, r.stdout]).toEqual([2, '']);
  expect(r.stderr).toMatch(message);
});

test('diff: a base model with other weights is a change, in text and in JSON', async () => {
  const withBase = (hex: string) => {
    const s = JSON.parse(JSON.stringify(baseStatement()));
    s.predicate.buildDefinition.resolvedDependencies.push({
      name: 'llama',
      uri: 'hf://meta-llama/Llama-3.2-1B@4e20de362430cd3b72f300e6b0f18e50e7166e08',
      digest: { sha256: hex.repeat(64) },
      annotations: { role: 'base-model', kind: 'hf-cache' },
    });
    return JSON.stringify(s);
  };
  await writeFile(join(ws, 'old.json'), withBase('a'));
  await writeFile(join(ws, 'new.json'), withBase('b'));
  const text = await runBare(['diff', 'old.json', 'new.json'], ws);
  expect([text.code, text.stderr]).toEqual([0, '']);
  expect(text.stdout).toBe(
    [
      '1 change:',
      'Base models',
      '  ~ llama: digest changed',
      `    llama hf://meta-llama/Llama-3.2-1B@4e20de362430cd3b72f300e6b0f18e50e7166e08 sha256:${'a'.repeat(12)}… -> llama hf://meta-llama/Llama-3.2-1B@4e20de362430cd3b72f300e6b0f18e50e7166e08 sha256:${'b'.repeat(12)}…`,
      '',
    ].join('\n'),
  );
  const json = await runBare(['diff', 'old.json', 'new.json', '--format', 'json'], ws);
  expect(JSON.parse(json.stdout).baseModels.changed).toEqual([
    expect.objectContaining({ name: 'llama', fields: ['digest'] }),
  ]);
});
