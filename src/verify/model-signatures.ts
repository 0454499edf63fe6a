// OpenSSF model signatures in verify: a stage beside the provenance's (or alone, when no bundle
// is given). Each model.sig is checked (model-signature.ts), and whether it binds the root digest
// the provenance signed; the report is then built once from both stages' results.
import type { KeyObject } from 'node:crypto';
import type { X509Certificate } from '@sigstore/core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ResolvedPath } from '../collect/paths.js';
import { ProvenanceError } from '../errors.js';
import type { IdentityPolicy } from '../identity/signer-policy.js';
import { checkBinding, OMS_SIGNATURE_NAME } from '../oms/index.js';
import {
  verifyOmsSignature,
  type ModelSignatureCheck,
  type VerifyOutcome,
} from './model-signature.js';
import { unboundDirectory } from './pipeline.js';
import type { DigestCache, SubjectCheck } from './subjects.js';
import type { TrustCache } from './trust.js';
import type { TufRefresh } from './tuf.js';
import type { Violation, VerifyReport } from './types.js';

/**
 * Which OMS model signatures to check: none; `model.sig` in each model directory that has one
 * (auto); in every model directory (required); or these signature files (absolute).
 */
export type ModelSignatures =
  { kind: 'none' } | { kind: 'auto' } | { kind: 'required' } | { kind: 'files'; paths: string[] };

/** What every model signature of a run is checked with. */
export interface SignatureTrust {
  trustedRoot: string;
  identity: IdentityPolicy;
  cache: DigestCache;
  refresh?: TufRefresh;
  /** The trusted roots read in this run, shared with the provenance's check. */
  roots?: TrustCache;
  ignorePaths?: readonly string[];
  ignoreUnsignedFiles?: boolean;
  /** Key-signed signatures: the key that must have signed them, instead of `identity`. */
  publicKey?: KeyObject;
  /** Certificate-signed signatures: the trust anchors their chain must reach. */
  certChain?: readonly X509Certificate[];
}

/**
 * The model signatures `spec` names, each checked; with the provenance's subjects (as verify
 * matched them on disk), also whether each binds the root digest the provenance signed.
 */
export async function checkModelSignatures(
  spec: ModelSignatures,
  model: readonly ResolvedPath[],
  trust: SignatureTrust,
  signedSubjects?: readonly SubjectCheck[],
): Promise<ModelSignatureCheck[]> {
  const checks: ModelSignatureCheck[] = [];
  for (const { sigPath, modelDir } of await signaturesToCheck(spec, model)) {
    const result = await verifyOmsSignature({ sigPath, modelDir, ...trust });
    const binding = signedSubjects && result.root ? bindingOf(result, signedSubjects) : undefined;
    checks.push({ signature: sigPath, modelDir, result, ...(binding ? { binding } : {}) });
  }
  return checks;
}

/**
 * The report, built once: the provenance's, with the model signatures' violations joined, and
 * the file names a verified model.sig binds no longer said to be unbound. Verified when nothing
 * is wrong.
 */
export function verifyOutcome(
  provenance: VerifyReport,
  checks: readonly ModelSignatureCheck[],
  model: readonly ResolvedPath[],
): VerifyOutcome {
  const bound = namesBound(checks, model);
  const violations = [
    ...provenance.violations.filter((v) => !bound.has(unboundDirectory(v) ?? '\0')),
    ...checks.flatMap(modelSignatureViolations),
  ];
  return sealed({
    ...provenance,
    violations,
    verified: violations.length === 0,
    modelSignatures: [...checks],
  });
}

/** The report as built: nothing after may add a violation or change the verdict. */
function sealed(outcome: VerifyOutcome): VerifyOutcome {
  Object.freeze(outcome.violations);
  return Object.freeze(outcome);
}

/**
 * Only model signatures, no provenance (no bundle given): the report is theirs, verified when
 * every one is, and says whose signature it checked.
 */
