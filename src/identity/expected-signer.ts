// The one place the signer inputs and the policy's `identity:` section become the expected
// signer. verify, verify-proof and the review all call it, so a GitLab issuer, a policy's pins
// or the action's default repository mean the same thing wherever a bundle is verified.
import { ProvenanceError } from '../errors.js';
import { gitlabIssuer } from './signer-names.js';
import { identityInputMissing, type IdentityPolicy, type PolicyIdentity } from './signer-policy.js';

/** The pins of who signed, as the entry point read them (trimmed; absent when not given). */
export type SignerPins = Pick<
  IdentityPolicy,
  | 'repository'
  | 'signerWorkflow'
  | 'sourceRef'
  | 'certIdentity'
  | 'certIdentityRegex'
  | 'certOidcIssuer'
> & { denySelfHostedRunners: boolean };

/**
 * Who must have signed: a CI identity (keyless), a key (attest --private-key, model_signing
 * sign key), or a PKI's anchors (absolute PEM paths). Pins asked of a key or of anchors stay,
 * and are never met (a key proves no CI identity): the report says so rather than drop them.
 */
export type Signer =
  | { kind: 'keyless'; pins: SignerPins }
  | { kind: 'key'; publicKey: string; anchors: string[]; pins: SignerPins }
  | { kind: 'pki'; anchors: string[]; pins: SignerPins };

export interface SignerContext {
  /** GitHub's server URL (GitHub Enterprise Server); a GitLab issuer names its own instance. */
  serverUrl: string;
  /**
   * The action's default: the repository to require when neither the inputs nor the policy
   * name a signer and no key or anchors were given. The CLI gives none, so it never guesses.
   */
  pinRepository?: string;
  log: (line: string) => void;
}

/** The signer the inputs and the policy expect. */
export function expectedSigner(
  inputs: Signer,
  policy: { identity?: PolicyIdentity } | undefined,
  ctx: SignerContext,
): IdentityPolicy {
  const merged = withPolicyIdentity(fromInputs(inputs, ctx.serverUrl), policy?.identity);
  // A key names its holder, never a repository: pinning one would fail every key-signed record
  // (a keyless bundle given with only a key still fails, as unpinned).
  if (!identityInputMissing(merged) || keyed(inputs) || !ctx.pinRepository) return merged;
  ctx.log(`no signer given: requiring the current repository, ${ctx.pinRepository}`);
  return { ...merged, repository: ctx.pinRepository };
}

/** A key or anchors were given: what is signed without a CI certificate is pinned by them. */
export const keyed = (signer: Signer): boolean => signer.kind !== 'keyless';

function fromInputs({ pins }: Signer, serverUrl: string): IdentityPolicy {
  const explicit: IdentityPolicy = {
    repository: pins.repository,
    signerWorkflow: pins.signerWorkflow,
    sourceRef: pins.sourceRef,
    certIdentity: pins.certIdentity,
    certIdentityRegex: pins.certIdentityRegex,
    certOidcIssuer: pins.certOidcIssuer,
    denySelfHostedRunners: pins.denySelfHostedRunners || undefined,
    serverUrl,
  };
  // A GitLab issuer names the instance whose projects the certificate's extensions point at.
  const gitlab = gitlabIssuer(explicit.certOidcIssuer);
  return gitlab ? { ...explicit, serverUrl: gitlab, gitlab: true } : explicit;
}

/**
 * Explicit inputs override the policy's identity section; `deny-self-hosted-runners` can only
 * tighten: true from either side wins.
 */
function withPolicyIdentity(inputs: IdentityPolicy, id?: PolicyIdentity): IdentityPolicy {
  if (!id) return inputs;
  return {
    ...inputs,
    repository: inputs.repository || id.repository,
    signerWorkflow: inputs.signerWorkflow || id.signerWorkflow,
    sourceRef: inputs.sourceRef || id.sourceRef,
    denySelfHostedRunners: inputs.denySelfHostedRunners === true || id.runner === 'github-hosted',
  };
}

/**
 * Nothing names who must have signed, and no key or anchors were given: any valid signature
 * would pass, so nothing would be checked. Bad usage, refused before any bundle is read.
 */
export function requireSigner(identity: IdentityPolicy, signer: Signer, why = ''): void {
  if (identityInputMissing(identity) && !keyed(signer)) throw noSigner(why);
}

export function noSigner(why = ''): ProvenanceError {
  return new ProvenanceError('INPUT_MISSING', `${why}no expected signer was given`, {
    input: 'repository',
    fix:
      'name who signed: --repository OWNER/REPO, --signer-workflow, --cert-identity or ' +
      '--cert-identity-regex (keyless), --public-key (attest --private-key) or --cert-chain ' +
      "(your PKI); in the action, the inputs of the same names (or the policy's identity)",
  });
}
