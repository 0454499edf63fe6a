// Advisories as OSV data, through the command as a user types it: a record signed on the
// local stack with a real interpreter's packages; a policy's ./osv/ folder, osv.dev's export
// zip given with --advisories, the shipped records, and a malformed record (exit 2).
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { makeTrainingFixture, type TrainingFixture } from '../../tools/fixture/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let stack: Stack;
let fx: TrainingFixture;
let bin: string;
const sh = (line: string) => shell(bin, line, fx.workspace);
const verify = () =>
  `tp verify --model ${fx.modelDir} --bundle prov/training.sigstore.json --trusted-root ${stack.trustedRootPath} --repository acme/vision`;

// The fixture's interpreter has tokenizers 0.19.1, which no shipped advisory names.
const record = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  modified: '2026-12-01T00:00:00Z',
  aliases: ['CVE-2099-0001'],
  summary: 'a test advisory for tokenizers',
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'tokenizers' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0.19.0' }, { fixed: '0.19.2' }] }],
    },
  ],
  database_specific: { severity: 'HIGH' },
  ...extra,
});

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp()]);
  fx = await makeTrainingFixture(await mkdtemp(join(tmpdir(), 'tp-osv-e2e-')));
  const r = await shell(
    bin,
    `tp attest --model ${fx.modelDir} --python .venv --trust-config ${stack.trustConfigFulcioRekorPath} --output-dir prov`,
    fx.workspace,
    { SIGSTORE_ID_TOKEN: await stack.mintToken() },
  );
  if (r.code !== 0) throw new Error(r.stderr);
  await mkdir(join(fx.workspace, 'policy/osv'), { recursive: true });
  await writeFile(
    join(fx.workspace, 'policy/osv/TEST-0001.json'),
    JSON.stringify(record('TEST-0001')),
  );
  await writeFile(
    join(fx.workspace, 'policy/local.yml'),
    'version: 1\nframeworks:\n  advisories: ./osv/\n',
  );
  await writeFile(join(fx.workspace, 'policy/shipped.yml'), 'version: 1\n');
  // osv.dev's export: one record per file, the same vulnerability under two ids.
  await writeFile(
    join(fx.workspace, 'all.zip'),
    zipSync({
      'GHSA-test-0001.json': strToU8(JSON.stringify(record('GHSA-test-0001'))),
      'PYSEC-2099-1.json': strToU8(JSON.stringify(record('PYSEC-2099-1'))),
    }),
  );
}, 120_000);
afterAll(() => stack?.close());

test("a policy's ./osv/ folder flags the recorded version its record names (exit 1)", async () => {
  const r = await sh(`${verify()} --policy policy/local.yml`);
  expect(r.code).toBe(1);
  expect(r.stdout + r.stderr).toContain(
    'tokenizers 0.19.1 is affected by TEST-0001 (CVE-2099-0001), severity high: a test advisory for tokenizers; fixed in 0.19.2',
  );
});

test('the shipped records flag the fixture torch, a CUDA build of 2.3.1 (exit 1)', async () => {
  const r = await sh(`${verify()} --policy policy/shipped.yml`);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/torch 2\.3\.1\+cu121 is affected by GHSA-53q9-r3pm-6pq6/);
});

test("--advisories with osv.dev's zip replaces the shipped data; one vulnerability, reported once", async () => {
  const r = await sh(`${verify()} --policy policy/shipped.yml --advisories all.zip`);
  expect(r.code).toBe(1);
  const lines = (r.stdout.match(/tokenizers 0\.19\.1 is affected by [^\n]*/g) ?? []).filter(
    (l) => !l.includes('|'),
  );
  expect(lines.length).toBeGreaterThanOrEqual(1);
  expect(new Set(lines).size).toBe(1);
  expect(lines[0]).toContain('GHSA-test-0001 (CVE-2099-0001, PYSEC-2099-1)');
  expect(r.stdout).not.toContain('GHSA-53q9-r3pm-6pq6');
});

/** A zip of one entry: 65 MiB of spaces, which deflate shrinks to about 64 KiB. */
function bombZip(declaredSize?: number): Uint8Array {
  const zip = zipSync({ 'BOMB-1.json': new Uint8Array(65 * 2 ** 20).fill(0x20) }, { level: 9 });
  if (declaredSize === undefined) return zip;
  // A header that understates the size: the local header's and the central directory's field.
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(22, declaredSize, true);
  const central = zip.findIndex(
    (_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50,
  );
  view.setUint32(central + 24, declaredSize, true);
  return zip;
}

test('a zip entry that expands past the cap is refused before it is inflated (exit 2)', async () => {
  await writeFile(join(fx.workspace, 'bomb.zip'), bombZip());
  const r = await sh(`${verify()} --advisories bomb.zip`);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /^error: INPUT_INVALID: input 'advisories': .*bomb\.zip!BOMB-1\.json expands to 65\.0 MiB, more than the 64\.0 MiB .* Fix: /,
  );
});

test('a zip entry whose header understates its size is stopped as it expands (exit 2)', async () => {
  await writeFile(join(fx.workspace, 'liar.zip'), bombZip(100));
  const r = await sh(`${verify()} --advisories liar.zip`);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /^error: INPUT_INVALID: input 'advisories': .*liar\.zip!BOMB-1\.json expands to more than the 64\.0 MiB .* Fix: /,
  );
});

test('a malformed record is an input error naming the file and the field (exit 2)', async () => {
  await writeFile(
    join(fx.workspace, 'bad.json'),
    JSON.stringify(record('BAD', { affected: [{ ranges: 'all' }] })),
  );
  const r = await sh(`${verify()} --advisories bad.json`);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    `advisory ${join(fx.workspace, 'bad.json')}: 'affected[0].ranges' must be a list`,
  );
});
