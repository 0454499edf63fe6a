import * as core from '@actions/core';
import { describeError } from '../errors.js';
import { closeHashPool } from '../hash/index.js';
import { runAttest } from './attest.js';
import { choiceInput } from './inputs.js';
import { runReview } from './review.js';
import { runVerify } from './verify.js';

const MODES = ['attest', 'verify', 'review'] as const;

async function main(): Promise<void> {
  try {
    const mode = choiceInput('mode', MODES, 'attest');
    if (mode === 'attest') await runAttest();
    else if (mode === 'verify') await runVerify();
    else await runReview();
  } catch (e) {
    core.setFailed(describeError(e));
  } finally {
    await closeHashPool();
  }
}

await main();
