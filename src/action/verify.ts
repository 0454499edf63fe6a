// The verify action as the runner runs it: the release gate. The step fails, with every
// violation listed, when the model is not what a pinned signer attested.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '../engine/verify.js';
import { actionEdge, inputList } from '../request/edge.js';
import { buildVerifyRequest, type TrustFields, type VerifyFields } from '../request/verify.js';
import { labelledProgressLogger } from '../hash/progress.js';
import { writeFileAtomic } from '../store/files.js';
import { renderReportJson, renderText } from '../verify/report.js';
import { renderVerifySummary } from '../report/verify-summary.js';
import { boolInput, input, outputDirInput, trustedRootInput } from './inputs.js';
import { githubUrls } from '../github.js';
import { offlineRequested } from '../verify/tuf.js';

/** The action's inputs as typed, each list split into its items. */
async function verifyFields(env: NodeJS.ProcessEnv, workspace: string): Promise<VerifyFields> {
  return {
    model: inputList(input('model')),
    bundle: inputList(input('bundle')),
    ...(await trustFields(env, workspace)),
    policy: input('policy'),
    proofs: input('proofs'),
    evidence: input('evidence'),
    advisories: inputList(input('advisories')),
    modelSignature: inputList(input('model-signature')),
    modelSignatureIdentity: input('model-signature-identity'),
    modelSignatureIdentityRegex: input('model-signature-identity-regex'),
    modelSignatureIssuer: input('model-signature-issuer'),
    ignorePaths: inputList(input('ignore-paths')),
    ignoreUnsignedFiles: boolInput('ignore-unsigned-files', false),
  };
}

/** The signer and trust inputs, the same for the gate and the review. */
export async function trustFields(env: NodeJS.ProcessEnv, workspace: string): Promise<TrustFields> {
  return {
    repository: input('repository'),
    signerWorkflow: input('signer-workflow'),
    sourceRef: input('source-ref'),
    certIdentity: input('cert-identity'),
    certIdentityRegex: input('cert-identity-regex'),
    certOidcIssuer: input('cert-oidc-issuer'),
    denySelfHostedRunners: boolInput('deny-self-hosted-runners', false),
    trustedRoot: await trustedRootInput(workspace),
    tufUrl: input('tuf-url'),
    tufRoot: input('tuf-root'),
    // The input and TRAINING_PROVENANCE_OFFLINE are one setting: either asks for no network.
    offline: boolInput('offline', false) || offlineRequested(env),
    publicKey: input('public-key'),
    certChain: inputList(input('cert-chain')),
  };
}

/** Where TUF metadata is kept: the runner's tool cache outlives the job on self-hosted runners. */
export const tufCacheDir = (env: NodeJS.ProcessEnv): string =>
  join(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || tmpdir(), 'training-provenance', 'tuf');

export async function runVerify(): Promise<void> {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const outputDir = outputDirInput(env, workspace);
  const request = buildVerifyRequest(await verifyFields(env, workspace), actionEdge(workspace));
  const report = await verify(request, {
    workspace,
    ...githubUrls(env),
    currentRepository: env.GITHUB_REPOSITORY,
    pinCurrentRepository: true,
    githubToken: input('github-token') || undefined,
    tufCacheDir: tufCacheDir(env),
    log: (line) => core.info(line),
    onProgress: labelledProgressLogger((line) => core.info(line)),
  });
  const reportPath = join(outputDir, 'verify-report.json');
  await writeFileAtomic(reportPath, renderReportJson(report));
  core.setOutput('verified', String(report.verified));
  core.setOutput('report-path', reportPath);
  core.setOutput('violations', String(report.violations.length));
  core.info(renderText(report));
  if (boolInput('summary', true))
    await core.summary.addRaw(renderVerifySummary(report), true).write();
  if (!report.verified) {
    const n = report.violations.length;
    core.setFailed(
      `VERIFY_FAILED: ${n} violation${n === 1 ? '' : 's'}: ${report.violations.map((v) => v.message).join('; ')}`,
    );
  }
}