export async function verifySignaturesAlone(
  spec: ModelSignatures,
  model: readonly ResolvedPath[],
  trust: SignatureTrust,
  now: Date,
): Promise<VerifyOutcome> {
  const checks = await checkModelSignatures(spec, model, trust);
  const none: Violation = {
    kind: 'bundle',
    rule: 'model-signature',
    message: 'no bundle was given and no model signature was found to verify',
    fix: 'give --model-signature PATH (or --bundle for the provenance)',
  };
  const violations = checks.length === 0 ? [none] : checks.flatMap(modelSignatureViolations);
  const first = checks[0]?.result;
  return sealed({
    verified: violations.length === 0,
    violations,
    timestamps: [],
    subjects: [],
    rules: [],
    warnings: [],
    attempts: [],
    checkedAt: now.toISOString(),
    bundle: first?.signature,
    signer: first?.signer,
    trustedRoot: first?.trustedRoot,
    logIndex: first?.logIndex,
    identity: checks.flatMap((c) => c.result.identity),
    modelSignatures: checks,
  });
}

/** Whether the signature's root is one the provenance signed (directories, or the one file). */
function bindingOf(
  result: ModelSignatureCheck['result'],
  subjects: readonly SubjectCheck[],
): ModelSignatureCheck['binding'] {
  const kind = result.fileDigest ? 'file' : 'directory';
  const signedSubjects = subjects
    .filter((c) => c.kind === kind && c.expected?.startsWith('sha256:'))
    .map((c) => ({
      name: c.subject ?? c.name,
      digest: { sha256: c.expected!.slice('sha256:'.length) },
      annotations: { role: `model-${kind}` },
    }));
  const roots = result.fileDigest
    ? [result.fileDigest]
    : [result.signedRoot, result.root].filter((r): r is string => r !== undefined);
  return checkBinding(roots, { subjects: signedSubjects }, kind);
}

/** One model signature's violations, and a root the provenance did not sign. */
function modelSignatureViolations(check: ModelSignatureCheck): Violation[] {
  const { result, binding } = check;
  const out = result.violations.map((v) => ({ ...v, rule: `model-signature ${v.rule}` }));
  if (result.verified && binding && !binding.bound)
    out.push({
      kind: 'subject',
      rule: 'model-signature binding',
      message: binding.statement,
      fix: 'the model signature and the provenance must be made for the same directory contents',
    });
  return out;
}

/**
 * A model.sig lists every file by name and digest: one that verified, from the expected signer,
 * for the same root as the provenance's directory, binds the names the provenance could not.
 */
function namesBound(
  checks: readonly ModelSignatureCheck[],
  model: readonly ResolvedPath[],
): Set<string | undefined> {
  return new Set(
    checks
      .filter((c) => c.result.verified && c.binding?.bound)
      .map((c) => model.find((m) => m.path === resolve(c.modelDir))?.relPath),
  );
}

export async function signaturesToCheck(
  spec: ModelSignatures,
  model: readonly ResolvedPath[],
): Promise<Array<{ sigPath: string; modelDir: string }>> {
  if (spec.kind === 'none') return [];
  const dirs = model.filter((m) => m.kind === 'directory');
  if (spec.kind !== 'files') {
    const required = spec.kind === 'required';
    const found = dirs
      .map((d) => ({ sigPath: join(d.path, OMS_SIGNATURE_NAME), modelDir: d.path }))
      .filter((c) => required || existsSync(c.sigPath));
    if (required && found.length === 0) {
      throw new ProvenanceError('INPUT_INVALID', 'model-signature: true needs a model directory', {
        input: 'model-signature',
        value: 'true',
        fix: 'name the model directory in model, or give the model.sig path',
      });
    }
    return found;
  }
  const { paths } = spec;
  const value = paths.join(', ');
  // One directory, or a model that is one file (a single-file signature).
  const target = dirs.length === 1 ? dirs[0] : model.length === 1 ? model[0] : undefined;
  if (!target) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      'a model.sig path needs exactly one model (a directory or one file) to check it against',
      {
        input: 'model-signature',
        value,
        fix: "name one model directory (or one model file) in model, or use model-signature: true to check each directory's model.sig",
      },
    );
  }
  return paths.map((sigPath) => ({ sigPath, modelDir: target.path }));
}
