import { resolve } from 'node:path';
import { verify } from '../engine/verify.js';
import { ProgressBar } from '../hash/progress.js';
import { writeFileAtomic } from '../store/files.js';
import { renderReportJson, renderText } from '../verify/report.js';
import { buildVerifyRequest } from '../request/verify.js';
import { cliEdge, flagList } from '../request/edge.js';
import { here, parse, str, type Options } from './args.js';
import { formatOption } from './format.js';
import { SIGNER_HELP, SIGNER_OPTIONS, trustFields, tufCacheDir } from './signer-flags.js';
import { TRUST_CONFIG_OPTION, trustConfigRoot } from './trust-config.js';
import { githubUrls } from '../github.js';

export const VERIFY_HELP = `training-provenance verify --model PATH (--bundle FILE | --repository OWNER/REPO) [flags]

Check a bundle's signature against a trusted root, pin its signer, re-hash the model and
evaluate a policy. Exit 0 verified, 1 not verified, 2 bad usage or input, no signer
given included (a signer flag, a policy's identity, --public-key or --cert-chain).

  --model PATH                model file, directory or glob (repeatable, required)
  --bundle FILE               .sigstore.json or .jsonl (repeatable); without it, the model's
                              digest is looked up in --repository's attestations (GITHUB_TOKEN)
${SIGNER_HELP}
  --trust-config FILE         a Sigstore ClientTrustConfig: verify with its trusted root
                              (instead of --trusted-root)
  --policy FILE               YAML policy
  --proofs DIR                proof files (training-provenance prove) for datasets.deny-content
  --advisories PATH           (repeatable) OSV data in place of the shipped advisories: an
                              OSV JSON file, a directory of them, or osv.dev's PyPI/all.zip
  --model-signature FILE      an OMS model.sig to check too (default: model.sig inside a
                              model directory, when there is one); with no --bundle, the
                              model signature is verified on its own. A one-file model:
                              --model FILE --model-signature FILE.sig
  --no-model-signature        check no model.sig
  --model-signature-identity SAN, --model-signature-identity-regex RE,
  --model-signature-issuer URL
                              the model signature's signer, when it is not the provenance's
  --ignore-paths PATH         (repeatable) more paths for the model signature to leave out
  --ignore-unsigned-files     files the model signature does not list are not a failure
  --report FILE               also write the JSON report to FILE
  --workspace DIR             what subject names are relative to (default: the current
                              directory); every path is read where you name it, absolute or
                              relative to the current directory
  --format text|json
`;

const OPTIONS: Options = {
  model: { type: 'string', multiple: true },
  bundle: { type: 'string', multiple: true },
  ...SIGNER_OPTIONS,
  ...TRUST_CONFIG_OPTION,
  policy: { type: 'string' },
  proofs: { type: 'string' },
  advisories: { type: 'string', multiple: true },
  'model-signature': { type: 'string' },
  'no-model-signature': { type: 'boolean' },
  'model-signature-identity': { type: 'string' },
  'model-signature-identity-regex': { type: 'string' },
  'model-signature-issuer': { type: 'string' },
  'ignore-paths': { type: 'string', multiple: true },
  'ignore-unsigned-files': { type: 'boolean' },
  report: { type: 'string' },
  workspace: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export async function cliVerify(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const { values } = parse('verify', argv, OPTIONS);
  if (values.help) {
    out.write(VERIFY_HELP);
    return 0;
  }
  const format = formatOption(str(values.format));
  const env = process.env;
  // Paths are read where the user names them (here); the workspace decides subject names.
  const workspace = resolve(str(values.workspace) || '.');
  // Drawn on a terminal only; a log or a pipe gets nothing.
  const trustConfig = await trustConfigRoot(values);
  const bar = new ProgressBar(err);
  const request = buildVerifyRequest(
    {
      model: flagList(values.model),
      bundle: flagList(values.bundle),
      ...trustFields(values),
      ...(trustConfig ? { trustedRoot: trustConfig } : {}),
      policy: str(values.policy),
      proofs: str(values.proofs),
      advisories: flagList(values.advisories),
      // parseArgs (allowNegative) reads --no-model-signature as model-signature: false.
      modelSignature:
        values['model-signature'] === false || values['no-model-signature'] === true
          ? ['false']
          : [str(values['model-signature']) || 'auto'],
      modelSignatureIdentity: str(values['model-signature-identity']),
      modelSignatureIdentityRegex: str(values['model-signature-identity-regex']),
      modelSignatureIssuer: str(values['model-signature-issuer']),
      ignorePaths: flagList(values['ignore-paths']),
      ignoreUnsignedFiles: values['ignore-unsigned-files'] === true,
    },
    cliEdge(),
  );
  const report = await verify(
    request,
    {
      workspace,
      ...githubUrls(env),
      currentRepository: env.GITHUB_REPOSITORY,
      githubToken: env.GITHUB_TOKEN,
      tufCacheDir: tufCacheDir(env),
      log: (line) => err.write(`${line}\n`),
      onProgress: (label, p) => bar.update(label, p),
    },
    // The bar's line ends before anything else is written, error messages included.
  ).finally(() => bar.done());
  const reportFile = str(values.report);
  if (reportFile) await writeFileAtomic(here(reportFile), renderReportJson(report), '--report');
  out.write(format === 'json' ? renderReportJson(report) : renderText(report));
  return report.verified ? 0 : 1;
}
