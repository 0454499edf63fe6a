import { verify } from '../engine/verify.js';
import { renderReportJson, renderText } from '../verify/report.js';
import { buildVerifyRequest } from '../request/verify.js';
import { cliEdge, flagList } from '../request/edge.js';
import { str } from './args.js';
import type { CommandRun } from './command.js';
import { trustFields, tufCacheDir } from './signer-flags.js';
import { githubUrls } from '../github.js';

/** `training-provenance verify`: its flags are the spec's (src/surface/spec.ts). */
export const verifyCommand: CommandRun = async ({
  values,
  format,
  workspace,
  err,
  progress,
  emit,
}) => {
  const env = process.env;
  // Paths are read where the user names them (here); the workspace decides subject names.
  const trust = await trustFields(values);
  const request = buildVerifyRequest(
    {
      model: flagList(values.model),
      bundle: flagList(values.bundle),
      ...trust,
      policy: str(values.policy),
      proofs: str(values.proofs),
      evidence: str(values.evidence),
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
  const report = await progress((onProgress) =>
    verify(request, {
      workspace,
      ...githubUrls(env),
      currentRepository: env.GITHUB_REPOSITORY,
      githubToken: env.GITHUB_TOKEN,
      tufCacheDir: tufCacheDir(env),
      log: (line) =>
        err.write(`${line}
`),
      onProgress,
    }),
  );
  await emit(format === 'json' ? renderReportJson(report) : renderText(report));
  return report.verified ? 0 : 1;
};
