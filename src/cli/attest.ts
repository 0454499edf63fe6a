import { join } from 'node:path';
import { attest } from '../engine/attest.js';
import { resumeAttest, type ResumedResult } from '../engine/resume.js';
import { TOOL_VERSION } from '../version.js';
import { buildAttestRequest } from '../request/attest.js';
import { cliEdge, flagList } from '../request/edge.js';
import { str } from './args.js';
import type { CommandRun } from './command.js';
import { signingFlags } from './trust-config.js';
import { commandIdToken } from './token.js';

/** `training-provenance attest`: its flags are the spec's (src/surface/spec.ts). */
export const attestCommand: CommandRun = async ({
  values,
  format,
  workspace,
  err,
  out,
  progress,
}) => {
  const env = process.env;
  const run = values.resume === true ? resumeAttest : attest;
  const warn = (line: string) => err.write(`warning: ${line}\n`); // what was left out of the record
  const request = await buildAttestRequest(
    {
      model: flagList(values.model),
      modelManifest: flagList(values['model-manifest']),
      datasets: flagList(values.dataset),
      datasetsFile: str(values['datasets-file']),
      python: str(values.python),
      requirements: flagList(values.requirements),
      parameters: str(values.parameters),
      byproducts: flagList(values.byproducts),
      sign: values.sign !== false,
      ...(await signingFlags(values)),
      pushToGitHub: values['push-to-github'] === true,
      uploadArtifact: false,
      artifactName: '',
      outputDir: str(values['output-dir']),
      defaultOutputDir: join(workspace, 'provenance'),
      modelSignature: values['sign-model'] === true,
      mlBom: values['ml-bom'] === true,
      privateKey: str(values['private-key']),
      // --signing-cert's file holds the certificate and the chain that issued it.
      signingCert: str(values['signing-cert']),
      certChain: [],
      baseModels: flagList(values['base-model']),
      baseModelEvidence: flagList(values['base-model-evidence']),
      trustConfig: str(values['trust-config']),
    },
    cliEdge(warn),
  );
  const result = await progress((onProgress) =>
    run(request, {
      workspace,
      env: { ...env },
      pathEnv: env.PATH ?? '',
      getIdToken: () => commandIdToken({ tokenFile: str(values['identity-token-file']), env }),
      idTokenProblem: () =>
        'no SIGSTORE_ID_TOKEN, --identity-token-file or Actions runner token; use --no-sign for an unsigned statement',
      githubToken: env.GITHUB_TOKEN,
      artifactRuntimeAvailable: false,
      toolVersion: TOOL_VERSION,
      keyPassphrase: env.TRAINING_PROVENANCE_KEY_PASSPHRASE || undefined,
      log: (line) => err.write(`${line}\n`),
      warn,
      onProgress,
    }),
  );
  out.write(format === 'json' ? resultJson(result) : resultText(result));
  return 0;
};

function resultJson(result: ResumedResult): string {
  const json = Object.fromEntries(
    (['provenance', 'training', 'mlBom'] as const).flatMap((k) => {
      const v = result[k];
      if (!v) return [];
      return [
        [
          k,
          {
            ...('bomPath' in v ? { bomPath: v.bomPath } : {}),
            statementPath: v.statementPath,
            bundlePath: v.bundlePath ?? null,
            logIndex: v.logIndex ?? null,
            attestationUrl: v.attestation?.attestationUrl ?? null,
          },
        ],
      ];
    }),
  );
  return `${JSON.stringify({ ...json, modelDigest: result.modelDigest, subjects: result.subjects }, null, 2)}\n`;
}

function resultText(result: ResumedResult): string {
  const lines: string[] = [];
  for (const k of ['provenance', 'training', 'mlBom'] as const) {
    const v = result[k];
    if (!v) continue;
    if ('bomPath' in v) lines.push(`ml-bom: ${v.bomPath}`);
    const label = k === 'mlBom' ? 'ml-bom attestation' : k;
    lines.push(`${label}: ${v.bundlePath ?? v.statementPath}${v.bundlePath ? '' : ' (unsigned)'}`);
    if (v.logIndex) lines.push(`  log index: ${v.logIndex}`);
    if (v.attestation) lines.push(`  attestation: ${v.attestation.attestationUrl}`);
  }
  if (result.endpoints && result.training.bundlePath)
    lines.push(`signed on: ${result.endpoints.instance}`);
  if (result.modelDigest) lines.push(`model:     ${result.modelDigest}`);
  lines.push(`subjects:  ${result.subjects.length}`);
  return `${lines.join('\n')}\n`;
}
