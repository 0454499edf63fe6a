// The training record beside the bundles given: taken when a policy reads it, or when a model
// directory's file names are bound by nothing the given bundles sign (the build provenance of
// more than 1,024 files); and a verified model.sig, which lists every name, binding them too.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ResolvedPath } from '../collect/paths.js';
import type { ModelSignatureCheck } from '../oms/verify.js';
import { OUTPUT_FILES } from '../statement/layout.js';
import { unboundDirectory, verifyProvenance, type VerifyOptions } from '../verify/pipeline.js';
import type { VerifyReport } from '../verify/types.js';

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
 * A model.sig lists every file by name and digest: one that verified, from the expected signer,
 * for the same root as the provenance's directory, binds the names the provenance could not.
 */
export function namesBoundBySignatures(
  report: VerifyReport,
  checks: readonly ModelSignatureCheck[],
  model: readonly ResolvedPath[],
): void {
  const bound = new Set(
    checks
      .filter((c) => c.result.verified && c.binding?.bound)
      .map((c) => model.find((m) => m.path === resolve(c.modelDir))?.relPath),
  );
  const before = report.violations.length;
  report.violations = report.violations.filter((v) => !bound.has(unboundDirectory(v) ?? '\0'));
  // Names unbound are only ever said of a verified statement: nothing else was wrong.
  if (report.violations.length < before && report.violations.length === 0) report.verified = true;
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
