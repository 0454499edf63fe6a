// The lineage drawn as text, JSON and Mermaid: every model with its digest, signer, datasets
// and what could not be verified; nothing unverified drawn as verified; and hostile names
// (a dataset named `"]; click A href "javascript:…"`) never leave their label.
import { mermaidText } from '../../src/present/markdown.js';
import {
  lineageMarkdown,
  renderLineageJson,
  renderLineageMermaid,
  renderLineageText,
} from '../../src/lineage/render.js';
import type { LineageNode } from '../../src/lineage/types.js';

const HEX = (c: string) => c.repeat(64);

function chain(): LineageNode {
  const grand: LineageNode = {
    name: 'llama-base',
    uri: 'hf://meta-llama/Llama-3.2-1B@4e20de36',
    digest: `sha256:${HEX('c')}`,
    signer:
      'https://github.com/meta/train/.github/workflows/t.yml@refs/heads/main @ https://token.actions.githubusercontent.com',
    datasets: [{ name: 'web-crawl', uri: 's3://crawl/2024', digest: `sha256:${HEX('d')}` }],
    evidence: [{ kind: 'model-signature', path: 'bases/llama-base/model.sig', verified: true }],
    bases: [],
    problems: [],
    path: ['model', 'instruct', 'llama-base'],
  };
  const mid: LineageNode = {
    name: 'instruct',
    uri: 'hf://acme/instruct',
    datasets: [{ name: 'chat', uri: 'hf://datasets/acme/chat' }],
    evidence: [
      {
        kind: 'training-record',
        path: 'bases/instruct/training.sigstore.json',
        verified: false,
        problem: 'signer is not allowed by lineage.signers',
      },
    ],
    bases: [grand],
    problems: [],
    path: ['model', 'instruct'],
  };
  return {
    name: 'model',
    digest: `sha256:${HEX('a')}`,
    signer: 'key 3f2a9c',
    datasets: [{ name: 'support-tickets', uri: 'file:data/tickets', digest: `sha256:${HEX('b')}` }],
    evidence: [{ kind: 'training-record', path: 'training.sigstore.json', verified: true }],
    bases: [mid],
    problems: [],
    path: ['model'],
  };
}

/** The node id and class of the node whose label holds `text`. */
function classOf(diagram: string, text: string): string | undefined {
  const line = diagram.split('\n').find((l) => /^ {2}n\d+/.test(l) && l.includes(text));
  const id = line?.trim().match(/^n\d+/)?.[0];
  const cls = diagram
    .split('\n')
    .find((l) => l.startsWith('  class ') && l.split(' ')[3]!.split(',').includes(id!));
  return cls?.trim().split(' ')[2];
}

test('text: each model, its digest, its signer, its datasets and what could not be verified', () => {
  const out = renderLineageText(chain());
  expect(out.split('\n')[0]).toBe(
    'Lineage NOT verified: 1 model in the chain could not be verified.',
  );
  expect(out).toContain(`model  ✓ verified`);
  expect(out).toContain(`digest: sha256:${HEX('a')}`);
  expect(out).toContain('signer: key 3f2a9c');
  expect(out).toContain(`dataset: support-tickets  file:data/tickets  sha256:${HEX('b')}`);
  expect(out).toContain('base instruct  ✗ NOT verified');
  expect(out).toContain('dataset: chat  hf://datasets/acme/chat  unpinned');
  expect(out).toContain(
    'not verified: training-record bases/instruct/training.sigstore.json: signer is not allowed by lineage.signers',
  );
  expect(out).toContain('base llama-base  ✓ verified');
  expect(out).toContain('digest: none recorded');
});

test('json: the verdict and every unverified node with its path, then the tree as it is', () => {
  const parsed = JSON.parse(renderLineageJson(chain()));
  expect(parsed.verified).toBe(false);
  expect(parsed.unverified).toEqual([
    {
      path: ['model', 'instruct'],
      problems: [
        'training-record bases/instruct/training.sigstore.json: signer is not allowed by lineage.signers',
      ],
    },
  ]);
  expect(parsed.lineage).toEqual(chain());
  const ok = chain();
  ok.bases = [];
  expect(JSON.parse(renderLineageJson(ok))).toMatchObject({ verified: true, unverified: [] });
});

test('mermaid: datasets → run → model, base → the run that fine-tuned it', () => {
  const d = renderLineageMermaid(chain());
  expect(d.split('\n')[0]).toBe('flowchart LR');
  const id = (text: string) =>
    d
      .split('\n')
      .find((l) => /^ {2}n\d+/.test(l) && l.includes(text))!
      .trim()
      .match(/^n\d+/)![0];
  const run = id('training run<br/>signed by key 3f2a9c');
  expect(d).toContain(`  ${id('dataset: support-tickets')} --> ${run}`);
  expect(d).toContain(`  ${run} --> ${id('"model<br/>')}`);
  expect(d).toContain(`  ${id('base: instruct')} -->|base model| ${run}`);
  expect(d).toContain(`  ${id('evidence: training-record<br/>training.sigstore.json')} -.-> `);
});

