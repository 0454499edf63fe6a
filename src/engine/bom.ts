// `bom`: a training record (bundle or statement) as a CycloneDX 1.6 ML-BOM. It decodes and
// does not verify: a BOM made here says what the record claims. The BOM attest signs
// (`ml-bom: true`) is the one to trust; `verify` decides whether a record is.
import { buildMlBom, recordedMetrics } from '../bom/index.js';
import { ProvenanceError } from '../errors.js';
import { loadProvenance } from '../review/load.js';
import { OUTPUT_FILES, statementRole } from '../statement/layout.js';

export interface BomInputs {
  /** A training.sigstore.json, training.intoto.json, or their directory. */
  record: string;
}

export interface BomContext {
  /** Where the record's byproducts are, for their metrics (read only if unchanged). */
  workspace: string;
  toolVersion: string;
}

export async function makeBom(inputs: BomInputs, ctx: BomContext): Promise<object> {
  const { view, path } = await loadProvenance(inputs.record, 'bom');
  if (statementRole(view.predicateType, view.buildType) !== 'training-record')
    throw new ProvenanceError(
      'INPUT_INVALID',
      `${path} is not a training record: it names no datasets or packages for a BOM`,
      {
        input: 'bom',
        value: path,
        fix: `give ${OUTPUT_FILES['training-record'].bundle} or ${OUTPUT_FILES['training-record'].statement} as attest wrote it`,
      },
    );
  const metrics = await recordedMetrics(view.byproducts, ctx.workspace);
  return buildMlBom(view, { toolVersion: ctx.toolVersion, metrics });
}
