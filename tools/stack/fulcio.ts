// Fulcio's v2 signingCert endpoint as real Fulcio behaves for GitHub Actions tokens: the token
// must verify against the issuer's keys, the proof of possession must be a signature over the
// token's subject or a CSR's own signature, and the certificate carries GitHub's SAN and
// extensions (claims.ts).
// The mock CA from @sigstore/mock does the X.509 work (leaf + embedded SCT from its CT log).

import { createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import type { CA } from './mock.js';
import {
  fulcioIdentityFromClaims,
  genericIdentityFromClaims,
  gitlabIdentityFromClaims,
} from './claims.js';
// @peculiar/x509 (tsyringe inside) needs the Reflect metadata API loaded first.
import 'reflect-metadata';
import { Pkcs10CertificateRequest } from '@peculiar/x509';
import { json, type ServiceHandler, type ServiceResponse } from './service.js';

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

    // In the body (sigstore-js) or as a bearer token (sigstore-python): real Fulcio's HTTP
    // gateway passes the Authorization header on as `oidcidentitytoken` metadata, read when the
    // body has no credentials (sigstore/fulcio pkg/server/grpc_server.go,
    // CreateSigningCertificate).
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = body.credentials?.oidcIdentityToken || bearer;
    if (!token) return json(401, { code: 16, message: 'missing identity token' });
    let claims: Record<string, unknown>;
    try {
      claims = await opts.verifyToken(token);
    } catch {
      // Real Fulcio answers 401 Unauthenticated and does not echo why the token failed.
      return json(401, { code: 16, message: 'There was an error processing the identity token' });
    }

    const key = await requestedKey(body, claims);
    if ('status' in key) return key;
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

/**
 * The key to certify, once its holder proved possession: a signature over the token's subject
 * (email for email identities), or a CSR, whose own signature is the proof, as sigstore-python
 * sends. Real Fulcio takes either (sigstore/fulcio pkg/server/grpc_server.go,
 * CreateSigningCertificate: "Option 1: Verify CSR", ParseCSR then csr.CheckSignature).
 */
async function requestedKey(
  body: SigningCertRequest,
  claims: Record<string, unknown>,
): Promise<KeyObject | ServiceResponse> {
  const invalid = (message: string) => json(400, { code: 3, message });
  if (body.certificateSigningRequest !== undefined) {
    try {
      const pem = Buffer.from(body.certificateSigningRequest, 'base64').toString('utf8');
      const csr = new Pkcs10CertificateRequest(pem);
      const key = createPublicKey({
        key: Buffer.from(csr.publicKey.rawData),
        format: 'der',
        type: 'spki',
      });
      if (!certifiable(key)) return invalid(INSECURE_KEY);
      if (!(await csr.verify())) return invalid('The CSR signature could not be verified');
      return key;
    } catch {
      return invalid('The certificate signing request is invalid');
    }
  }
  const pem = body.publicKeyRequest?.publicKey?.content;
  const proof = body.publicKeyRequest?.proofOfPossession;
  let key: KeyObject;
  try {
    key = createPublicKey(pem ?? '');
  } catch {
    return invalid('The public key supplied in the request is invalid');
  }
  if (!certifiable(key)) return invalid(INSECURE_KEY);
  const challenge = typeof claims.email === 'string' ? claims.email : String(claims.sub ?? '');
  if (
    !proof ||
    !verifySignature('sha256', Buffer.from(challenge), key, Buffer.from(proof, 'base64'))
  )
    return invalid('The signature supplied in the request could not be verified');
  return key;
}

const INSECURE_KEY = 'The public key supplied in the request is insecure';
const CERTIFIABLE_RSA_BITS = [2048, 3072, 4096];
const CERTIFIABLE_CURVES = ['prime256v1', 'secp384r1', 'secp521r1'];

/**
 * The keys Fulcio certifies, checked before the proof of possession: RSA 2048/3072/4096, ECDSA
 * P-256/P-384/P-521, Ed25519 (sigstore/fulcio pkg/server/grpc_server.go calls
 * goodkey.ValidatePubKey, i.e. sigstore/sigstore pkg/cryptoutils/publickey.go ValidatePubKey;
 * anything else is InvalidArgument "insecure").
 */
function certifiable(key: KeyObject): boolean {
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return CERTIFIABLE_RSA_BITS.includes(details.modulusLength ?? 0);
    case 'ec':
      return CERTIFIABLE_CURVES.includes(details.namedCurve ?? '');
    case 'ed25519':
      return true;
    default:
      return false;
  }
}

export function toPEM(der: ArrayBufferView): string {
  const b64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}
