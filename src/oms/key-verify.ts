// An OMS signature made with a key (model_signing's `sign key`): its DSSE signature checked
// against the public key the user gives, which is the whole of the signer's identity. Such a
// bundle has no certificate, no transparency-log entry and no timestamp to check.
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { ProvenanceError } from '../errors.js';
import { dsseSignatureVerifies, keyHint } from '../sign/key.js';
import type { Violation } from '../verify/types.js';

export type KeyedBundle = {
  bundle: Bundle & { content: Extract<Bundle['content'], { $case: 'dsseEnvelope' }> };
};

/**
 * The DSSE bundle of a model.sig, or why it is not one. A file that cannot be read is bad
 * usage (thrown), as for keyless signatures; one that is not a bundle is a violation.
 */
export async function readDsseBundle(sigPath: string): Promise<KeyedBundle | Violation> {
  let text: string;
  try {
    text = await readFile(sigPath, 'utf8');
  } catch (e) {
    throw new ProvenanceError(
      'FILE_UNREADABLE',
      `cannot read ${sigPath}: ${(e as Error).message}`,
      {
        input: 'model-signature',
        value: sigPath,
        fix: 'give the path of the model.sig',
        cause: e,
      },
    );
  }
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(JSON.parse(text));
  } catch (e) {
    return violation('bundle', `${sigPath} is not a Sigstore bundle: ${(e as Error).message}`);
  }
  if (bundle.content.$case !== 'dsseEnvelope')
    return violation('bundle', `${sigPath} signs no DSSE envelope: it is not an OMS signature`);
  return { bundle: bundle as KeyedBundle['bundle'] };
}

const violation = (rule: string, message: string, fix?: string): Violation => ({
  kind: rule === 'bundle' ? 'bundle' : 'signature',
  rule,
  message,
  ...(fix ? { fix } : {}),
});

/** The bundle at `sigPath`, its signature verified with `publicKey`, or why not. */
export async function checkKeySignature(
  sigPath: string,
  publicKey: KeyObject,
): Promise<KeyedBundle | Violation> {
  const read = await readDsseBundle(sigPath);
  if (!('bundle' in read)) return read;
  const { bundle } = read;
  if (bundle.verificationMaterial.content.$case !== 'publicKey')
    return violation(
      'public-key',
      `${sigPath} is signed with a certificate, not a key`,
      'verify it with --cert-identity and --cert-oidc-issuer (keyless) instead of --public-key',
    );
  if (!dsseSignatureVerifies(bundle.content.dsseEnvelope, publicKey))
    return violation(
      'public-key',
      `the signature does not verify with the public key given (sha256:${keyHint(publicKey)})`,
      'do not use this model: it was not signed with that key',
    );
  return read;
}
