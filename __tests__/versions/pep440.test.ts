import { readFileSync } from 'node:fs';
import { compareVersions, parseRange, satisfies } from '../../src/versions/pep440.js';

interface Case {
  specifier: string;
  version: string;
  contains: boolean;
}
// Computed once by Python's packaging; the command that made it is in the file.
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/pep440/packaging-cases.json', import.meta.url), 'utf8'),
) as { source: string; command: string; cases: Case[] };

function range(text: string | string[]) {
  const parsed = parseRange(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

describe('PEP 440 specifier sets, as packaging evaluates them', () => {
  it('has the cases the issue asks for', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(40);
    expect(fixture.source).toMatch(/^Python packaging /);
  });

  it.each(fixture.cases.map((c) => [c.specifier, c.version, c.contains] as const))(
    "'%s' contains %s: %s",
    (specifier, version, contains) => {
      expect(satisfies(version, range(specifier).range)).toBe(contains);
    },
  );
});

describe('ranges', () => {
  it('a list matches when any of its sets does', () => {
    const r = range(['<1.13.1', '>=2.0,<2.2']).range;
    expect(satisfies('1.13.0', r)).toBe(true);
    expect(satisfies('2.1.2', r)).toBe(true);
    expect(satisfies('1.13.1', r)).toBe(false);
    expect(satisfies('2.2.0', r)).toBe(false);
  });

  it('reads the old || syntax with a notice naming the replacement', () => {
    const p = range('>=2.3.0,<2.3.4 || >=2.4.0 <2.4.3 || 2.5.0');
    expect(p.range.sets).toEqual(['>=2.3.0,<2.3.4', '>=2.4.0,<2.4.3', '==2.5.0']);
    expect(p.notice).toContain("the list ['>=2.3.0,<2.3.4', '>=2.4.0,<2.4.3', '==2.5.0']");
    expect(satisfies('2.4.1', p.range)).toBe(true);
    expect(satisfies('2.4.3', p.range)).toBe(false);
  });

  it('a PEP 440 set has no notice; nonsense is an error', () => {
    expect(range('>=2.0,<2.6').notice).toBeUndefined();
    expect(parseRange('>=banana')).toMatch(/not a PEP 440 specifier set/);
    expect(parseRange(['>=2.0', 'nope<'])).toMatch(/'nope<' is not a PEP 440 specifier set/);
  });

  it('a version that is not PEP 440 cannot be judged', () => {
    expect(satisfies('a1b2c3d', range('<2.6').range)).toBeUndefined();
    expect(satisfies('anything', range('*').range)).toBe(true);
  });

  it('orders versions as PEP 440 does', () => {
    const ordered = ['1.0.dev0', '1.0a1', '1.0a2.dev1', '1.0a2', '1.0b1', '1.0rc1', '1.0'];
    ordered.push('1.0.post1.dev0', '1.0.post1', '1.1', '2.0', '1!0.1');
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect([ordered[i], compareVersions(ordered[i]!, ordered[i + 1]!)]).toEqual([ordered[i], -1]);
      expect(compareVersions(ordered[i + 1]!, ordered[i]!)).toBe(1);
    }
    expect(compareVersions('2.3', '2.3.0')).toBe(0);
  });

  it('orders public versions, local labels ignored', () => {
    expect(compareVersions('2.3.1+cu121', '2.3.1')).toBe(0);
    expect(compareVersions('2.6.0rc1', '2.6.0')).toBe(-1);
    expect(compareVersions('1!0.1', '9.0')).toBe(1);
    expect(compareVersions('main', '1.0')).toBeUndefined();
  });
});
