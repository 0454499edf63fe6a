// The root action, attest, as the runner runs it: inputs and runner context in, outputs and a job
// summary out. The work itself is the engine's (src/engine/attest.ts).
import * as core from '@actions/core';

import { attest, type AttestContext, type AttestResult } from '../engine/attest.js';
import { buildAttestRequest, type AttestFields } from '../request/attest.js';
import { actionEdge, inputLines, inputList } from '../request/edge.js';
import { labelledProgressLogger } from '../hash/progress.js';
import { renderAttestSummary } from '../report/summary.js';
import { boolInput, input, outputDirInput, signingInputs } from './inputs.js';
import { TOOL_VERSION } from '../version.js';

export async function runAttest(): Promise<void> {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const request = await buildAttestRequest(
    await attestFields(outputDirInput(env, workspace), workspace),
    actionEdge(workspace, (line) => core.warning(line)),
  );
  const result = await attest(request, {
    ...runnerContext(env),
    workspace,
  });
  report(result);
  if (boolInput('summary', true)) await writeSummary(result);
}

/** The inputs as typed, each list split into its items (inputList) or lines. */
async function attestFields(outputDir: string, workspace: string): Promise<AttestFields> {
  const artifact = input('artifact').trim();
  return {
    model: inputList(input('model')),
    modelManifest: inputLines(input('model-manifest')),
    datasets: input('datasets').split(/\r?\n/),
    datasetsFile: input('datasets-file'),
    python: input('python'),
    requirements: inputList(input('requirements')),
    parameters: input('parameters'),
    byproducts: inputList(input('byproducts')),
    sign: boolInput('sign', true),
    ...(await signingInputs(workspace)),
    pushToGitHub: boolInput('push-to-github', true),
    // `artifact`: a name, `false` for none, empty (or true) for the generated name.
    uploadArtifact: !/^false$/i.test(artifact),
    artifactName: /^(true|false)$/i.test(artifact) ? '' : artifact,
    outputDir,
    defaultOutputDir: outputDir,
    modelSignature: boolInput('sign-model', false),
    mlBom: boolInput('ml-bom', false),
    privateKey: '',
    signingCert: '',
    certChain: [],
    baseModels: inputLines(input('base-models')),
    baseModelEvidence: inputLines(input('base-model-evidence')),
    trustConfig: input('trust-config'),
  };
}

/** The runner around the inputs: its variables, its OIDC token, the GitHub token. */
function runnerContext(env: NodeJS.ProcessEnv): Omit<AttestContext, 'workspace'> {
  let tokenProblem: string | undefined;
  return {
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
    warn: (line) => core.warning(line),
    onProgress: labelledProgressLogger((line) => core.info(line)),
  };
}

async function writeSummary(result: AttestResult): Promise<void> {
  const oms = result.modelSignatures.map(
    (m) => `- OMS model signature \`${m.path}\` (root \`sha256:${m.root}\`)`,
  );
  const extra = oms.length > 0 ? `\n### Model signatures\n\n${oms.join('\n')}\n` : '';
  const summary = renderAttestSummary({
    statement: result.statement,
    statementPath: result.training.statementPath,
    bundlePath: result.training.bundlePath,
    logIndex: result.training.logIndex,
    attestation: result.training.attestation,
    endpoints: result.endpoints,
    files: result.files,
  });
  await core.summary.addRaw(summary + extra, true).write();
}

function report(r: AttestResult): void {
  const { provenance: p, training: t } = r;
  core.setOutput('statement-path', p?.statementPath ?? '');
  core.setOutput('bundle-path', p?.bundlePath ?? '');
  core.setOutput('attestation-id', p?.attestation?.attestationId ?? '');
  core.setOutput('attestation-url', p?.attestation?.attestationUrl ?? '');
  core.setOutput('training-statement-path', t.statementPath);
  core.setOutput('training-bundle-path', t.bundlePath ?? '');
  core.setOutput('training-attestation-id', t.attestation?.attestationId ?? '');
  core.setOutput('training-attestation-url', t.attestation?.attestationUrl ?? '');
  core.setOutput('model-digest', r.modelDigest);
  core.setOutput('log-index', p?.logIndex ?? t.logIndex ?? '');
  core.setOutput('ml-bom-path', r.mlBom?.bomPath ?? '');
  core.setOutput('ml-bom-bundle-path', r.mlBom?.bundlePath ?? '');
  for (const s of [p, t, r.mlBom].filter((x) => x !== undefined)) {
    core.info(`${s.role}: ${s.bundlePath ?? s.statementPath}`);
    if (s.logIndex) core.info(`  transparency log index: ${s.logIndex}`);
    if (s.attestation) core.info(`  attestation: ${s.attestation.attestationUrl}`);
  }
  if (r.modelDigest) core.info(`model digest: ${r.modelDigest}`);
  if (t.bundlePath) core.info(`signed on the ${r.endpoints?.instance} Sigstore instance`);
  for (const m of r.modelSignatures) core.info(`model signature (OMS): ${m.path}`);
  if (r.artifact && !r.artifact.uploaded) core.notice(r.artifact.reason);
  if (r.artifact?.uploaded) core.info(`artifact: ${r.artifact.name} (id ${r.artifact.id})`);
  if (!t.bundlePath)
    core.notice('sign: false — the statements are unsigned; verify cannot trust them.');
}
