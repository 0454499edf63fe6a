// An evidence file about a base model, as attest reads it: one bundle, its signature checked
// through the one verifier (signer.ts), and what it signs. attest decides no trust: a keyless
// bundle is checked against the trusted root of the instance attest signs with, whoever signed
// it; a PKI bundle with the certificate it carries (which shows the bundle is intact, not whom
// to trust); a key-signed bundle carries only its key's hint, so its signature waits for verify
// and the key `lineage.signers` gives. The signer is recorded as the bundle names it.
import { createHash, X509Certificate as NodeX509 } from 'node:crypto';
import { X509Certificate } from '@sigstore/core';
import { ProvenanceError } from '../errors.js';
import { keyHint } from '../pem.js';
import { parseOmsStatement, type ParsedOmsStatement } from '../oms/parse.js';
import { OMS_PREDICATE_TYPE, OMS_PREDICATE_TYPE_V02 } from '../oms/layout.js';
import { CYCLONEDX_PREDICATE_TYPE, statementRole } from '../statement/layout.js';
import type { BaseEvidenceKind, EvidenceSigner } from '../types.js';
import { bundlesOfBytes, isRejected, readBundleBytes, type LoadedBundle } from './bundles.js';
import { newAttempt } from './stages.js';
import { verifySigner } from './signer.js';
import type { TrustedRootSpec } from './trust.js';

const INPUT = 'base-model-evidence';

export interface EvidenceRead {
  path: string;
  /** sha256 of the file. */
  sha256: string;
  kind: BaseEvidenceKind;
  signer: EvidenceSigner;
  /** The sha256 of each subject the statement names. */
  subjects: string[];
  /** A model.sig's statement: its resources are compared with the base's files. */
  oms?: ParsedOmsStatement;
  /** An ML-BOM's licences of its model components, by their SHA-256. */
  licenses?: Record<string, string>;
}

/** An error about the file, named as the input it came from (bundles.ts names `bundle`). */
function asEvidence(e: unknown): unknown {
  if (!(e instanceof ProvenanceError)) return e;
  return new ProvenanceError(e.code, e.message, {
    input: INPUT,
    value: e.value,
    fix: e.fix,
    cause: e,
  });
}

function refuse(path: string, message: string, fix: string): never {
  throw new ProvenanceError('INPUT_INVALID', `${path}: ${message}`, {
    input: INPUT,
    value: path,
    fix,
  });
}

/** The one bundle of an evidence file, its signature checked, its statement read. */
export async function readEvidence(
  path: string,
  trustedRoot: TrustedRootSpec,
): Promise<EvidenceRead> {
  // Read once: the digest recorded is of the very bytes whose bundle is checked.
  let bytes, candidates;
  try {
    bytes = await readBundleBytes(path);
    candidates = bundlesOfBytes(bytes, path);
  } catch (e) {
    throw asEvidence(e);
  }
  if (candidates.length !== 1)
    refuse(path, `holds ${candidates.length} bundles`, 'give each evidence bundle as its own file');
  const b = candidates[0]!;
  if (isRejected(b)) throw asEvidence(b.error);
  const signer = await checkSignature(b, path, trustedRoot);
  return {
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    signer,
    ...readStatement(b, path),
  };
}

/** keyless: a Rekor entry or timestamp beside a certificate; pki: a certificate alone; key: none. */
function signerKind(b: LoadedBundle): EvidenceSigner['kind'] {
  if (!b.certificate) return 'key';
  const vm = b.bundle.verificationMaterial;
  const times =
    vm.tlogEntries.length + (vm.timestampVerificationData?.rfc3161Timestamps.length ?? 0);
  return times > 0 ? 'keyless' : 'pki';
}

