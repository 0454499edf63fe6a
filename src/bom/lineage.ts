// The base models of a fine-tune in the ML-BOM: each a machine-learning-model component with its
// digest, licence and location, a dependency of the model, and the model's CycloneDX 1.6
// `pedigree.ancestors` (which @cyclonedx/cyclonedx-library does not model: added to its output,
// as the model card is).
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import { normaliseLicence } from '../licenses/spdx.js';
import type { ProvenanceView } from '../statement/view.js';
import type { BaseModelRef } from '../types.js';
import { baseModelRef } from './refs.js';

type Component = InstanceType<typeof Models.Component>;
type Json = Record<string, unknown>;

export function basesOf(view: ProvenanceView): BaseModelRef[] {
  return view.baseModels;
}

export function baseComponent(b: BaseModelRef): Component {
  const c = new Models.Component(Enums.ComponentType.MachineLearningModel, b.name, {
    bomRef: baseModelRef(b.name),
  });
  if (b.sha256) c.hashes.set(Enums.HashAlgorithm['SHA-256'], b.sha256);
  if (b.license) {
    const l = normaliseLicence(b.license);
    c.licenses.add(
      l.spdx ? new Models.LicenseExpression(l.expression) : new Models.NamedLicense(l.expression),
    );
  }
  if (b.uri)
    c.externalReferences.add(
      new Models.ExternalReference(b.uri, Enums.ExternalReferenceType.Distribution),
    );
  const facts: Array<[string, unknown]> = [
    ['kind', b.kind],
    ['files', b.files],
    ['bytes', b.bytes],
    ['listing', b.listing],
    ...b.evidence.map((e): [string, string] => [`evidence:${e.kind}`, e.path]),
  ];
  for (const [k, v] of facts)
    if (v !== undefined)
      c.properties.add(new Models.Property(`training-provenance:${k}`, String(v)));
  return c;
}

/**
 * `pedigree.ancestors` on the model's components (its directories, else every subject): each
 * base's component as normalised, without its bom-ref, which names the one in `components`.
 */
export function addPedigree(json: Json, modelRefs: readonly string[]): void {
  const components = (json.components as Json[] | undefined) ?? [];
  const bases = components.filter((c) => String(c['bom-ref']).startsWith(baseModelRef('')));
  if (bases.length === 0) return;
  const ancestors = bases.map((b) => {
    const copy = { ...b };
    delete copy['bom-ref'];
    return copy;
  });
  for (const c of components)
    if (modelRefs.includes(String(c['bom-ref']))) c.pedigree = { ancestors };
}
