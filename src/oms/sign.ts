// Writes an OMS signature (model.sig) for a model directory, signed with the same keyless
// identity as the provenance. The signature goes into the directory, where model_signing
// looks for it; when the directory cannot be written (a read-only checkout, a mounted
// volume) it goes to the output directory instead, and the log says where.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import type { NetworkOptions } from '../net/retry.js';
import { isProvenanceError, ProvenanceError } from '../errors.js';
import type { SigstoreEndpoints } from '../sign/instances.js';
import { signWithKey, type KeyMaterial } from '../sign/key.js';
import { signStatement } from '../sign/sign.js';
import { writeFileAtomic } from '../store/files.js';
import type { DirectoryDigest, Sha256Hex } from '../types.js';
import { OMS_SIGNATURE_NAME, omsPayload } from './layout.js';
import { omsManifest, statementOf, type OmsManifest } from './statement.js';

export interface SignModelOptions extends NetworkOptions {
  /** Keyless: the Sigstore instance and the OIDC identity token (never logged). */
  endpoints?: SigstoreEndpoints;
  token?: string;
  /**
   * Or a key (model_signing's `sign key`): a bundle with the public key's hint, no log; with its
   * certificate and chain (`sign certificate`), those instead of the hint.
   */
  key?: KeyMaterial;
  log?: (line: string) => void;
  /** Where the signature goes when the model directory is not writable. */
  outputDir?: string;
  /** Default `model.sig`. */
  signatureName?: string;
  /** Write the signature here, wherever it is (sign-model --output), instead of into the directory. */
  path?: string;
}

export interface SignedModel {
  /** Where model.sig was written. */
  path: string;
  /** true when written inside the model directory, false when in the output directory. */
  inModelDirectory: boolean;
  /** The OMS root digest the signature binds. */
  root: Sha256Hex;
  bundle: SerializedBundle;
  logIndex?: string;
  certificatePem: string;
  /** Files of the DirectoryDigest left out because OMS ignores them (a stale model.sig). */
  dropped: string[];
}

async function writable(dir: string): Promise<boolean> {
  try {
    await access(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where the signature of `dir` goes when the directory itself cannot take it. */
export function fallbackSignaturePath(outputDir: string, dirName: string, sigName: string): string {
  return join(outputDir, dirName, sigName);
}

/**
 * Sign `dir` (already hashed by the attest step) as OMS v1.0 and write model.sig. The root
 * equals `dir.root` when the directory was digested with OMS_SIGNING_IGNORES; otherwise the
 * files OMS ignores are left out, the root recomputed, and the log says so.
 */
export async function signModelDirectory(
  dir: DirectoryDigest,
  opts: SignModelOptions,
): Promise<SignedModel> {
  const manifest = omsManifest(dir, { signatureName: opts.signatureName ?? OMS_SIGNATURE_NAME });
  if (manifest.dropped.length > 0) {
    opts.log?.(
      `model signature for ${dir.path}: left out ${manifest.dropped.join(', ')} (OMS ignores ${manifest.ignorePaths.join(', ')}); ` +
        `its root ${manifest.root} differs from the directory digest ${dir.root}`,
    );
  } else if (manifest.root !== manifest.directoryRoot) {
    opts.log?.(
      `model signature for ${dir.path}: files listed in the specification's code-point order, so its root ${manifest.root} ` +
        `differs from the directory digest ${manifest.directoryRoot} (PurePosixPath order); verify ties them by the signed files`,
    );
  }
  return signModelManifest(manifest, dir.path, opts);
}

/** Sign `manifest`, the model at `modelPath`, and write the signature (see signModelDirectory). */
export async function signModelManifest(
  manifest: OmsManifest,
  modelPath: string,
  opts: SignModelOptions,
): Promise<SignedModel> {
  const sigName = opts.signatureName ?? OMS_SIGNATURE_NAME;
  const inDir = opts.path ?? join(modelPath, sigName);
  const fallback = opts.outputDir
    ? fallbackSignaturePath(opts.outputDir, manifest.name, sigName)
    : undefined;
  const dirWritable = opts.path !== undefined || (await writable(modelPath));
  if (!dirWritable && !fallback) throw notWritable(modelPath, 'it is not writable');

  const signed = await signManifest(omsPayload(statementOf(manifest)), opts);
  const text = JSON.stringify(signed.bundle);

  let path = inDir;
  let inModelDirectory = true;
  let why = 'it is not writable';
  if (dirWritable) {
    try {
      await writeFileAtomic(inDir, text, 'model-signature');
    } catch (e) {
      if (!fallback || !isProvenanceError(e)) throw e;
      why = `writing failed (${(e.cause as Error | undefined)?.message ?? e.message})`;
      inModelDirectory = false;
    }
  } else inModelDirectory = false;
  if (!inModelDirectory) {
    path = fallback!;
    await writeFileAtomic(path, text, 'output-dir');
    opts.log?.(`model signature for ${modelPath} written to ${path}: ${why}`);
  }
  return {
    path,
    inModelDirectory,
    root: manifest.root,
    bundle: signed.bundle,
    logIndex: signed.logIndex,
    certificatePem: signed.certificatePem,
    dropped: manifest.dropped,
  };
}

/** Keyless through Sigstore, or with the key given (a bundle with its hint, no log). */
async function signManifest(payload: Buffer, opts: SignModelOptions) {
  if (opts.key)
    return {
      bundle: await signWithKey(payload, opts.key, { modelSignature: true }),
      logIndex: undefined,
      certificatePem: opts.key.certificatePem ?? '',
    };
  return signStatement(payload, {
    endpoints: opts.endpoints!,
    token: opts.token!,
    log: opts.log,
    timeoutMs: opts.timeoutMs,
    retry: opts.retry,
  });
}

function notWritable(dir: string, why: string): ProvenanceError {
  return new ProvenanceError(
    'STORAGE_FAILED',
    `cannot write the model signature into ${dir}: ${why}`,
    {
      input: 'model-signature',
      value: dir,
      fix: 'make the model directory writable, or set output-dir so that model.sig is written there',
    },
  );
}
