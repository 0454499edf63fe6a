// Keyless signing of a statement as a DSSE envelope in a Sigstore bundle v0.3.
// The cryptography, the Fulcio/Rekor/TSA protocols and the bundle layout are
// @sigstore/sign's; this module chooses the witnesses, bounds retries and time, and
// turns a failure into one line that names the service and its URL.
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Witness,
} from '@sigstore/sign';
import { ProvenanceError } from '../errors.js';
import type { SigstoreEndpoints } from './instances.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface SignOptions {
  endpoints: SigstoreEndpoints;
  /** The OIDC identity token; never logged. */
  token: string;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Retries per request on 5xx, 408, 429 and network errors, with exponential backoff. */
  retries?: number;
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
  const { endpoints } = opts;
  const fetchOptions = {
    timeout: opts.timeoutMs ?? 30_000,
    retry: { retries: opts.retries ?? 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 },
  };
  const signer = new FulcioSigner({
    identityProvider: { getToken: async () => opts.token },
    fulcioBaseURL: endpoints.fulcioUrl,
    ...fetchOptions,
  });
  const witnesses: Witness[] = [];
  if (endpoints.rekorUrl) {
    witnesses.push(
      new RekorWitness({
        rekorBaseURL: endpoints.rekorUrl,
        entryType: 'dsse',
        fetchOnConflict: true,
        ...fetchOptions,
      }),
    );
  }
  if (endpoints.tsaUrl)
    witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaUrl, ...fetchOptions }));

  const builder = new DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
  const stopRelay = relayRetryNotices(opts.log);
  let bundle;
  try {
    bundle = await builder.create({ data: payload, type: IN_TOTO_PAYLOAD_TYPE });
  } catch (e) {
    throw signingError(e, endpoints, opts.token);
  } finally {
    stopRelay();
  }
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

// @sigstore/sign reports each failed attempt through proc-log ('log' events on process)
// and nowhere else; relaying them is how the action's log can say that a retry happened.
function relayRetryNotices(log: ((line: string) => void) | undefined): () => void {
  if (!log) return () => {};
  const listener = (level: unknown, ...args: unknown[]) => {
    if (level !== 'http') return;
    const text = args.map(String).join(' ');
    if (text.includes('attempt')) log(`retrying: ${text.replace(/^fetch\s*/, '')}`);
  };
  const proc = process as unknown as NodeJS.EventEmitter;
  proc.on('log', listener);
  return () => proc.off('log', listener);
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
