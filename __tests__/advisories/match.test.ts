// Findings: one per vulnerability, whatever number of ids the databases gave it.
import { findAdvisories } from '../../src/advisories/match.js';
import type { AdvisoryDatabase } from '../../src/advisories/load.js';
import { readOsvRecord } from '../../src/advisories/osv.js';
import { severityOf } from '../../src/advisories/severity.js';

function rec(id: string, extra: Record<string, unknown> = {}) {
  return readOsvRecord(
    {
      id,
      modified: '2026-12-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'torch' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.6.0' }] }],
        },
      ],
      ...extra,
    },
    `${id}.json`,
  );
}

function db(...records: ReturnType<typeof rec>[]): AdvisoryDatabase {
  return { sources: ['test'], records, byPackage: new Map([['torch', records]]) };
}

describe('findings', () => {
  it('records sharing an alias are reported once, the others as aliases', () => {
    const ghsa = rec('GHSA-aaaa', { aliases: ['CVE-2026-1'], summary: 'the summary' });
    const pysec = rec('PYSEC-2026-9', { aliases: ['CVE-2026-1'] });
    const cve = rec('CVE-2026-1');
    const other = rec('GHSA-bbbb');
    const { findings } = findAdvisories(db(ghsa, pysec, cve, other), [
      { name: 'torch', version: '2.5.0' },
    ]);
    expect(findings.map((f) => [f.id, f.aliases])).toEqual([
      ['GHSA-aaaa', ['CVE-2026-1', 'PYSEC-2026-9']],
      ['GHSA-bbbb', []],
    ]);
    expect(findings[0]!.summary).toBe('the summary');
    expect(findings[0]!.url).toBe('https://osv.dev/vulnerability/GHSA-aaaa');
  });

  it('a link to the ADVISORY reference, else the first, else osv.dev', () => {
    const r = rec('GHSA-cccc', {
      references: [
        { type: 'WEB', url: 'https://example.org/web' },
        { type: 'ADVISORY', url: 'https://example.org/advisory' },
      ],
    });
    const { findings } = findAdvisories(db(r), [{ name: 'torch', version: '1.0' }]);
    expect(findings[0]!.url).toBe('https://example.org/advisory');
  });

  it('most severe first; an unsortable version is undecided, not passed', () => {
    const low = rec('A-LOW', { database_specific: { severity: 'LOW' } });
    const crit = rec('B-CRIT', { database_specific: { severity: 'CRITICAL' } });
    const none = rec('C-NONE');
    const { findings } = findAdvisories(db(low, none, crit), [{ name: 'torch', version: '1.0' }]);
    expect(findings.map((f) => f.id)).toEqual(['B-CRIT', 'A-LOW', 'C-NONE']);
    const undecided = findAdvisories(db(low), [{ name: 'torch', version: 'nightly' }]);
    expect(undecided.undecided.map((u) => u.id)).toEqual(['A-LOW']);
  });
});

describe('severity', () => {
  it("the database's stated level (GitHub's MODERATE is medium)", () => {
    expect(severityOf(rec('X', { database_specific: { severity: 'MODERATE' } }))).toEqual({
      level: 'medium',
    });
  });

  it('else the CVSS vector, scored on FIRST bands', () => {
    const v31 = rec('X', {
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    });
    expect(severityOf(v31)).toEqual({ level: 'critical', from: 'CVSS V3 9.8' });
    const v31low = rec('X', {
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N' }],
    });
    expect(severityOf(v31low)?.level).toBe('low');
    const v4 = rec('X', {
      severity: [
        {
          type: 'CVSS_V4',
          score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
        },
      ],
    });
    expect(severityOf(v4)).toEqual({ level: 'critical', from: 'CVSS V4 9.3' });
  });

  it('nothing stated, or a vector that is not one: no level', () => {
    expect(severityOf(rec('X'))).toBeUndefined();
    expect(
      severityOf(rec('X', { severity: [{ type: 'CVSS_V3', score: 'nonsense' }] })),
    ).toBeUndefined();
  });
});
