// RFC 3161 timestamp authority from @sigstore/mock, stamping whole seconds.
//
// The mock writes genTime with fractional seconds whose trailing zeros are cut ("...34.55Z");
// @sigstore/core only accepts exactly three fraction digits or none, so about one timestamp in
// ten fails with "invalid time". Real TSAs commonly stamp whole seconds; so do we.

import type { KeyObject } from 'node:crypto';
import { initializeTSA, tsaHandler, type TSA } from './mock.js';
import { json, type ServiceHandler } from './service.js';

const TIMESTAMP_PATH = '/api/v1/timestamp';

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
  return tsa;
}

export function tsaService(tsa: TSA): ServiceHandler {
  const handler = tsaHandler(tsa);
  return async (req) => {
    if (req.url.pathname !== TIMESTAMP_PATH) return json(404, { message: 'not found' });
    if (req.method !== 'POST') return json(405, { message: 'method not allowed' });
    const result = await handler.fn(req.body.toString('utf8'));
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
