import { buildSignModelRequest } from '../request/sign-model.js';
import { cliEdge, flagList } from '../request/edge.js';
import { signModel } from '../engine/sign-model.js';
import { str } from './args.js';
import type { CommandRun } from './command.js';
import { signingFlags } from './trust-config.js';
import { commandIdToken } from './token.js';

/** `training-provenance sign-model`: an OMS model.sig, keyless or with a key. */
export const signModelCommand: CommandRun = async ({
  values,
  format,
  workspace,
  progress,
  out,
  err,
}) => {
  const tokenFile = str(values['identity-token-file']);
  const { sigstore, ...urls } = await signingFlags(values);
  const request = buildSignModelRequest(
    {
      model: str(values.model),
      output: str(values.output),
      ignorePaths: flagList(values['ignore-paths']),
      choice: sigstore,
      ...urls,
      privateKey: str(values['private-key']),
      // --signing-cert's file holds the certificate and the chain that issued it.
      signingCert: str(values['signing-cert']),
      certChain: [],
      allowSymlinks: values['allow-symlinks'] === true,
      hashType: str(values['hash-type']),
      shardSize: str(values['shard-size']),
    },
    cliEdge(),
  );
  const signed = await progress((onProgress) =>
    signModel(request, {
      workspace,
      getIdToken: () => commandIdToken({ tokenFile, env: process.env }),
      idTokenProblem: () => 'no SIGSTORE_ID_TOKEN, --identity-token-file or Actions runner token',
      keyPassphrase: process.env.TRAINING_PROVENANCE_KEY_PASSPHRASE || undefined,
      log: (line) => err.write(`${line}\n`),
      onProgress: (p) => onProgress('model', p),
    }),
  );
  const summary = { path: signed.path, root: signed.root, logIndex: signed.logIndex ?? null };
  out.write(
    format === 'json'
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `model signature: ${signed.path}\nroot:            sha256:${signed.root}\n${signed.logIndex ? `log index:       ${signed.logIndex}\n` : ''}`,
  );
  return 0;
};
