#!/usr/bin/env node
// Writes verify/action.yml and review/action.yml from the root action.yml: each sub-action
// declares only the inputs and outputs of its job, with the root's descriptions and defaults,
// so the three never disagree. `--check` fails when a written file is out of date (CI runs it
// through the test suite, __tests__/e2e/sub-actions.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const SIGNER = [
  'repository',
  'signer-workflow',
  'source-ref',
  'cert-identity',
  'cert-identity-regex',
  'cert-oidc-issuer',
  'deny-self-hosted-runners',
];
export const SUB_ACTIONS = {
  verify: {
    name: 'Training Provenance: verify',
    description:
      'Release gate: check the signed training provenance (signature, signer, transparency proof), re-hash the model and evaluate a policy; fail with every violation.',
    inputs: [
      'model',
      'bundle',
      ...SIGNER,
      'trusted-root',
      'tuf-url',
      'tuf-root',
      'policy',
      'proofs',
      'evidence',
      'advisories',
      'model-signature',
      'model-signature-identity',
      'model-signature-identity-regex',
      'model-signature-issuer',
      'public-key',
      'cert-chain',
      'ignore-paths',
      'ignore-unsigned-files',
      'github-token',
      'output-dir',
      'summary',
    ],
    outputs: ['verified', 'report-path', 'violations'],
  },
  review: {
    name: 'Training Provenance: review',
    description:
      'Pull-request comment: the training provenance of this run, what changed against the base branch, and the policy verdict.',
    inputs: [
      'bundle',
      'base',
      'policy',
      'proofs',
      'advisories',
      'trusted-root',
      'tuf-url',
      'tuf-root',
      ...SIGNER,
      'public-key',
      'cert-chain',
      'comment',
      'artifact-name',
      'github-token',
      'output-dir',
      'summary',
    ],
    outputs: ['verified', 'violations'],
  },
};

export function render(kind) {
  const top = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const spec = SUB_ACTIONS[kind];
  const pick = (from, names) =>
    Object.fromEntries(
      names.map((n) => {
        if (!from[n]) throw new Error(`action.yml has no '${n}'`);
        return [n, from[n]];
      }),
    );
  const doc = {
    name: spec.name,
    description: spec.description,
    author: top.author,
    branding: top.branding,
    inputs: {
      ...pick(top.inputs, spec.inputs),
      // Which job the shared bundle runs: fixed for this action, not for users to set.
      'sub-action': {
        description: `Internal: this action runs \`${kind}\`. Do not set.`,
        required: false,
        default: kind,
      },
    },
    outputs: pick(top.outputs, spec.outputs),
    runs: { using: top.runs.using, main: `../${top.runs.main}` },
  };
  return `# Generated from ../action.yml by scripts/sub-actions.mjs: edit the root, then run it.\n${stringify(doc, { lineWidth: 0 })}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const kind of Object.keys(SUB_ACTIONS)) {
    const path = join(root, kind, 'action.yml');
    const text = render(kind);
    if (check) {
      if (readFileSync(path, 'utf8') !== text) {
        console.error(`${kind}/action.yml is out of date: run node scripts/sub-actions.mjs`);
        stale++;
      }
    } else writeFileSync(path, text);
  }
  process.exit(stale > 0 ? 1 : 0);
}
