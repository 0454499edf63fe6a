// The training record beside the bundles given: taken when a policy reads it, or when a model
// directory's file names are bound by nothing the given bundles sign (the build provenance of
// more than 1,024 files). (A verified model.sig binds them too: verify/model-signatures.ts.)
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_FILES } from '../statement/layout.js';
import { unboundDirectory, verifyProvenance, type VerifyOptions } from '../verify/pipeline.js';

/**
 * The provenance verified; when a model directory's names are bound by nothing the bundles given
 * sign (the build provenance of more than 1,024 files), again with the training record beside them.
 */
export async function provenanceWithNames(opts: VerifyOptions, log: (l: string) => void) {
  const report = await verifyProvenance(opts);
  if (!report.violations.some((v) => unboundDirectory(v) !== undefined)) return report;
  const files = opts.bundles.filter((b): b is string => typeof b === 'string');
  if (files.length !== opts.bundles.length) return report;
  const more = withTrainingSibling(files, true, log, 'the training record binds the file names');
  return more.length > files.length ? verifyProvenance({ ...opts, bundles: more }) : report;
}

/**
 * A policy reads the training record: when only the build provenance was given, the record
 * that attest wrote beside it is taken too (and must then come from the same run).
 */
export function withTrainingSibling(
  files: string[],
  needed: boolean,
  log: (l: string) => void,
  why = 'the policy reads the training record',
): string[] {
  if (!needed || files.length === 0) return files;
  const { bundle } = OUTPUT_FILES['training-record'];
  if (files.some((f) => basename(f) === bundle)) return files;
  const siblings = [...new Set(files.map((f) => join(dirname(f), bundle)))].filter((f) =>
    existsSync(f),
  );
  for (const s of siblings) log(`${why}: taking ${s} too`);
  return [...files, ...siblings];
}
