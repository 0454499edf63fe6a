// The `lineage` command as typed, through the bundled CLI: listed in the help, its own --help,
// and bad usage refused with exit 2 naming the flag, before any bundle is read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBare } from '../helpers/shell.js';

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
  [['lineage', 'b.json', '--format', 'svg'], /input '--format': 'svg' is not a lineage format/],
  [['lineage'], /input 'lineage': lineage takes the bundle of the model to walk/],
  [['lineage', 'a.json', 'b.json'], /unexpected argument 'b\.json'/],
  [['lineage', 'b.json', '--no-such-flag'], /Unknown option '--no-such-flag'/],
])('%j is bad usage: exit 2, naming what is wrong', async (argv, message) => {
  const r = await runBare(argv, ws);
  expect([r.code, r.stdout]).toEqual([2, '']);
  expect(r.stderr).toMatch(message);
});
