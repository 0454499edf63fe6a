// Keyless signing of a statement as a DSSE envelope in a Sigstore bundle v0.3.
// The cryptography, the Fulcio/Rekor/TSA protocols and the bundle layout are
// @sigstore/sign's; this module chooses the witnesses, bounds retries and time (retry.ts),
// and turns a failure into one line that names the service and its URL.
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Bundle,
  type Witness,
} from '@sigstore/sign';
import { ProvenanceError } from '../errors.js';
import type { NetworkOptions } from '../net/retry.js';
import type { SigstoreEndpoints } from './instances.js';
import { EphemeralKey, OneCertificateSigner } from './one-certificate.js';
import {
  ResponseLog,
  retryingSigner,
  retryingWitness,
  SIGN_RETRY,
  type RetryContext,
} from './retry.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../statement/layout.js';

/**
 * `retry` (default SIGN_RETRY) bounds the retries per request on 5xx, 408, 429 and network
 * errors, and caps a service's `retry-after`; `timeoutMs` (default 30 s) bounds each request.
 */
export interface SignOptions extends NetworkOptions {
  endpoints: SigstoreEndpoints;
  /** The OIDC identity token; never logged. */
  token: string;
  /** Where retry notices go (the action's log). */
  log?: (line: string) => void;
}

export interface SignResult {
  bundle: SerializedBundle;
  /** Rekor log index, when the instance has a transparency log. */
  logIndex?: string;
  /** PEM of the Fulcio leaf certificate. */
  certificatePem: string;
}

export async function signStatement(payload: Buffer, opts: SignOptions): Promise<SignResult> {
  const [result] = await signStatements([payload], opts);
  return result!;
}

/**
 * Signs each payload as its own bundle, all under one Fulcio certificate and at once: Rekor
 * and the TSA are asked in parallel, Fulcio once. Results are in payload order; if any
 * signing fails, the whole call fails, so a run never keeps one signed statement of two.
 */
export async function signStatements(
  payloads: readonly Buffer[],
  opts: SignOptions,
): Promise<SignResult[]> {
  const { endpoints } = opts;
  // @sigstore/sign's own retries are off: each service call is retried around it (retry.ts),
  // on a schedule that honours retry-after.
  const fetchOptions = { timeout: opts.timeoutMs ?? 30_000, retry: 0 };
  const responses = new ResponseLog();
  const ctx = {
    policy: { ...SIGN_RETRY, ...opts.retry },
    responses,
    log: opts.log,
  };
  const key = new EphemeralKey();
  const signer = new OneCertificateSigner(
    retryingSigner(
      new FulcioSigner({
        identityProvider: { getToken: async () => opts.token },
        fulcioBaseURL: endpoints.fulcioUrl,
        keyHolder: key,
        ...fetchOptions,
      }),
      'fulcio',
      endpoints.fulcioUrl,
      ctx,
    ),
    key,
  );
  const builder = new DSSEBundleBuilder({
    signer,
    witnesses: witnesses(endpoints, fetchOptions, ctx),
    certificateChain: false,
  });
  responses.start();
  try {
    const bundles = await Promise.all(
      payloads.map((data) => builder.create({ data, type: IN_TOTO_PAYLOAD_TYPE })),
    );
    return bundles.map(toResult);
  } catch (e) {
    throw signingError(e, endpoints, opts.token);
  } finally {
    responses.stop();
  }
}

function witnesses(
  endpoints: SigstoreEndpoints,
  fetchOptions: { timeout: number; retry: number },
  ctx: RetryContext,
): Witness[] {
  const out: Witness[] = [];
  if (endpoints.rekorUrl) {
    const rekor = new RekorWitness({
      rekorBaseURL: endpoints.rekorUrl,
      entryType: 'dsse',
      fetchOnConflict: true,
      ...fetchOptions,
    });
    out.push(retryingWitness(rekor, 'rekor', endpoints.rekorUrl, ctx));
  }
  if (endpoints.tsaUrl) {
    const tsa = new TSAWitness({ tsaBaseURL: endpoints.tsaUrl, ...fetchOptions });
    out.push(retryingWitness(tsa, 'tsa', endpoints.tsaUrl, ctx));
  }
  return out;
}

function toResult(bundle: Bundle): SignResult {
  const json = bundleToJSON(bundle);
  const vm = json.verificationMaterial;
  const rawCert =
    vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes ?? '';
  return {
    bundle: json,
    logIndex: vm.tlogEntries?.[0]?.logIndex,
    certificatePem: toPem(rawCert),
  };
}

function toPem(base64Der: string): string {
  const lines = base64Der.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

const SERVICE_OF_CODE: Record<string, 'fulcio' | 'rekor' | 'tsa' | 'oidc'> = {
  CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'fulcio',
  TLOG_CREATE_ENTRY_ERROR: 'rekor',
  TLOG_FETCH_ENTRY_ERROR: 'rekor',
  TSA_CREATE_TIMESTAMP_ERROR: 'tsa',
  IDENTITY_TOKEN_READ_ERROR: 'oidc',
  IDENTITY_TOKEN_PARSE_ERROR: 'oidc',
};

function signingError(e: unknown, endpoints: SigstoreEndpoints, token: string): ProvenanceError {
  const err = e as {
    code?: string;
    message?: string;
    cause?: { message?: string; statusCode?: number };
  };
  const service = err.code ? SERVICE_OF_CODE[err.code] : undefined;
  const url =
    service === 'fulcio'
      ? endpoints.fulcioUrl
      : service === 'rekor'
        ? endpoints.rekorUrl
        : service === 'tsa'
          ? endpoints.tsaUrl
          : undefined;
  const detail = [err.message, err.cause?.message].filter(Boolean).join(': ');
  const where =
    service && url ? `${service} at ${url}` : `the ${endpoints.instance} Sigstore instance`;
  // A service may echo the request; the token must not reach a log through an error text.
  const safe = detail.split(token).join('***');
  return new ProvenanceError('SERVICE_FAILED', `signing failed at ${where}: ${safe}`, {
    input: 'sigstore',
    value: endpoints.instance,
    fix:
      service === 'fulcio'
        ? 'check that the OIDC token is for this instance (audience sigstore) and that the service is reachable; re-run the job'
        : 'the service did not answer after retries: re-run the job, or check the endpoint URL',
    cause: e,
  });
}
