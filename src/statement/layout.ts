// The layout of our provenance: the one place that names our buildType, the role
// markers on resolvedDependencies, and the keys we add. Writers (build.ts) and readers
// (read.ts, verify, policy, review) import these names instead of spelling strings.

/** The DSSE payload type of an in-toto Statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The pre-v1 in-toto Statement type: still read (npm's early provenance), never written. */
export const STATEMENT_TYPE_V01 = 'https://in-toto.io/Statement/v0.1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** Our buildType: a documented superset of GitHub's workflow buildType (docs/buildtype.md). */
export const BUILD_TYPE = 'https://training-provenance.github.io/buildtypes/training/v1';
/** GitHub's workflow buildType, whose fields ours keeps unchanged. */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * Every URI under which GitHub's workflow buildType has been published: the current one
 * (actions/attest), the spec repository's own spelling, and the SLSA-framework one that
 * npm provenance carries. They share one field layout, which read.ts understands.
 */
export const GITHUB_WORKFLOW_BUILD_TYPES: readonly string[] = [
  GITHUB_WORKFLOW_BUILD_TYPE,
  'https://github.com/actions/buildtypes/workflow/v1',
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
];
export const TOOL_NAME = 'training-provenance';

/** Annotation key on every resolvedDependency/byproduct/subject we write, saying what it is. */
export const ROLE_KEY = 'role';
export type DependencyRole =
  | 'source' // resolvedDependencies[0], the repository at its commit
  | 'dataset'
  | 'requirements'
  | 'python-package'
  | 'interpreter'
  | 'byproduct'
  | 'model-file'
  | 'model-directory'
  | 'base-model';

/** Key under internalParameters for what GitHub's buildType has no place for. */
export const INTERNAL_KEY = 'training_provenance';

/**
 * Annotation keys we write on a dataset dependency. A dataset's own annotations (from a
 * datasets file) sit beside them; on a clash ours win, so a user annotation cannot
 * relabel a dataset's role or pinning.
 */
export const DATASET_ANNOTATION_KEYS = [
  ROLE_KEY,
  'kind',
  'unpinned',
  'path',
  'files',
  'bytes',
  'license',
  'license_declared',
  'split',
  'commitment',
] as const;

/** The accelerator facts that are one string each, as the statement records them. */
export const ACCELERATOR_STRING_FIELDS = [
  'cuda',
  'cudaSource',
  'cudnn',
  'cudnnSource',
  'rocm',
  'driverVersion',
] as const;

/** The runner facts (all strings) the statement records, in the order it writes them. */
export const RUNNER_FIELDS = [
  'os',
  'arch',
  'name',
  'environment',
  'imageOs',
  'imageVersion',
] as const;

/** Name and purl of the interpreter dependency (role "interpreter"). */
export const INTERPRETER_NAME = 'python';

/**
 * The workspace-relative path a local dataset's `file:` URI names (`file:data/val` →
 * `data/val`). The writer records a separate `path` annotation only when this does not
 * give the dataset's path back; the reader falls back on it.
 */
export function impliedDatasetPath(kind: string, uri: string): string | undefined {
  if (kind !== 'local-file' && kind !== 'local-directory' && kind !== 'digest-list')
    return undefined;
  if (!uri.startsWith('file:') || uri.startsWith('file://')) return undefined;
  try {
    return decodeURIComponent(uri.slice('file:'.length));
  } catch {
    return undefined;
  }
}

/**
 * The training record's predicate type: a URI we own, so GitHub's attestations API stores it
 * as a custom predicate (it validates only SLSA provenance). Schema: docs/training-v1.schema.json.
 */
export const TRAINING_PREDICATE_TYPE =
  'https://training-provenance.github.io/predicates/training/v1';

/** SLSA provenance, or our training record laid out as it: both read into a ProvenanceView. */
export function readsAsProvenance(predicateType: string): boolean {
  return predicateType === SLSA_PROVENANCE_V1 || predicateType === TRAINING_PREDICATE_TYPE;
}

/** builder.id of a run outside any CI: the tool on a host, which no certificate vouches for. */
export const LOCAL_BUILDER_ID = 'https://training-provenance.github.io/builders/local/v1';

/** CycloneDX's predicate type, as actions/attest-sbom stores a BOM. */
export const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';

/**
 * What a statement is to us: GitHub-shaped build provenance, the training record, or the
 * training record's CycloneDX ML-BOM (`ml-bom: true`).
 */
export type StatementRole = 'build-provenance' | 'training-record' | 'ml-bom';

/** The files attest writes into output-dir, per statement. Readers find siblings by these names. */
export const OUTPUT_FILES = {
  'build-provenance': {
    statement: 'provenance.intoto.json',
    bundle: 'provenance.sigstore.json',
  },
  'training-record': {
    statement: 'training.intoto.json',
    bundle: 'training.sigstore.json',
  },
  'ml-bom': {
    statement: 'training.cdx.intoto.json',
    bundle: 'training.cdx.sigstore.json',
  },
} as const satisfies Record<StatementRole, { statement: string; bundle: string }>;

/** The CycloneDX document itself, beside the statement that carries it. */
export const ML_BOM_FILE = 'training.cdx.json';

/**
 * The role of a statement by its types. 0.1 wrote the training record as SLSA provenance
 * with our buildType: it still reads as the training record.
 */
export function statementRole(
  predicateType: string,
  buildType?: string,
): StatementRole | undefined {
  if (predicateType === TRAINING_PREDICATE_TYPE) return 'training-record';
  if (predicateType !== SLSA_PROVENANCE_V1) return undefined;
  return buildType === BUILD_TYPE ? 'training-record' : 'build-provenance';
}

/**
 * PEP 503 name normalisation, the one every module uses: surrounding space dropped, lower
 * case, runs of `-`, `_`, `.` become one `-`. (Two copies once differed on the trim, so a name
 * could match in the policy and not in the review.)
 */
export function normalizePackageName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}
