// The review action as the runner runs it: one sticky comment on the pull request, or the job
// summary alone where the token cannot comment (forks). Review informs; verify gates.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { basename, resolve } from 'node:path';
import { review } from '../engine/review.js';
import { boolInput, input, outputDirInput } from './inputs.js';
import { githubUrls } from '../github.js';
import { actionEdge, inputList } from '../request/edge.js';
import { buildTrustRequest, policyFiles } from '../request/verify.js';
import { trustFields, tufCacheDir } from './verify.js';

export async function runReview(): Promise<void> {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const outputDir = outputDirInput(env, workspace);
  const pr = github.context.payload.pull_request as
    { number?: number; base?: { ref?: string } } | undefined;
  const token = input('github-token');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const edge = actionEdge(workspace);
  const result = await review(
    {
      head: input('bundle').trim() ? resolve(workspace, input('bundle').trim()) : outputDir,
      base: input('base').trim() || 'auto',
      comment: boolInput('comment', true),
      github: token ? reviewGitHub(env, token, pr) : undefined,
      log: (line) => core.info(line),
    },
    // Verified as the verify sub-action verifies, with the same inputs read the same way.
    {
      ...buildTrustRequest(await trustFields(env, workspace), edge),
      ...policyFiles(
        {
          policy: input('policy'),
          proofs: input('proofs'),
          advisories: inputList(input('advisories')),
        },
        edge,
      ),
    },
    {
      workspace,
      ...githubUrls(env),
      // Without a signer from the inputs or the policy, this repository must have signed.
      currentRepository: repository || undefined,
      pinCurrentRepository: true,
      tufCacheDir: tufCacheDir(env),
      log: (line) => core.info(line),
    },
  );
  await report(result);
}

function reviewGitHub(
  env: NodeJS.ProcessEnv,
  token: string,
  pr: { number?: number; base?: { ref?: string } } | undefined,
) {
  return {
    token,
    ...githubUrls(env),
    repository: env.GITHUB_REPOSITORY ?? '',
    prNumber: pr?.number,
    baseRef: pr?.base?.ref,
    workflowFile: env.GITHUB_WORKFLOW_REF
      ? basename(env.GITHUB_WORKFLOW_REF.split('@')[0]!)
      : undefined,
    runId: env.GITHUB_RUN_ID,
    artifactName: input('artifact').trim() || undefined,
    job: env.GITHUB_JOB,
    author: 'github-actions[bot]',
  };
}

/** Outputs, where the review went, and the job summary when there is no comment to read. */
async function report(result: Awaited<ReturnType<typeof review>>): Promise<void> {
  core.setOutput('verified', String(result.verdict.verified));
  core.setOutput('violations', String(result.verdict.violations.length));
  const c = result.comment;
  let posted = false;
  if (c.action === 'created' || c.action === 'updated') {
    posted = true;
    core.info(`review comment ${c.action}: ${c.url}`);
  } else {
    const why = 'reason' in c ? String(c.reason) : c.action;
    core.notice(`review not posted as a comment (${why}): it is in the job summary`);
  }
  if (boolInput('summary', true) || !posted) {
    await core.summary.addRaw(result.markdown, true).write();
  }
  if (result.verdict.status === 'failed') {
    core.warning(`provenance review: ${result.verdict.violations.join('; ')}`);
  }
}
