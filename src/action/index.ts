import * as core from '@actions/core';
import { describeError } from '../errors.js';
import { runAttest } from './attest.js';
import { choiceInput } from './inputs.js';

const MODES = ['attest', 'verify', 'review'] as const;

async function main(): Promise<void> {
  try {
    const mode = choiceInput('mode', MODES, 'attest');
    if (mode === 'attest') await runAttest();
    else {
      core.setFailed(
        `NOT_SUPPORTED: input 'mode': '${mode}' is not available in this version. Fix: use mode: attest`,
      );
    }
  } catch (e) {
    core.setFailed(describeError(e));
  }
}

await main();
