import { buildDigestRequest } from '../request/sign-model.js';
import { cliEdge, flagList } from '../request/edge.js';
import { modelDigest } from '../engine/digest.js';
import { ProvenanceError } from '../errors.js';
import { str } from './args.js';
import type { CommandRun } from './command.js';

/** `training-provenance digest PATH`: the OMS root digest, as model_signing computes it. */
export const digestCommand: CommandRun = async ({
  values,
  positionals,
  format,
  workspace,
  progress,
  emit,
}) => {
  const model = positionals[0] ?? '';
  if (model.trim() === '')
    throw new ProvenanceError('INPUT_MISSING', 'digest takes the model to digest', {
      input: 'digest',
      fix: 'run: training-provenance digest out/model',
    });
  const request = buildDigestRequest(
    {
      model,
      ignorePaths: flagList(values['ignore-paths']),
      allowSymlinks: values['allow-symlinks'] === true,
      hashType: str(values['hash-type']),
    },
    cliEdge(),
  );
  const digest = await progress((onProgress) =>
    modelDigest(request, { workspace, onProgress: (p) => onProgress('model', p) }),
  );
  await emit(format === 'json' ? `${JSON.stringify(digest, null, 2)}\n` : `${digest.digest}\n`);
  return 0;
};
