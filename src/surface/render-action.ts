// action.yml, verify/action.yml and review/action.yml, written from the spec: each declares the
// inputs and outputs of its own job, with descriptions of that job.
import { stringify } from 'yaml';
import { ACTION_META, actionInputs, actionOutputs, useIn, type ActionName } from './spec.js';

export const ACTION_FILES: Record<ActionName, string> = {
  attest: 'action.yml',
  verify: 'verify/action.yml',
  review: 'review/action.yml',
};

const HEADER =
  '# Generated from src/surface/spec.ts by `npm run surface`: edit the spec, then run it.\n';

export function renderActionYml(action: ActionName): string {
  const inputs: Record<string, { description: string; required: false; default: string }> = {};
  for (const e of actionInputs(action)) {
    const use = useIn(e, { action })!;
    inputs[e.name] = {
      description: use.description ?? e.description,
      required: false,
      default: use.default ?? e.default,
    };
  }
  // Which job the one bundle runs: fixed by each sub-action, not for users to set.
  if (action !== 'attest')
    inputs['sub-action'] = {
      description: `Internal: this action runs \`${action}\`. Do not set.`,
      required: false,
      default: action,
    };
  const outputs = Object.fromEntries(
    actionOutputs(action).map((o) => [o.name, { description: o.actions[action]! }]),
  );
  const doc = {
    ...ACTION_META[action],
    author: 'training-provenance',
    branding: { icon: 'shield', color: 'green' },
    inputs,
    outputs,
    runs: { using: 'node24', main: action === 'attest' ? 'dist/index.js' : '../dist/index.js' },
  };
  return HEADER + stringify(doc, { lineWidth: 0 });
}
