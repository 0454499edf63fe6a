// Rekor v1 over a Merkle tree kept as Rekor's is (rekor-log.ts). @sigstore/mock's handler logs
// the *proposed* entry as sent; real Rekor turns a proposed dsse entry into {envelopeHash, payloadHash, signatures} after
// checking the envelope's signatures, and verifiers compare bundles against that stored form.

import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { RekorLog } from './rekor-log.js';
import { json, type ServiceHandler } from './service.js';

const ENTRIES_PATH = '/api/v1/log/entries';

interface ProposedDSSE {
  apiVersion?: string;
  kind?: string;
  spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
}

interface Envelope {
  payloadType: string;
  payload: string;
  signatures: Array<{ sig: string; keyid?: string }>;
}

/** DSSE pre-authentication encoding: what the envelope's signatures are over. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
}

/**
 * The body real Rekor stores for a proposed dsse v0.0.1 entry. Throws when an envelope signature
 * is not verified by one of the proposed verifiers (Rekor refuses those entries with 400).
 */
export function canonicalDSSEEntry(proposed: ProposedDSSE): object {
  const content = proposed.spec?.proposedContent;
  if (!content?.envelope || !content.verifiers?.length) {
    throw new Error('dsse entry needs proposedContent.envelope and verifiers');
  }
  const envelope = JSON.parse(content.envelope) as Envelope;
  const payload = Buffer.from(envelope.payload, 'base64');
  const message = pae(envelope.payloadType, payload);
  const keys = content.verifiers.map((v) => ({
    encoded: v,
    key: createPublicKey(Buffer.from(v, 'base64').toString('utf8')),
  }));
  const signatures = envelope.signatures.map(({ sig }) => {
    const signer = keys.find(({ key }) =>
      verifySignature('sha256', message, key, Buffer.from(sig, 'base64')),
    );
    if (!signer) throw new Error('all signatures must have a key that verifies it');
    return { signature: sig, verifier: signer.encoded };
  });
  signatures.sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0));
  const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(payload) },
      signatures,
    },
  };
}

/** RFC 8785 for what entries hold (objects, arrays, strings): keys sorted, no spaces. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    const obj = value as Record<string, unknown>;
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function rekorService(log: RekorLog, publicKeyPEM: string): ServiceHandler {
  const entries = new Map<string, unknown>();
  const uuidByBody = new Map<string, string>();

  return async (req) => {
    const path = req.url.pathname;
    if (req.method === 'GET' && path === '/api/v1/log/publicKey') {
      return { status: 200, body: publicKeyPEM, contentType: 'application/x-pem-file' };
    }
    if (req.method === 'GET' && path.startsWith(`${ENTRIES_PATH}/`)) {
      const uuid = path.slice(ENTRIES_PATH.length + 1);
      const entry = entries.get(uuid);
      return entry ? json(200, entry) : json(404, { code: 404, message: 'entry not found' });
    }
    if (path !== ENTRIES_PATH) return json(404, { code: 404, message: 'not found' });
    if (req.method !== 'POST') return json(405, { code: 405, message: 'method not allowed' });

    let stored: object;
    try {
      const proposed = JSON.parse(req.body.toString('utf8')) as ProposedDSSE;
      if (proposed.kind === 'dsse' && proposed.apiVersion === '0.0.1') {
        stored = canonicalDSSEEntry(proposed);
      } else if (proposed.kind === 'hashedrekord' && proposed.apiVersion === '0.0.1') {
        // A hashedrekord is stored as proposed.
        stored = proposed;
      } else {
        return json(400, {
          code: 400,
          message: `entry kind ${proposed.kind}/${proposed.apiVersion} is not served by this stack`,
        });
      }
    } catch (err) {
      return json(400, { code: 400, message: (err as Error).message });
    }

    const bodyKey = JSON.stringify(stored);
    const existing = uuidByBody.get(bodyKey);
    if (existing) {
      return json(
        409,
        {
          code: 409,
          message: `An equivalent entry already exists in the transparency log with UUID ${existing}`,
        },
        { Location: `${ENTRIES_PATH}/${existing}` },
      );
    }

    const { uuid, entry } = log.append(Buffer.from(canonicalJson(stored)));
    const created = { [uuid]: entry };
    entries.set(uuid, created);
    uuidByBody.set(bodyKey, uuid);
    return json(201, created, { Location: `${ENTRIES_PATH}/${uuid}` });
  };
}
