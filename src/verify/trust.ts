// Trusted roots: which Sigstore instance's keys a bundle is checked against, and the
// verifier built from them. Nothing here touches the network: `public-good` is the
// trusted_root.json that @sigstore/tuf ships in its seeds.json (the TUF-signed target as
// of that package's release). A fresher root can be supplied as a file; refreshing the
// seed over TUF is the caller's choice (see loadPublicGoodRootOnline), never a default.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  toTrustMaterial,
  Verifier,
  type SignedEntity,
  type Signer,
  type TrustMaterial,
  type VerificationPolicy,
} from '@sigstore/verify';
import { ProvenanceError } from '../errors.js';
import { assertInclusionProofsMatchCheckpoints } from './checkpoint.js';
import { certificateIssuerName } from '../identity/certificate.js';

/** `auto`, `public-good`, `github`, or the path of a trusted_root.json (JSON or JSONL). */
export type TrustedRootSpec = string;

/** The trusted roots named by a word rather than a path. */
export const NAMED_TRUSTED_ROOTS: readonly string[] = ['auto', 'public-good', 'github'];

export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const MAX_TRUSTED_ROOT_BYTES = 5 * 1024 * 1024;

export interface VerifierThresholds {
  /** Transparency-log entries required: 1 when the root has logs (public-good), else 0 (GitHub's instance). */
  tlogThreshold: number;
  /** Signed certificate timestamps required: 1 when the root lists CT logs. */
  ctlogThreshold: number;
  /** Verified times required (a tlog entry with an inclusion promise, or an RFC 3161 timestamp). */
  timestampThreshold: number;
}

export interface LoadedTrustedRoot {
  /** `public-good`, or the file's base name for a supplied root. */
  name: string;
  /** Where it came from, for the report: `embedded @sigstore/tuf seed`, or the file path. */
  source: string;
  root: TrustedRoot;
  material: TrustMaterial;
  thresholds: VerifierThresholds;
}

/** Which instance issued a certificate, judged by its issuer's organisation. */
export type SigstoreInstance = 'public-good' | 'github' | 'unknown';

export function classifyCertificateIssuer(cert: X509Certificate): SigstoreInstance {
  const dn = certificateIssuerName(cert);
  if (/(^|, )O=GitHub, Inc\.(,|$)/.test(dn)) return 'github';
  if (/(^|, )O=sigstore\.dev(,|$)/.test(dn)) return 'public-good';
  return 'unknown';
}

/** Build the verifier material from a parsed trusted_root.json object. */
export function trustedRootFromJSON(
  json: unknown,
  name: string,
  source: string,
): LoadedTrustedRoot {
  let root: TrustedRoot;
  let material: TrustMaterial;
  try {
    root = TrustedRoot.fromJSON(json);
    material = toTrustMaterial(root);
  } catch (e) {
    throw new ProvenanceError(
      'TRUST_ROOT_MISSING',
      `${source} is not a usable trusted root: ${(e as Error).message}`,
      {
        input: 'trusted-root',
        value: source,
        fix: 'pass a Sigstore trusted_root.json (media type application/vnd.dev.sigstore.trustedroot+json)',
        cause: e,
      },
    );
  }
  if (root.certificateAuthorities.length === 0) {
    throw new ProvenanceError('TRUST_ROOT_MISSING', `${source} lists no certificate authority`, {
      input: 'trusted-root',
      value: source,
      fix: 'pass the trusted_root.json of the Sigstore instance that signed the bundle',
    });
  }
  return {
    name,
    source,
    root,
    material,
    // Decided by the root, never by the bundle: a bundle that drops its tlog entry must
    // not lower the bar. GitHub's instance has no transparency log and no CT log.
    thresholds: {
      tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1,
    },
  };
}

let publicGood: LoadedTrustedRoot | undefined;

/** The public-good trusted root embedded in @sigstore/tuf's seeds.json. Offline. */
export function publicGoodTrustedRoot(): LoadedTrustedRoot {
  if (publicGood) return publicGood;
  const require = createRequire(import.meta.url);
  const seeds = require('@sigstore/tuf/seeds.json') as Record<
    string,
    { targets?: Record<string, string> }
  >;
  const b64 = seeds[PUBLIC_GOOD_TUF_MIRROR]?.targets?.['trusted_root.json'];
  if (!b64) {
    throw new ProvenanceError(
      'TRUST_ROOT_MISSING',
      '@sigstore/tuf ships no public-good trusted_root.json seed',
      {
        input: 'trusted-root',
        value: 'public-good',
        fix: 'pass a trusted_root.json path, e.g. from `gh attestation trusted-root`',
      },
    );
  }
  const json: unknown = JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
  publicGood = trustedRootFromJSON(json, 'public-good', 'embedded @sigstore/tuf seed');
  return publicGood;
}

/**
 * Opt-in: fetch the current public-good root over TUF (network). Not used by default so
 * that `trusted-root: public-good` works on machines without network access.
 */
export async function loadPublicGoodRootOnline(
  opts: { cachePath?: string } = {},
): Promise<LoadedTrustedRoot> {
  const { getTrustedRoot } = await import('@sigstore/tuf');
  const root = await getTrustedRoot({
    mirrorURL: PUBLIC_GOOD_TUF_MIRROR,
    cachePath: opts.cachePath,
  });
  return trustedRootFromJSON(
    TrustedRoot.toJSON(root),
    'public-good',
    `TUF ${PUBLIC_GOOD_TUF_MIRROR}`,
  );
}

