import { signModel } from '../engine/sign-model.js';
import { here, str } from './args.js';
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
  const signing = await signingFlags(values);
  const signed = await progress((onProgress) =>
    signModel(
      {
        model: here(str(values.model)),
        output: here(str(values.output)),
        ignorePaths: (values['ignore-paths'] as string[] | undefined) ?? [],
        ...signing,
        privateKey: here(str(values['private-key'])),
        signingCert: here(str(values['signing-cert'])),
        allowSymlinks: values['allow-symlinks'] === true,
        hashType: str(values['hash-type']),
        shardSize: str(values['shard-size']),
      },
      {
        workspace,
        getIdToken: () => commandIdToken({ tokenFile, env: process.env }),
        idTokenProblem: () => 'no SIGSTORE_ID_TOKEN, --identity-token-file or Actions runner token',
        keyPassphrase: process.env.TRAINING_PROVENANCE_KEY_PASSPHRASE || undefined,
        log: (line) => err.write(`${line}\n`),
        onProgress: (p) => onProgress('model', p),
      },
    ),
  );
  const summary = { path: signed.path, root: signed.root, logIndex: signed.logIndex ?? null };
  out.write(
    format === 'json'
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `model signature: ${signed.path}\nroot:            sha256:${signed.root}\n${signed.logIndex ? `log index:       ${signed.logIndex}\n` : ''}`,
  );
  return 0;
};
