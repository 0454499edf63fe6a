// The trusted_root.json (protobuf-specs TrustedRoot, JSON form) matching a running stack.

import { createHash } from 'node:crypto';

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

export interface TrustedRootInput {
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** Fulcio's root certificate, DER. */
  caRoot: Uint8Array;
  /** SPKI DER of the CT log key; its log id is the SHA-256 of these bytes. */
  ctlogKey: Uint8Array;
  /** SPKI DER of the Rekor key; its log id is the SHA-256 of these bytes. */
  rekorKey: Uint8Array;
  /** TSA chain, DER, leaf first. */
  tsaChain: Uint8Array[];
  /** Start of validity of every authority: no earlier than the stack's keys exist. */
  validFrom: Date;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const keyId = (spki: Uint8Array) => createHash('sha256').update(spki).digest('base64');

export function buildTrustedRoot(input: TrustedRootInput): Record<string, unknown> {
  const validFor = { start: input.validFrom.toISOString() };
  const subject = { organization: 'sigstore.mock', commonName: 'sigstore' };
  return {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [
      {
        // Checkpoints are signed with this URL's host as the note's origin: keep them equal.
        baseUrl: input.rekorUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: b64(input.rekorKey),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor,
        },
        logId: { keyId: keyId(input.rekorKey) },
      },
    ],
    certificateAuthorities: [
      {
        subject,
        uri: input.fulcioUrl,
        certChain: { certificates: [{ rawBytes: b64(input.caRoot) }] },
        validFor,
      },
    ],
    ctlogs: [
      {
        // The CT log has no HTTP face here: Fulcio calls it in-process, as it would its CTFE.
        baseUrl: `${input.fulcioUrl}/ct`,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: b64(input.ctlogKey),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor,
        },
        logId: { keyId: keyId(input.ctlogKey) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: input.tsaUrl,
        certChain: { certificates: input.tsaChain.map((c) => ({ rawBytes: b64(c) })) },
        validFor,
      },
    ],
  };
}
