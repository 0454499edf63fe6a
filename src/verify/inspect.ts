// `inspect BUNDLE`: what a bundle says, decoded, without judging it. No trusted root is
// needed and nothing is verified: the output says so.
import { RFC3161Timestamp } from '@sigstore/core';
import { readsAsProvenance } from '../statement/layout.js';
import { parseStatementPayload, readProvenance } from '../statement/read.js';
import type { ProvenanceView } from '../statement/view.js';
import type {
  BaseModelRef,
  LocalRun,
  DatasetRef,
  PythonPackage,
  ResourceDescriptor,
} from '../types.js';
import { isLoadedBundle, parseBundle, type LoadedBundle } from './bundles.js';
import { signerFromCertificate, type SignerIdentity } from '../identity/certificate.js';
import { classifyCertificateIssuer, type SigstoreInstance } from './trust.js';

export interface BundleInspection {
  /** Always false: inspect decodes, it does not verify. */
  verified: false;
  source: string;
  mediaType: string;
  /** Who issued the certificate; `key` for a bundle signed with a key. */
  instance: SigstoreInstance | 'key';
  /** The certificate's identity; absent for a bundle signed with a key. */
  signer?: SignerIdentity;
  /** A bundle signed with a key: the key's hint. */
  publicKeyHint?: string;
  payloadType: string;
  predicateType?: string;
  buildType?: string;
  subjects: ResourceDescriptor[];
  datasets: DatasetRef[];
  /** The models it was trained from (lineage), as the record names them: nothing verified. */
  baseModels: BaseModelRef[];
  frameworks: PythonPackage[];
  parameters?: Record<string, unknown>;
  builderId?: string;
  /** A run outside any CI: the host and what git said (claims; nothing proves them). */
  local?: LocalRun;
  invocationId?: string;
  startedOn?: string;
  finishedOn?: string;
  logIndex?: string;
  integratedTime?: string;
  timestamps: string[];
  /** Why the statement could not be read, when it could not. */
  statementError?: string;
}

/** Decode a bundle (a parsed bundle, or its JSON object) and its statement. */
export function inspectBundle(bundle: LoadedBundle | unknown, source = 'bundle'): BundleInspection {
  const b = isLoadedBundle(bundle) ? bundle : parseBundle(bundle, source);
  const vm = b.bundle.verificationMaterial;
  const entry = vm.tlogEntries[0];
  const timestamps: string[] = [];
  for (const ts of vm.timestampVerificationData?.rfc3161Timestamps ?? []) {
    try {
      timestamps.push(
        RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime.toISOString(),
      );
    } catch {
      timestamps.push('(unreadable timestamp)');
    }
  }
  const envelope = b.bundle.content.dsseEnvelope;
  const out: BundleInspection = {
    verified: false,
    source: b.source,
    mediaType: b.bundle.mediaType,
    instance: b.certificate ? classifyCertificateIssuer(b.certificate) : 'key',
    ...(b.certificate
      ? { signer: signerFromCertificate(b.certificate) }
      : { publicKeyHint: b.publicKeyHint ?? '' }),
    payloadType: envelope.payloadType,
    subjects: [],
    datasets: [],
    baseModels: [],
    frameworks: [],
    logIndex: entry?.logIndex,
    integratedTime:
      entry?.integratedTime && entry.integratedTime !== '0'
        ? new Date(Number(entry.integratedTime) * 1000).toISOString()
        : undefined,
    timestamps,
  };
  try {
    const env = parseStatementPayload(envelope.payload);
    out.predicateType = env.predicateType;
    out.subjects = env.subject;
    if (readsAsProvenance(env.predicateType)) {
      const view: ProvenanceView = readProvenance(
        JSON.parse(Buffer.from(envelope.payload).toString('utf8')),
      );
      out.buildType = view.buildType;
      out.datasets = view.datasets;
      out.baseModels = view.baseModels;
      out.frameworks = view.packages;
      out.parameters = view.parameters;
      out.builderId = view.builderId;
      if (view.local) out.local = view.local;
      out.invocationId = view.invocationId;
      out.startedOn = view.startedOn;
      out.finishedOn = view.finishedOn;
    }
  } catch (e) {
    out.statementError = (e as Error).message;
  }
  return out;
}
