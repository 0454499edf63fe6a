import './warm.js';
import * as core from '@actions/core';
import { describeError, ProvenanceError } from '../errors.js';
import { closeHashPool } from '../hash/index.js';
import { ACTIONS, removedFor, type ActionName } from '../surface/spec.js';
import { choiceInput } from './inputs.js';

async function main(): Promise<void> {
  try {
    // Which job: fixed by a sub-action (verify/action.yml, review/action.yml); the root attests.
    const job = choiceInput('sub-action', ACTIONS, 'attest');
    refuseRemovedInputs(job, process.env);
    // Each job is loaded only when it runs: the bundle's start-up time is paid on every step,
    // and verify/review bring code (Octokit, the artifact client) attest does not need.
    if (job === 'attest') await (await import('./attest.js')).runAttest();
    else if (job === 'verify') await (await import('./verify.js')).runVerify();
    else await (await import('./review.js')).runReview();
  } catch (e) {
    core.setFailed(describeError(e));
  } finally {
    await closeHashPool();
  }
}

/**
 * An input v1 removed fails the step, naming what replaces it: the runner passes an input the
 * action.yml does not declare through as INPUT_<NAME> with only a warning, and ignoring it
 * would run another job than the one asked for (`mode: verify` attesting) or sign elsewhere.
 */
function refuseRemovedInputs(job: ActionName, env: Record<string, string | undefined>): void {
  for (const r of removedFor({ action: job })) {
    const given = env[`INPUT_${r.name.toUpperCase()}`]?.trim();
    if (!given || (r.value !== undefined && given !== r.value)) continue;
    const what = r.value !== undefined ? `'${r.name}: ${r.value}'` : `the input '${r.name}'`;
    throw new ProvenanceError('INPUT_INVALID', `${what} was removed in v1: use ${r.by}`, {
      input: r.name,
      value: given,
      fix: `${r.by}: ${r.replacement} (docs/migrating-to-v1.md)`,
    });
  }
}

await main();
