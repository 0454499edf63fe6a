// Orchestration of `verify`: for each candidate bundle in turn, check its structure, pick
// the trusted root, verify signature, certificate chain, timestamps and transparency
// proof (@sigstore/verify), then — on the decoded certificate, ourselves — the expected
// identity, then the statement (SLSA provenance v1 unless asked otherwise) against the model
// on disk and the policy. The first bundle with no violation wins; otherwise the report
// lists every violation of the bundle that got furthest, and a line per bundle tried.
import { isAbsolute, resolve } from 'node:path';
import { RFC3161Timestamp } from '@sigstore/core';
import { toSignedEntity } from '@sigstore/verify';
import { isProvenanceError, ProvenanceError } from '../errors.js';
import { evaluatePolicy, type SigningTime } from '../policy/evaluate.js';
import { mergeIdentity, type Policy } from '../policy/policy.js';
import { SLSA_PROVENANCE_V1 } from '../statement/layout.js';
import {
  parseStatementPayload,
  readProvenance,
  type StatementEnvelope,
} from '../statement/read.js';
import type { ProvenanceView } from '../statement/view.js';
import { collectBundles, isRejected, type LoadedBundle } from './bundles.js';
import { signerFromCertificate, type SignerIdentity } from './certificate.js';
import {
  checkIdentity,
  GITHUB_SERVER_URL,
  validateIdentityPolicy,
  type IdentityCheck,
  type IdentityPolicy,
} from './identity.js';
import {
  ambiguousSubjects,
  checkSubjects,
  describeAmbiguous,
  DigestCache,
  type ResolvedPath,
} from './subjects.js';
import {
  createVerifier,
  selectTrustedRoot,
  type LoadedTrustedRoot,
  type TrustedRootSpec,
} from './trust.js';
import type { AttemptSummary, StatementSummary, Violation, VerifyReport } from './types.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface VerifyOptions {
  /** Bundle files, bundle JSON objects, `{source, bundle}` (lookupAttestations' results) or parsed bundles; tried in order. */
  bundles: ReadonlyArray<string | unknown>;
  /** Model paths, already resolved from the `model` patterns. */
  model: readonly ResolvedPath[];
  /** The workspace: a relative model `path` is resolved against it. */
  workspace: string;
  identity: IdentityPolicy;
  trustedRoot: TrustedRootSpec;
  policy?: Policy;
  now?: Date;
  /** Digests already computed (e.g. to look the model up by digest), so nothing is hashed twice. */
  cache?: DigestCache;
  /**
   * The predicate type the statement must have: SLSA provenance v1 unless given, as
   * `gh attestation verify` requires. A statement of another type is refused.
   */
  predicateType?: string;
}

type Stage = AttemptSummary['stage'];

/** One bundle's way through the checks: what the report says of it, with the root it loaded. */
type Attempt = Pick<
  VerifyReport,
  | 'violations'
  | 'signer'
  | 'logIndex'
  | 'integratedTime'
  | 'timestamps'
  | 'signedAt'
  | 'identity'
  | 'subjects'
  | 'rules'
  | 'statement'
> & {
  source: string;
  stage: Stage;
  trustedRoot?: LoadedTrustedRoot;
};

const STAGE_ORDER: Stage[] = ['bundle', 'trusted-root', 'signature', 'statement', 'complete'];

/** A violation from a thrown error: a ProvenanceError keeps its fix. */
export function fromError(kind: Violation['kind'], rule: string, e: unknown): Violation {
  if (isProvenanceError(e)) return { kind, rule, message: e.message, fix: e.fix };
  return { kind, rule, message: (e as Error)?.message ?? String(e) };
}

const SIGNATURE_HINTS: Record<string, string> = {
  SIGNATURE_ERROR:
    'the signed content was changed after signing, or the signature is not from this certificate',
  CERTIFICATE_ERROR:
    'the certificate does not chain to the trusted root, or was not valid when signed',
  TLOG_ERROR: 'the transparency log entry is missing or does not verify',
  TLOG_BODY_ERROR: 'the transparency log entry records another signature or content',
  TLOG_INCLUSION_PROOF_ERROR: 'the transparency log inclusion proof does not verify',
  TLOG_INCLUSION_PROMISE_ERROR: 'the transparency log inclusion promise does not verify',
  TIMESTAMP_ERROR: 'no verified time for the signature (transparency log or timestamp authority)',
};

