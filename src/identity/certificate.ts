// Reads a Fulcio leaf certificate into plain strings. Fulcio's extensions 8 and up hold
// a DER UTF8String inside the extension's OCTET STRING; the legacy ones (1–6) hold raw
// bytes. Both are decoded here, strictly, so that identity checks compare text with text
// (comparing a string with the raw DER, as @sigstore/verify's OID policy does, never matches).
import { ASN1Obj, X509Certificate } from '@sigstore/core';

const FULCIO = '1.3.6.1.4.1.57264.1.';

/** Fulcio certificate extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
export const FULCIO_OID = {
  issuerV1: `${FULCIO}1`,
  githubWorkflowTrigger: `${FULCIO}2`,
  githubWorkflowSha: `${FULCIO}3`,
  githubWorkflowName: `${FULCIO}4`,
  githubWorkflowRepository: `${FULCIO}5`,
  githubWorkflowRef: `${FULCIO}6`,
  issuer: `${FULCIO}8`,
  buildSignerUri: `${FULCIO}9`,
  buildSignerDigest: `${FULCIO}10`,
  runnerEnvironment: `${FULCIO}11`,
  sourceRepositoryUri: `${FULCIO}12`,
  sourceRepositoryDigest: `${FULCIO}13`,
  sourceRepositoryRef: `${FULCIO}14`,
  sourceRepositoryIdentifier: `${FULCIO}15`,
  sourceRepositoryOwnerUri: `${FULCIO}16`,
  sourceRepositoryOwnerIdentifier: `${FULCIO}17`,
  buildConfigUri: `${FULCIO}18`,
  buildConfigDigest: `${FULCIO}19`,
  buildTrigger: `${FULCIO}20`,
  runInvocationUri: `${FULCIO}21`,
  sourceRepositoryVisibility: `${FULCIO}22`,
  deploymentEnvironment: `${FULCIO}23`,
  tokenSubject: `${FULCIO}24`,
} as const;

/** What the signing certificate says about who signed: every field as decoded text. */
export interface SignerIdentity {
  /** Subject alternative name: a URI for workflows, an e-mail address for people. */
  san?: string;
  /** OIDC issuer (extension 8, else legacy extension 1). */
  issuer?: string;
  buildSignerUri?: string;
  buildSignerDigest?: string;
  runnerEnvironment?: string;
  sourceRepositoryUri?: string;
  sourceRepositoryDigest?: string;
  sourceRepositoryRef?: string;
  repositoryId?: string;
  ownerUri?: string;
  ownerId?: string;
  buildConfigUri?: string;
  buildConfigDigest?: string;
  buildTrigger?: string;
  runInvocationUri?: string;
  visibility?: string;
  deploymentEnvironment?: string;
  tokenSubject?: string;
  /** The issuing CA's distinguished name, e.g. `O=sigstore.dev, CN=sigstore-intermediate`. */
  certificateIssuer: string;
  notBefore: string;
  notAfter: string;
  /** Fulcio extensions whose value was not a well-formed DER UTF8String: treated as absent. */
  malformedExtensions: string[];
}

const DN_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
};

/** Decode a complete DER UTF8String (tag 0x0c), refusing trailing bytes and bad lengths. */
export function decodeDerUtf8String(der: Buffer): string | undefined {
  if (der.length < 2 || der[0] !== 0x0c) return undefined;
  let len = der[1]!;
  let offset = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || der.length < 2 + n) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + der[2 + i]!;
    offset = 2 + n;
  }
  if (offset + len !== der.length) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(der.subarray(offset));
  } catch {
    return undefined;
  }
}

function rawExtension(cert: X509Certificate, oid: string): Buffer | undefined {
  return cert.extension(oid)?.value;
}

/**
 * The text of one Fulcio extension: DER-decoded for OIDs 8+, raw UTF-8 for the legacy
 * ones. `undefined` when absent; `null` when present but malformed.
 */
export function fulcioExtension(cert: X509Certificate, oid: string): string | undefined | null {
  const raw = rawExtension(cert, oid);
  if (raw === undefined) return undefined;
  const n = Number(oid.slice(FULCIO.length));
  if (oid.startsWith(FULCIO) && n >= 1 && n <= 7) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      return null;
    }
  }
  return decodeDerUtf8String(raw) ?? null;
}

/** The position of the issuer Name inside TBSCertificate: after the optional [0] version. */
function issuerName(cert: X509Certificate): ASN1Obj | undefined {
  const subs = cert.tbsCertificate.subs;
  const offset = subs[0]?.tag.isContextSpecific(0) ? 1 : 0;
  return subs[2 + offset];
}

/** Render an X.509 Name as `O=..., CN=...` (attributes in certificate order). */
export function distinguishedName(name: ASN1Obj | undefined): string {
  if (!name) return '';
  const parts: string[] = [];
  for (const rdn of name.subs) {
    for (const atv of rdn.subs) {
      const [type, value] = atv.subs;
      if (!type || !value) continue;
      let oid: string;
      try {
        oid = type.toOID();
      } catch {
        continue;
      }
      parts.push(`${DN_NAMES[oid] ?? oid}=${value.value.toString('utf8')}`);
    }
  }
  return parts.join(', ');
}

export function certificateIssuerName(cert: X509Certificate): string {
  return distinguishedName(issuerName(cert));
}

/**
 * Decode every identity-bearing field of a Fulcio certificate. Does not judge anything. A DER
 * that is no certificate is refused when its bundle is read (verify/bundles.ts), so its parts
 * read here.
 */
export function signerFromCertificate(cert: X509Certificate): SignerIdentity {
  const malformed: string[] = [];
  const ext = (oid: string): string | undefined => {
    const v = fulcioExtension(cert, oid);
    if (v === null) {
      malformed.push(oid);
      return undefined;
    }
    return v;
  };
  const issuerV2 = ext(FULCIO_OID.issuer);
  const issuerV1 = ext(FULCIO_OID.issuerV1);
  let san: string | undefined;
  try {
    san = cert.subjectAltName;
  } catch {
    san = undefined;
  }
  return {
    san,
    issuer: issuerV2 ?? issuerV1,
    buildSignerUri: ext(FULCIO_OID.buildSignerUri),
    buildSignerDigest: ext(FULCIO_OID.buildSignerDigest),
    runnerEnvironment: ext(FULCIO_OID.runnerEnvironment),
    sourceRepositoryUri: ext(FULCIO_OID.sourceRepositoryUri),
    sourceRepositoryDigest: ext(FULCIO_OID.sourceRepositoryDigest),
    sourceRepositoryRef: ext(FULCIO_OID.sourceRepositoryRef),
    repositoryId: ext(FULCIO_OID.sourceRepositoryIdentifier),
    ownerUri: ext(FULCIO_OID.sourceRepositoryOwnerUri),
    ownerId: ext(FULCIO_OID.sourceRepositoryOwnerIdentifier),
    buildConfigUri: ext(FULCIO_OID.buildConfigUri),
    buildConfigDigest: ext(FULCIO_OID.buildConfigDigest),
    buildTrigger: ext(FULCIO_OID.buildTrigger),
    runInvocationUri: ext(FULCIO_OID.runInvocationUri),
    visibility: ext(FULCIO_OID.sourceRepositoryVisibility),
    deploymentEnvironment: ext(FULCIO_OID.deploymentEnvironment),
    tokenSubject: ext(FULCIO_OID.tokenSubject),
    certificateIssuer: certificateIssuerName(cert),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    malformedExtensions: malformed,
  };
}
