// The review comment: a golden file for a realistic pair of runs (read it by eye in
// __tests__/fixtures/review/golden.md; UPDATE_GOLDEN=1 rewrites it), and the properties
// every comment must have whatever a statement says: the marker first, tables that keep
// their columns, no overlong lines, nothing from a statement rendered as Markdown or HTML.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from '../../src/policy/policy.js';
import { diffProvenance } from '../../src/review/diff.js';
import { humanBytes } from '../../src/present/bytes.js';
import { code, escapeText, shortDigest } from '../../src/present/markdown.js';
import { renderReview, reviewMarker } from '../../src/review/markdown.js';
import { claimsVerdict, type ReviewVerdict } from '../../src/review/verdict.js';
import { buildTrainingRecord } from '../../src/statement/build.js';
import { readProvenance } from '../../src/statement/read.js';
import { baseStatement, headInput, headStatement } from '../fixtures/review/pair.js';
import { tablesAreWellFormed, withoutCodeSpans } from '../helpers/markdown.js';

const GOLDEN = join(import.meta.dirname, '../fixtures/review/golden.md');
const NOW = new Date('2026-11-26T12:30:00Z');

const POLICY = parsePolicy(
  [
    'version: 1',
    'datasets:',
    '  require-digest: true',
    '  licenses: [cc-by-4.0, apache-2.0]',
    'frameworks:',
    '  advisories: default',
    '  require:',
    '    - package: torch',
    '      versions: ">=2.0"',
    '',
  ].join('\n'),
  'policy.yml',
);

function goldenReview(): string {
  const head = readProvenance(headStatement());
  const base = readProvenance(baseStatement());
  return renderReview({
    head,
    diff: diffProvenance(base, head),
    verdict: claimsVerdict(head, false, POLICY, NOW, []),
    signed: false,
    marker: reviewMarker('train.yml'),
    runUrl: 'https://github.com/acme/vision/actions/runs/124',
    base: { ref: 'main', runId: 100, runUrl: 'https://github.com/acme/vision/actions/runs/100' },
  });
}

