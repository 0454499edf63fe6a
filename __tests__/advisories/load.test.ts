// Advisory sources: one OSV file, a directory, a file holding a list, osv.dev's export zip.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { loadAdvisories, shippedAdvisoriesDir } from '../../src/advisories/load.js';
import { ProvenanceError } from '../../src/errors.js';

const rec = (id: string, extra: Record<string, unknown> = {}, ecosystem = 'PyPI') => ({
  id,
  modified: '2026-12-01T00:00:00Z',
  affected: [
    {
      package: { ecosystem, name: 'torch' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.6.0' }] }],
    },
  ],
  ...extra,
});

const dir = mkdtempSync(join(tmpdir(), 'osv-load-'));

function thrown(f: () => unknown): ProvenanceError {
  try {
    f();
  } catch (e) {
    return e as ProvenanceError;
  }
  throw new Error('accepted');
}

describe('loading advisories', () => {
  it('a directory: its .json records, withdrawn and non-PyPI ones left out', () => {
    const d = join(dir, 'osv');
    mkdirSync(d);
    writeFileSync(join(d, 'A.json'), JSON.stringify(rec('A')));
    writeFileSync(
      join(d, 'B.json'),
      JSON.stringify(rec('B', { withdrawn: '2026-01-01T00:00:00Z' })),
    );
    writeFileSync(join(d, 'C.json'), JSON.stringify(rec('C', {}, 'npm')));
    writeFileSync(join(d, 'notes.txt'), 'not a record');
    const db = loadAdvisories([{ path: d }]);
    expect(db.records.map((r) => r.id)).toEqual(['A']);
    expect(db.byPackage.get('torch')?.map((r) => r.id)).toEqual(['A']);
    expect(db.sources).toEqual([`${d} (1 records)`]);
  });

  it("a file holding a list of records (osv-scanner's shape)", () => {
    const f = join(dir, 'list.json');
    writeFileSync(f, JSON.stringify([rec('L1'), rec('L2')]));
    expect(loadAdvisories([{ path: f }]).records.map((r) => r.id)).toEqual(['L1', 'L2']);
  });

  it("osv.dev's per-ecosystem export zip", () => {
    const f = join(dir, 'all.zip');
    writeFileSync(
      f,
      zipSync({
        'PYSEC-1.json': strToU8(JSON.stringify(rec('PYSEC-1'))),
        'GHSA-2.json': strToU8(JSON.stringify(rec('GHSA-2'))),
      }),
    );
    expect(loadAdvisories([{ path: f }]).records.map((r) => r.id)).toEqual(['GHSA-2', 'PYSEC-1']);
  });

  it('a malformed record inside a zip is named by the zip and its entry', () => {
    const f = join(dir, 'bad.zip');
    writeFileSync(f, zipSync({ 'X.json': strToU8(JSON.stringify({ id: 'X' })) }));
    const e = thrown(() => loadAdvisories([{ path: f }]));
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.message).toContain(`advisory ${f}!X.json: 'modified' must be a non-empty string`);
  });

  it('not JSON, not a zip, not there: input errors naming the path', () => {
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "id": ');
    expect(thrown(() => loadAdvisories([{ path: notJson }]))).toMatchObject({
      code: 'PARSE_ERROR',
      input: 'advisories',
      value: notJson,
    });
    const notZip = join(dir, 'fake.zip');
    writeFileSync(notZip, 'PK but not really');
    expect(thrown(() => loadAdvisories([{ path: notZip }]))).toMatchObject({ code: 'PARSE_ERROR' });
    const missing = join(dir, 'nope');
    expect(thrown(() => loadAdvisories([{ path: missing }]))).toMatchObject({
      code: 'FILE_UNREADABLE',
      value: missing,
    });
  });

  it('default: the shipped records in the repository', () => {
    expect(shippedAdvisoriesDir()).toMatch(/advisories[/\\]osv$/);
    const db = loadAdvisories(['default']);
    expect(db.records.length).toBeGreaterThanOrEqual(25);
    expect(db.sources[0]).toMatch(/^default \(\d+ records\)$/);
  });
});
