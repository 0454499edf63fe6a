// The one AttestRequest an entry point hands the engine: the action from its inputs (lines
// split, relative paths against GITHUB_WORKSPACE), the CLI from its flags (arrays, relative
// paths against the current directory). Everything the user typed is read here, once.
import type { AttestRequest, ModelManifestRef } from '../engine/attest-types.js';
import { parseBaseModelEvidence, parseBaseModels } from '../collect/base-models.js';
import { parseDatasetLines } from '../collect/dataset-spec.js';
import { parametersSource } from '../collect/parameters.js';
import { pythonChoice } from '../collect/python.js';
import { sigstoreInstance } from '../sign/instances.js';
import { absolute, absolutePaths, type Edge } from './edge.js';
import { keyFiles, type KeyFields } from './key.js';

/** What the user typed, each list as its items (the action's lines, the CLI's repeated flags). */
export interface AttestFields extends KeyFields {
  model: readonly string[];
  modelManifest: readonly string[];
  /** `datasets` lines as typed, blank lines included (errors count them). */
  datasets: readonly string[];
  datasetsFile: string;
  python: string;
  requirements: readonly string[];
  parameters: string;
  byproducts: readonly string[];
  sign: boolean;
  sigstore: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  pushToGitHub: boolean;
  uploadArtifact: boolean;
  artifactName: string;
  /** As given, or '' for `defaultOutputDir`. */
  outputDir: string;
  defaultOutputDir: string;
  modelSignature: boolean;
  mlBom: boolean;
  /** `base-models` items as typed: `[NAME=]LOCATION`. */
  baseModels: readonly string[];
  /** `base-model-evidence` items as typed: bundles, or a base's output-dir. */
  baseModelEvidence: readonly string[];
  /** The ClientTrustConfig file given, '' none: its root checks keyless base evidence. */
  trustConfig: string;
}

export async function buildAttestRequest(f: AttestFields, edge: Edge): Promise<AttestRequest> {
  return {
    model: absolutePaths(edge, f.model),
    modelManifests: f.modelManifest
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => manifestRef(s, edge)),
    datasets: parseDatasetLines(f.datasets, edge.base, edge.notice),
    ...(f.datasetsFile.trim() ? { datasetsFile: absolute(edge, f.datasetsFile.trim()) } : {}),
    python: pythonChoice(f.python, edge.base),
    requirements: absolutePaths(edge, f.requirements),
    parameters: await parametersSource(f.parameters, edge.base),
    byproducts: absolutePaths(edge, f.byproducts),
    sign: f.sign,
    sigstore: sigstoreInstance({ choice: f.sigstore, ...f }),
    pushToGitHub: f.pushToGitHub,
    uploadArtifact: f.uploadArtifact,
    ...(f.artifactName.trim() ? { artifactName: f.artifactName.trim() } : {}),
    outputDir: absolute(edge, f.outputDir.trim()) || f.defaultOutputDir,
    modelSignature: f.modelSignature,
    mlBom: f.mlBom,
    ...keyFiles(f, edge),
    baseModels: parseBaseModels(f.baseModels, edge.base),
    baseModelEvidence: parseBaseModelEvidence(f.baseModelEvidence, edge.base),
    ...(f.trustConfig.trim() ? { trustConfig: absolute(edge, f.trustConfig.trim()) } : {}),
  };
}

/** `[NAME=]FILE`: the name (a subject name, so it may hold `/`) is what precedes the first `=`. */
function manifestRef(s: string, edge: Edge): ModelManifestRef {
  const named = /^([^=]+)=(.+)$/.exec(s);
  return named
    ? { name: named[1]!.trim(), path: absolute(edge, named[2]!.trim()) }
    : { path: absolute(edge, s) };
}
