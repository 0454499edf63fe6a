// Fuzz: OSV advisories as the gate loads and applies them (a file or a list of records, then
// each record matched against installed packages), from the records this tool ships.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  findAdvisories,
  loadAdvisories,
  pypiPackages,
  readOsvRecord,
  type AdvisoryDatabase,
} from '../../src/advisories/index.js';
import { badFile, mutatedJson } from './mutate.js';
import { fuzz } from './property.js';
import { OSV_RECORDS } from './valid.js';

/** One record, or a list of them in one file (osv-scanner's shape). */
const anyValid = fc.constantFrom(...OSV_RECORDS, OSV_RECORDS.slice(0, 3));
const INSTALLED = [
  '0',
  '1.0',
  '2.5.1',
  '2.6.0+cu121',
  '10!1.0.post1.dev2',
  'not a version',
].flatMap((version) =>
  ['torch', 'transformers', 'keras', 'vllm'].map((name) => ({ name, version })),
);

/** One record read, then matched as the gate matches it. */
function readAndMatch(json: unknown): unknown {
  const record = readOsvRecord(json, 'fuzz.json');
  const db: AdvisoryDatabase = { sources: ['fuzz'], records: [record], byPackage: new Map() };
  for (const p of pypiPackages(record)) db.byPackage.set(p, [record]);
  return findAdvisories(db, INSTALLED);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuzz-osv-'));
});

test('a mutated OSV record is read or refused with a named error', async () => {
  await fuzz(fc.constantFrom(...OSV_RECORDS).chain(mutatedJson), readAndMatch, 600);
});

test('a damaged OSV file is loaded and matched, or refused with a named error', async () => {
  let n = 0;
  await fuzz(
    anyValid.chain((d) => badFile(d)),
    async (text) => {
      const path = join(dir, `a${n++}.json`);
      await writeFile(path, text);
      return findAdvisories(loadAdvisories([{ path }]), INSTALLED);
    },
    300,
  );
});
