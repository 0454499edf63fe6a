// The inputs of the verify side: the verify and review actions, `verify`, `verify-proof` and
// `lineage`, which pin a signer and a trusted root the same way.
import type { CommandName, Entry } from './types.js';

const VERIFIERS = ['verify', 'verify-proof', 'lineage'] as const satisfies readonly CommandName[];
const all = (commands: readonly CommandName[]) =>
  Object.fromEntries(commands.map((c) => [c, true])) as Partial<Record<CommandName, true>>;
const GATE = { verify: true, review: true } as const;

/** Who must have signed: the same inputs wherever a bundle is verified. */
export const SIGNER_ENTRIES: readonly Entry[] = [
  {
    name: 'repository',
    type: 'string',
    default: '',
    metavar: 'OWNER/REPO',
    description:
      'The expected source repository OWNER/REPO (certificate extension 12); a GitLab issuer makes it a project path. With no signer input at all, the action pins the current repository (it knows which repository runs it) and the command refuses (exit 2: a terminal does not).',
    help: 'expected source repository (certificate extension 12)',
    actions: GATE,
    commands: all(VERIFIERS),
  },
  {
    name: 'signer-workflow',
    type: 'string',
    default: '',
    metavar: 'OWNER/REPO/.github/workflows/FILE.yml[@REF]',
    description: 'The expected workflow OWNER/REPO/.github/workflows/FILE.yml, optionally @REF.',
    actions: GATE,
    commands: all(VERIFIERS),
  },
  {
    name: 'source-ref',
    type: 'string',
    default: '',
    metavar: 'REF',
    description: 'The expected source ref, exact or glob (refs/tags/v*).',
    actions: GATE,
    commands: all(VERIFIERS),
  },
  {
    name: 'cert-identity',
    type: 'string',
    default: '',
    metavar: 'SAN',
    description: 'The exact certificate identity (SAN), for signers that are not GitHub workflows.',
    actions: GATE,
    commands: all(VERIFIERS),
  },
  {
    name: 'cert-identity-regex',
    type: 'string',
    default: '',
    metavar: 'RE',
    description: 'A regular expression the whole certificate identity must match.',
    actions: GATE,
    commands: all(VERIFIERS),
  },
  {
    name: 'cert-oidc-issuer',
    type: 'string',
    default: 'https://token.actions.githubusercontent.com',
    metavar: 'URL',
    description: 'The expected OIDC issuer.',
    cliDefault: {
      value: '',
      reason:
        'the command runs in any CI, the action on GitHub: the command pins an issuer only when given one',
    },
    actions: GATE,
    commands: all(VERIFIERS),
  },
  {
    name: 'deny-self-hosted-runners',
    type: 'boolean',
    default: 'false',
    description: 'Refuse provenance made on self-hosted runners.',
    actions: GATE,
    commands: all(VERIFIERS),
  },
  {
    name: 'public-key',
    type: 'path',
    default: '',
    metavar: 'PEM',
    description:
      "A PEM EC public key (P-256, P-384, P-521): what is signed with a key (a training record signed by `attest --private-key`, model signatures made by model_signing `sign key`) is checked with it. A key proves no CI identity: a record signed with one never meets `repository`, `signer-workflow` or a policy's identity block.",
    actions: GATE,
    commands: all(VERIFIERS),
  },
  {
    name: 'cert-chain',
    type: 'paths',
    default: '',
    metavar: 'PEM',
    description:
      'PEM trust anchors of your own PKI (one path per line): what is signed with its certificates (`attest --signing-cert`, model_signing `sign certificate`) must chain to one, be valid now and allow digital signatures; proves no CI identity.',
    actions: GATE,
    commands: all(VERIFIERS),
  },
];

