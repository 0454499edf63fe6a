import './warm.js';
import * as core from '@actions/core';
import { describeError } from '../errors.js';
import { closeHashPool } from '../hash/index.js';
import { choiceInput } from './inputs.js';

const MODES = ['attest', 'verify', 'review'] as const;

async function main(): Promise<void> {
  try {
    const mode = choiceInput('mode', MODES, 'attest');
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

await main();
