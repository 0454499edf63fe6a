// The surface is generated from one spec (src/surface/spec.ts): the three action.yml and the
// README's tables must be what `npm run surface` makes of it, and the spec itself must keep its
// rules (an input and its flag agree unless a reason says why not).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../../src/surface/write.js';
import {
  ACTIONS,
  COMMANDS,
  ENTRIES,
  REMOVED,
  actionInputs,
  commandEntries,
  flagName,
  useIn,
} from '../../src/surface/spec.js';
import { REPO_ROOT } from '../../tools/runner/index.js';

test.each(generatedFiles(REPO_ROOT).map((f) => [f.path, f.text]))(
  '%s is what `npm run surface` writes from the spec',
  (path, text) => {
    expect(readFileSync(join(REPO_ROOT, path), 'utf8')).toBe(text);
  },
);

test('an input and its flag have one name, type and default, unless the spec says why', () => {
  const disagree: string[] = [];
  for (const e of ENTRIES) {
    const actions = ACTIONS.filter((a) => useIn(e, { action: a }));
    const commands = COMMANDS.filter((c) => useIn(e, { command: c }));
    if (actions.length === 0 && !e.cliOnly) disagree.push(`${e.name}: CLI only, no reason`);
    if (commands.length === 0 && !e.actionOnly) disagree.push(`${e.name}: action only, no reason`);
    if (actions.length > 0 && e.cliOnly) disagree.push(`${e.name}: cliOnly but in an action`);
    if (commands.length > 0 && e.actionOnly) disagree.push(`${e.name}: actionOnly but a flag`);
    for (const c of commands) {
      const use = useIn(e, { command: c })!;
      if (use.default !== undefined && use.default !== e.default)
        disagree.push(`${e.name}: --${flagName(e)} on ${c} has another default, no reason`);
      // A list flag that takes one value on a command must say why.
      if (use.single !== undefined && use.single.trim() === '')
        disagree.push(`${e.name}: single without a reason`);
    }
    if (e.cliDefault && !e.cliDefault.reason.trim())
      disagree.push(`${e.name}: cliDefault, no reason`);
    // The plural rule: a list named in the plural has its flag in the singular, and nothing else.
    if (e.singular && !(e.type === 'list' || e.type === 'paths'))
      disagree.push(`${e.name}: singular but not a list`);
    if (e.singular && flagName(e) === e.name) disagree.push(`${e.name}: singular of itself`);
    if (!e.singular && flagName(e) !== e.name) disagree.push(`${e.name}: a second name`);
  }
  expect(disagree).toEqual([]);
});

test('names are unique, and no removed input or flag is still declared where it was removed', () => {
  const names = ENTRIES.map((e) => e.name);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  for (const r of REMOVED.filter((x) => x.value === undefined)) {
    for (const a of r.actions ?? [])
      expect([
        r.name,
        a,
        actionInputs(a)
          .map((e) => e.name)
          .includes(r.name),
      ]).toEqual([r.name, a, false]);
    for (const c of r.commands ?? [])
      expect([r.name, c, commandEntries(c).map(flagName).includes(r.name)]).toEqual([
        r.name,
        c,
        false,
      ]);
    expect(r.replacement.length).toBeGreaterThan(10);
    expect(r.reason.length).toBeGreaterThan(10);
  }
});

test('the v1 counts: the root action attests with 20 inputs', () => {
  expect(actionInputs('attest').map((e) => e.name)).toHaveLength(20);
});