/** A failed cryptographic check, with what @sigstore/verify's error code means for a user. */
export function signatureViolation(
  e: unknown,
  rootName: string,
  what: string,
  where = '',
): Violation {
  const code = (e as { code?: string }).code;
  const hint = code ? SIGNATURE_HINTS[code] : undefined;
  return {
    kind: 'signature',
    rule: code ?? 'signature',
    message: `cryptographic verification${where ? ` of ${where}` : ''} against ${rootName} failed${code ? ` (${code})` : ''}: ${(e as Error).message}${hint ? ` — ${hint}` : ''}`,
    fix: `do not use this model: ${what} does not prove who signed it`,
  };
}

/** Verified times: RFC 3161 timestamps (checked by the verifier) and Rekor's integrated time. */
function bundleTimes(b: LoadedBundle): {
  integratedTime?: string;
  logIndex?: string;
  tsa: Date[];
  tlog?: Date;
} {
  const vm = b.bundle.verificationMaterial;
  const entry = vm.tlogEntries[0];
  const tsa: Date[] = [];
  for (const ts of vm.timestampVerificationData?.rfc3161Timestamps ?? []) {
    try {
      tsa.push(RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime);
    } catch {
      // The verifier already refused an unreadable timestamp.
    }
  }
  const integrated =
    entry?.integratedTime && entry.integratedTime !== '0'
      ? new Date(Number(entry.integratedTime) * 1000)
      : undefined;
  return {
    logIndex: entry?.logIndex,
    integratedTime: integrated?.toISOString(),
    // Only an entry with an inclusion promise (a signed entry timestamp) makes its time a verified one.
    tlog: entry?.inclusionPromise ? integrated : undefined,
    tsa,
  };
}

function summarize(env: StatementEnvelope, view?: ProvenanceView): StatementSummary {
  return {
    predicateType: env.predicateType,
    subjects: env.subject.length,
    ...(view
      ? {
          buildType: view.buildType,
          datasets: view.datasets.length,
          packages: view.packages.length,
          builderId: view.builderId,
          invocationId: view.invocationId,
          startedOn: view.startedOn,
          finishedOn: view.finishedOn,
        }
      : {}),
  };
}

/**
 * What the statement claims about where it was built, against the certificate: a workflow
 * can sign anything, but a statement that names another repository, ref or commit than its
 * certificate is lying about its origin.
 */
