// The base models of a fine-tune in the ML-BOM as the model's CycloneDX 1.6 `pedigree.ancestors`
// (which @cyclonedx/cyclonedx-library does not model: added to its output, as the model card is).
// Their components (digest, licence, location, a dependency of the model) are cyclonedx.ts's.
import { baseModelRef } from './refs.js';

type Json = Record<string, unknown>;

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
