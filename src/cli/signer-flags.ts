// The flags that pin who signed (a CI identity, a key, your PKI's anchors), and the trusted
// root: the same for `verify` and `verify-proof`.
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignerInputs, VerifyInputs } from '../engine/verify.js';
import { NAMED_TRUSTED_ROOTS } from '../verify/trust.js';
import { offlineRequested } from '../verify/tuf.js';
import { here, herePaths, str } from './args.js';

/** The flags as the engine takes them, every file absolute (read where the user names it). */
export function signerInputs(
  values: Record<string, unknown>,
): SignerInputs &
  Pick<VerifyInputs, 'trustedRoot' | 'tufUrl' | 'tufRoot' | 'offline' | 'publicKey' | 'certChain'> {
  const root = str(values['trusted-root']);
  return {
    tufUrl: str(values['tuf-url']),
    tufRoot: here(str(values['tuf-root'])),
    offline: values.offline === true || offlineRequested(process.env),
    repository: str(values.repository),
    signerWorkflow: str(values['signer-workflow']),
    sourceRef: str(values['source-ref']),
    certIdentity: str(values['cert-identity']),
    certIdentityRegex: str(values['cert-identity-regex']),
    certOidcIssuer: str(values['cert-oidc-issuer']),
    denySelfHostedRunners: values['deny-self-hosted-runners'] === true,
    publicKey: here(str(values['public-key'])),
    certChain: herePaths(values['cert-chain']),
    trustedRoot: !root ? 'auto' : NAMED_TRUSTED_ROOTS.includes(root) ? root : here(root),
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