function statementClaims(view: ProvenanceView, signer: SignerIdentity): Violation[] {
  const out: Violation[] = [];
  const id = view.identity;
  const server = id.serverUrl ?? GITHUB_SERVER_URL;
  const claim = (
    rule: string,
    claimed: string | undefined,
    actual: string | undefined,
    ci = false,
  ) => {
    if (claimed === undefined || actual === undefined) return;
    const same = ci ? claimed.toLowerCase() === actual.toLowerCase() : claimed === actual;
    if (!same) {
      out.push({
        kind: 'statement',
        rule,
        message: `the statement claims ${rule} ${claimed}, its signing certificate says ${actual}`,
        expected: actual,
        actual: claimed,
      });
    }
  };
  claim(
    'source repository',
    id.repository ? `${server}/${id.repository}` : undefined,
    signer.sourceRepositoryUri,
    true,
  );
  claim('source ref', id.ref, signer.sourceRepositoryRef);
  claim('source commit', id.sha, signer.sourceRepositoryDigest);
  claim('builder', id.jobWorkflowRef ? `${server}/${id.jobWorkflowRef}` : undefined, signer.san);
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v !== '';

/** The fields SLSA provenance v1 marks REQUIRED that this predicate lacks. */
function missingSlsaFields(predicate: Record<string, unknown>): string[] {
  const def = predicate.buildDefinition;
  const run = predicate.runDetails;
  const missing: string[] = [];
  if (!isObject(def)) missing.push('buildDefinition');
  else {
    if (!nonEmpty(def.buildType)) missing.push('buildDefinition.buildType');
    if (!isObject(def.externalParameters)) missing.push('buildDefinition.externalParameters');
  }
  if (!isObject(run)) missing.push('runDetails');
  else if (!isObject(run.builder) || !nonEmpty(run.builder.id))
    missing.push('runDetails.builder.id');
  return missing;
}

/**
 * Whether the statement is the attestation asked for: its predicate type, and a predicate
 * (for SLSA provenance v1, one with the fields the spec requires). Any statement a workflow
 * signs verifies cryptographically; only its type says it is provenance.
 */
export function predicateViolations(env: StatementEnvelope, wanted: string): Violation[] {
  const fix =
    wanted === SLSA_PROVENANCE_V1
      ? 'pass the SLSA provenance bundle that `attest` wrote (provenance.sigstore.json), not another attestation of the model'
      : `pass an attestation whose predicate type is ${wanted}`;
  if (env.predicateType !== wanted) {
    return [
      {
        kind: 'statement',
        rule: 'predicateType',
        message: `the statement's predicate type is ${env.predicateType ? `'${env.predicateType}'` : '(none)'}, not ${wanted}`,
        expected: wanted,
        actual: env.predicateType || undefined,
        fix,
      },
    ];
  }
  if (!isObject(env.predicate)) {
    return [
      {
        kind: 'statement',
        rule: 'predicate',
        message: `the statement has ${env.predicate === undefined ? 'no predicate' : 'a predicate that is not a JSON object'}: a ${wanted} statement says nothing without one`,
        fix,
      },
    ];
  }
  const missing = wanted === SLSA_PROVENANCE_V1 ? missingSlsaFields(env.predicate) : [];
  if (missing.length > 0) {
    return [
      {
        kind: 'statement',
        rule: 'predicate',
        message: `the SLSA provenance predicate lacks the required ${missing.join(', ')}`,
        fix,
      },
    ];
  }
  return [];
}

async function attempt(
  b: LoadedBundle,
  opts: VerifyOptions,
  identity: IdentityPolicy,
  now: Date,
  roots: Map<string, Promise<LoadedTrustedRoot[]>>,
  cache: DigestCache,
): Promise<Attempt> {
  const a: Attempt = {
    source: b.source,
    stage: 'bundle',
    violations: [],
    timestamps: [],
    identity: [],
    subjects: [],
    rules: [],
  };
  a.signer = signerFromCertificate(b.certificate);

  try {
    a.trustedRoot = await selectTrustedRoot(opts.trustedRoot, b.certificate, roots);
  } catch (e) {
    a.stage = 'trusted-root';
    a.violations.push(fromError('trusted-root', 'trusted-root', e));
    return a;
  }

  a.stage = 'signature';
  try {
    createVerifier(a.trustedRoot).verify(toSignedEntity(b.bundle));
  } catch (e) {
    a.violations.push(signatureViolation(e, a.trustedRoot.name, 'the bundle'));
    return a;
  }

  const times = bundleTimes(b);
  a.logIndex = times.logIndex;
  a.integratedTime = times.integratedTime;
  a.timestamps = times.tsa.map((t) => t.toISOString());
  if (times.tlog) a.signedAt = { time: times.tlog.toISOString(), source: 'transparency-log' };
  else if (times.tsa[0])
    a.signedAt = { time: times.tsa[0].toISOString(), source: 'timestamp-authority' };

  a.identity = checkIdentity(a.signer, identity);
  a.violations.push(...identityViolations(a.identity));

  a.stage = 'statement';
  const envelope = b.bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    a.violations.push({
      kind: 'statement',
      rule: 'payloadType',
      message: `the DSSE payload type is '${envelope.payloadType}', not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`,
    });
    return a;
  }
  let env: StatementEnvelope;
  try {
    env = parseStatementPayload(envelope.payload);
  } catch (e) {
    a.violations.push(fromError('statement', 'statement', e));
    return a;
  }
  const wrongKind = predicateViolations(env, opts.predicateType ?? SLSA_PROVENANCE_V1);
  if (wrongKind.length > 0) {
    a.statement = summarize(env);
    a.violations.push(...wrongKind);
    return a;
  }
  let view: ProvenanceView | undefined;
  if (env.predicateType === SLSA_PROVENANCE_V1) {
    try {
      view = readProvenance(JSON.parse(Buffer.from(envelope.payload).toString('utf8')));
    } catch (e) {
      a.violations.push(fromError('statement', 'predicate', e));
    }
  }
  a.statement = summarize(env, view);
  a.stage = 'complete';
  if (view) a.violations.push(...statementClaims(view, a.signer));

  const model = opts.model.map((m) =>
    isAbsolute(m.path) ? m : { ...m, path: resolve(opts.workspace, m.path) },
  );
  a.subjects = await checkSubjects(env.subject, model, cache);
  for (const s of a.subjects.filter((s) => !s.ok)) {
    a.violations.push({
      kind: 'subject',
      rule: s.name,
      message: s.reason,
      expected: s.expected,
      actual: s.actual,
    });
  }
  // A name given two digests is refused even when no model path carries it.
  const checked = new Set(a.subjects.map((s) => s.name));
  for (const amb of ambiguousSubjects(env.subject).filter((x) => !checked.has(x.name)))
    a.violations.push({ kind: 'subject', rule: amb.name, message: describeAmbiguous(amb) });

  if (opts.policy) {
    if (!view) {
      a.violations.push({
        kind: 'policy',
        rule: 'policy',
        message: `the policy needs SLSA provenance; this statement's predicate is ${env.predicateType || '(none)'}`,
      });
    } else {
      const signedAt: SigningTime | undefined = a.signedAt
        ? { time: new Date(a.signedAt.time), source: a.signedAt.source }
        : undefined;
      a.rules = evaluatePolicy(view, a.signer, opts.policy, now, {
        signedAt,
        includeIdentity: false,
      });
      for (const r of a.rules.filter((r) => !r.ok))
        a.violations.push({ kind: 'policy', rule: r.rule, message: r.reason });
    }
  }
  return a;
}

