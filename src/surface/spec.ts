// The one spec of every action input and CLI flag (owner: the surface). The three action.yml,
// the CLI's parseArgs options and --help, and the README's tables are generated from it
// (`npm run surface`); __tests__/surface/generated.test.ts fails when they differ.
import { ATTEST_ENTRIES, KEY_ENTRIES, TRAILING_ENTRIES } from './spec-attest.js';
import { REMOVED as REMOVED_LIST } from './removed.js';
import { CLI_ENTRIES } from './spec-cli.js';
import { CHECK_ENTRIES, SIGNER_ENTRIES, TRUST_ENTRIES } from './spec-verify.js';
import type { ActionName, CommandName, Entry, Output, Removed, Use } from './types.js';

export { COMMAND_HEADS } from './commands.js';
export { REMOVED } from './removed.js';
export * from './types.js';

export const ENTRIES: readonly Entry[] = [
  ...ATTEST_ENTRIES,
  ...KEY_ENTRIES,
  ...CHECK_ENTRIES.slice(0, 1), // bundle, after model
  ...SIGNER_ENTRIES,
  ...TRUST_ENTRIES,
  ...CHECK_ENTRIES.slice(1),
  ...TRAILING_ENTRIES,
  ...CLI_ENTRIES,
];

export const ACTION_META: Record<ActionName, { name: string; description: string }> = {
  attest: {
    name: 'Training Provenance',
    description:
      'Signed SLSA provenance for ML training: model and dataset digests, frameworks, base models, workflow identity. Verify it with the verify action; review it on pull requests with the review action.',
  },
  verify: {
    name: 'Training Provenance: verify',
    description:
      'Release gate: check the signed training provenance (signature, signer, transparency proof), re-hash the model and evaluate a policy; fail with every violation.',
  },
  review: {
    name: 'Training Provenance: review',
    description:
      'Pull-request comment: the training provenance of this run, what changed against the base branch, and the policy verdict.',
  },
};

const OUTPUTS: readonly Output[] = [
  [
    'bundle-path',
    'The build provenance bundle (provenance.sigstore.json), as actions/attest writes it; empty with `sign: false`.',
  ],
  ['statement-path', 'The build provenance statement (provenance.intoto.json).'],
  ['attestation-id', 'Id of the build provenance stored through the GitHub API.'],
  ['attestation-url', 'URL of that attestation.'],
  [
    'training-bundle-path',
    'The training record bundle (training.sigstore.json): datasets, frameworks, parameters, base models.',
  ],
  ['training-statement-path', 'The training record statement (training.intoto.json).'],
  ['training-attestation-id', 'Id of the training record stored through the GitHub API.'],
  ['training-attestation-url', 'URL of that attestation.'],
  ['model-digest', 'sha256:HEX of the single model file or model directory (OMS root digest).'],
  ['log-index', 'Rekor log index (public-good and custom instances with Rekor).'],
  [
    'ml-bom-path',
    'The CycloneDX ML-BOM (`training.cdx.json`) with `ml-bom: true`; empty otherwise.',
  ],
  [
    'ml-bom-bundle-path',
    'The signed ML-BOM attestation (`training.cdx.sigstore.json`) with `ml-bom: true`; empty otherwise.',
  ],
]
  .map(([name, d]) => ({ name: name!, actions: { attest: d! } }) as Output)
  .concat([
    {
      name: 'verified',
      actions: {
        verify: '`true` when every check passed, else `false` (and the step fails).',
        review:
          '`true` when the record verified and met the policy, else `false` (the step still succeeds: review informs).',
      },
    },
    {
      name: 'report-path',
      actions: {
        verify: 'Path of the JSON verification report (`output-dir/verify-report.json`).',
      },
    },
    {
      name: 'violations',
      actions: { verify: 'Number of violations.', review: 'Number of violations in the review.' },
    },
  ]);

/** The flag of an entry: `--name`, or its singular for a list named in the plural. */
export function flagName(e: Entry): string {
  return e.singular ? e.name.replace(/s$/, '') : e.name;
}

/** How `where` uses the entry, or undefined when it does not take it. */
export function useIn(
  e: Entry,
  where: { action: ActionName } | { command: CommandName },
): Use | undefined {
  const u = 'action' in where ? e.actions?.[where.action] : e.commands?.[where.command];
  return u === undefined ? undefined : u === true ? {} : u;
}

export function actionInputs(action: ActionName): Entry[] {
  return ENTRIES.filter((e) => useIn(e, { action }));
}

export function commandEntries(command: CommandName): Entry[] {
  return ENTRIES.filter((e) => useIn(e, { command }));
}

export function actionOutputs(action: ActionName): Output[] {
  return OUTPUTS.filter((o) => o.actions[action] !== undefined);
}

export function removedFor(where: { action: ActionName } | { command: CommandName }): Removed[] {
  return REMOVED_LIST.filter((r) =>
    'action' in where ? r.actions?.includes(where.action) : r.commands?.includes(where.command),
  );
}
