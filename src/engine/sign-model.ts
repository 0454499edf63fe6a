// `sign-model`: an OpenSSF model signature (model.sig) on its own, keyless, with the same token
// sources and Sigstore instances as attest, for a model that has no training record to go with
// it (or before one is made). The signature is the one attest's model-signature writes.
import { relative, resolve } from 'node:path';
import { decodeJwtClaims } from '../collect/identity.js';
import { resolvePatterns } from '../collect/paths.js';
import { ProvenanceError } from '../errors.js';
import { digestDirectory, type HashProgress } from '../hash/index.js';
import { OMS_SIGNATURE_NAME, OMS_SIGNING_IGNORES } from '../oms/layout.js';
import { normalizeIgnorePaths, pathInside } from '../oms/paths.js';
import { signModelDirectory, type SignedModel } from '../oms/sign.js';
import { defaultFileSignature, digestModelFile } from '../oms/single-file.js';
import { loadCertificateChain, loadPrivateKey, loadSigningCertificate } from '../sign/key.js';
import { resolveEndpoints } from '../sign/instances.js';
import type { NetworkOptions } from '../net/retry.js';

export interface SignModelInputs {
  /** The model directory. */
  model: string;
  /** Where model.sig goes; default `model.sig` inside the model directory. */
  output: string;
  /** More paths to leave out: relative to the model, or absolute inside it. */
  ignorePaths: readonly string[];
  sigstore: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** A PEM EC private key: sign with it instead of keyless. */
  privateKey?: string;
  /** With the key: its certificate, carried in the bundle for verifiers with the chain's anchors. */
  signingCert?: string;
  /** With the certificate: PEM files of the certificates that issued it, carried in the bundle. */
  certChain?: readonly string[];
  /** Follow links that stay inside the model directory, recorded as `allow_symlinks: true`. */
  allowSymlinks?: boolean;
}

export interface SignModelContext {
  workspace: string;
  getIdToken: () => Promise<string | undefined>;
  idTokenProblem: () => string;
  log: (line: string) => void;
  onProgress?: (p: HashProgress) => void;
  network?: NetworkOptions;
  /** The passphrase of an encrypted private key (from the environment, never a flag). */
  keyPassphrase?: string;
}

export async function signModel(
  inputs: SignModelInputs,
  ctx: SignModelContext,
): Promise<SignedModel> {
  const [dir, ...more] = await resolvePatterns([inputs.model], {
    workspace: ctx.workspace,
    input: 'model',
    required: true,
  });
  if (!dir || more.length > 0)
    throw new ProvenanceError('INPUT_INVALID', `'${inputs.model}' is not one model`, {
      input: 'model',
      value: inputs.model,
      fix: 'name the directory that holds the model, or its one file: an OMS signature covers one model',
    });
  // Everything that can fail is checked before the model is read.
  const key = inputs.privateKey
    ? await loadPrivateKey(resolve(ctx.workspace, inputs.privateKey), ctx.keyPassphrase)
    : undefined;
  if (inputs.signingCert && !key)
    throw new ProvenanceError('INPUT_INVALID', 'a signing certificate needs its private key', {
      input: 'signing-cert',
      value: inputs.signingCert,
      fix: 'give --private-key with the key the certificate was issued for',
    });
  const cert =
    key && inputs.signingCert
      ? await loadSigningCertificate(resolve(ctx.workspace, inputs.signingCert), key)
      : undefined;
  const chainFiles = (inputs.certChain ?? []).map((p) => resolve(ctx.workspace, p));
  if (chainFiles.length > 0 && !cert)
    throw new ProvenanceError(
      'INPUT_INVALID',
      'a certificate chain needs the signing certificate',
      {
        input: 'cert-chain',
        value: chainFiles.join(', '),
        fix: 'give --signing-cert (and --private-key) with the chain that issued it',
      },
    );
  const chain = cert ? await loadCertificateChain(chainFiles, cert) : [];
  const keyless = key ? undefined : await keylessSigning(inputs, ctx);
  const isFile = dir.kind === 'file';
  const output = inputs.output
    ? resolve(ctx.workspace, inputs.output)
    : isFile
      ? defaultFileSignature(dir.path)
      : undefined;
  const digest = isFile
    ? await digestModelFile(dir.path, ctx.onProgress)
    : await digestModelDirectory(dir.path, inputs, output, ctx.onProgress);
  return signModelDirectory(digest, {
    ...(key ? { privateKey: key, signingCertificate: cert, certificateChain: chain } : keyless),
    log: ctx.log,
    signatureName: output && !isFile ? relative(dir.path, output) : OMS_SIGNATURE_NAME,
    path: output,
    ...ctx.network,
  });
}

/** The directory hashed once, leaving out OMS's names, the ones given and the signature itself. */
function digestModelDirectory(
  dir: string,
  inputs: SignModelInputs,
  output: string | undefined,
  onProgress: SignModelContext['onProgress'],
) {
  const inside = output ? pathInside(dir, output) : undefined;
  const extra = inputs.ignorePaths.map((p) => (p.startsWith('/') ? (pathInside(dir, p) ?? '') : p));
  return digestDirectory(dir, {
    ignorePaths: normalizeIgnorePaths([
      ...OMS_SIGNING_IGNORES,
      ...extra,
      ...(inside ? [inside] : []),
    ]),
    input: 'model',
    onProgress,
    followLinks: inputs.allowSymlinks === true,
  });
}

/** The instance and the token to sign keyless with; outside a GitHub workflow, auto is public-good. */
async function keylessSigning(inputs: SignModelInputs, ctx: SignModelContext) {
  const endpointInputs = { choice: inputs.sigstore, ...urls(inputs) };
  resolveEndpoints(endpointInputs);
  const token = await ctx.getIdToken();
  if (!token)
    throw new ProvenanceError(
      'OIDC_UNAVAILABLE',
      `no OIDC token to sign with (${ctx.idTokenProblem()})`,
      {
        input: 'sign-model',
        fix: 'set SIGSTORE_ID_TOKEN or --identity-token-file, run in a workflow step with id-token: write, or sign with --private-key',
      },
    );
  const claims = decodeJwtClaims(token);
  const visibility =
    typeof claims.repository_visibility === 'string' ? claims.repository_visibility : 'public';
  return { endpoints: resolveEndpoints({ ...endpointInputs, visibility }), token };
}

const urls = (i: SignModelInputs) => ({
  fulcioUrl: i.fulcioUrl,
  rekorUrl: i.rekorUrl,
  tsaUrl: i.tsaUrl,
});