function best(attempts: Attempt[]): Attempt | undefined {
  let chosen: Attempt | undefined;
  for (const a of attempts) {
    if (!chosen || STAGE_ORDER.indexOf(a.stage) > STAGE_ORDER.indexOf(chosen.stage)) chosen = a;
  }
  return chosen;
}

/**
 * Verify the model against its provenance. Throws only for bad usage (an expected identity
 * that cannot be read, an unreadable bundle file); every failure of the evidence is a
 * violation in the report.
 */
export async function verifyProvenance(opts: VerifyOptions): Promise<VerifyReport> {
  const now = opts.now ?? new Date();
  const identity = mergeIdentity(opts.identity, opts.policy);
  validateIdentityPolicy(identity);
  if (opts.model.length === 0) {
    throw new ProvenanceError('INPUT_MISSING', 'no model path to verify', {
      input: 'model',
      fix: 'pass the model files or directories the provenance signs',
    });
  }
  const candidates = await collectBundles(opts.bundles);
  const roots = new Map<string, Promise<LoadedTrustedRoot[]>>();
  const cache = opts.cache ?? new DigestCache();
  const attempts: Attempt[] = [];
  let passed: Attempt | undefined;
  for (const c of candidates) {
    if (isRejected(c)) {
      attempts.push({
        source: c.source,
        stage: 'bundle',
        violations: [fromError('bundle', 'bundle', c.error)],
        timestamps: [],
        identity: [],
        subjects: [],
        rules: [],
      });
      continue;
    }
    const a = await attempt(c, opts, identity, now, roots, cache);
    attempts.push(a);
    if (a.violations.length === 0 && a.stage === 'complete') {
      passed = a;
      break;
    }
  }

  const chosen = passed ?? best(attempts);
  const violations: Violation[] = chosen
    ? chosen.violations
    : [
        {
          kind: 'bundle',
          rule: 'bundle',
          message: 'no bundle to verify',
          fix: 'pass `bundle`, or store the attestation in the GitHub attestations API',
        },
      ];
  return {
    verified: passed !== undefined,
    bundle: chosen?.source,
    violations,
    signer: chosen?.signer,
    trustedRoot: chosen?.trustedRoot
      ? { name: chosen.trustedRoot.name, source: chosen.trustedRoot.source }
      : undefined,
    logIndex: chosen?.logIndex,
    integratedTime: chosen?.integratedTime,
    timestamps: chosen?.timestamps ?? [],
    signedAt: chosen?.signedAt,
    identity: chosen?.identity ?? [],
    subjects: chosen?.subjects ?? [],
    rules: chosen?.rules ?? [],
    statement: chosen?.statement,
    attempts: attempts.map((a) => ({
      source: a.source,
      verified: a === passed,
      stage: a.stage,
      violations: a.violations.length,
      firstViolation: a.violations[0]?.message,
    })),
    checkedAt: now.toISOString(),
  };
}

/** Each failed identity check as a violation, with the input to change when it is expected. */
export function identityViolations(checks: readonly IdentityCheck[]): Violation[] {
  return checks
    .filter((c) => !c.ok)
    .map((c) => ({
      kind: 'identity' as const,
      rule: c.check,
      message: c.reason,
      expected: c.expected,
      actual: c.actual,
      fix:
        c.check === 'identity-required'
          ? undefined
          : c.check === 'signer-repository'
            ? 'if a reusable workflow signs, name it with `signer-workflow`'
            : `if this signer is expected, change the '${c.input}' input`,
    }));
}