describe('renderReview', () => {
  test('golden: the realistic pair renders as checked in', () => {
    const md = goldenReview();
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      writeFileSync(GOLDEN, md);
      console.log(`wrote ${GOLDEN}`);
    }
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  test('the comment reads verdict, then changes, then violations, then the full record folded', () => {
    const md = goldenReview();
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- training-provenance:review:train.yml -->');
    expect(lines[2]).toBe('### Training provenance: ⚠ unsigned');
    const at = (text: string | RegExp): number =>
      typeof text === 'string' ? md.indexOf(text) : md.search(text);
    const order = [
      '### Training provenance:',
      '\n#### Changes since base\n',
      /\n#### \d+ violations\n\n- /,
      '\n<details><summary>Full record: identity, model, datasets, frameworks, parameters</summary>\n',
      '\n#### Model\n',
      '\n#### Datasets\n',
      '\n#### Frameworks\n',
      '\n#### Parameters\n',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // the record sits inside the fold: its closing tag comes after the last section, before the footer
    expect(md.lastIndexOf('\n</details>\n\n<sub>')).toBeGreaterThan(at('\n#### Parameters\n'));
  });

  test('the golden comment: no line over 300 characters, tables keep their columns, sections close', () => {
    const md = goldenReview();
    for (const line of md.split('\n')) expect(line.length).toBeLessThanOrEqual(300);
    tablesAreWellFormed(md);
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  test('the golden comment shows what changed, in the words a reviewer looks for', () => {
    const md = goldenReview();
    expect(md).toContain(
      '| `torch` | `2.2.2+cu118` | `2.3.1+cu121` | ⬆ upgraded, rebuilt (`cu118` → `cu121`) |',
    );
    expect(md).toContain('| `optimizer.lr` | `0.001` | `0.0003` |');
    expect(md).toContain('| CUDA build | `11.8` | `12.1` |');
    expect(md).toMatch(
      /\| `train` \| new URI, new digest \| `hf:\/\/datasets\/acme\/imgs@1a2b3c4d/,
    );
    expect(md).toContain('| `raw` | `s3://acme-data/raw/` | ⚠ unpinned |');
    // policy on the claims: the unpinned dataset and the torch advisory
    expect(md).toMatch(/Policy on these claims: ❌ \d+ violations, listed below the changes\./);
    expect(md).toMatch(/^- .*raw.*unpinned/m);
    expect(md).toContain(
      'Compared with [run 100](https://github.com/acme/vision/actions/runs/100) on `main`.',
    );
  });

  test('a verified verdict and a failed one', () => {
    const head = readProvenance(headStatement());
    const diff = diffProvenance(undefined, head);
    const ok: ReviewVerdict = {
      status: 'verified',
      verified: true,
      signatureChecked: true,
      violations: [],
      rules: [
        { rule: 'identity.repository', status: 'passed', ok: true, reason: 'repository matches' },
      ],
      notes: [],
    };
    const okMd = renderReview({ head, diff, verdict: ok, marker: reviewMarker() });
    expect(okMd.split('\n')[2]).toBe('### Training provenance: ✅ verified');
    const bad: ReviewVerdict = {
      ...ok,
      status: 'failed',
      verified: false,
      violations: Array.from({ length: 12 }, (_, i) => `violation number ${i + 1}`),
    };
    const badMd = renderReview({ head, diff, verdict: bad, marker: reviewMarker() });
    expect(badMd.split('\n')[2]).toBe('### Training provenance: ❌ verification failed');
    expect(badMd).toContain('12 violations, listed below the changes.');
    expect(badMd).toContain('#### 12 violations\n\n- violation number 1\n');
    expect(badMd).toContain('- violation number 10\n\n<details><summary>2 more</summary>');
  });

  test('a rule not evaluated is never ✅, and the verdict line says how many', () => {
    const head = readProvenance(headStatement());
    const verdict: ReviewVerdict = {
      status: 'verified',
      verified: true,
      signatureChecked: true,
      violations: [],
      rules: [
        { rule: 'max-age', status: 'passed', ok: true, reason: 'within 30d' },
        {
          rule: 'frameworks.deny[0]',
          status: 'not-evaluated',
          ok: false,
          reason: 'no Python environment was recorded',
        },
      ],
      notes: [],
    };
    const md = renderReview({ head, diff: diffProvenance(undefined, head), verdict, marker: '' });
    expect(md).toContain('policy checked: all passed; 1 rule not evaluated.');
    expect(md).toContain('2 checks, 0 failed, 1 not evaluated');
    expect(md).toMatch(/\| `frameworks\.deny\[0\]` \| ➖ not evaluated \| /);
    expect(md).not.toMatch(/`frameworks\.deny\[0\]` \| ✅/);
  });

  test('on claims alone, the identity block is not evaluated, and says so', () => {
    const head = readProvenance(headStatement());
    const policy = parsePolicy(
      'version: 1\nidentity:\n  repository: acme/vision\nframeworks:\n  advisories: none\n',
    );
    const verdict = claimsVerdict(head, true, policy, NOW, []);
    expect(verdict.rules).toEqual([
      expect.objectContaining({ rule: 'identity', status: 'not-evaluated', ok: false }),
    ]);
    expect(verdict.violations).toEqual([]);
    const md = renderReview({ head, diff: diffProvenance(undefined, head), verdict, marker: '' });
    expect(md).toContain('Policy on these claims: ✅ 0 rules passed; 1 rule not evaluated.');
  });

  test('no base: said plainly, naming the branch', () => {
    const head = readProvenance(headStatement());
    const md = renderReview({
      head,
      diff: diffProvenance(undefined, head),
      marker: reviewMarker(),
      base: { ref: 'main' },
    });
    expect(md).toContain(
      '#### Changes since base\n\nNo base provenance found on `main`: this is the first one.',
    );
    expect(md.split('\n')[2]).toBe('### Training provenance: ⚠ unverified');
  });

  test('a base lookup that failed says why instead', () => {
    const head = readProvenance(headStatement());
    const md = renderReview({
      head,
      diff: diffProvenance(undefined, head),
      marker: reviewMarker(),
      base: { ref: 'main', note: 'the artifact of run 5 has expired' },
    });
    expect(md).toContain('No base provenance to compare with: the artifact of run 5 has expired');
  });

  test('hostile statement contents stay text: no cell breaks, links, mentions, HTML or extra lines', () => {
    const input = headInput();
    const evil =
      'x|y`z\n## injected <details><img src=x> @acme/admins [click](https://evil.example)';
    input.datasets = [
      {
        name: evil,
        kind: 'reference',
        uri: `https://e.example/${'a'.repeat(400)}`,
        digest: {},
        unpinned: true,
        license: evil,
      },
    ];
    input.parameters = { parameters: { [evil]: evil, long: 'v'.repeat(1000) } };
    input.environment.python.packages.push({ name: evil, version: evil, purl: 'pkg:pypi/x@1' });
    const head = readProvenance(JSON.parse(JSON.stringify(buildTrainingRecord(input))));
    const md = renderReview({
      head,
      diff: diffProvenance(readProvenance(baseStatement()), head),
      marker: reviewMarker(),
    });
    for (const line of md.split('\n')) expect(line.length).toBeLessThanOrEqual(300);
    tablesAreWellFormed(md);
    expect(md).not.toMatch(/^## injected/m);
    // every occurrence of the hostile text sits inside a code span
    const outside = withoutCodeSpans(md);
    expect(outside).not.toContain('<img');
    expect(outside).not.toContain('@acme/admins');
    expect(outside).not.toContain('](https://evil.example)');
    expect(outside.match(/<details>/g)?.length).toBe(outside.match(/<\/details>/g)?.length);
  });

  test('markers differ per workflow/job and cannot close the HTML comment early', () => {
    expect(reviewMarker()).toBe('<!-- training-provenance:review -->');
    expect(reviewMarker('train.yml/train')).toBe(
      '<!-- training-provenance:review:train.yml/train -->',
    );
    expect(reviewMarker('a --> b')).toBe('<!-- training-provenance:review:a - b -->');
    expect(reviewMarker('train.yml').startsWith(reviewMarker('train'))).toBe(false);
  });
});

describe('formatting helpers', () => {
  test('code spans survive backticks and pipes', () => {
    expect(code('a`b')).toBe('`` a`b ``');
    expect(code('a|b')).toBe('`a\\|b`');
    expect(code('line\nbreak')).toBe('`line break`');
  });

  test('escaped text: Markdown, HTML and mentions neutralised', () => {
    expect(escapeText('<b>*x*</b> @me [a](b) `c` ~~d~~ e|f &lt;')).toBe(
      '&lt;b>\\*x\\*&lt;/b> @\u200bme \\[a\\](b) \\`c\\` \\~\\~d\\~\\~ e\\|f &amp;lt;',
    );
  });

  test('short digests and sizes', () => {
    expect(shortDigest({ sha256: 'abcdef0123456789' })).toBe('sha256:abcdef01…');
    expect(shortDigest({ md5: 'ff', sha256: '00112233445566778899' })).toBe('sha256:00112233…');
    expect(shortDigest({})).toBeUndefined();
    expect(humanBytes(512)).toBe('512 B');
    expect(humanBytes(4_812_345)).toBe('4.6 MiB');
    expect(humanBytes(438_123_456)).toBe('417.8 MiB');
    expect(humanBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
  });
});
