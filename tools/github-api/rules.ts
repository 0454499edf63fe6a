// What GitHub's attestations API refuses on upload (POST /repos/{owner}/{repo}/attestations),
// each rule with the public report it mirrors. GitHub does not publish its validator; where
// the exact wording is not public, the message keeps the observed form
// `Invalid Argument - <what>` and the comment says so.

/** The in-toto statement inside a DSSE bundle, or a reason why there is none. */
function statementOf(bundle: unknown): Record<string, unknown> {
  const payload = (bundle as { dsseEnvelope?: { payload?: unknown } } | undefined)?.dsseEnvelope
    ?.payload;
  if (typeof payload !== 'string') throw new Error('bundle has no dsseEnvelope.payload');
  const statement: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  if (typeof statement !== 'object' || statement === null)
    throw new Error('payload is not a statement');
  return statement as Record<string, unknown>;
}

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * The URI older actions/attest releases wrote; GitHub stored it (cli/cli's test data has such
 * an attestation, `reusable-workflow-attestation.sigstore.json`, made by
 * github/artifact-attestations-workflows), so it is accepted beside the current one.
 */
const ACCEPTED_BUILD_TYPES = [
  GITHUB_WORKFLOW_BUILD_TYPE,
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
];
/** actions/attest README: "at most 1024 subjects" per attestation. */
export const MAX_SUBJECTS = 1024;
/** actions/attest README: the predicate may be at most 16 MB. */
export const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;

/**
 * The keys of GitHub's workflow buildType predicate, as `@actions/attest`'s
 * buildSLSAProvenancePredicate writes them (lib/provenance.js). GitHub told
 * docker/github-builder (#183, 2026-04) that its validator expects this buildType and that
 * extension fields beyond it (BuildKit's `buildkit_*`) were refused.
 */
const GITHUB_SHAPE: Shape = {
  buildDefinition: {
    buildType: 'string',
    externalParameters: { workflow: { ref: 'string', repository: 'string', path: 'string' } },
    internalParameters: {
      github: {
        event_name: 'string',
        repository_id: 'string',
        repository_owner_id: 'string',
        runner_environment: 'string',
      },
    },
    resolvedDependencies: 'array',
  },
  runDetails: { builder: { id: 'string' }, metadata: { invocationId: 'string' } },
};
type Shape = { [key: string]: Shape | 'string' | 'array' };

function extraFields(value: unknown, shape: Shape, at: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const want = shape[k];
    if (want === undefined) out.push(`${at}${k}`);
    else if (typeof want === 'object') out.push(...extraFields(v, want, `${at}${k}.`));
  }
  return out;
}

/** The dependency list GitHub's buildType allows: one `{uri, digest: {gitCommit}}`. */
function dependencyProblems(deps: unknown): string[] {
  if (!Array.isArray(deps)) return [];
  const extra = deps.length > 1 ? ['buildDefinition.resolvedDependencies[1]'] : [];
  const first = deps[0] as Record<string, unknown> | undefined;
  for (const k of Object.keys(first ?? {})) {
    if (k !== 'uri' && k !== 'digest') extra.push(`buildDefinition.resolvedDependencies[0].${k}`);
  }
  return extra;
}

/** The 422 message GitHub answers for this upload, or undefined when it accepts it. */
export function refusal(bundle: unknown): string | undefined {
  let statement: Record<string, unknown>;
  try {
    statement = statementOf(bundle);
  } catch (e) {
    return `Invalid request: ${(e as Error).message}`;
  }
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  if (subjects.length === 0) return 'Invalid Argument - statement has no subjects';
  // actions/attest README (subject limit); exact wording not public.
  if (subjects.length > MAX_SUBJECTS)
    return `Invalid Argument - too many subjects: ${subjects.length} > ${MAX_SUBJECTS}`;
  // actions/attest-build-provenance#761: "duplicate subject in statement"; actions/attest#180
  // dedupes before upload because of it.
  const keys = subjects.map((s: { name?: unknown; digest?: Record<string, unknown> }) =>
    JSON.stringify([s.name, Object.entries(s.digest ?? {}).sort()]),
  );
  if (new Set(keys).size !== keys.length)
    return 'Invalid Argument - duplicate subject in statement';
  const predicateBytes = Buffer.byteLength(JSON.stringify(statement.predicate ?? null));
  if (predicateBytes > MAX_PREDICATE_BYTES)
    return `Invalid Argument - predicate too large: ${predicateBytes} bytes`;
  if (statement.predicateType !== SLSA_PROVENANCE_V1) return undefined; // custom types are stored
  const predicate = statement.predicate as Record<string, unknown> | undefined;
  const def = predicate?.buildDefinition as Record<string, unknown> | undefined;
  // actions/attest#195 (open since 2025-01): "Invalid Argument - unsupported build type: <uri>".
  if (!ACCEPTED_BUILD_TYPES.includes(String(def?.buildType)))
    return `Invalid Argument - unsupported build type: ${String(def?.buildType)}`;
  const extra = [
    ...extraFields(predicate, GITHUB_SHAPE, ''),
    ...dependencyProblems(def?.resolvedDependencies),
  ];
  // docker/github-builder#183; wording not public.
  if (extra.length > 0)
    return `Invalid Argument - unsupported fields for build type ${String(def?.buildType)}: ${extra.join(', ')}`;
  return undefined;
}

export function predicateTypeOf(bundle: unknown): string | undefined {
  try {
    return statementOf(bundle).predicateType as string | undefined;
  } catch {
    return undefined;
  }
}
