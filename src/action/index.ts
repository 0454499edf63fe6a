import './warm.js';
import * as core from '@actions/core';
import { describeError } from '../errors.js';
import { closeHashPool } from '../hash/index.js';
import { choiceInput } from './inputs.js';

const MODES = ['attest', 'verify', 'review'] as const;

async function main(): Promise<void> {
  try {
    const mode = selectedMode();
    // Each mode is loaded only when it runs: the bundle's start-up time is paid on every step,
    // and verify/review bring code (Octokit, the artifact client) attest does not need.
    if (mode === 'attest') await (await import('./attest.js')).runAttest();
    else if (mode === 'verify') await (await import('./verify.js')).runVerify();
    else await (await import('./review.js')).runReview();
  } catch (e) {
    core.setFailed(describeError(e));
  } finally {
    await closeHashPool();
  }
}

/**
 * The job to run: fixed by a sub-action (verify/action.yml, review/action.yml), else the root
 * action's `mode`, whose verify and review still work but point to their sub-action.
 */
function selectedMode(): (typeof MODES)[number] {
  const sub = core.getInput('sub-action').trim();
  if (sub) return choiceInput('sub-action', MODES, 'attest');
  const mode = choiceInput('mode', MODES, 'attest');
  if (mode !== 'attest') {
    core.warning(
      `'mode: ${mode}' in the root action is deprecated: use 'uses: training-provenance/training-provenance/${mode}@v0', which takes only the inputs of ${mode} (README).`,
    );
  }
  return mode;
}

await main();
