// frameworks.advisories: which OSV data applies (shipped, the policy's paths, an override)
// and what it finds; frameworks.min-severity.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { advisoryDatabase, advisoryResults, advisorySources } from '../../src/policy/advisories.js';
import { loadPolicy, parsePolicy } from '../../src/policy/policy.js';

const root = mkdtempSync(join(tmpdir(), 'policy-osv-'));

function osv(dir: string, id: string, fixed: string, severity?: string) {
  mkdirSync(dir, { recursive: true });
  const rec = {
    id,
    modified: '2026-12-01T00:00:00Z',
    aliases: [`CVE-2099-${id.length}`],
    summary: `${id} summary`,
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'torch' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.7.0' }, { fixed }] }],
      },
    ],
    references: [{ type: 'ADVISORY', url: `https://example.org/${id}` }],
    ...(severity ? { database_specific: { severity } } : {}),
  };
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(rec));
}

// A version no shipped advisory is about: only the test's own records can flag it.
const TORCH = [{ name: 'torch', version: '2.11.0+cu128' }];

describe('frameworks.advisories', () => {
  const policyDir = join(root, 'policies');
  osv(join(policyDir, 'osv'), 'TEST-HIGH', '2.12.0', 'HIGH');
  osv(join(policyDir, 'osv'), 'TEST-LOW', '2.12.0', 'LOW');
  osv(join(root, 'downloaded'), 'TEST-DOWNLOADED', '3.0.0');

  async function policyFile(text: string) {
    const file = join(policyDir, `p${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(file, `version: 1\n${text}`);
    return loadPolicy(file);
  }

  it('./osv/ in a policy is relative to the policy file and flags what its records say', async () => {
    const policy = await policyFile('frameworks:\n  advisories: ./osv/\n');
    const results = advisoryResults(advisoryDatabase(policy), TORCH, {});
    expect(results.map((r) => [r.ok, r.subject])).toEqual([
      [false, 'torch'],
      [false, 'torch'],
    ]);
    expect(results[0]!.reason).toBe(
      'torch 2.11.0+cu128 is affected by TEST-HIGH (CVE-2099-9), severity high: TEST-HIGH summary; fixed in 2.12.0; https://example.org/TEST-HIGH',
    );
  });

  it('the shipped records do not flag that version, so the failure came from ./osv/', () => {
    const results = advisoryResults(advisoryDatabase(undefined), TORCH, {});
    expect(results).toEqual([
      expect.objectContaining({
        ok: true,
        reason: expect.stringMatching(
          /^no recorded package is affected by the \d+ advisories of default/,
        ),
      }),
    ]);
  });

  it('min-severity leaves out what is below it', async () => {
    const policy = await policyFile('frameworks:\n  advisories: [./osv]\n  min-severity: high\n');
    const results = advisoryResults(advisoryDatabase(policy), TORCH, {
      minSeverity: policy.frameworks!.minSeverity,
    });
    expect(results.map((r) => r.reason.split(',')[0])).toEqual([
      'torch 2.11.0+cu128 is affected by TEST-HIGH (CVE-2099-9)',
    ]);
  });

  it('--advisories replaces the shipped data; the policy paths stay', async () => {
    const policy = await policyFile('frameworks:\n  advisories: [default, ./osv]\n');
    const override = [join(root, 'downloaded')];
    expect(advisorySources(policy, override)).toEqual([
      { path: join(root, 'downloaded') },
      { path: join(policyDir, 'osv') },
    ]);
    const ids = advisoryResults(advisoryDatabase(policy, override), TORCH, {}).map((r) =>
      r.reason.replace(/^.* is affected by (\S+) .*$/, '$1'),
    );
    expect(ids.sort()).toEqual(['TEST-DOWNLOADED', 'TEST-HIGH', 'TEST-LOW']);
  });

  it('none applies nothing; a wrong severity is a policy error with its line', () => {
    expect(advisorySources(parsePolicy('version: 1\nframeworks:\n  advisories: none\n'))).toEqual(
      [],
    );
    expect(() => parsePolicy('version: 1\nframeworks:\n  min-severity: severe\n')).toThrow(
      "policy.yml:3:17: 'frameworks.min-severity' must be low, medium, high or critical, got 'severe'",
    );
  });

  it('the old || range syntax is read, with a notice that names the replacement', () => {
    const p = parsePolicy(
      'version: 1\nframeworks:\n  deny:\n    - package: torch\n      versions: "<1.13.1 || >=2.0,<2.2"\n',
    );
    expect(p.frameworks?.deny?.[0]?.range.sets).toEqual(['<1.13.1', '>=2.0,<2.2']);
    expect(p.notices).toEqual([
      "policy.yml:5:17: 'frameworks.deny[0].versions': '<1.13.1 || >=2.0,<2.2' is the old range syntax; write the list ['<1.13.1', '>=2.0,<2.2'] (PEP 440 specifier sets, any of which may match)",
    ]);
    const list = parsePolicy(
      'version: 1\nframeworks:\n  deny:\n    - package: torch\n      versions: ["<1.13.1", ">=2.0,<2.2"]\n',
    );
    expect(list.frameworks?.deny?.[0]?.range.sets).toEqual(['<1.13.1', '>=2.0,<2.2']);
    expect(list.notices).toBeUndefined();
  });
});
