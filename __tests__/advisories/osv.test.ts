// A malformed OSV record is an input error naming the file and the field.
import { readOsvRecord } from '../../src/advisories/osv.js';
import { ProvenanceError } from '../../src/errors.js';

const good = {
  id: 'GHSA-xxxx-yyyy-zzzz',
  modified: '2026-12-01T00:00:00Z',
  aliases: ['CVE-2026-0001'],
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'torch' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.6.0' }] }],
    },
  ],
};

function errorOf(json: unknown): ProvenanceError {
  try {
    readOsvRecord(json, 'osv/bad.json');
  } catch (e) {
    return e as ProvenanceError;
  }
  throw new Error('accepted');
}

describe('reading OSV records', () => {
  it('reads a record', () => {
    expect(readOsvRecord(good, 'a.json')).toMatchObject({ id: good.id, origin: 'a.json' });
  });

  it.each([
    [{ ...good, id: 7 }, "'id' must be a non-empty string, got 7"],
    [{ ...good, modified: undefined }, "'modified' must be a non-empty string, got nothing"],
    [{ ...good, aliases: 'CVE-1' }, "'aliases' must be a list of strings"],
    [
      { ...good, affected: [{ package: { ecosystem: 'PyPI' } }] },
      "'affected[0].package.name' must be a non-empty string",
    ],
    [
      { ...good, affected: [{ ranges: [{ type: 'RANGE', events: [] }] }] },
      "'affected[0].ranges[0].type' must be ECOSYSTEM or SEMVER or GIT",
    ],
    [
      { ...good, affected: [{ ranges: [{ type: 'ECOSYSTEM', events: [{ fixed: '1.0' }] }] }] },
      "'affected[0].ranges[0].events' must be a list with an 'introduced' event",
    ],
    [
      {
        ...good,
        affected: [
          { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0', fixed: '1.0' }] }] },
        ],
      },
      "'affected[0].ranges[0].events[0]' must be one of introduced, fixed, last_affected, limit",
    ],
    [[good], "'(record)' must be an object"],
  ])('%#: refused', (json, message) => {
    const e = errorOf(json);
    expect(e).toBeInstanceOf(ProvenanceError);
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.input).toBe('advisories');
    expect(e.message).toContain('advisory osv/bad.json: ');
    expect(e.message).toContain(message);
  });
});
