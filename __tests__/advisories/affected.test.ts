// The OSV evaluation rules (https://ossf.github.io/osv-schema/#evaluation) on PyPI versions.
import { affectedBy } from '../../src/advisories/affected.js';
import { readOsvRecord, type OsvEvent } from '../../src/advisories/osv.js';

function record(events: OsvEvent[][], versions?: string[], name = 'torch') {
  return readOsvRecord(
    {
      id: 'TEST-1',
      modified: '2026-12-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'PyPI', name },
          ranges: events.map((e) => ({ type: 'ECOSYSTEM', events: e })),
          ...(versions ? { versions } : {}),
        },
      ],
    },
    'test.json',
  );
}

const hit = (r: ReturnType<typeof record>, v: string, name = 'torch') =>
  affectedBy(r, name, v) === undefined ? 'unknown' : affectedBy(r, name, v) !== false;

describe('OSV evaluation', () => {
  it('introduced 0 up to fixed (exclusive)', () => {
    const r = record([[{ introduced: '0' }, { fixed: '2.6.0' }]]);
    expect([hit(r, '1.13.0'), hit(r, '2.5.1'), hit(r, '2.6.0'), hit(r, '2.7')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('last_affected is inclusive', () => {
    const r = record([[{ introduced: '0' }, { last_affected: '2.4.1' }]]);
    expect([hit(r, '2.4.1'), hit(r, '2.4.1.post1'), hit(r, '2.4.2')]).toEqual([true, false, false]);
  });

  it('several introduced/fixed pairs in one range, events given out of order', () => {
    const r = record([
      [{ fixed: '2.4.3' }, { introduced: '2.3.0' }, { introduced: '2.4.0' }, { fixed: '2.3.4' }],
    ]);
    const got = ['2.2.9', '2.3.0', '2.3.3', '2.3.4', '2.3.9', '2.4.0', '2.4.2', '2.4.3'].map((v) =>
      hit(r, v),
    );
    expect(got).toEqual([false, true, true, false, false, true, true, false]);
  });

  it('an introduced with no fix affects everything after it', () => {
    const r = record([[{ introduced: '3.0.0' }]]);
    expect([hit(r, '2.9'), hit(r, '3.0.0'), hit(r, '99')]).toEqual([false, true, true]);
  });

  it('pre-releases are ordered, not skipped: a release candidate of the fix is affected', () => {
    const r = record([[{ introduced: '0' }, { fixed: '2.6.0' }]]);
    expect([hit(r, '2.6.0rc1'), hit(r, '2.6.0.dev20250101')]).toEqual([true, true]);
  });

  it('a CUDA local version is judged as its public version', () => {
    const r = record([[{ introduced: '0' }, { fixed: '2.6.0' }]]);
    expect([hit(r, '2.5.1+cu121'), hit(r, '2.6.0+cu124')]).toEqual([true, false]);
  });

  it('the versions list adds exact versions', () => {
    const r = record([[{ introduced: '1.0' }, { fixed: '1.1' }]], ['2.5.0']);
    expect([hit(r, '2.5.0'), hit(r, '2.5.0+cpu'), hit(r, '2.5.1'), hit(r, '1.0.5')]).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it('names are compared as PEP 503 normalises them; other packages are not affected', () => {
    const r = record([[{ introduced: '0' }]], undefined, 'Scikit_Learn');
    expect(hit(r, '1.0', 'scikit-learn')).toBe(true);
    expect(hit(r, '1.0', 'torch')).toBe(false);
  });

  it('a version that cannot be ordered is undecided, so a policy can fail closed', () => {
    const r = record([[{ introduced: '0' }, { fixed: '2.6.0' }]]);
    expect(hit(r, 'a1b2c3')).toBe('unknown');
  });

  it('a withdrawn record affects nothing', () => {
    const r = { ...record([[{ introduced: '0' }]]), withdrawn: '2026-01-01T00:00:00Z' };
    expect(hit(r, '1.0')).toBe(false);
  });

  it('reports the fixed and last affected versions', () => {
    const r = record([
      [{ introduced: '0' }, { fixed: '2.6.0' }],
      [{ introduced: '3.0' }, { last_affected: '3.1' }],
    ]);
    expect(affectedBy(r, 'torch', '3.0')).toEqual({ fixed: ['2.6.0'], lastAffected: ['3.1'] });
  });
});
