import { join, resolve } from 'node:path';
import { attest } from '../engine/attest.js';
import { resumeAttest, type ResumedResult } from '../engine/resume.js';
import { ProgressBar } from '../hash/progress.js';
import { TOOL_VERSION } from '../version.js';
import { buildAttestRequest } from '../request/attest.js';
import { cliEdge, flagList } from '../request/edge.js';
import { parse, str, type Options } from './args.js';
import { signingFlags, TRUST_CONFIG_OPTION } from './trust-config.js';
import { formatOption } from './format.js';
import { commandIdToken } from './token.js';

export const ATTEST_HELP = `training-provenance attest --model PATH [flags]

Hash the model and datasets, record frameworks and identity, write an in-toto
statement with SLSA provenance and (unless --no-sign) sign it through Sigstore.

  --model PATH           model file, directory or glob (repeatable; required unless
                         --model-manifest names the model)
  --model-manifest [NAME=]FILE  a model directory recorded from its manifest (repeatable)
  --dataset LINE         dataset path/glob, 'URI [ALG:HEX]', 'manifest:FILE [URI]', or
                         NAME=... (repeatable)
  --datasets-file FILE   JSON/YAML list of datasets
  --python auto|none|PATH  interpreter whose packages to record (default auto)
  --requirements FILE    requirements/lock file (repeatable)
  --parameters FILE|JSON hyperparameters
  --byproducts FILE      metrics, logs, model card (repeatable)
  --workspace DIR        what subject names are relative to (default: the current
                         directory; a path outside it is named relative to its own
                         directory). Every path is read where you name it: absolute,
                         or relative to the current directory
  --output-dir DIR       where files go (default: WORKSPACE/provenance; never inside
                         or around the model or a dataset; one run at a time)
  --[no-]sign            sign (default: true; needs an OIDC token: SIGSTORE_ID_TOKEN,
                         --identity-token-file, or the Actions runner's token)
  --identity-token-file FILE  read the OIDC token from FILE
  --private-key PEM      sign with an EC key (P-256, P-384, P-521) instead of keyless, where
                         there is no OIDC (an encrypted key's passphrase:
                         TRAINING_PROVENANCE_KEY_PASSPHRASE); verify with --public-key
  --signing-cert PEM     with --private-key: its certificate, carried in the bundles
  --cert-chain PEM       (repeatable) with --signing-cert: the certificates that issued it,
                         its issuer first, carried in the bundles
  --sigstore auto|public-good|github|custom, --fulcio-url, --rekor-url, --tsa-url
  --trust-config FILE    a Sigstore ClientTrustConfig (as sigstore-python --trust-config
                         reads): sign with its Fulcio, Rekor and TSA, instead of the above
  --push-to-github       store through the attestations API (needs GITHUB_TOKEN)
  --model-signature      also write an OpenSSF model-signing model.sig per model directory
  --ml-bom               also write training.cdx.json, the record as a CycloneDX 1.6
                         ML-BOM, signed as an attestation of its own
  --resume               sign and store the statements an earlier run left unsigned in
                         --output-dir (signing failed): nothing is hashed again
  --format text|json     output format (default text)
`;

const OPTIONS: Options = {
  model: { type: 'string', multiple: true },
  'model-manifest': { type: 'string', multiple: true },
  dataset: { type: 'string', multiple: true },
  'datasets-file': { type: 'string' },
  python: { type: 'string' },
  requirements: { type: 'string', multiple: true },
  parameters: { type: 'string' },
  byproducts: { type: 'string', multiple: true },
  workspace: { type: 'string' },
  'output-dir': { type: 'string' },
  sign: { type: 'boolean' },
  'identity-token-file': { type: 'string' },
  'private-key': { type: 'string' },
  'signing-cert': { type: 'string' },
  'cert-chain': { type: 'string', multiple: true },
  sigstore: { type: 'string' },
  'fulcio-url': { type: 'string' },
  'rekor-url': { type: 'string' },
  'tsa-url': { type: 'string' },
  ...TRUST_CONFIG_OPTION,
  'push-to-github': { type: 'boolean' },
  'model-signature': { type: 'boolean' },
  'ml-bom': { type: 'boolean' },
  resume: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export async function cliAttest(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WriteStream,
): Promise<number> {
  const { values } = parse('attest', argv, OPTIONS);
  if (values.help) {
    out.write(ATTEST_HELP);
    return 0;
  }
  const env = process.env;
  const workspace = resolve(str(values.workspace) || '.');
  const format = formatOption(str(values.format));
  const bar = new ProgressBar(err);
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
      modelSignature: values['model-signature'] === true,
      mlBom: values['ml-bom'] === true,
      privateKey: str(values['private-key']),
      signingCert: str(values['signing-cert']),
      certChain: flagList(values['cert-chain']),
    },
    cliEdge(warn),
  );
  const result = await run(request, {
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
    onProgress: (label, p) => bar.update(label, p),
  }).finally(() => bar.done()); // the bar's line ends before anything else, errors included
  out.write(format === 'json' ? resultJson(result) : resultText(result));
  return 0;
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
