// The ML-BOM of a realistic training record, validated against CycloneDX 1.6's JSON Schema
// (the specification's schema, as @cyclonedx/cyclonedx-library ships it, through its
// strict validator).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMlBom } from '../../src/bom/cyclonedx.js';
import { normaliseLicence } from '../../src/licenses/spdx.js';
import { recordedMetrics } from '../../src/bom/metrics.js';
import { buildTrainingRecord } from '../../src/statement/build.js';
import { readProvenance } from '../../src/statement/read.js';
import { exampleBases, exampleInput } from '../fixtures/statement-example.js';
import { schemaErrors } from '../helpers/cyclonedx.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const view = readProvenance(JSON.parse(JSON.stringify(buildTrainingRecord(exampleInput()))));

describe('CycloneDX ML-BOM', () => {
  const bom = buildMlBom(view, { toolVersion: '9.9.9' }) as Json;
  const components = bom.components as Json[];
  const ofType = (t: string) => components.filter((c) => c.type === t);

  it('validates against the CycloneDX 1.6 JSON Schema', async () => {
    expect(bom.specVersion).toBe('1.6');
    expect(await schemaErrors(bom)).toBeNull();
  });

  it('the model with its digests and a model card naming every dataset', () => {
    const models = ofType('machine-learning-model');
    expect(models.map((m) => m.name)).toEqual(view.subjects.map((s) => s.name).sort());
    for (const m of models) {
      const s = view.subjects.find((x) => x.name === m.name)!;
      expect(m.hashes).toContainEqual({ alg: 'SHA-256', content: s.digest!.sha256 });
      expect(m.modelCard.modelParameters.datasets).toEqual(
        view.datasets.map((d) => ({ ref: `dataset:${d.name}` })),
      );
    }
    const hyper = (models[0]!.modelCard.properties as Json[]).map((p) => p.name);
    expect(hyper.length).toBeGreaterThan(0);
    expect(hyper.every((n) => n.startsWith('training-provenance:hyperparameter:'))).toBe(true);
  });

  it('every dataset a data component with digest, licence and location', () => {
    const data = ofType('data');
    expect(data.map((d) => d.name).sort()).toEqual(view.datasets.map((d) => d.name).sort());
    for (const ds of view.datasets) {
      const c = data.find((d) => d.name === ds.name)!;
      if (!ds.unpinned && ds.digest.sha256)
        expect(c.hashes).toContainEqual({ alg: 'SHA-256', content: ds.digest.sha256 });
      if (ds.license)
        expect(c.licenses).toEqual([{ expression: normaliseLicence(ds.license).expression }]);
      expect(c.externalReferences).toContainEqual({ url: ds.uri, type: 'distribution' });
      expect(c.data).toEqual([expect.objectContaining({ type: 'dataset', name: ds.name })]);
    }
  });

  it('every package a library with its purl', () => {
    const libs = ofType('library');
    expect(libs.map((l) => l.purl).sort()).toEqual(view.packages.map((p) => p.purl).sort());
  });

  it('the training run under formulation: workflow, commit, runner, CUDA build', () => {
    const wf = bom.formulation[0].workflows[0] as Json;
    expect(wf.uid).toBe(view.invocationId);
    const props = Object.fromEntries((wf.properties as Json[]).map((p) => [p.name, p.value]));
    expect(props['training-provenance:commit']).toBe(view.identity.sha);
    expect(props['training-provenance:runner-environment']).toBeDefined();
    expect(props['training-provenance:cuda']).toBe(view.accelerator.cuda);
    expect(wf.outputs).toHaveLength(view.subjects.length);
  });

  it('the same record gives the same BOM', () => {
    expect(JSON.stringify(buildMlBom(view, { toolVersion: '9.9.9' }))).toBe(JSON.stringify(bom));
  });

  it('a schema violation is caught: the validator is not a check that cannot fail', async () => {
    const broken = { ...bom, components: [{ ...components[0], type: 'neural-net' }] };
    expect(await schemaErrors(broken)).not.toBeNull();
  });
});

