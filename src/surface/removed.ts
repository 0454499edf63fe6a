// The inputs and flags v1 removed, each with what replaces it. A removed input or flag fails
// (the action's step, or the command with exit 2) with this text, and docs/migrating-to-v1.md
// lists them all.
import type { Removed } from './types.js';

const SUB_ACTION =
  'give it to the verify action or the review action in their own step: the root action only attests';
const SUB_ACTION_REASON =
  'one action per job, as actions/attest and codeql-action have them: the root action declared the inputs of all three jobs, and a verify input given to an attest step was silently ignored';

/** The verify and review inputs the root action declared in v0 (`mode: verify|review`). */
const VERIFY_SIDE = [
  'bundle',
  'repository',
  'signer-workflow',
  'source-ref',
  'cert-identity',
  'cert-identity-regex',
  'cert-oidc-issuer',
  'deny-self-hosted-runners',
  'trusted-root',
  'tuf-url',
  'tuf-root',
  'public-key',
  'cert-chain',
  'model-signature-identity',
  'model-signature-identity-regex',
  'model-signature-issuer',
  'ignore-paths',
  'ignore-unsigned-files',
  'policy',
  'proofs',
  'advisories',
  'base',
  'comment',
];

const TRUST_CONFIG =
  'give a Sigstore ClientTrustConfig JSON file naming the instance (its Fulcio, Rekor, TSA and trusted root)';
const TRUST_CONFIG_REASON =
  'one file names a whole instance, as sigstore-python 4 --trust-config, model_signing --trust_config and cosign read it; three URLs could not carry its trusted root or its validity periods';

export const REMOVED: readonly Removed[] = [
  {
    name: 'mode',
    by: 'training-provenance/training-provenance/verify@v1 or …/review@v1',
    actions: ['attest'],
    replacement:
      'the root action only attests: drop mode (attest), or use the verify or review action for those jobs',
    reason: SUB_ACTION_REASON,
  },
  ...['fulcio-url', 'rekor-url', 'tsa-url'].map((name) => ({
    name,
    by: 'trust-config',
    actions: ['attest'] as const,
    commands: ['attest', 'sign-model'] as const,
    replacement: TRUST_CONFIG,
    reason: TRUST_CONFIG_REASON,
  })),
  {
    name: 'sigstore',
    value: 'custom',
    by: 'trust-config',
    actions: ['attest'],
    commands: ['attest', 'sign-model'],
    replacement: TRUST_CONFIG,
    reason: TRUST_CONFIG_REASON,
  },
  ...['upload-artifact', 'artifact-name'].map((name) => ({
    name,
    by: 'artifact',
    actions: ['attest'] as const,
    replacement: 'give the artifact name, false for no artifact, or nothing for the generated name',
    reason:
      "two inputs held one setting (whether to upload, and under which name); review names the base run's artifact with the same input",
  })),
  {
    name: 'artifact-name',
    by: 'artifact',
    actions: ['review'],
    replacement: "give the base run's artifact name (attest's artifact)",
    reason: 'the same name as the attest input that names the artifact',
  },
  {
    name: 'model-signature',
    by: 'sign-model',
    actions: ['attest'],
    commands: ['attest'],
    replacement: 'set it (true) to also write model.sig',
    reason:
      "on attest it meant 'also write model.sig', what the sign-model command does; on verify model-signature says which model.sig to check, and keeps that name",
  },
  {
    name: 'cert-chain',
    by: 'signing-cert',
    commands: ['attest', 'sign-model'],
    replacement:
      'put the chain in the signing certificate file, after the certificate (one PEM file, leaf first, as cosign --certificate-chain reads)',
    reason: 'cert-chain now means one thing only: the trust anchors verify checks a chain against',
  },
  {
    name: 'report',
    by: 'output',
    commands: ['verify'],
    replacement: 'it writes the report in --format to FILE, instead of standard output',
    reason: 'every command writes its one result with --output',
  },
  ...VERIFY_SIDE.map((name) => ({
    name,
    by: 'training-provenance/training-provenance/verify@v1 or …/review@v1',
    actions: ['attest'] as const,
    replacement: SUB_ACTION,
    reason: SUB_ACTION_REASON,
  })),
];
