// PEP 440 versions and ranges, as the policy's `versions:` and the advisories use them.
import {
  compareVersions,
  parseRange,
  parseVersion,
  satisfies,
  type VersionRange,
} from '../../src/policy/versions.js';

describe('PEP 440 versions and ranges', () => {
  test('ordering follows PEP 440', () => {
    const ordered = [
      '1.0.dev0',
      '1.0a1',
      '1.0a2.dev1',
      '1.0a2',
      '1.0b1',
      '1.0rc1',
      '1.0',
      '1.0.post1.dev0',
      '1.0.post1',
      '1.1',
      '2.0',
      '1!0.1',
    ];
    for (let i = 0; i + 1 < ordered.length; i++) {
      const a = parseVersion(ordered[i]!)!;
      const b = parseVersion(ordered[i + 1]!)!;
      expect([ordered[i], compareVersions(a, b)]).toEqual([ordered[i], -1]);
      expect(compareVersions(b, a)).toBe(1);
    }
  });

  test('local versions compare as their base; trailing zeros do not matter', () => {
    expect(compareVersions(parseVersion('2.3.1+cu121')!, parseVersion('2.3.1')!)).toBe(0);
    expect(compareVersions(parseVersion('2.3')!, parseVersion('2.3.0')!)).toBe(0);
    expect(parseVersion('2.3.1+cu121')!.local).toBe('cu121');
    expect(parseVersion('not-a-version')).toBeUndefined();
  });

  const r = (t: string) => parseRange(t) as VersionRange;
  test.each([
    ['2.3.1+cu121', '<2.6.0', true],
    ['2.6.0+cu124', '<2.6.0', false],
    ['2.6.0rc1', '<2.6.0', true],
    ['2.5.1', '>=2.0,<2.6', true],
    ['2.6.0', '>=2.0, <2.6', false],
    ['2.3.7', '==2.3.*', true],
    ['2.4.0', '==2.3.*', false],
    ['2.5.0', '!=2.5.0', false],
    ['2.9', '~=2.2', true],
    ['3.0', '~=2.2', false],
    ['2.4.2', '>=2.3.0,<2.3.4 || >=2.4.0,<2.4.3', true],
    ['2.4.3', '>=2.3.0,<2.3.4 || >=2.4.0,<2.4.3', false],
    ['1.0', '>= 1.0 < 2', true],
    ['5', '*', true],
  ])('%s in %s → %s', (v, range, want) => {
    expect(satisfies(v, r(range))).toBe(want);
  });

  test('bad ranges are described, unreadable versions are undefined', () => {
    expect(parseRange('>=2.x')).toMatch(/'2.x' in '>=2.x' is not a version/);
    expect(parseRange('<2.*')).toMatch(/a '.\*' suffix works only with == and !=/);
    expect(parseRange('~=2')).toMatch(/~= needs at least two release numbers/);
    expect(satisfies('garbage', r('<2'))).toBeUndefined();
  });
});