// Lineage: a fine-tune's bases are components with their digests, dependencies of the model,
// inputs of the run, and the model directory's CycloneDX 1.6 pedigree.ancestors.
describe('base models', () => {
  const bases = exampleBases();
  const record = buildTrainingRecord({ ...exampleInput(), bases });
  const bom = buildMlBom(readProvenance(JSON.parse(JSON.stringify(record))), {
    toolVersion: '9.9.9',
  }) as Json;
  const components = bom.components as Json[];

  it('validates against the CycloneDX 1.6 JSON Schema', async () => {
    expect(await schemaErrors(bom)).toBeNull();
  });

  it('each base a model component with its digest, licence and location, and no model card', () => {
    for (const b of bases) {
      const c = components.find((x) => x['bom-ref'] === `base-model:${b.name}`)!;
      expect(c).toMatchObject({ type: 'machine-learning-model', name: b.name });
      expect(c.modelCard).toBeUndefined();
      if (b.sha256) expect(c.hashes).toEqual([{ alg: 'SHA-256', content: b.sha256 }]);
      else expect(c.hashes).toBeUndefined();
      if (b.license) expect(c.licenses).toEqual([{ expression: b.license }]);
      expect(c.externalReferences).toEqual([{ url: b.uri, type: 'distribution' }]);
    }
  });

  it('the model directory has them as pedigree.ancestors and depends on them; the run takes them in', () => {
    const dir = components.find((x) => x['bom-ref'] === 'model:out/model')!;
    expect(dir.pedigree.ancestors.map((a: Json) => a.name)).toEqual(bases.map((b) => b.name));
    expect(dir.pedigree.ancestors[0]).toMatchObject({
      type: 'machine-learning-model',
      hashes: [{ alg: 'SHA-256', content: bases[0]!.sha256 }],
    });
    expect(dir.pedigree.ancestors[0]['bom-ref']).toBeUndefined();
    const files = components.filter((x) => String(x['bom-ref']).startsWith('model:') && x !== dir);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.pedigree === undefined)).toBe(true);
    const deps = (bom.dependencies as Json[]).find((d) => d.ref === 'model:out/model')!;
    expect(deps.dependsOn).toEqual(
      expect.arrayContaining(bases.map((b) => `base-model:${b.name}`)),
    );
    const inputs = bom.formulation[0].workflows[0].inputs.map((i: Json) => i.resource.ref);
    expect(inputs).toEqual(expect.arrayContaining(bases.map((b) => `base-model:${b.name}`)));
  });
});

describe('metrics from byproducts', () => {
  it('read only from JSON byproducts whose content is what the record signed', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'bom-metrics-'));
    const good = '{"accuracy": 0.912, "loss": 0.31, "notes": {"nested": true}}';
    writeFileSync(join(ws, 'metrics.json'), good);
    writeFileSync(join(ws, 'changed.json'), '{"accuracy": 0.99}');
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    const got = await recordedMetrics(
      [
        { name: 'metrics.json', digest: { sha256: sha(good) } },
        { name: 'changed.json', digest: { sha256: sha('{"accuracy": 0.5}') } },
        { name: 'missing.json', digest: { sha256: sha('x') } },
        { name: '../escape.json', digest: { sha256: sha(good) } },
      ],
      ws,
    );
    expect(got).toEqual([{ file: 'metrics.json', values: { accuracy: 0.912, loss: 0.31 } }]);
    const bom = buildMlBom(view, { toolVersion: '1', metrics: got }) as Json;
    const card = bom.components.find((c: Json) => c.type === 'machine-learning-model').modelCard;
    expect(card.quantitativeAnalysis.performanceMetrics).toEqual([
      { type: 'accuracy', value: '0.912' },
      { type: 'loss', value: '0.31' },
    ]);
    expect(await schemaErrors(bom)).toBeNull();
  });
});
