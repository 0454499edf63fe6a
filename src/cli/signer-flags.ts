// The flags that pin who signed, and the trusted root: the same for `verify` and `verify-proof`.
import { resolve } from 'node:path';
import type { SignerInputs } from '../engine/verify.js';
import { NAMED_TRUSTED_ROOTS } from '../verify/trust.js';
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
};

export const SIGNER_HELP = `  --repository OWNER/REPO     expected source repository (certificate extension 12)
  --signer-workflow OWNER/REPO/.github/workflows/FILE.yml[@REF]
  --source-ref REF            exact or glob (refs/tags/v*)
  --cert-identity SAN, --cert-identity-regex RE, --cert-oidc-issuer URL
  --deny-self-hosted-runners
  --trusted-root auto|public-good|github|FILE   (default auto)`;

export function signerInputs(
  values: Record<string, unknown>,
  workspace: string,
): SignerInputs & { trustedRoot: string } {
  const root = str(values['trusted-root']);
  return {
    repository: str(values.repository),
    signerWorkflow: str(values['signer-workflow']),
    sourceRef: str(values['source-ref']),
    certIdentity: str(values['cert-identity']),
    certIdentityRegex: str(values['cert-identity-regex']),
    certOidcIssuer: str(values['cert-oidc-issuer']),
    denySelfHostedRunners: values['deny-self-hosted-runners'] === true,
    trustedRoot: !root
      ? 'auto'
      : NAMED_TRUSTED_ROOTS.includes(root)
        ? root
        : resolve(workspace, root),
  };
}
