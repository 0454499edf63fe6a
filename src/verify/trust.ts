// Trusted roots: which Sigstore instance's keys a bundle is checked against, and the verifier
// built from them. `auto` refreshes the root over TUF when the caller passes a refresh (the
// entry points do, unless offline), and falls back to the embedded public-good root, saying so,
// when the repository cannot be reached; `public-good` is the embedded root; a file is read.
import { fromBase } from '../collect/lists.js';
import { X509Certificate } from '@sigstore/core';
import {
  Verifier,
  type SignedEntity,
  type Signer,
  type VerificationPolicy,
} from '@sigstore/verify';
import { ProvenanceError } from '../errors.js';
import { assertInclusionProofsMatchCheckpoints } from './checkpoint.js';
import { certificateIssuerName } from '../identity/certificate.js';
import {
  loadTrustedRootFile,
  publicGoodTrustedRoot,
  type LoadedTrustedRoot,
} from './trust-root.js';
import { GITHUB_TUF_URL, PUBLIC_GOOD_TUF_URL, refreshTrustedRoot, type TufRefresh } from './tuf.js';

export {
  loadTrustedRootFile,
  publicGoodTrustedRoot,
  trustedRootFromJSON,
  type LoadedTrustedRoot,
  type VerifierThresholds,
} from './trust-root.js';

/** `auto`, `public-good`, `github`, or the path of a trusted_root.json (JSON or JSONL). */
export type TrustedRootSpec = string;

/** The trusted roots named by a word rather than a path. */
export const NAMED_TRUSTED_ROOTS: readonly string[] = ['auto', 'public-good', 'github'];

/**
 * The trusted root asked for, as the entry point read it: `auto` (refreshed over TUF, else the
 * embedded root), a root this tool names, or a trusted_root.json (JSON or JSONL; absolute).
 */
export type TrustedRootChoice =
  | { kind: 'auto' }
  | { kind: 'named'; name: 'public-good' | 'github' }
  | { kind: 'file'; path: string };

/** What the user typed for `trusted-root`: a name, else a file read from `base`. */
export function trustedRootChoice(value: string, base: string): TrustedRootChoice {
  const v = value.trim();
  if (v === '' || v === 'auto') return { kind: 'auto' };
  if (v === 'public-good' || v === 'github') return { kind: 'named', name: v };
  return { kind: 'file', path: fromBase(base, v) };
}

/** The choice as the verification stages key their roots: its name, or its file's path. */
export const trustedRootSpec = (c: TrustedRootChoice): TrustedRootSpec =>
  c.kind === 'auto' ? 'auto' : c.kind === 'named' ? c.name : c.path;

/** Which instance issued a certificate, judged by its issuer's organisation. */
export type SigstoreInstance = 'public-good' | 'github' | 'unknown';

export function classifyCertificateIssuer(cert: X509Certificate): SigstoreInstance {
  const dn = certificateIssuerName(cert);
  if (/(^|, )O=GitHub, Inc\.(,|$)/.test(dn)) return 'github';
  if (/(^|, )O=sigstore\.dev(,|$)/.test(dn)) return 'public-good';
  return 'unknown';
}

/** Does one of the root's certificate authorities hold the certificate that issued `cert`? */
export function rootCoversCertificate(root: LoadedTrustedRoot, cert: X509Certificate): boolean {
  return root.material.certificateAuthorities.some((ca) =>
    ca.certChain.some((c) => c.subject.equals(cert.issuer)),
  );
}

/**
 * Whether an authority of the root signed the certificate: stricter than its name, which two
 * instances (before and after a rotation, say) can share.
 */
function rootSignedCertificate(root: LoadedTrustedRoot, cert: X509Certificate): boolean {
  return root.material.certificateAuthorities.some((ca) =>
    ca.certChain.some((c) => issuedBy(cert, c)),
  );
}

/** `issuer` is named as the certificate's issuer and its key signed the certificate. */
export function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return issuer.subject.equals(cert.issuer) && cert.verify(issuer);
  } catch {
    return false;
  }
}

const GITHUB_ROOT_FIX =
  `supply GitHub's trusted root: \`tuf-url: ${GITHUB_TUF_URL}\` with \`tuf-root:\` the TUF ` +
  'root.json gh embeds (pkg/cmd/attestation/verification/embed/tuf-repo.github.com/root.json), or ' +
  'a file, `trusted-root: path/to/trusted_root.json` (written by `gh attestation trusted-root > trusted_root.jsonl`)';

