// The training record as a CycloneDX 1.6 ML-BOM. @cyclonedx/cyclonedx-library models and
// normalises what it knows (components, hashes, licences, purls, references, dependencies);
// the parts of CycloneDX 1.5+ it does not model yet (a model's `modelCard`, a data
// component's `data`, `formulation`) are added to its output, and the whole is checked
// against the specification's JSON Schema in the tests.
import { createHash } from 'node:crypto';
// The subpaths, not the package root: the root also loads the validators, whose schema
// folder is found through __dirname, which a bundled ES module does not have.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import type { ProvenanceView } from '../statement/view.js';
import type { BaseModelRef, DatasetRef, DigestSet, ResourceDescriptor } from '../types.js';
import { normaliseLicence } from '../licenses/spdx.js';
import { formulation } from './formulation.js';
import { addPedigree } from './lineage.js';
import { baseModelRef, datasetRef, modelRef, subjectName } from './refs.js';
import { modelCard, type RecordedMetrics } from './model-card.js';

type Component = InstanceType<typeof Models.Component>;

/** What CycloneDX calls each digest algorithm the statement may carry. */
const ALGORITHMS: Record<string, string> = {
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
  sha1: 'SHA-1',
  md5: 'MD5',
};

function withHashes(c: Component, digest: DigestSet | undefined): Component {
  for (const [alg, hex] of Object.entries(digest ?? {})) {
    const name = ALGORITHMS[alg.toLowerCase()];
    if (name) c.hashes.set(name as never, hex);
    else c.properties.add(new Models.Property(`training-provenance:digest:${alg}`, hex));
  }
  return c;
}

function modelComponent(s: ResourceDescriptor): Component {
  const name = subjectName(s);
  const c = new Models.Component(Enums.ComponentType.MachineLearningModel, name, {
    bomRef: modelRef(name),
  });
  return withHashes(c, s.digest);
}

/** A dataset's or a base model's licence, location and facts (training-provenance:KEY). */
function withDetails(
  c: Component,
  d: { license?: string; uri?: string },
  facts: Array<[string, unknown]>,
): Component {
  if (d.license) {
    const l = normaliseLicence(d.license);
    c.licenses.add(
      l.spdx ? new Models.LicenseExpression(l.expression) : new Models.NamedLicense(l.expression),
    );
  }
  if (d.uri)
    c.externalReferences.add(
      new Models.ExternalReference(d.uri, Enums.ExternalReferenceType.Distribution),
    );
  for (const [k, v] of facts)
    if (v !== undefined)
      c.properties.add(new Models.Property(`training-provenance:${k}`, String(v)));
  return c;
}

function datasetComponent(d: DatasetRef): Component {
  const c = new Models.Component(Enums.ComponentType.Data, d.name, { bomRef: datasetRef(d.name) });
  withHashes(c, d.unpinned ? undefined : d.digest);
  return withDetails(c, d, [
    ['kind', d.kind],
    ['unpinned', d.unpinned],
    ['files', d.fileCount],
    ['bytes', d.totalBytes],
    ['split', d.split],
    ['commitment-root', d.commitment?.root],
  ]);
}

/** A base model of a fine-tune: its digest, licence, location and the evidence recorded. */
function baseComponent(b: BaseModelRef): Component {
  const c = new Models.Component(Enums.ComponentType.MachineLearningModel, b.name, {
    bomRef: baseModelRef(b.name),
  });
  if (b.sha256) c.hashes.set(Enums.HashAlgorithm['SHA-256'], b.sha256);
  return withDetails(c, b, [
    ['kind', b.kind],
    ['files', b.files],
    ['bytes', b.bytes],
    ['listing', b.listing],
    ...b.evidence.map((e): [string, string] => [`evidence:${e.kind}`, e.path]),
  ]);
}

function libraryComponent(p: { name: string; version: string; purl: string }): Component {
  return new Models.Component(Enums.ComponentType.Library, p.name, {
    version: p.version,
    purl: p.purl,
    bomRef: p.purl,
  });
}

/** A serial number from the statement's own bytes: the same record gives the same BOM. */
function serialNumber(view: ProvenanceView): string {
  const h = createHash('sha256').update(JSON.stringify(view)).digest('hex');
  const v = `8${h.slice(13, 16)}`;
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16) + h.slice(17, 20);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${v}-${variant}-${h.slice(20, 32)}`;
}

function libraryBom(view: ProvenanceView, toolVersion: string) {
  const bom = new Models.Bom({ serialNumber: serialNumber(view) });
  if (view.finishedOn) bom.metadata.timestamp = new Date(view.finishedOn);
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'training-provenance', {
      version: toolVersion,
    }),
  );
  const datasets = view.datasets.map(datasetComponent);
  const bases = view.baseModels.map(baseComponent);
  const libraries = view.packages.map(libraryComponent);
  for (const s of view.subjects) {
    const model = modelComponent(s);
    for (const dep of [...datasets, ...bases, ...libraries]) model.dependencies.add(dep.bomRef);
    bom.components.add(model);
  }
  for (const c of [...datasets, ...bases, ...libraries]) bom.components.add(c);
  return bom;
}

type Json = Record<string, unknown>;

export interface BomOptions {
  toolVersion: string;
  /** Metrics read from byproduct files whose digests match the record. */
  metrics?: RecordedMetrics[];
}

/** The CycloneDX 1.6 JSON document for a training record. */
export function buildMlBom(view: ProvenanceView, opts: BomOptions): Json {
  const bom = libraryBom(view, opts.toolVersion);
  const json = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
    .makeForBom()
    .normalize(bom, { sortLists: true }) as unknown as Json;
  const models = new Set(view.subjects.map((s) => modelRef(subjectName(s))));
  for (const c of (json.components as Json[] | undefined) ?? []) {
    if (models.has(String(c['bom-ref']))) c.modelCard = modelCard(view, c, opts.metrics ?? []);
    if (c.type === 'data') c.data = [dataOf(view, c)];
  }
  addPedigree(json, pedigreeRefs(view));
  json.formulation = [formulation(view)];
  return json;
}

/** The model's components that carry its pedigree: its directories, else every subject. */
function pedigreeRefs(view: ProvenanceView): string[] {
  const dirs = view.subjects.filter((s) => s.annotations?.role === 'model-directory');
  return (dirs.length ? dirs : view.subjects).map((s) => modelRef(subjectName(s)));
}

function dataOf(view: ProvenanceView, c: Json): Json {
  const d = view.datasets.find((x) => datasetRef(x.name) === c['bom-ref'])!;
  return {
    type: 'dataset',
    name: d.name,
    ...(d.uri ? { contents: { url: d.uri } } : {}),
    ...(d.split ? { description: `split: ${d.split}` } : {}),
  };
}
