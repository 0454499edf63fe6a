// The inputs of attest (the root action and `training-provenance attest`), and the signing
// flags `sign-model` shares with it.
import type { Entry } from './types.js';

const BOTH = { actions: { attest: true }, commands: { attest: true } } as const;

export const ATTEST_ENTRIES: readonly Entry[] = [
  {
    name: 'model',
    type: 'paths',
    default: '',
    metavar: 'PATH',
    description:
      'Model files, directories or globs (newline- or comma-separated). Every file becomes a subject (path relative to the workspace, or to its own directory when outside it; sha256); every directory also one subject whose sha256 is its OpenSSF model-signing root digest.',
    actions: {
      attest: {
        description:
          'Model files, directories or globs (newline- or comma-separated). Every file becomes a subject (path relative to the workspace, or to its own directory when outside it; sha256); every directory also one subject whose sha256 is its OpenSSF model-signing root digest. Required unless `model-manifest` names the model.',
      },
      verify: {
        description:
          'The model to check against the signed subjects: files, directories or globs (newline- or comma-separated), named as attest named them. Required.',
      },
    },
    commands: {
      attest: {
        description:
          'model file, directory or glob (repeatable; required unless --model-manifest names the model)',
      },
      verify: { description: 'model file, directory or glob (repeatable, required)' },
      'sign-model': {
        metavar: 'DIR|FILE',
        description: 'the model directory, or a model that is one file (required)',
        single: 'one signature signs one model directory or file',
      },
    },
  },
  {
    name: 'model-manifest',
    type: 'paths',
    default: '',
    metavar: '[NAME=]FILE',
    description:
      "`[NAME=]FILE` per line: a model directory that stays where it was trained, recorded from the manifest `training-provenance manifest` wrote there (docs/manifests.md); the subject is named NAME (default: the manifest's root) with its OMS root digest, and verify re-hashes it where it is present.",
    help: 'a model directory recorded from its manifest (repeatable)',
    ...BOTH,
  },
  {
    name: 'datasets',
    type: 'list',
    singular: true,
    default: '',
    metavar: 'LINE',
    description:
      "One dataset per line, optionally `NAME=` first: a local path or glob (hashed, with a Merkle commitment to its contents), `digests:FILE` (a list of sha256:HEX the training code wrote, committed to as a set), a reference `URI [ALG:HEX]` (hf://datasets/ORG/NAME@REV, s3://, gs://, https://, ...) recorded without download, a dvc.lock file whose stage dependencies are recorded with their md5, or `manifest:FILE [URI]`: a dataset hashed where it lives (docs/manifests.md), recorded by the manifest's root, file count and bytes without reading the data, at the location URI given.",
    help: "dataset path/glob, 'URI [ALG:HEX]', 'digests:FILE', 'manifest:FILE [URI]', or NAME=... (repeatable)",
    actions: { attest: true },
    commands: {
      attest: true,
      prove: {
        metavar: 'PATH',
        description:
          'the dataset as attest was given it: a file, a directory, digests:FILE or manifest:FILE (required)',
        single: 'a proof is about one dataset; the value is a dataset line as attest takes it',
      },
    },
  },
  {
    name: 'datasets-file',
    type: 'path',
    default: '',
    metavar: 'FILE',
    description:
      'A JSON or YAML list written by the training code: name, path, uri or digests (a digest list), digest, license, split, annotations.',
    help: 'JSON/YAML list of datasets (paths inside it are relative to the workspace)',
    ...BOTH,
  },
  {
    name: 'python',
    type: 'string',
    default: 'auto',
    metavar: 'auto|none|PATH',
    description:
      'The interpreter that trained: `auto` (python3 on PATH), a path to an interpreter or virtual environment, or `none`. Its installed distributions, Python version and CUDA build are recorded without importing anything.',
    help: 'interpreter or virtual environment whose packages to record (default auto)',
    ...BOTH,
  },
  {
    name: 'requirements',
    type: 'paths',
    default: '',
    metavar: 'FILE',
    description:
      'Lock or requirements files (requirements*.txt, uv.lock, poetry.lock, environment.yml, ...) recorded with their digests.',
    help: 'requirements/lock file (repeatable)',
    ...BOTH,
  },
  {
    name: 'parameters',
    type: 'string',
    default: '',
    metavar: 'FILE|JSON',
    description:
      'Hyperparameters: a JSON/YAML file, or an inline JSON/YAML mapping, recorded as external parameters.',
    help: 'hyperparameters: a JSON/YAML file or an inline mapping',
    ...BOTH,
  },
  {
    name: 'byproducts',
    type: 'paths',
    default: '',
    metavar: 'FILE',
    description:
      'Files such as metrics, logs or the model card, recorded with digests in runDetails.byproducts.',
    help: 'metrics, logs, model card (repeatable)',
    ...BOTH,
  },
  {
    name: 'base-models',
    type: 'list',
    singular: true,
    default: '',
    metavar: 'LINE',
    description:
      'The models this one was trained from (fine-tuning, distillation), one per line, optionally `NAME=` first: a local directory or file (hashed as a model is), a Hugging Face cache entry, or a reference `URI [ALG:HEX]`. Each is recorded as a base-model dependency of the training record (docs/training-v1.schema.json).',
    help: 'a model this one was trained from: NAME=PATH, or a reference URI [ALG:HEX] (repeatable)',
    ...BOTH,
  },
  {
    name: 'base-model-evidence',
    type: 'paths',
    default: '',
    metavar: 'PATH',
    description:
      "The base models' own evidence (their training record, build provenance, ML-BOM or model.sig, or the directory their attest step wrote), one path per line: copied to `output-dir/bases/NAME/` and recorded with its digest, so one output directory verifies the whole chain offline.",
    help: "a base model's evidence file or output directory, copied under output-dir/bases (repeatable)",
    ...BOTH,
  },
  {
    name: 'sign',
    type: 'boolean',
    default: 'true',
    description:
      '`false` writes the unsigned statement only (pull requests from forks get no OIDC token).',
    help: "sign (default true; needs an OIDC token: SIGSTORE_ID_TOKEN, --identity-token-file, or the Actions runner's token); --no-sign writes the unsigned statements",
    ...BOTH,
  },
  {
    name: 'sigstore',
    type: 'choice',
    choices: ['auto', 'public-good', 'github'],
    default: 'auto',
    description:
      "The Sigstore instance to sign with: `auto` (public-good for public repositories, GitHub's instance otherwise), `public-good` or `github`. Another instance: `trust-config`.",
    help: 'the instance to sign with (default auto); another instance: --trust-config',
    actions: { attest: true },
    commands: { attest: true, 'sign-model': true },
  },
  {
    name: 'push-to-github',
    type: 'boolean',
    default: 'true',
    description:
      'Store the bundle through the GitHub attestations API (needs `attestations: write`).',
    help: 'store through the attestations API (needs GITHUB_TOKEN)',
    cliDefault: {
      value: 'false',
      reason: 'a terminal has no repository and token to store in unless asked',
    },
    ...BOTH,
  },
  {
    name: 'sign-model',
    type: 'boolean',
    default: 'false',
    description:
      'Also write an OpenSSF model-signing `model.sig` in each model directory (or `output-dir` when it is read-only), signed with the same identity and binding the same files, as the `sign-model` command writes one.',
    help: 'also write an OpenSSF model-signing model.sig per model directory',
    ...BOTH,
  },
  {
    name: 'ml-bom',
    type: 'boolean',
    default: 'false',
    description:
      'Also write `training.cdx.json`, the training record as a CycloneDX 1.6 ML-BOM (model, datasets, packages, model card, the run as formulation), signed and stored as an attestation with predicate type `https://cyclonedx.org/bom`.',
    help: 'also write training.cdx.json, the record as a CycloneDX 1.6 ML-BOM, signed as an attestation of its own',
    ...BOTH,
  },
];

