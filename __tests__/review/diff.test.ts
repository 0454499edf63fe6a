// diffProvenance: every change kind, found where it is and nowhere else; identical input
// gives no change at all. Inputs are small hand-made views, expectations written by hand.
import { countChanges, diffProvenance, type ProvenanceChanges } from '../../src/review/diff.js';
import { flattenParameters, formatParameterValue } from '../../src/review/flatten.js';
import { diffText } from '../../src/review/text.js';
import { classifyVersionChange } from '../../src/review/version.js';
import { readProvenance } from '../../src/statement/read.js';
import type { ProvenanceView } from '../../src/statement/view.js';
import type { DatasetRef, PythonPackage } from '../../src/types.js';
import { baseStatement, headStatement } from '../fixtures/review/pair.js';

const pkg = (name: string, version: string): PythonPackage => ({
  name,
  version,
  purl: `pkg:pypi/${name}@${encodeURIComponent(version)}`,
});

const ds = (over: Partial<DatasetRef> & { name: string }): DatasetRef => ({
  kind: 'reference',
  uri: `hf://datasets/acme/${over.name}@r1`,
  digest: { gitCommit: 'aaaa' },
  unpinned: false,
  ...over,
});

function view(over: Partial<ProvenanceView> = {}): ProvenanceView {
  return {
    statementType: 'https://in-toto.io/Statement/v1',
    predicateType: 'https://slsa.dev/provenance/v1',
    buildTypeFamily: 'training',
    subjects: [
      { name: 'out/model.safetensors', digest: { sha256: 'a'.repeat(64) } },
      {
        name: 'out',
        digest: { sha256: 'b'.repeat(64) },
        annotations: { role: 'model-directory', files: 1, bytes: 10 },
      },
    ],
    identity: {
      repository: 'acme/vision',
      workflowPath: '.github/workflows/train.yml',
      ref: 'refs/heads/main',
      jobWorkflowRef: 'acme/vision/.github/workflows/train.yml@refs/heads/main',
      runnerEnvironment: 'github-hosted',
    },
    datasets: [ds({ name: 'train' }), ds({ name: 'val' })],
    packages: [pkg('torch', '2.2.2+cu118'), pkg('numpy', '1.26.4'), pkg('tqdm', '4.66.4')],
    accelerator: { cuda: '11.8', cudnn: '8.7' },
    pythonVersion: '3.11.9',
    requirements: [],
    byproducts: [],
    baseModels: [],
    otherDependencies: [],
    parameters: { optimizer: { lr: 0.001, name: 'adamw' }, epochs: 3, betas: [0.9, 0.999] },
    ...over,
  };
}

function changes(base: ProvenanceView, head: ProvenanceView): ProvenanceChanges {
  const d = diffProvenance(base, head);
  if (d.base === 'none') throw new Error('expected a base');
  return d;
}