/** Which trusted root the signatures are checked against. */
export const TRUST_ENTRIES: readonly Entry[] = [
  {
    name: 'trusted-root',
    type: 'string',
    default: 'auto',
    metavar: 'auto|public-good|github|FILE',
    description:
      "`auto`: the instance's current root, refreshed over TUF (the embedded public-good root when the repository cannot be reached, and the report says so); `public-good` (the embedded root, no network); `github`; or a `trusted_root.json`/JSONL path. Not with `trust-config`.",
    actions: GATE,
    commands: all(VERIFIERS),
  },
  {
    name: 'trust-config',
    type: 'path',
    default: '',
    metavar: 'FILE',
    description:
      'A custom Sigstore instance as a ClientTrustConfig JSON (what sigstore-python 4 `--trust-config`, model_signing `--trust_config` and cosign read): signing uses its Fulcio, Rekor (v1 API) and TSA valid now; verifying, its trusted root. Not with `sigstore` or `trusted-root`.',
    actions: {
      attest: {
        description:
          'A custom Sigstore instance as a ClientTrustConfig JSON (what sigstore-python 4 `--trust-config`, model_signing `--trust_config` and cosign read): sign with its Fulcio, Rekor (v1 API) and TSA valid now, in place of `sigstore`.',
      },
      verify: {
        description:
          'A custom Sigstore instance as a ClientTrustConfig JSON: verify with its trusted root, in place of `trusted-root`, `tuf-url` and `tuf-root`.',
      },
      review: {
        description:
          'A custom Sigstore instance as a ClientTrustConfig JSON: verify with its trusted root, in place of `trusted-root`, `tuf-url` and `tuf-root`.',
      },
    },
    commands: {
      attest: { description: 'a Sigstore ClientTrustConfig: sign with its Fulcio, Rekor and TSA' },
      'sign-model': {
        description: 'a Sigstore ClientTrustConfig: sign with its Fulcio, Rekor and TSA',
      },
      verify: { description: 'a Sigstore ClientTrustConfig: verify with its trusted root' },
      'verify-proof': { description: 'a Sigstore ClientTrustConfig: verify with its trusted root' },
      lineage: { description: 'a Sigstore ClientTrustConfig: verify with its trusted root' },
    },
  },
  {
    name: 'tuf-url',
    type: 'string',
    default: '',
    metavar: 'URL',
    description:
      "A TUF repository that `trusted-root: auto` refreshes from (a mirror, a private Sigstore, or https://tuf-repo.github.com for GitHub's instance), with `tuf-root`. Default: the public-good repository.",
    actions: GATE,
    commands: { ...all(VERIFIERS), 'trusted-root': true },
  },
  {
    name: 'tuf-root',
    type: 'path',
    default: '',
    metavar: 'FILE',
    description: 'The root.json of the `tuf-url` repository: the trust a refresh starts from.',
    actions: GATE,
    commands: { ...all(VERIFIERS), 'trusted-root': true },
  },
  {
    name: 'offline',
    type: 'boolean',
    default: 'false',
    description:
      'Never ask a TUF repository: `trusted-root: auto` is the embedded public-good root. TRAINING_PROVENANCE_OFFLINE=1 in the environment is the same setting.',
    actions: GATE,
    commands: { ...all(VERIFIERS), 'trusted-root': true },
  },
];