/** What the actions read after the job's own inputs: where files go, the workflow's parts. */
export const TRAILING_ENTRIES: readonly Entry[] = [
  {
    name: 'output-dir',
    type: 'path',
    default: '',
    metavar: 'DIR',
    description: 'Where the files are written.',
    actions: {
      attest: {
        description:
          'Where provenance.intoto.json, training.intoto.json and their bundles (and `bases/`) are written. Default: $RUNNER_TEMP/training-provenance, where a later step of the job finds them.',
      },
      verify: {
        description:
          'Where verify-report.json (the report-path output) is written. Default: $RUNNER_TEMP/training-provenance.',
      },
      review: {
        description:
          "Where the job's attest step wrote its files, read when `bundle` is empty. Default: $RUNNER_TEMP/training-provenance, attest's default.",
      },
    },
    commands: {
      attest: {
        description:
          'where files go (default: WORKSPACE/provenance; never inside or around the model or a dataset; one run at a time)',
      },
    },
  },
  {
    name: 'artifact',
    type: 'string',
    default: '',
    metavar: 'NAME|false',
    description:
      "Upload the statements and bundles as a workflow artifact of this name; `false`: no artifact. Default: training-provenance-JOB-DIGEST (the job id and the first 12 hex of the model's digest), so the jobs of a matrix that train different models never collide; a default name already taken in the run gets -2, -3. An explicit name must be unused in the run: GitHub's artifact service takes a name once per run.",
    actionOnly: 'workflow artifacts exist only in a workflow run',
    actions: {
      attest: true,
      review: {
        description:
          "The artifact of the base branch's run to compare with (attest's `artifact`). Default: its training-provenance artifacts, this job's when there are several.",
      },
    },
  },
  {
    name: 'summary',
    type: 'boolean',
    default: 'true',
    description: 'Write the job summary.',
    actionOnly: 'a job summary exists only in a workflow run',
    actions: {
      attest: true,
      verify: true,
      review: {
        description:
          'Write the job summary (always written when the review could not be posted as a comment).',
      },
    },
  },
  {
    name: 'github-token',
    type: 'string',
    default: '${{ github.token }}',
    description: 'Token for the GitHub API.',
    actionOnly:
      'the command reads GITHUB_TOKEN from the environment, never a flag (no token in argv)',
    actions: {
      attest: { description: 'Token for the attestations API (`push-to-github`).' },
      verify: {
        description:
          'Token for the attestations API, read when `bundle` is empty (lookup by digest).',
      },
      review: {
        description:
          "Token for the pull-request comment and the base run's artifact (`pull-requests: write`, `actions: read`).",
      },
    },
  },
];