function githubRootMissing(issuer: string, how: string): ProvenanceError {
  return new ProvenanceError(
    'TRUST_ROOT_MISSING',
    `the bundle was signed by GitHub's Sigstore instance (certificate issuer ${issuer}); ${how}`,
    { input: 'trusted-root', fix: GITHUB_ROOT_FIX },
  );
}

/** Loaded roots of one run, by spec or TUF repository, so each is read or refreshed once. */
export type TrustCache = Map<string, Promise<LoadedTrustedRoot[]>>;

/**
 * Pick the trusted root that covers the bundle's certificate, or say clearly why none does.
 * With `refresh`, `auto` takes the root its TUF repository serves now.
 */
export async function selectTrustedRoot(
  spec: TrustedRootSpec,
  cert: X509Certificate,
  cache: TrustCache = new Map(),
  refresh?: TufRefresh,
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
  if (choice === 'auto' && refresh) return autoRoot(cert, instance, issuer, cache, refresh);
  if (choice === 'public-good' || choice === 'auto') {
    if (choice === 'auto' && instance === 'github') {
      throw githubRootMissing(
        issuer,
        "`trusted-root: auto` has no trusted root for GitHub's instance",
      );
    }
    return coveringOrExplain([publicGoodTrustedRoot()], cert, choice, instance, issuer);
  }
  let pending = cache.get(choice);
  if (!pending) {
    pending = loadTrustedRootFile(choice);
    cache.set(choice, pending);
  }
  return coveringOrExplain(await pending, cert, choice, instance, issuer);
}

/** The repository's current root, or the embedded one (saying why) when it cannot be reached. */
async function tufRoots(refresh: TufRefresh): Promise<LoadedTrustedRoot[]> {
  const o = await refreshTrustedRoot(refresh);
  if (o.ok) return [{ ...o.root, kept: o.fromCache }];
  const seed = publicGoodTrustedRoot();
  return [
    { ...seed, source: `${seed.source}; ${refresh.url} could not be reached (${o.unreachable})` },
  ];
}

/**
 * `auto` with a TUF repository to refresh from: its current root; the embedded public-good root
 * when the repository cannot be reached (the source says so, and why).
 */
async function autoRoot(
  cert: X509Certificate,
  instance: SigstoreInstance,
  issuer: string,
  cache: TrustCache,
  refresh: TufRefresh,
): Promise<LoadedTrustedRoot> {
  const publicGoodRepo = refresh.url === PUBLIC_GOOD_TUF_URL;
  if (instance === 'github' && publicGoodRepo) {
    throw githubRootMissing(
      issuer,
      "GitHub's trusted root could not be refreshed: no TUF root for its repository ships with this tool",
    );
  }
  const key = `tuf:${refresh.url}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = tufRoots(refresh);
    cache.set(key, pending);
  }
  let roots = await pending;
  // A root kept from an earlier refresh that cannot check this bundle may predate a rotation:
  // ask the repository once more before saying no.
  if (roots[0]?.kept && !roots.some((r) => rootSignedCertificate(r, cert))) {
    pending = tufRoots({ ...refresh, maxAgeMs: 0 });
    cache.set(key, pending);
    roots = await pending;
  }
  return coveringOrExplain(roots, cert, 'auto', instance, issuer);
}

function coveringOrExplain(
  roots: readonly LoadedTrustedRoot[],
  cert: X509Certificate,
  choice: string,
  instance: SigstoreInstance,
  issuer: string,
): LoadedTrustedRoot {
  const found = roots.find((r) => rootCoversCertificate(r, cert));
  if (found) return found;
  const tried = roots.map((r) => r.source).join(', ');
  const named = NAMED_TRUSTED_ROOTS.includes(choice);
  if (named && instance === 'github')
    throw githubRootMissing(issuer, `the trusted root (${tried}) does not cover it`);
  const hint = instance === 'github' ? ` It was signed by GitHub's Sigstore instance.` : '';
  throw new ProvenanceError(
    'TRUST_ROOT_MISSING',
    named
      ? `no trusted root this tool has covers the bundle's certificate issuer ${issuer} (tried ${choice}, ${tried})`
      : `trusted root ${choice} has no certificate authority that issued the bundle's certificate (issuer ${issuer}).${hint}`,
    {
      input: 'trusted-root',
      value: choice,
      fix:
        instance === 'github'
          ? GITHUB_ROOT_FIX
          : "pass the signing instance's trusted_root.json as `trusted-root: PATH`, or its TUF repository as tuf-url and tuf-root",
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