/** Read a trusted_root.json, or the JSONL that `gh attestation trusted-root` prints (one root a line). */
export async function loadTrustedRootFile(path: string): Promise<LoadedTrustedRoot[]> {
  const bad = (message: string, cause?: unknown) =>
    new ProvenanceError('TRUST_ROOT_MISSING', message, {
      input: 'trusted-root',
      value: path,
      fix: 'pass the path of a trusted_root.json, e.g. written by `gh attestation trusted-root > trusted_root.jsonl`',
      cause,
    });
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw bad(`cannot read trusted root ${path}: ${(e as Error).message}`, e);
  }
  if (size > MAX_TRUSTED_ROOT_BYTES)
    throw bad(
      `trusted root ${path} is ${size} bytes, more than the ${MAX_TRUSTED_ROOT_BYTES} allowed`,
    );
  const text = await readFile(path, 'utf8');
  let docs: unknown[];
  try {
    docs = [JSON.parse(text)];
  } catch {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    try {
      docs = lines.map((l) => JSON.parse(l) as unknown);
    } catch (e) {
      throw bad(`trusted root ${path} is neither JSON nor JSON lines: ${(e as Error).message}`, e);
    }
  }
  if (docs.length === 0) throw bad(`trusted root ${path} is empty`);
  return docs.map((d, i) =>
    trustedRootFromJSON(d, basename(path), docs.length > 1 ? `${path} (line ${i + 1})` : path),
  );
}

/** Does one of the root's certificate authorities hold the certificate that issued `cert`? */
export function rootCoversCertificate(root: LoadedTrustedRoot, cert: X509Certificate): boolean {
  return root.material.certificateAuthorities.some((ca) =>
    ca.certChain.some((c) => c.subject.equals(cert.issuer)),
  );
}

const GITHUB_ROOT_FIX =
  "supply GitHub's trusted root as a file: `trusted-root: path/to/trusted_root.json` " +
  '(for example written by `gh attestation trusted-root > trusted_root.jsonl`)';

function githubRootMissing(issuer: string, how: string): ProvenanceError {
  return new ProvenanceError(
    'TRUST_ROOT_MISSING',
    `the bundle was signed by GitHub's Sigstore instance (certificate issuer ${issuer}); ${how}`,
    { input: 'trusted-root', fix: GITHUB_ROOT_FIX },
  );
}

/**
 * Pick the trusted root that covers the bundle's certificate, or say clearly why none does.
 * `cache` keeps loaded files between bundles of one run.
 */
export async function selectTrustedRoot(
  spec: TrustedRootSpec,
  cert: X509Certificate,
  cache: Map<string, Promise<LoadedTrustedRoot[]>> = new Map(),
): Promise<LoadedTrustedRoot> {
  const instance = classifyCertificateIssuer(cert);
  const issuer = certificateIssuerName(cert) || '(no issuer name)';
  const choice = spec.trim() === '' ? 'auto' : spec.trim();
  if (choice === 'github') {
    throw githubRootMissing(
      issuer,
      "no trusted root for GitHub's instance ships with this tool (`trusted-root: github` needs a file)",
    );
  }
  if (choice === 'public-good' || choice === 'auto') {
    if (choice === 'auto' && instance === 'github') {
      throw githubRootMissing(
        issuer,
        "`trusted-root: auto` has no trusted root for GitHub's instance",
      );
    }
    const root = publicGoodTrustedRoot();
    if (rootCoversCertificate(root, cert)) return root;
    if (instance === 'github')
      throw githubRootMissing(issuer, 'the public-good trusted root does not cover it');
    throw new ProvenanceError(
      'TRUST_ROOT_MISSING',
      `no trusted root this tool has covers the bundle's certificate issuer ${issuer} (tried public-good, ${root.source})`,
      {
        input: 'trusted-root',
        value: choice,
        fix: "pass the signing instance's trusted_root.json as `trusted-root: PATH`",
      },
    );
  }
  let pending = cache.get(choice);
  if (!pending) {
    pending = loadTrustedRootFile(choice);
    cache.set(choice, pending);
  }
  const roots = await pending;
  const found = roots.find((r) => rootCoversCertificate(r, cert));
  if (found) return found;
  const hint = instance === 'github' ? ` It was signed by GitHub's Sigstore instance.` : '';
  throw new ProvenanceError(
    'TRUST_ROOT_MISSING',
    `trusted root ${choice} has no certificate authority that issued the bundle's certificate (issuer ${issuer}).${hint}`,
    {
      input: 'trusted-root',
      value: choice,
      fix:
        instance === 'github' ? GITHUB_ROOT_FIX : "pass the signing instance's trusted_root.json",
    },
  );
}

/**
 * @sigstore/verify's verifier, plus what it leaves out: each inclusion proof's own root hash
 * and tree size must be those of the checkpoint it was verified against.
 */
class CheckedVerifier extends Verifier {
  override verify(entity: SignedEntity, policy?: VerificationPolicy): Signer {
    const signer = super.verify(entity, policy);
    assertInclusionProofsMatchCheckpoints(entity.tlogEntries);
    return signer;
  }
}

export function createVerifier(root: LoadedTrustedRoot): Verifier {
  return new CheckedVerifier(root.material, root.thresholds);
}
