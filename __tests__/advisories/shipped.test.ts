// The shipped advisories: each an OSV record that cites where it was transcribed from, and
// none affecting the versions it names as fixed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { affectedBy } from '../../src/advisories/affected.js';
import { loadAdvisories, shippedAdvisoriesDir } from '../../src/advisories/load.js';
import { findAdvisories } from '../../src/advisories/match.js';

const db = loadAdvisories(['default']);

describe('shipped advisories', () => {
  it('one file per record, named by its id, each citing its source', () => {
    const files = readdirSync(shippedAdvisoriesDir()).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(db.records.length);
    for (const r of db.records) {
      expect(r.origin).toBe(join(shippedAdvisoriesDir(), `${r.id}.json`));
      const source = r.database_specific?.source as string;
      expect([r.id, source]).toEqual([
        r.id,
        expect.stringMatching(/^https:\/\/(github\.com|osv\.dev|nvd\.nist\.gov)\//),
      ]);
      expect(r.references?.some((x) => x.type === 'ADVISORY' && x.url === source)).toBe(true);
      const raw = JSON.parse(readFileSync(r.origin, 'utf8')) as { schema_version: string };
      expect(raw.schema_version).toBe('1.6.0');
    }
  });

  it('no record affects a version it says is fixed', () => {
    for (const r of db.records)
      for (const a of r.affected ?? [])
        for (const e of (a.ranges ?? []).flatMap((x) => x.events))
          if ('fixed' in e)
            expect([r.id, e.fixed, affectedBy(r, a.package!.name, e.fixed)]).toEqual([
              r.id,
              e.fixed,
              false,
            ]);
  });

  it('torch 1.13.0 is affected by more than the five advisories 0.1 shipped', () => {
    const { findings } = findAdvisories(db, [{ name: 'torch', version: '1.13.0' }]);
    expect(findings.length).toBeGreaterThan(5);
    expect(findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['GHSA-47fc-vmwq-366v', 'CVE-2024-48063', 'CVE-2024-5480']),
    );
  });
});
