// The flags that pin who signed (a CI identity, a key, your PKI's anchors), and the trusted
// root: the same for `verify` and `verify-proof`.
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { flagList } from '../request/edge.js';
import type { TrustFields } from '../request/verify.js';
import { offlineRequested } from '../verify/tuf.js';
import { str } from './args.js';
import { trustConfigRoot } from './trust-config.js';

/**
 * The signer and trust flags as typed, for the request builder (src/request/verify.ts); a
 * --trust-config file (checked) is the trusted root, in place of --trusted-root.
 */
export async function trustFields(values: Record<string, unknown>): Promise<TrustFields> {
  const trustConfig = await trustConfigRoot(values);
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
    trustedRoot: trustConfig ?? str(values['trusted-root']),
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
