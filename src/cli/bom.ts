import { resolve } from 'node:path';
import { makeBom } from '../engine/bom.js';
import { ProvenanceError } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { here, parse, str, type Options } from './args.js';
import { documentFormat, writeDocument } from './format.js';

export const BOM_HELP = `training-provenance bom RECORD [--output FILE] [--workspace DIR] [--format text|json]

Write a training record (training.sigstore.json, training.intoto.json, or their directory)
as a CycloneDX 1.6 ML-BOM: the model with its digests and model card, each dataset with its
digest, licence and location, each Python package with its purl, and the training run as
formulation. Metrics come from the record's JSON byproducts found unchanged in the workspace.
Nothing is verified: run 'verify' first, or use the BOM attest --ml-bom signs.

  --output FILE       where to write the BOM (default: standard output)
  --workspace DIR     where the run's byproducts are (default: the current directory)
  --format text|json  text (default): the BOM on standard output, or with --output a line on
                      standard error; json (needs --output): a JSON summary on standard output,
                      {output, sha256, bytes, specVersion, components}
`;

const OPTIONS: Options = {
  output: { type: 'string' },
  format: { type: 'string' },
  workspace: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export async function cliBom(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parse('bom', argv, OPTIONS, Infinity);
  if (values.help) {
    out.write(BOM_HELP);
    return 0;
  }
  const output = str(values.output);
  const format = documentFormat(str(values.format), output, 'bom');
  if (positionals.length !== 1)
    throw new ProvenanceError('INPUT_MISSING', 'bom takes exactly one training record', {
      input: 'bom',
      fix: 'run: training-provenance bom provenance/training.sigstore.json --output training.cdx.json',
    });
  const workspace = resolve(str(values.workspace) || '.');
  const bom: { specVersion?: string; components?: unknown[] } = await makeBom(
    { record: here(positionals[0]!) },
    { workspace, toolVersion: TOOL_VERSION },
  );
  const text = `${JSON.stringify(bom, null, 2)}\n`;
  const facts = { specVersion: bom.specVersion, components: bom.components?.length ?? 0 };
  const label = 'CycloneDX 1.6 ML-BOM';
  await writeDocument({ text, output, format, facts, label }, out, err);
  return 0;
}
