// OpenSSF model signatures in verify: each model.sig checked (beside the provenance, or on its
// own when no bundle is given), and whether it binds the root digest the provenance signed.
import type { KeyObject } from 'node:crypto';
import type { X509Certificate } from '@sigstore/core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseList, type ResolvedPath } from '../collect/paths.js';
import { ProvenanceError } from '../errors.js';
import type { IdentityPolicy } from '../identity/signer-policy.js';
import {
  checkBinding,
  OMS_SIGNATURE_NAME,
  verifyOmsSignature,
  type ModelSignatureCheck,
  type VerifyOutcome,
} from '../oms/index.js';
import type { DigestCache } from '../verify/subjects.js';
import type { TufRefresh } from '../verify/tuf.js';
import type { VerifyReport } from '../verify/types.js';

/** What every model signature of a run is checked with. */
export interface SignatureTrust {
  trustedRoot: string;
  identity: IdentityPolicy;
  cache: DigestCache;
  refresh?: TufRefresh;
  ignorePaths?: readonly string[];
  ignoreUnsignedFiles?: boolean;
  /** Key-signed signatures: the key that must have signed them, instead of `identity`. */
  publicKey?: KeyObject;
  /** Certificate-signed signatures: the trust anchors their chain must reach. */
  certChain?: readonly X509Certificate[];
}

/** The model signatures `spec` names, checked beside the report, whose verdict they join. */
export async function checkModelSignatures(
  spec: string,
  model: readonly ResolvedPath[],
  report: VerifyReport,
  workspace: string,
  trust: SignatureTrust,
  /** Whether each must bind the root digest the provenance signed (there is a provenance). */
  bind = true,
): Promise<ModelSignatureCheck[]> {
  const checks: ModelSignatureCheck[] = [];
  for (const { sigPath, modelDir } of await signaturesToCheck(spec, model, workspace)) {
    const check = await checkModelSignature(sigPath, modelDir, report, trust, bind);
    checks.push(check);
    addModelSignatureVerdict(report, check);
  }
  return checks;
}

/**
 * Only model signatures, no provenance (no bundle given): the report is theirs, verified when
 * every one is, and says whose signature it checked.
 */
export async function verifySignaturesAlone(
  spec: string,
  model: readonly ResolvedPath[],
  workspace: string,
  trust: SignatureTrust,
  now: Date,
): Promise<VerifyOutcome> {
  const report: VerifyReport = {
    verified: true,
    violations: [],
    timestamps: [],
    identity: [],
    subjects: [],
    rules: [],
    warnings: [],
    attempts: [],
    checkedAt: now.toISOString(),
  };
  const checks = await checkModelSignatures(spec, model, report, workspace, trust, false);
  if (checks.length === 0) {
    report.verified = false;
    report.violations.push({
      kind: 'bundle',
      rule: 'model-signature',
      message: 'no bundle was given and no model signature was found to verify',
      fix: 'give --model-signature PATH (or --bundle for the provenance)',
    });
  }
  const first = checks[0]?.result;
  return {
    ...report,
    bundle: first?.signature,
    signer: first?.signer,
    trustedRoot: first?.trustedRoot,
    logIndex: first?.logIndex,
    identity: checks.flatMap((c) => c.result.identity),
    modelSignatures: checks,
  };
}

/** One OMS signature checked, and whether the provenance signed the same root. */
async function checkModelSignature(
  sigPath: string,
  modelDir: string,
  report: VerifyReport,
  o: SignatureTrust,
  bind: boolean,
): Promise<ModelSignatureCheck> {
  const result = await verifyOmsSignature({ sigPath, modelDir, ...o });
  const check: ModelSignatureCheck = { signature: sigPath, modelDir, result };
  if (!result.root || !bind) return check;
  // The subjects the provenance signed, as verify matched them on disk: directories, or the
  // file a one-file model signature covers.
  const kind = result.fileDigest ? 'file' : 'directory';
  const signedSubjects = report.subjects
    .filter((c) => c.kind === kind && c.expected?.startsWith('sha256:'))
    .map((c) => ({
      name: c.subject ?? c.name,
      digest: { sha256: c.expected!.slice('sha256:'.length) },
      annotations: { role: `model-${kind}` },
    }));
  const roots = result.fileDigest
    ? [result.fileDigest]
    : [result.signedRoot, result.root].filter((r): r is string => r !== undefined);
  check.binding = checkBinding(roots, { subjects: signedSubjects }, kind);
  return check;
}

function addModelSignatureVerdict(report: VerifyReport, check: ModelSignatureCheck): void {
  const { result } = check;
  for (const v of result.violations)
    report.violations.push({ ...v, rule: `model-signature ${v.rule}` });
  if (!result.verified) {
    report.verified = false;
  } else if (check.binding && !check.binding.bound) {
    report.verified = false;
    report.violations.push({
      kind: 'subject',
      rule: 'model-signature binding',
      message: check.binding.statement,
      fix: 'the model signature and the provenance must be made for the same directory contents',
    });
  }
}

export async function signaturesToCheck(
  spec: string,
  model: readonly ResolvedPath[],
  workspace: string,
): Promise<Array<{ sigPath: string; modelDir: string }>> {
  const value = spec.trim();
  if (value === '' || value === 'false') return [];
  const dirs = model.filter((m) => m.kind === 'directory');
  if (value === 'true' || value === 'auto') {
    const found = dirs
      .map((d) => ({ sigPath: join(d.path, OMS_SIGNATURE_NAME), modelDir: d.path }))
      .filter((c) => value === 'true' || existsSync(c.sigPath));
    if (value === 'true' && found.length === 0) {
      throw new ProvenanceError('INPUT_INVALID', 'model-signature: true needs a model directory', {
        input: 'model-signature',
        value,
        fix: 'name the model directory in model, or give the model.sig path',
      });
    }
    return found;
  }
  const paths = parseList(value).map((p) => resolve(workspace, p));
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
