// The shipped advisories: each one readable, cited, and not affecting its own fixed version.
import { DEFAULT_ADVISORIES } from '../../src/policy/advisories.js';
import { parseRange, satisfies, type VersionRange } from '../../src/policy/versions.js';

describe('shipped advisories', () => {
  test('every shipped advisory has a parseable range, a CVE id and a citation URL', () => {
    expect(DEFAULT_ADVISORIES.length).toBeGreaterThanOrEqual(15);
    for (const a of DEFAULT_ADVISORIES) {
      expect(typeof parseRange(a.versions)).toBe('object');
      expect(a.id).toMatch(/^CVE-\d{4}-\d{4,}$/);
      expect(a.url).toMatch(/^https:\/\/(github\.com|osv\.dev)\//);
      expect(a.url).toContain(a.aliases.find((x) => a.url.includes(x)) ?? '#');
      // The fixed version is outside the affected range.
      const firstFixed = a.fixed.split(',')[0]!.trim();
      expect([
        a.id,
        a.package,
        satisfies(firstFixed, parseRange(a.versions) as VersionRange),
      ]).toEqual([a.id, a.package, false]);
    }
  });
});