test('mermaid: a base known only by its model.sig has no run drawn; its signer is on the model', () => {
  const root = chain();
  const base = root.bases[0]!.bases[0]!;
  base.datasets = [];
  const d = renderLineageMermaid(root);
  expect(d.match(/training run/g)).toHaveLength(2);
  expect(d).toMatch(
    /n(\d+)\["base: llama-base<br\/>[^"\n]*<br\/>signed by https:\/\/github\.com\/meta[^"\n]*<br\/>✅ verified"\]\n[\s\S]*n\1 -->\|base model\| /,
  );
});

test('mermaid: unverified nodes and evidence are dashed and say so; verified ones only when proven', () => {
  const d = renderLineageMermaid(chain());
  expect(classOf(d, '"model<br/>')).toBe('verified');
  expect(classOf(d, 'base: llama-base')).toBe('verified');
  expect(classOf(d, 'base: instruct')).toBe('unverified');
  expect(d).toMatch(/base: instruct<br\/>[^"]*⚠ no digest<br\/>⚠ NOT verified: training-record/);
  expect(classOf(d, 'evidence: training-record<br/>bases/instruct')).toBe('unverified');
  expect(d).toContain('signer is not allowed by lineage.signers');
  expect(classOf(d, 'dataset: chat')).toBe('unverified');
  expect(d).toContain('dataset: chat<br/>⚠ unpinned: no digest');
  expect(d).toMatch(/classDef unverified [^\n]*stroke-dasharray/);

  // No evidence at all is not verified, however clean the node looks.
  const bare = chain();
  bare.evidence = [];
  bare.bases = [];
  expect(classOf(renderLineageMermaid(bare), '"model<br/>')).toBe('unverified');
  expect(renderLineageMermaid(bare)).toContain('⚠ NOT verified: no evidence verified');

  // A record's claims are never drawn as verified, even evidence marked verified.
  const recorded = renderLineageMermaid(chain(), 'recorded');
  expect(recorded).not.toMatch(/^ {2}class [^\n]* verified$/m);
  expect(classOf(recorded, '"model<br/>')).toBe('recorded');
  expect(recorded).toContain('recorded, not verified here');
});

const HOSTILE = [
  '"]; click A href "javascript:alert(1)"',
  'x"]\n  click n0 call alert()\n  n9["',
  '%%{init: {"securityLevel": "loose"}}%%',
  '<img src=x onerror=alert(1)> <script>alert(1)</script>',
  '```\n# injected\n```',
  '**bold** _it_ [link](javascript:alert(1)) #quot; &amp; a|b {c} (d) ;',
];

/** Every line is one of the shapes the renderer writes, with labels that hold no syntax. */
function expectOnlyOurSyntax(diagram: string): void {
  const labelOk = (l: string) =>
    !/["<>[\]{}()`%;#*_|&]/.test(l.replace(/<br\/>/g, ' ').replace(/#\d+;/g, ' '));
  for (const line of diagram.split('\n').slice(1)) {
    const node = line.match(/^ {2}n\d+(?:\["(.*)"\]|\(\["(.*)"\]\)|\[\("(.*)"\)\]|>"(.*)"\])$/);
    if (node) {
      const text = node[1] ?? node[2] ?? node[3] ?? node[4] ?? '';
      expect({ line, ok: labelOk(text) }).toEqual({ line, ok: true });
      continue;
    }
    expect(line).toMatch(
      /^ {2}(?:n\d+ (?:-->|-\.->|-->\|base model\|) n\d+|classDef \w+ [\w:#.,\- ]+|class n\d+(?:,n\d+)* \w+)$/,
    );
  }
}

test('mermaid: hostile names stay inside their labels, encoded', () => {
  const root = chain();
  root.name = HOSTILE[0]!;
  root.signer = HOSTILE[2]!;
  root.datasets = HOSTILE.map((name, i) => ({ name, uri: HOSTILE[i]!, digest: HOSTILE[i]! }));
  root.evidence = [{ kind: HOSTILE[3]!, path: HOSTILE[4]!, verified: false, problem: HOSTILE[5]! }];
  root.bases[0]!.name = HOSTILE[1]!;
  root.bases[0]!.uri = HOSTILE[5]!;
  root.bases[0]!.problems = [HOSTILE[1]!];
  const d = renderLineageMermaid(root);
  expectOnlyOurSyntax(d);
  expect(d).not.toMatch(/^\s*click/m);
  expect(d).not.toContain('javascript:alert(1)"');
  expect(d).toContain(mermaidText('"]; click A href "javascript:alert(1)"'));
  // In Markdown, the fence cannot be closed from inside: the block is one ```mermaid block.
  const md = lineageMarkdown(root);
  expect(md.match(/```/g)).toHaveLength(2);
  expect(md.startsWith('```mermaid\n') && md.endsWith('\n```')).toBe(true);
});

test('mermaidText: syntax becomes entities; plain names, URIs and digests stay readable', () => {
  expect(mermaidText('"]; click')).toBe('#34;#93;#59; click');
  expect(mermaidText('a\nb<br>')).toBe('a b#60;br#62;');
  expect(mermaidText('hf://meta-llama/Llama-3.2-1B')).toBe('hf://meta-llama/Llama-3.2-1B');
  expect(mermaidText('sha256:0123abcd')).toBe('sha256:0123abcd');
  expect(mermaidText('😀')).toBe('#128512;');
  expect(mermaidText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}#8230;`);
});
