import { verify } from '../engine/verify.js';
import { renderReportJson, renderText } from '../verify/report.js';
import { here, herePaths, pathList, str } from './args.js';
import type { CommandRun } from './command.js';
import { signerInputs, tufCacheDir } from './signer-flags.js';
import { trustConfigRoot } from './trust-config.js';
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
  const trustConfig = await trustConfigRoot(values);
  const report = await progress((onProgress) =>
    verify(
      {
        model: herePaths(values.model),
        bundle: herePaths(values.bundle),
        ...signerInputs(values),
        ...(trustConfig ? { trustedRoot: trustConfig } : {}),
        policy: here(str(values.policy)),
        proofs: here(str(values.proofs)),
        evidence: here(str(values.evidence)),
        advisories: herePaths(values.advisories),
        // parseArgs (allowNegative) reads --no-model-signature as model-signature: false.
        modelSignature:
          values['model-signature'] === false || values['no-model-signature'] === true
            ? 'false'
            : modelSignatureHere(str(values['model-signature'])),
        modelSignatureIdentity: str(values['model-signature-identity']),
        modelSignatureIdentityRegex: str(values['model-signature-identity-regex']),
        modelSignatureIssuer: str(values['model-signature-issuer']),
        ignorePaths: pathList(values['ignore-paths']),
        ignoreUnsignedFiles: values['ignore-unsigned-files'] === true,
      },
      {
        workspace,
        ...githubUrls(env),
        currentRepository: env.GITHUB_REPOSITORY,
        githubToken: env.GITHUB_TOKEN,
        tufCacheDir: tufCacheDir(env),
        log: (line) => err.write(`${line}\n`),
        onProgress,
      },
    ),
  );
  await emit(format === 'json' ? renderReportJson(report) : renderText(report));
  return report.verified ? 0 : 1;
};

/** auto, true and false as they are; anything else a signature file, read where named. */
const modelSignatureHere = (v: string): string =>
  v === '' ? 'auto' : ['auto', 'true', 'false'].includes(v) ? v : here(v);
