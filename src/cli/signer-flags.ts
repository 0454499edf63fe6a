// The flags that pin who signed (a CI identity, a key, your PKI's anchors), and the trusted
// root: the same for `verify` and `verify-proof`.
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { flagList } from '../request/edge.js';
import type { TrustFields } from '../request/verify.js';
import { offlineRequested } from '../verify/tuf.js';
import { str, type Options } from './args.js';

export const SIGNER_OPTIONS: Options = {
  repository: { type: 'string' },
  'signer-workflow': { type: 'string' },
  'source-ref': { type: 'string' },
  'cert-identity': { type: 'string' },
  'cert-identity-regex': { type: 'string' },
  'cert-oidc-issuer': { type: 'string' },
  'deny-self-hosted-runners': { type: 'boolean' },
  'trusted-root': { type: 'string' },
  'tuf-url': { type: 'string' },
  'tuf-root': { type: 'string' },
  offline: { type: 'boolean' },
  'public-key': { type: 'string' },
  'cert-chain': { type: 'string', multiple: true },
};

export const SIGNER_HELP = `  --repository OWNER/REPO     expected source repository (certificate extension 12)
  --signer-workflow OWNER/REPO/.github/workflows/FILE.yml[@REF]
  --source-ref REF            exact or glob (refs/tags/v*)
  --cert-identity SAN, --cert-identity-regex RE, --cert-oidc-issuer URL
  --deny-self-hosted-runners
  --trusted-root auto|public-good|github|FILE   (default auto: refreshed over TUF, the
                              embedded root when offline)
  --tuf-url URL --tuf-root FILE   a TUF repository (mirror, private Sigstore) and its root.json
  --offline                   never ask a TUF repository (also TRAINING_PROVENANCE_OFFLINE=1)
  --public-key PEM            what is signed with a key (attest --private-key, model_signing
                              sign key) must verify with this key; a key proves no CI
                              identity, so --repository and the like then fail
  --cert-chain PEM            (repeatable) trust anchors of your own PKI: what is signed with
                              its certificates (attest --signing-cert, model_signing sign
                              certificate) must chain to them; proves no CI identity`;

/** The signer and trust flags as typed, for the request builder (src/request/verify.ts). */
export function trustFields(values: Record<string, unknown>): TrustFields {
  return {
    tufUrl: str(values['tuf-url']),
    tufRoot: str(values['tuf-root']),
    offline: values.offline === true || offlineRequested(process.env),
    repository: str(values.repository),
    signerWorkflow: str(values['signer-workflow']),
    sourceRef: str(values['source-ref']),
    certIdentity: str(values['cert-identity']),
    certIdentityRegex: str(values['cert-identity-regex']),
    certOidcIssuer: str(values['cert-oidc-issuer']),
    denySelfHostedRunners: values['deny-self-hosted-runners'] === true,
    publicKey: str(values['public-key']),
    certChain: flagList(values['cert-chain']),
    trustedRoot: str(values['trusted-root']),
  };
}

/** Where the command keeps TUF metadata and refreshed roots: the user's cache directory. */
export function tufCacheDir(env: NodeJS.ProcessEnv): string {
  const base =
    env.XDG_CACHE_HOME ||
    (env.HOME ? join(env.HOME, '.cache') : '') ||
    join(homedir() || tmpdir(), '.cache');
  return join(base, 'training-provenance', 'tuf');
}
