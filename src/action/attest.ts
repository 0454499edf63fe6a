// `mode: attest` as the runner runs it: inputs and runner context in, outputs and a job
// summary out. The work itself is the engine's (src/engine/attest.ts).
import * as core from '@actions/core';
import { join } from 'node:path';
import { attest, type AttestResult } from '../engine/attest.js';
import { labelledProgressLogger } from '../hash/progress.js';
import { renderAttestSummary } from '../report/summary.js';
import { boolInput, input } from './inputs.js';
import { TOOL_VERSION } from '../version.js';

export async function runAttest(): Promise<void> {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const outputDir =
    input('output-dir').trim() || join(env.RUNNER_TEMP || workspace, 'training-provenance');
  let tokenProblem: string | undefined;

  const result = await attest(
    {
      model: input('model'),
      datasets: input('datasets'),
      datasetsFile: input('datasets-file'),
      python: input('python'),
      requirements: input('requirements'),
      parameters: input('parameters'),
      byproducts: input('byproducts'),
      sign: boolInput('sign', true),
      sigstore: input('sigstore'),
      fulcioUrl: input('fulcio-url'),
      rekorUrl: input('rekor-url'),
      tsaUrl: input('tsa-url'),
      pushToGitHub: boolInput('push-to-github', true),
      uploadArtifact: boolInput('upload-artifact', true),
      artifactName: input('artifact-name').trim() || 'training-provenance',
      outputDir,
      modelSignature: boolInput('model-signature', false),
    },
    {
      workspace,
      env: { ...env },
      pathEnv: env.PATH ?? '',
      getIdToken: async () => {
        if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
          tokenProblem =
            'ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job lacks id-token: write, or this is a fork';
          return undefined;
        }
        try {
          // getIDToken masks the token in the log itself.
          return await core.getIDToken('sigstore');
        } catch (e) {
          tokenProblem = (e as Error).message;
          return undefined;
        }
      },
      idTokenProblem: () => tokenProblem,
      githubToken: input('github-token') || undefined,
      artifactRuntimeAvailable: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
      toolVersion: TOOL_VERSION,
      log: (line) => core.info(line),
      onProgress: labelledProgressLogger((line) => core.info(line)),
    },
  );
  report(result);
  if (boolInput('summary', true)) {
    const oms = result.modelSignatures.map(
      (m) => `- OMS model signature \`${m.path}\` (root \`sha256:${m.root}\`)`,
    );
    const extra = oms.length > 0 ? `\n### Model signatures\n\n${oms.join('\n')}\n` : '';
    await core.summary.addRaw(renderAttestSummary(result) + extra, true).write();
  }
}

function report(r: AttestResult): void {
  core.setOutput('statement-path', r.statementPath);
  core.setOutput('model-digest', r.modelDigest);
  core.setOutput('bundle-path', r.bundlePath ?? '');
  core.setOutput('log-index', r.logIndex ?? '');
  core.setOutput('attestation-id', r.attestation?.attestationId ?? '');
  core.setOutput('attestation-url', r.attestation?.attestationUrl ?? '');
  core.info(`statement: ${r.statementPath}`);
  if (r.modelDigest) core.info(`model digest: ${r.modelDigest}`);
  if (r.bundlePath) core.info(`bundle: ${r.bundlePath} (${r.endpoints?.instance})`);
  if (r.logIndex) core.info(`transparency log index: ${r.logIndex}`);
  if (r.attestation) core.info(`attestation: ${r.attestation.attestationUrl}`);
  for (const m of r.modelSignatures) core.info(`model signature (OMS): ${m.path}`);
  if (r.artifact && !r.artifact.uploaded) core.notice(r.artifact.reason);
  if (!r.bundlePath)
    core.notice('sign: false — the statement is unsigned; verify cannot trust it.');
}
