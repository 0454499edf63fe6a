// Advisory data at osv.dev's scale: loading a PyPI-export-sized zip (20,000 OSV records, the
// order of osv.dev's PyPI/all.zip) and evaluating a recorded environment against it, beside the
// floor no loader avoids (unzipping and JSON.parse of the same bytes, timed alone in the same
// run), with the process's peak RSS.
//
//   npm run bench:advisories -- [--records 20000]
//
// Compiled with the tools (tsconfig.tools.json) and run from build/bench/advisories.js.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { loadAdvisories } from '../src/advisories/load.js';
import { findAdvisories } from '../src/advisories/match.js';
import { REPO_ROOT } from '../tools/runner/index.js';

const i = process.argv.indexOf('--records');
const n = i >= 0 ? Number(process.argv[i + 1]) : 20_000;
const names = ['torch', 'transformers', 'numpy', 'pillow', 'requests', 'django', 'flask', 'scipy'];

const record = (k: number) => ({
  id: `PYSEC-2099-${k}`,
  modified: '2026-12-01T00:00:00Z',
  aliases: [`CVE-2099-${k}`, `GHSA-bench-${k}`],
  summary: `synthetic advisory ${k}`,
  details: 'x'.repeat(600),
  affected: [
    {
      package: { ecosystem: 'PyPI', name: k % 10 === 0 ? names[k % names.length]! : `pkg-${k}` },
      ranges: [
        {
          type: 'ECOSYSTEM',
          events: [{ introduced: '0' }, { fixed: `${(k % 7) + 1}.${k % 5}.0` }],
        },
      ],
      versions: Array.from({ length: 20 }, (_, j) => `0.${j}.${k % 3}`),
    },
  ],
  references: [{ type: 'ADVISORY', url: `https://osv.dev/vulnerability/PYSEC-2099-${k}` }],
});

const dir = mkdtempSync(join(tmpdir(), 'bench-osv-'));
const zip = join(dir, 'all.zip');
const files: Record<string, Uint8Array> = {};
for (let k = 0; k < n; k++) files[`PYSEC-2099-${k}.json`] = strToU8(JSON.stringify(record(k)));
writeFileSync(zip, zipSync(files, { level: 6 }));

const time = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  return [fn(), performance.now() - t];
};
const [, floorMs] = time(() => {
  const all = unzipSync(readFileSync(zip));
  const d = new TextDecoder();
  for (const name of Object.keys(all)) JSON.parse(d.decode(all[name]));
});
const [db, loadMs] = time(() => loadAdvisories([{ path: zip }]));
const installed = names.map((name) => ({ name, version: '1.2.0' }));
const [found, evalMs] = time(() => findAdvisories(db, installed));
const result = {
  records: n,
  zipBytes: readFileSync(zip).length,
  floorUnzipParseMs: Math.round(floorMs),
  loadMs: Math.round(loadMs),
  loadOverFloor: Number((loadMs / floorMs).toFixed(2)),
  evaluateMs: Number(evalMs.toFixed(1)),
  findings: found.findings.length,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
const out = join(REPO_ROOT, 'bench', 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'advisories.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