describe('diffProvenance', () => {
  test('no base is said as such, not as "no changes"', () => {
    expect(diffProvenance(undefined, view())).toEqual({ base: 'none' });
    expect(diffText({ base: 'none' })).toBe('No base provenance: nothing to compare with.\n');
  });

  test('identical input: no change of any kind', () => {
    const d = changes(view(), view());
    expect(countChanges(d)).toBe(0);
    expect(d.identity).toEqual([]);
    expect(d.subjects).toEqual({ added: [], removed: [], changed: [] });
    expect(d.datasets).toEqual({ added: [], removed: [], changed: [] });
    expect(Object.values(d.frameworks).every((l) => l.length === 0)).toBe(true);
    expect(d.environment).toEqual([]);
    expect(d.parameters).toEqual({ changed: [], added: [], removed: [] });
    expect(diffText(d)).toBe('No changes.\n');
  });

  test('no false changes: key order, package name spelling, digest hex case', () => {
    const base = view();
    const head = view({
      parameters: { betas: [0.9, 0.999], epochs: 3, optimizer: { name: 'adamw', lr: 0.001 } },
      packages: [pkg('NumPy', '1.26.4'), pkg('TQDM', '4.66.4'), pkg('Torch', '2.2.2+cu118')],
      subjects: [
        { name: 'out/model.safetensors', digest: { sha256: 'A'.repeat(64) } },
        {
          name: 'out',
          digest: { sha256: 'b'.repeat(64) },
          annotations: { role: 'model-directory', files: 1, bytes: 10 },
        },
      ],
      datasets: [ds({ name: 'val' }), ds({ name: 'train' })],
    });
    expect(countChanges(changes(base, head))).toBe(0);
  });

  test('the realistic pair through buildTrainingRecord and readProvenance: exactly the four intended changes (and their consequences)', () => {
    const d = changes(readProvenance(baseStatement()), readProvenance(headStatement()));
    expect(d.subjects.changed.map((c) => [c.name, c.kind])).toEqual([
      ['out/model/model.safetensors', 'file'],
      ['out/model', 'directory'],
    ]);
    expect(d.datasets.changed).toHaveLength(1);
    expect(d.datasets.changed[0]!.name).toBe('train');
    expect(d.datasets.changed[0]!.fields).toEqual(['uri', 'digest']);
    expect(d.frameworks.upgraded.map((c) => [c.name, c.before, c.after, c.buildChanged])).toEqual([
      ['torch', '2.2.2+cu118', '2.3.1+cu121', true],
      ['torchvision', '0.17.2+cu118', '0.18.1+cu121', true],
    ]);
    expect(d.environment.map((c) => [c.field, c.before, c.after])).toEqual([
      ['cuda', '11.8', '12.1'],
      ['cudnn', '8.7', '8.9'],
    ]);
    expect(d.parameters.changed).toEqual([{ path: 'optimizer.lr', before: 0.001, after: 0.0003 }]);
    expect(d.parameters.added).toEqual([]);
    // the builder's `@ref` follows the ref: reported once, as the ref
    expect(d.identity.map((c) => [c.field, c.before, c.after])).toEqual([
      ['ref', 'refs/heads/main', 'refs/pull/7/merge'],
    ]);
  });

  test('datasets: added, removed, new digest; matched by name, then by URI', () => {
    const base = view({
      datasets: [
        ds({ name: 'train' }),
        ds({ name: 'old', uri: 's3://b/old/' }),
        ds({ name: 'val-v1', uri: 'hf://datasets/acme/val@r1' }),
      ],
    });
    const head = view({
      datasets: [
        ds({ name: 'train', digest: { gitCommit: 'bbbb' } }),
        ds({ name: 'new', uri: 's3://b/new/' }),
        // renamed, same URI and content: matched by URI
        ds({ name: 'validation', uri: 'hf://datasets/acme/val@r1' }),
      ],
    });
    const d = changes(base, head).datasets;
    expect(d.added.map((x) => x.name)).toEqual(['new']);
    expect(d.removed.map((x) => x.name)).toEqual(['old']);
    expect(d.changed.map((c) => [c.name, c.fields])).toEqual([
      ['train', ['digest']],
      ['validation', ['name']],
    ]);
  });

  test('datasets: pinning, licence and size changes are named', () => {
    const base = view({
      datasets: [
        ds({ name: 'raw', uri: 's3://b/raw/', digest: {}, unpinned: true }),
        ds({
          name: 'local',
          kind: 'local-directory',
          uri: 'file:d',
          fileCount: 3,
          totalBytes: 30,
          license: 'mit',
        }),
      ],
    });
    const head = view({
      datasets: [
        ds({
          name: 'raw',
          uri: 's3://b/raw/',
          digest: { sha256: 'c'.repeat(64) },
          unpinned: false,
        }),
        ds({
          name: 'local',
          kind: 'local-directory',
          uri: 'file:d',
          fileCount: 4,
          totalBytes: 40,
          license: 'apache-2.0',
        }),
      ],
    });
    const d = changes(base, head).datasets;
    expect(d.changed.map((c) => [c.name, c.fields])).toEqual([
      ['raw', ['digest', 'pinning']],
      ['local', ['license', 'size']],
    ]);
  });

  test('frameworks: upgrade, downgrade, rebuild, unorderable change, added, removed', () => {
    const base = view({
      packages: [
        pkg('torch', '2.2.2+cu118'),
        pkg('numpy', '1.26.4'),
        pkg('jaxlib', '0.4.23+cuda11.cudnn86'),
        pkg('mylib', 'abc123'),
        pkg('tqdm', '4.66.4'),
        pkg('nvidia-cudnn-cu12', '8.9.2.26'),
      ],
    });
    const head = view({
      packages: [
        pkg('torch', '2.3.1+cu121'),
        pkg('numpy', '1.24.0'),
        pkg('jaxlib', '0.4.23+cuda12.cudnn89'),
        pkg('mylib', 'def456'),
        pkg('scipy', '1.13.0'),
        pkg('nvidia-cudnn-cu12', '8.9.2.27'),
      ],
    });
    const f = changes(base, head).frameworks;
    expect(f.upgraded.map((c) => [c.name, c.buildChanged])).toEqual([
      ['nvidia-cudnn-cu12', false],
      ['torch', true],
    ]);
    expect(f.downgraded.map((c) => [c.name, c.before, c.after])).toEqual([
      ['numpy', '1.26.4', '1.24.0'],
    ]);
    expect(f.rebuilt.map((c) => [c.name, c.before, c.after])).toEqual([
      ['jaxlib', '0.4.23+cuda11.cudnn86', '0.4.23+cuda12.cudnn89'],
    ]);
    expect(f.changed.map((c) => c.name)).toEqual(['mylib']);
    expect(f.added.map((p) => p.name)).toEqual(['scipy']);
    expect(f.removed.map((p) => p.name)).toEqual(['tqdm']);
  });

  test('a local-version change alone is "rebuilt" (cu118 → cu121), neither up nor down', () => {
    const f = changes(
      view({ packages: [pkg('torch', '2.3.1+cu118')] }),
      view({ packages: [pkg('torch', '2.3.1+cu121')] }),
    ).frameworks;
    expect(f.rebuilt).toEqual([
      { name: 'torch', before: '2.3.1+cu118', after: '2.3.1+cu121', buildChanged: true },
    ]);
    expect(f.upgraded).toEqual([]);
    expect(f.downgraded).toEqual([]);
  });

  test('parameters: changed, added, removed with dotted paths (deep)', () => {
    const base = view({
      parameters: {
        optimizer: { lr: 0.001, name: 'adamw', momentum: 0.9 },
        epochs: 3,
        betas: [0.9, 0.999],
      },
    });
    const head = view({
      parameters: {
        optimizer: { lr: 0.0003, name: 'adamw', schedule: { kind: 'cosine', warmup: 100 } },
        epochs: 3,
        betas: [0.9, 0.98],
      },
    });
    const p = changes(base, head).parameters;
    expect(p.changed).toEqual([
      { path: 'optimizer.lr', before: 0.001, after: 0.0003 },
      { path: 'betas', before: [0.9, 0.999], after: [0.9, 0.98] },
    ]);
    expect(p.added).toEqual([
      { path: 'optimizer.schedule.kind', value: 'cosine' },
      { path: 'optimizer.schedule.warmup', value: 100 },
    ]);
    expect(p.removed).toEqual([{ path: 'optimizer.momentum', value: 0.9 }]);
  });

  test('parameters: a value that changes type (3 → "3") is a change', () => {
    const p = changes(
      view({ parameters: { epochs: 3 } }),
      view({ parameters: { epochs: '3' } }),
    ).parameters;
    expect(p.changed).toEqual([{ path: 'epochs', before: 3, after: '3' }]);
  });

  test('model: file and directory subjects changed, added, removed', () => {
    const base = view();
    const head = view({
      subjects: [
        { name: 'out/model.safetensors', digest: { sha256: 'c'.repeat(64) } },
        { name: 'out/tokenizer.json', digest: { sha256: 'd'.repeat(64) } },
      ],
    });
    const s = changes(base, head).subjects;
    expect(s.changed).toEqual([
      {
        name: 'out/model.safetensors',
        kind: 'file',
        before: { sha256: 'a'.repeat(64) },
        after: { sha256: 'c'.repeat(64) },
      },
    ]);
    expect(s.added.map((x) => [x.name, x.kind])).toEqual([['out/tokenizer.json', 'file']]);
    expect(s.removed.map((x) => [x.name, x.kind, x.bytes])).toEqual([['out', 'directory', 10]]);
  });

  test('CUDA build and identity changes', () => {
    const head = view({
      accelerator: { cuda: '12.1', cudnn: '8.7' },
      identity: {
        repository: 'acme/vision',
        workflowPath: '.github/workflows/train-v2.yml',
        ref: 'refs/heads/main',
        jobWorkflowRef: 'acme/shared/.github/workflows/train.yml@refs/tags/v1',
        runnerEnvironment: 'self-hosted',
      },
    });
    const d = changes(view(), head);
    expect(d.environment).toEqual([
      { field: 'cuda', label: 'CUDA build', before: '11.8', after: '12.1' },
    ]);
    expect(d.identity.map((c) => c.field)).toEqual([
      'workflowPath',
      'jobWorkflowRef',
      'runnerEnvironment',
    ]);
    expect(d.identity[0]).toMatchObject({
      before: '.github/workflows/train.yml',
      after: '.github/workflows/train-v2.yml',
    });
  });

  test('diffText: one line per change, grouped', () => {
    const text = diffText(
      changes(readProvenance(baseStatement()), readProvenance(headStatement())),
    );
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\d+ changes:$/);
    expect(lines).toContain(
      '  ~ torch 2.2.2+cu118 -> 2.3.1+cu121 (upgraded; build cu118 -> cu121)',
    );
    expect(lines).toContain('  ~ optimizer.lr: 0.001 -> 0.0003');
    expect(lines).toContain('  ~ CUDA build: 11.8 -> 12.1');
    expect(lines).toContain('  ~ train: URI, digest changed');
    expect(lines.filter((l) => /^[A-Z]/.test(l))).toEqual([
      'Model',
      'Datasets',
      'Frameworks',
      'Environment',
      'Parameters',
      'Identity',
    ]);
  });
});

