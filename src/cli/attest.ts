import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { attest } from '../engine/attest.js';
import { resumeAttest, type ResumedResult } from '../engine/resume.js';
import { TOOL_VERSION } from '../version.js';
import { datasetLineFrom } from '../collect/dataset-spec.js';
import { parseBaseModelEvidence, parseBaseModels } from '../collect/base-models.js';
import { looksLikePath } from '../collect/parameters.js';
import { here, herePaths, str } from './args.js';
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
  const parameters = await parametersHere(str(values.parameters));
  const signing = await signingFlags(values);
  const result = await progress((onProgress) =>
    run(
      {
        model: herePaths(values.model),
        modelManifest: herePaths(manifestFiles(values['model-manifest'] as string[] | undefined)),
        datasets: str((values.dataset as string[] | undefined)?.map(datasetHere)),
        datasetsFile: here(str(values['datasets-file'])),
        python: pythonHere(str(values.python) || 'auto'),
        requirements: herePaths(values.requirements),
        parameters,
        byproducts: herePaths(values.byproducts),
        sign: values.sign !== false,
        ...signing,
        pushToGitHub: values['push-to-github'] === true,
        uploadArtifact: false,
        artifactName: '',
        outputDir: here(str(values['output-dir'])) || join(workspace, 'provenance'),
        modelSignature: values['sign-model'] === true,
        mlBom: values['ml-bom'] === true,
        privateKey: here(str(values['private-key'])),
        signingCert: here(str(values['signing-cert'])),
        baseModels: parseBaseModels(list(values['base-model']), process.cwd()),
        baseModelEvidence: parseBaseModelEvidence(
          list(values['base-model-evidence']),
          process.cwd(),
        ),
        ...(str(values['trust-config']) ? { trustConfig: here(str(values['trust-config'])) } : {}),
      },
      {
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
        warn: (line) => err.write(`warning: ${line}\n`), // what was left out of the record
        onProgress,
      },
    ),
  );
  out.write(format === 'json' ? resultJson(result) : resultText(result));
  return 0;
};

const list = (v: unknown) => (v as string[] | undefined) ?? [];
/** Path flags whose value may be something else too, made absolute only where a path. */
const datasetHere = (line: string) => datasetLineFrom(line, process.cwd());
const pythonHere = (v: string) => (v.includes('/') ? here(v) : v); // a bare name is on PATH
/** `[NAME=]FILE` values, the file made absolute. */
const manifestFiles = (v: string[] | undefined) =>
  (v ?? []).map((s) => {
    const named = /^([^=/]+)=(.+)$/.exec(s);
    return named ? `${named[1]}=${here(named[2]!.trim())}` : s;
  });
/** A parameters file (one there, or a name that looks like one) where the user stands; else inline text. */
async function parametersHere(v: string): Promise<string> {
  const t = v.trim();
  if (t === '' || t.includes('\n') || t.startsWith('{')) return v;
  const there = await lstat(here(t)).then(
    () => true,
    () => false,
  );
  return there || looksLikePath(t) ? here(t) : v;
}

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
