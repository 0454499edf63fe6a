// Fulcio's v2 signingCert endpoint as real Fulcio behaves for GitHub Actions tokens: the token
// must verify against the issuer's keys, the proof of possession must be a signature over the
// token's subject, and the certificate carries GitHub's SAN and extensions (claims.ts).
// The mock CA from @sigstore/mock does the X.509 work (leaf + embedded SCT from its CT log).

import { createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import type { CA } from './mock.js';
import {
  fulcioIdentityFromClaims,
  genericIdentityFromClaims,
  gitlabIdentityFromClaims,
} from './claims.js';
import { json, type ServiceHandler } from './service.js';

const SIGNING_CERT_PATH = '/api/v2/signingCert';

interface SigningCertRequest {
  credentials?: { oidcIdentityToken?: string };
  publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string };
  certificateSigningRequest?: string;
}

export interface FulcioOptions {
  ca: CA;
  /** Verifies the identity token (signature, issuer, audience, expiry); throws when invalid. */
  verifyToken(token: string): Promise<Record<string, unknown>>;
}

export function fulcioService(opts: FulcioOptions): ServiceHandler {
  return async (req) => {
    if (req.url.pathname !== SIGNING_CERT_PATH) return json(404, { message: 'not found' });
    if (req.method !== 'POST') return json(405, { message: 'method not allowed' });

    let body: SigningCertRequest;
    try {
      body = JSON.parse(req.body.toString('utf8')) as SigningCertRequest;
    } catch {
      return json(400, { code: 3, message: 'request body is not JSON' });
    }

    const token = body.credentials?.oidcIdentityToken;
    if (!token) return json(401, { code: 16, message: 'missing identity token' });
    let claims: Record<string, unknown>;
    try {
      claims = await opts.verifyToken(token);
    } catch {
      // Real Fulcio answers 401 Unauthenticated and does not echo why the token failed.
      return json(401, { code: 16, message: 'There was an error processing the identity token' });
    }

    if (body.certificateSigningRequest !== undefined || !body.publicKeyRequest) {
      return json(400, { code: 3, message: 'this stack accepts publicKeyRequest only' });
    }
    const pem = body.publicKeyRequest.publicKey?.content;
    const proof = body.publicKeyRequest.proofOfPossession;
    let key: KeyObject;
    try {
      key = createPublicKey(pem ?? '');
    } catch {
      return json(400, { code: 3, message: 'The public key supplied in the request is invalid' });
    }
    // The challenge is the token's subject (email for email identities), signed with the key.
    const challenge = typeof claims.email === 'string' ? claims.email : String(claims.sub ?? '');
    if (
      !proof ||
      !verifySignature('sha256', Buffer.from(challenge), key, Buffer.from(proof, 'base64'))
    ) {
      return json(400, {
        code: 3,
        message: 'The signature supplied in the request could not be verified',
      });
    }

    let identity: ReturnType<typeof fulcioIdentityFromClaims>;
    try {
      // Fulcio picks the ci-provider template by the token's issuer.
      identity =
        typeof claims.ci_config_ref_uri === 'string'
          ? gitlabIdentityFromClaims(claims)
          : typeof claims.job_workflow_ref === 'string'
            ? fulcioIdentityFromClaims(claims)
            : genericIdentityFromClaims(claims);
    } catch (err) {
      return json(400, { code: 3, message: (err as Error).message });
    }
    const leaf = await opts.ca.issueCertificate({
      publicKey: key.export({ type: 'spki', format: 'der' }),
      subjectAltName: identity.subjectAltName,
      extensions: identity.extensions.map((e) => ({ oid: e.oid, value: e.value, legacy: e.raw })),
    });
    return json(201, {
      signedCertificateEmbeddedSct: {
        chain: { certificates: [toPEM(leaf), toPEM(opts.ca.rootCertificate)] },
      },
    });
  };
}

export function toPEM(der: ArrayBufferView): string {
  const b64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}