describe('version moves (PEP 440)', () => {
  test.each([
    ['2.2.2+cu118', '2.3.1+cu121', 'upgraded'],
    ['2.3.1', '2.2.2', 'downgraded'],
    ['2.3.1+cu118', '2.3.1+cu121', 'rebuilt'],
    ['2.3.1+cu121', '2.3.1', 'rebuilt'],
    ['2.3.1', '2.3.1', 'same'],
    ['2.3', '2.3.0', 'same'],
    ['2.3.0rc1', '2.3.0', 'upgraded'],
    ['2.3.0', '2.3.0.post1', 'upgraded'],
    ['2.3.0.dev1', '2.3.0a1', 'upgraded'],
    ['8.9.2.26', '8.9.2.27', 'upgraded'],
    ['1!1.0', '2.0', 'downgraded'],
    ['2024.1', '2023.12', 'downgraded'],
    ['abc', 'def', 'changed'],
  ])('%s → %s is %s', (before, after, move) => {
    expect(classifyVersionChange(before, after)).toBe(move);
  });
});

describe('parameters flattened for people', () => {
  test('dotted paths, lists whole, odd keys quoted', () => {
    expect(flattenParameters({ a: { b: 1, 'c.d': 2, e: {} }, list: [1, 2], s: 'x' })).toEqual([
      ['a.b', 1],
      ['a["c.d"]', 2],
      ['a.e', {}],
      ['list', [1, 2]],
      ['s', 'x'],
    ]);
  });

  test('values: strings bare unless they would read as another type', () => {
    expect(formatParameterValue('adamw')).toBe('adamw');
    expect(formatParameterValue('3')).toBe('"3"');
    expect(formatParameterValue('true')).toBe('"true"');
    expect(formatParameterValue('')).toBe('""');
    expect(formatParameterValue(0.0003)).toBe('0.0003');
    expect(formatParameterValue([0.9, 0.999])).toBe('[0.9, 0.999]');
    expect(formatParameterValue({ k: 'a,b' })).toBe('{"k": "a,b"}');
    expect(formatParameterValue(null)).toBe('null');
  });
});
