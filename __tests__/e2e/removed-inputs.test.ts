// v1 renamed and merged inputs and flags (docs/migrating-to-v1.md). A removed one is never
// ignored: the bundled action fails the step, and the command exits 2, naming what replaces it.
// The runner passes an undeclared input through as INPUT_<NAME> with only a warning, so without
// this `mode: verify` would attest, and `fulcio-url` would sign on another instance.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REMOVED, type ActionName, type CommandName } from '../../src/surface/spec.js';
import { runAction } from '../../tools/runner/index.js';
import { runBare } from '../helpers/shell.js';

let ws: string;
beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-removed-'));
});
afterAll(() => rm(ws, { recursive: true, force: true }));

const actionCases: Array<[string, ActionName, string, string]> = REMOVED.flatMap((r) =>
  (r.actions ?? []).map(
    (a) => [r.name, a, r.value ?? 'something', r.by] as [string, ActionName, string, string],
  ),
);
const commandCases: Array<[string, CommandName, string, string]> = REMOVED.flatMap((r) =>
  (r.commands ?? []).map(
    (c) => [r.name, c, r.value ?? 'something', r.by] as [string, CommandName, string, string],
  ),
);

test.each(actionCases)(
  "the %s input of the %s action fails the step, naming '%s'… and its replacement",
  async (name, action, value, by) => {
    const r = await runAction({
      workspace: ws,
      ...(action === 'attest' ? {} : { action }),
      // Everything else valid as far as it goes: the removed input alone is the fault.
      inputs: { model: 'model', sign: 'false', [name]: value },
    });
    expect(r.exitCode).not.toBe(0);
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? r.stdout;
    expect(error).toContain(`INPUT_INVALID: input '${name}'`);
    expect(error).toContain(`was removed in v1: use ${by}`);
    expect(error).toContain('docs/migrating-to-v1.md');
    // Nothing was done: no statement written, no output set.
    expect(r.outputs).toEqual({});
  },
);

test.each(commandCases)(
  '%s --%s exits 2, naming its replacement',
  async (name, command, value, by) => {
    const r = await runBare([command, `--${name}`, value, '--model', 'model'], ws);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`--${name}`);
    expect(r.stderr).toContain(`was removed in v1: use --${by}`);
  },
);

test('--sigstore custom as --sigstore=custom too', async () => {
  const r = await runBare(['attest', '--model', 'model', '--sigstore=custom'], ws);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('use --trust-config');
});

test('a named instance is not a removed value', async () => {
  const r = await runBare(
    ['attest', '--model', 'missing-model', '--no-sign', '--sigstore', 'public-good'],
    ws,
  );
  expect(r.stderr).not.toContain('removed in v1');
});
