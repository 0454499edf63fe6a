// Advisory sources: one OSV file, a directory, a file holding a list, osv.dev's export zip.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
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

  it('a zip written by a streaming writer (sizes in data descriptors) is read whole', () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      parts.push(chunk);
    });
    for (const id of ['D1', 'D2', 'D3']) {
      const entry = new ZipDeflate(`${id}.json`, { level: 6 });
      zip.add(entry);
      entry.push(strToU8(JSON.stringify(rec(id, { details: 'y'.repeat(3000) }))), true);
    }
    zip.end();
    const f = join(dir, 'streamed.zip');
    writeFileSync(f, Buffer.concat(parts));
    expect(loadAdvisories([{ path: f }]).records.map((r) => r.id)).toEqual(['D1', 'D2', 'D3']);
  });

  // The caps, lowered here (loadAdvisories' `limits`) so the test stays small; the e2e test
  // sends a real 65 MiB entry through the command against the real ones.
  const small = { fileBytes: 4096, entryBytes: 2048, zipBytes: 3000 };

  it('a zip whose records together expand past the cap is refused, naming it and the limit', () => {
    const f = join(dir, 'many.zip');
    const big = (id: string) => strToU8(JSON.stringify(rec(id, { details: 'x'.repeat(1200) })));
    writeFileSync(f, zipSync({ 'A.json': big('A'), 'B.json': big('B'), 'C.json': big('C') }));
    expect(loadAdvisories([{ path: f }]).records).toHaveLength(3);
    const e = thrown(() => loadAdvisories([{ path: f }], small));
    expect(e).toMatchObject({ code: 'INPUT_INVALID', input: 'advisories', value: f });
    expect(e.message).toContain(`${f} expands to more than the 2.9 KiB a zip may take`);
    expect(e.fix).toContain('osv.dev');
  });

  it('a file or zip larger than the cap is refused before it is read', () => {
    const f = join(dir, 'huge.json');
    writeFileSync(f, JSON.stringify([rec('H1', { details: 'x'.repeat(5000) })]));
    const e = thrown(() => loadAdvisories([{ path: f }], small));
    expect(e).toMatchObject({ code: 'INPUT_INVALID', input: 'advisories', value: f });
    expect(e.message).toMatch(/is 5\.\d KiB, more than the 4\.0 KiB a file may take/);
  });

  it('default: the shipped records in the repository', () => {
    expect(shippedAdvisoriesDir()).toMatch(/advisories[/\\]osv$/);
    const db = loadAdvisories(['default']);
    expect(db.records.length).toBeGreaterThanOrEqual(25);
    expect(db.sources[0]).toMatch(/^default \(\d+ records\)$/);
  });
});
