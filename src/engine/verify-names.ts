// The training record beside the bundles given: taken when a policy reads it, or (by the
// pipeline, in the same pass) when a model directory's file names are bound by nothing the
// given bundles sign (the build provenance of more than 1,024 files). (A verified model.sig
// binds them too: verify/model-signatures.ts.)
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_FILES } from '../statement/layout.js';

/** The training record files beside `files`, none when one of them is a training record. */
export function trainingSiblings(files: readonly string[]): string[] {
  const { bundle } = OUTPUT_FILES['training-record'];
  if (files.some((f) => basename(f) === bundle)) return [];
  return [...new Set(files.map((f) => join(dirname(f), bundle)))].filter((f) => existsSync(f));
}

/**
 * A policy reads the training record: when only the build provenance was given, the record
 * that attest wrote beside it is taken too (and must then come from the same run).
 */
export function withTrainingSibling(
  files: string[],
  needed: boolean,
  log: (l: string) => void,
): string[] {
  if (!needed) return files;
  const siblings = trainingSiblings(files);
  for (const s of siblings) log(`the policy reads the training record: taking ${s} too`);
  return [...files, ...siblings];
}
