// RFC 3161 timestamp authority from @sigstore/mock, stamping whole seconds.
//
// The mock writes genTime with fractional seconds whose trailing zeros are cut ("...34.55Z");
// @sigstore/core only accepts exactly three fraction digits or none, so about one timestamp in
// ten fails with "invalid time". Real TSAs commonly stamp whole seconds; so do we.

import type { KeyObject } from 'node:crypto';
import { ASN1Obj } from '@sigstore/core';
import { initializeTSA, type TimestampRequest, type TSA } from './mock.js';
import { json, type ServiceHandler } from './service.js';

const TIMESTAMP_PATH = '/api/v1/timestamp';
/** Sigstore's TSA policy, which the mock stamps when a request names none. */
const OID_TSA_POLICY = '1.3.6.1.4.1.57264.2';

export function wholeSecondNow(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

export async function initializeWholeSecondTSA(keyPair: {
  publicKey: KeyObject;
  privateKey: KeyObject;
}): Promise<TSA> {
  const tsa = await initializeTSA(keyPair);
  // The mock reads the time through an instance property it sets in its constructor; its `clock`
  // option would freeze time instead. Replace the property, and fail loudly if a new mock
  // version no longer has it rather than silently bring back the flaky timestamps.
  const clocked = tsa as unknown as { getCurrentTime?: unknown };
  if (typeof clocked.getCurrentTime !== 'function') {
    throw new Error('@sigstore/mock TSA has no getCurrentTime: cannot stamp whole seconds');
  }
  clocked.getCurrentTime = wholeSecondNow;
  echoNonceBytes(tsa);
  return tsa;
}

/** A DER request's nonce, kept as its bytes: 64-bit nonces do not fit the mock's `number`. */
type DerTimestampRequest = TimestampRequest & { nonceDER?: Buffer };

/** The mock writes `nonce` from a number; a DER request's nonce is written back byte for byte. */
function echoNonceBytes(tsa: TSA): void {
  type Info = { nonce?: object };
  const withInfo = tsa as unknown as { tstInfo?: (req: DerTimestampRequest) => Info };
  const original = withInfo.tstInfo?.bind(tsa);
  if (!original) throw new Error('@sigstore/mock TSA has no tstInfo: cannot echo DER nonces');
  withInfo.tstInfo = (req) => {
    const info = original(req);
    if (req.nonceDER && info.nonce) {
      // The mock's own asn1js Integer class, so no second copy of asn1js is needed.
      const Integer = info.nonce.constructor as new (p: { valueHex: Uint8Array }) => object;
      info.nonce = new Integer({ valueHex: new Uint8Array(req.nonceDER) });
    }
    return info;
  };
}

/**
 * An RFC 3161 TimeStampReq (DER, `application/timestamp-query`), as sigstore-python sends it:
 * SEQUENCE { version 1, messageImprint { hashAlgorithm, hashedMessage }, reqPolicy OID OPTIONAL,
 * nonce INTEGER OPTIONAL, certReq BOOLEAN DEFAULT FALSE, [0] extensions OPTIONAL }.
 */
function readTimeStampReq(der: Buffer<ArrayBuffer>): DerTimestampRequest {
  const [version, imprint, ...rest] = ASN1Obj.parseBuffer(der).subs;
  const [algorithm, hashed] = imprint?.subs ?? [];
  if (!version?.tag.isInteger() || version.toInteger() !== 1n || !algorithm || !hashed) {
    throw new Error('not an RFC 3161 TimeStampReq v1');
  }
  const nonce = rest.find((o) => o.tag.isInteger());
  return {
    artifactHash: Buffer.from(hashed.value),
    hashAlgorithmOID: algorithm.subs[0]!.toOID(),
    policyOID: rest.find((o) => o.tag.isOID())?.toOID() ?? OID_TSA_POLICY,
    nonce: 0,
    nonceDER: nonce ? Buffer.from(nonce.value) : undefined,
    certReq: rest.find((o) => o.tag.isBoolean())?.toBoolean() ?? false,
  };
}

/** The digests timestamp-authority stamps, by OID, with their lengths (SHA-1 is refused as weak). */
const DIGEST_LENGTHS: Record<string, number> = {
  '2.16.840.1.101.3.4.2.1': 32, // SHA-256
  '2.16.840.1.101.3.4.2.2': 48, // SHA-384
  '2.16.840.1.101.3.4.2.3': 64, // SHA-512
};
const HASH_OIDS: Record<string, string> = {
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
};
/** timestamp-authority's cap on a JSON request, against a quadratic big-integer nonce parse. */
const MAX_JSON_REQUEST_BYTES = 1024;

/** A JSON request (sigstore-js), read as timestamp-authority's ParseJSONRequest reads it. */
function readJSONRequest(body: Buffer): TimestampRequest {
  if (body.length > MAX_JSON_REQUEST_BYTES) {
    throw new Error(`request exceeds ${MAX_JSON_REQUEST_BYTES} bytes`);
  }
  const json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  const algorithm = String(json.hashAlgorithm ?? '').toLowerCase();
  const oid = HASH_OIDS[algorithm];
  if (!oid) throw new Error(`unsupported hash algorithm: ${algorithm}`);
  return {
    artifactHash: Buffer.from(String(json.artifactHash ?? ''), 'base64'),
    hashAlgorithmOID: oid,
    policyOID: typeof json.tsaPolicyOID === 'string' ? json.tsaPolicyOID : OID_TSA_POLICY,
    // The mock's own default when a request names none.
    nonce: typeof json.nonce === 'number' ? json.nonce : 1234567890,
    certReq: json.certificates === true,
  };
}

/**
 * Stamps a request by its Content-Type, JSON (sigstore-js) or DER (sigstore-python), after the
 * checks the real TSA makes (sigstore/timestamp-authority pkg/api/timestamp.go:
 * getContentType, requestBodyToTimestampReq, ParseJSONRequest, verifyTimestampRequest, which
 * refuses SHA-1, other algorithms and a digest whose length is not its algorithm's).
 */
async function stamp(tsa: TSA, contentType: string | undefined, body: Buffer) {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type.startsWith('application/')) {
    return { statusCode: 415, response: 'content-type must be an application media type' };
  }
  try {
    let request: TimestampRequest;
    if (type === 'application/json') request = readJSONRequest(body);
    else if (type === 'application/timestamp-query') request = readTimeStampReq(Buffer.from(body));
    else throw new Error('unsupported content type');
    const length = DIGEST_LENGTHS[request.hashAlgorithmOID];
    if (length === undefined) throw new Error('unsupported or weak hash algorithm');
    if (request.artifactHash.length !== length) throw new Error('inconsistent digest length');
    const response = await tsa.timestamp(request);
    return { statusCode: 201, response, contentType: 'application/timestamp-reply' };
  } catch (err) {
    return { statusCode: 400, response: (err as Error).message };
  }
}

export function tsaService(tsa: TSA): ServiceHandler {
  return async (req) => {
    if (req.url.pathname !== TIMESTAMP_PATH) return json(404, { message: 'not found' });
    if (req.method !== 'POST') return json(405, { message: 'method not allowed' });
    const result = await stamp(tsa, req.headers['content-type'], req.body);
    return {
      status: result.statusCode,
      body:
        typeof result.response === 'string'
          ? result.response
          : Buffer.from(
              result.response.buffer,
              result.response.byteOffset,
              result.response.byteLength,
            ),
      contentType: result.contentType ?? 'text/plain',
    };
  };
}
