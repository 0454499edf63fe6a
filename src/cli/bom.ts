import { makeBom } from '../engine/bom.js';
import { ProvenanceError } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { here } from './args.js';
import type { CommandRun } from './command.js';

/** `training-provenance bom RECORD`: the record as a CycloneDX ML-BOM, unverified. */
export const bomCommand: CommandRun = async ({ positionals, workspace, document }) => {
  if (positionals.length !== 1)
    throw new ProvenanceError('INPUT_MISSING', 'bom takes exactly one training record', {
      input: 'bom',
      fix: 'run: training-provenance bom provenance/training.sigstore.json --output training.cdx.json',
    });
  const bom: { specVersion?: string; components?: unknown[] } = await makeBom(
    { record: here(positionals[0]!) },
    { workspace, toolVersion: TOOL_VERSION },
  );
  const text = `${JSON.stringify(bom, null, 2)}\n`;
  const facts = { specVersion: bom.specVersion, components: bom.components?.length ?? 0 };
  const label = 'CycloneDX 1.6 ML-BOM';
  await document({ text, facts, label });
  return 0;
};