/** What verify and review check beyond the signature. */
export const CHECK_ENTRIES: readonly Entry[] = [
  {
    name: 'bundle',
    type: 'paths',
    default: '',
    metavar: 'FILE',
    description: 'Bundle files (.sigstore.json, .jsonl).',
    actions: {
      verify: {
        description:
          'The files attest wrote (.sigstore.json, .jsonl), one per line. Empty: look the model digest up in the attestations API of `repository`. A policy reads the training record: given here, else `training.sigstore.json` beside the given bundle, else looked up by digest.',
      },
      review: {
        description:
          "This run's bundle (training.sigstore.json). Empty: what the job's attest step wrote to `output-dir`.",
      },
    },
    commands: {
      verify: {
        description:
          "a bundle (repeatable); without it, the model's digest is looked up in --repository's attestations (GITHUB_TOKEN)",
      },
      'verify-proof': {
        description: "the training record's bundle (training.sigstore.json; required)",
        single: 'a proof is checked against one training record',
      },
    },
  },
  {
    name: 'policy',
    type: 'path',
    default: '',
    metavar: 'FILE',
    description:
      'A YAML policy file (identity, datasets, frameworks, lineage, max-age, build-type).',
    actions: GATE,
    commands: { verify: true, lineage: true },
  },
  {
    name: 'proofs',
    type: 'path',
    default: '',
    metavar: 'DIR',
    description:
      "A directory of proof files (`training-provenance prove`) for the policy's `datasets.deny-content`: each denied digest must be proven absent from each committed dataset (docs/commitments.md).",
    actions: GATE,
    commands: { verify: true },
  },
  {
    name: 'advisories',
    type: 'paths',
    default: '',
    metavar: 'PATH',
    description:
      "OSV advisory data in place of the shipped advisories, one path a line: an OSV JSON file, a directory of them, or osv.dev's `PyPI/all.zip` downloaded in an earlier step. A policy's own `frameworks.advisories` paths still apply.",
    actions: GATE,
    commands: { verify: true },
  },
  {
    name: 'evidence',
    type: 'path',
    default: '',
    metavar: 'DIR',
    description:
      "A directory of base-model evidence (attest's `output-dir/bases/`, or one laid out as it): the base models' records are verified from it, offline. Default: `bases/` beside the training record.",
    actions: { verify: true },
    commands: { verify: true, lineage: true },
  },
  {
    name: 'model-signature',
    type: 'string',
    default: 'auto',
    metavar: 'auto|true|false|FILE',
    description:
      "Which OpenSSF model signature (model.sig) to check too: `auto` (each model directory's `model.sig` when there is one), `true` (each model directory's, required), `false` (none), or a signature path (for one model directory, or a model that is one file). With no `bundle`, the model signature is verified on its own.",
    help: "which model.sig to check: auto (each model directory's, when there is one), true (required), false (none; also --no-model-signature), or FILE; with no --bundle, verified on its own",
    actions: { verify: true },
    commands: { verify: true },
  },
  {
    name: 'no-model-signature',
    type: 'boolean',
    default: 'false',
    description: 'check no model.sig (--model-signature false)',
    cliOnly: 'the negative form of a flag that takes a value, as --no-sign is of --sign',
    commands: { verify: true },
  },
  {
    name: 'model-signature-identity',
    type: 'string',
    default: '',
    metavar: 'SAN',
    description:
      "The signer (certificate SAN) of the OMS model signature when it is not the provenance's signer, e.g. an upstream model's; with `model-signature-issuer`.",
    actions: { verify: true },
    commands: { verify: true },
  },
  {
    name: 'model-signature-identity-regex',
    type: 'string',
    default: '',
    metavar: 'RE',
    description:
      "A regular expression the model signature's signer (certificate SAN) must match, in place of `model-signature-identity`.",
    actions: { verify: true },
    commands: { verify: true },
  },
  {
    name: 'model-signature-issuer',
    type: 'string',
    default: '',
    metavar: 'URL',
    description:
      "The OIDC issuer of the model signature's signer (with `model-signature-identity`).",
    actions: { verify: true },
    commands: { verify: true },
  },
  {
    name: 'ignore-paths',
    type: 'paths',
    default: '',
    metavar: 'PATH',
    description:
      "More paths for the OMS model signature to leave out (one per line; relative to the model, or absolute inside it), as model_signing's --ignore-paths.",
    help: "more paths to leave out, relative to the model or absolute inside it, as model_signing's --ignore-paths (.git, .gitattributes, .github, .gitignore and model.sig always are)",
    actions: { verify: true },
    commands: { verify: true, 'sign-model': true, digest: true },
  },
  {
    name: 'ignore-unsigned-files',
    type: 'boolean',
    default: 'false',
    description:
      "Files in the model that the OMS signature does not list are not a failure, as model_signing's --ignore_unsigned_files.",
    actions: { verify: true },
    commands: { verify: true },
  },
  {
    name: 'base',
    type: 'string',
    default: 'auto',
    metavar: 'auto|PATH',
    description:
      '`auto` (the provenance artifact of the latest successful run on the base branch) or a path.',
    actionOnly: 'the command compares two records with `diff OLD NEW`',
    actions: { review: true },
  },
  {
    name: 'comment',
    type: 'boolean',
    default: 'true',
    description: 'Post (and update) one sticky pull-request comment.',
    actionOnly: 'a pull-request comment exists only in a workflow run',
    actions: { review: true },
  },
];