async function checkSignature(
  b: LoadedBundle,
  path: string,
  trustedRoot: TrustedRootSpec,
): Promise<EvidenceSigner> {
  const kind = signerKind(b);
  if (kind === 'key') return { kind, ...(b.publicKeyHint ? { keyHint: b.publicKeyHint } : {}) };
  const a = newAttempt(path);
  // The chain the bundle carries anchors itself: this shows the signature and the certificate
  // agree, and nothing about whom to trust, which is verify's lineage.signers to say.
  const carried = kind === 'pki' ? carriedChain(b) : [];
  await verifySigner(
    b,
    a,
    { identity: {}, trustedRoot, ...(kind === 'pki' ? { certChain: carried.slice(-1) } : {}) },
    { name: path, what: 'the evidence' },
  ).catch((e: unknown) => {
    throw asEvidence(e);
  });
  // Who signed is recorded, not judged here: identity findings are verify's to make.
  const broken = a.violations.filter((v) => v.kind !== 'identity');
  if (broken.length > 0)
    refuse(
      path,
      `its signature does not verify: ${broken.map((v) => v.message).join('; ')}`,
      'give the bundle as its signer wrote it; one signed keylessly on another Sigstore instance needs that instance as trust-config',
    );
  if (kind === 'keyless')
    return {
      kind,
      ...(a.signer?.san ? { identity: a.signer.san } : {}),
      ...(a.signer?.issuer ? { issuer: a.signer.issuer } : {}),
    };
  const leaf = new NodeX509(carried[0]!.root.toDER());
  return {
    kind,
    identity: leaf.subject.replace(/\n/g, ', '),
    issuer: leaf.issuer.replace(/\n/g, ', '),
    // The hint attest --private-key writes for the same key (sign/key.ts), so a policy compares one.
    keyHint: keyHint(leaf.publicKey),
  };
}

function carriedChain(b: LoadedBundle): X509Certificate[] {
  const vm = b.bundle.verificationMaterial.content;
  if (vm.$case === 'x509CertificateChain')
    return vm.x509CertificateChain.certificates.map((c) =>
      X509Certificate.parse(Buffer.from(c.rawBytes)),
    );
  return b.certificate ? [b.certificate] : [];
}

/** What the bundle signs: its kind and its subjects' digests (a model.sig's resources too). */
function readStatement(
  b: LoadedBundle,
  path: string,
): Pick<EvidenceRead, 'kind' | 'subjects' | 'oms' | 'licenses'> {
  const payload = Buffer.from(b.bundle.content.dsseEnvelope.payload).toString('utf8');
  let doc: {
    predicateType?: unknown;
    subject?: unknown;
    predicate?: { buildDefinition?: { buildType?: unknown } };
  };
  try {
    doc = JSON.parse(payload);
  } catch {
    refuse(path, 'its DSSE payload is not JSON', 'give a bundle of an in-toto statement');
  }
  const type = typeof doc.predicateType === 'string' ? doc.predicateType : '';
  if (type === OMS_PREDICATE_TYPE || type === OMS_PREDICATE_TYPE_V02) {
    const oms = parseOmsStatement(payload);
    return { kind: 'model-signature', subjects: [oms.root], oms };
  }
  const buildType = doc.predicate?.buildDefinition?.buildType;
  const role =
    type === CYCLONEDX_PREDICATE_TYPE
      ? 'ml-bom'
      : statementRole(type, typeof buildType === 'string' ? buildType : undefined);
  if (!role)
    refuse(
      path,
      `it signs a statement of type '${type}', which says nothing of a base model`,
      'give a training record, build provenance, ML-BOM or model.sig bundle',
    );
  const subjects = (Array.isArray(doc.subject) ? doc.subject : [])
    .map((s: { digest?: { sha256?: unknown } }) => s?.digest?.sha256)
    .filter((d): d is string => typeof d === 'string');
  return { kind: role, subjects, ...(role === 'ml-bom' ? { licenses: bomLicenses(doc) } : {}) };
}

interface BomComponent {
  type?: unknown;
  hashes?: { alg?: unknown; content?: unknown }[];
  licenses?: { expression?: unknown; license?: { id?: unknown; name?: unknown } }[];
}

/** The first licence of each model component of an ML-BOM, by the component's SHA-256. */
function bomLicenses(doc: { predicate?: unknown }): Record<string, string> {
  const out: Record<string, string> = {};
  const components = (doc.predicate as { components?: unknown })?.components;
  for (const c of (Array.isArray(components) ? components : []) as BomComponent[]) {
    if (c?.type !== 'machine-learning-model' || !Array.isArray(c.licenses)) continue;
    const l = c.licenses[0];
    const text = l?.expression ?? l?.license?.id ?? l?.license?.name;
    const sha = (c.hashes ?? []).find((h) => h?.alg === 'SHA-256')?.content;
    if (typeof text === 'string' && typeof sha === 'string') out[sha.toLowerCase()] = text;
  }
  return out;
}