/** The key and certificate flags of attest and sign-model: signing where there is no OIDC. */
export const KEY_ENTRIES: readonly Entry[] = [
  {
    name: 'identity-token-file',
    type: 'path',
    default: '',
    metavar: 'FILE',
    description: "read the OIDC token from FILE (else SIGSTORE_ID_TOKEN, or the runner's)",
    cliOnly: "the action asks the runner's token service (id-token: write)",
    commands: { attest: true, 'sign-model': true },
  },
  {
    name: 'private-key',
    type: 'path',
    default: '',
    metavar: 'PEM',
    description:
      "sign with an EC key (P-256, P-384, P-521) instead of keyless, where there is no OIDC (an encrypted key's passphrase: TRAINING_PROVENANCE_KEY_PASSPHRASE); verify with --public-key",
    cliOnly:
      'a workflow run signs keylessly with its own identity; a key is for clusters without OIDC',
    commands: { attest: true, 'sign-model': true },
  },
  {
    name: 'signing-cert',
    type: 'path',
    default: '',
    metavar: 'PEM',
    description:
      "with --private-key: its certificate followed by the certificates that issued it (one PEM file, leaf first, as cosign's --certificate-chain), carried in the bundles; verify with --cert-chain and the anchors",
    cliOnly: 'as private-key',
    commands: { attest: true, 'sign-model': true },
  },
];
