import { buildDigestRequest } from '../request/sign-model.js';
import { cliEdge, flagList } from '../request/edge.js';
import { resolve } from 'node:path';
import { modelDigest } from '../engine/digest.js';
import { ProvenanceError } from '../errors.js';
import { ProgressBar } from '../hash/progress.js';
import { parse, str, type Options } from './args.js';
import { formatOption } from './format.js';

export const DIGEST_HELP = `training-provenance digest PATH [--hash-type sha256|blake2b|blake3] [flags]

Print a model's OpenSSF model signing (OMS) root digest: sha256 over every file's digest in
model_signing's (PurePosixPath) order, the value model_signing computes for the same directory
or file, and the one attest records as model-digest. Exit 0 printed, 2 bad usage or input.

  PATH                        the model directory, or a model that is one file
  --hash-type sha256|blake2b|blake3
                              how each file is hashed (default sha256; blake2b is BLAKE2b-512);
                              the root over them is sha256 whatever the type
  --ignore-paths PATH         (repeatable) more paths to leave out, relative to the model or
                              absolute inside it (.git, .gitattributes, .github, .gitignore and
                              model.sig are always left out)
  --allow-symlinks            follow links that stay inside the model directory, as sign-model
  --workspace DIR             accepted as attest takes it; PATH is read where you name it,
                              absolute or relative to the current directory
  --format text|json
`;

const OPTIONS: Options = {
  'hash-type': { type: 'string' },
  'ignore-paths': { type: 'string', multiple: true },
  'allow-symlinks': { type: 'boolean' },
  workspace: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export async function cliDigest(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WriteStream,
): Promise<number> {
  const { values, positionals } = parse('digest', argv, OPTIONS, 1);
  if (values.help) {
    out.write(DIGEST_HELP);
    return 0;
  }
  const format = formatOption(str(values.format));
  const model = positionals[0] ?? '';
  if (model.trim() === '')
    throw new ProvenanceError('INPUT_MISSING', 'digest takes the model to digest', {
      input: 'digest',
      fix: 'run: training-provenance digest out/model',
    });
  const bar = new ProgressBar(err);
  const request = buildDigestRequest(
    {
      model,
      ignorePaths: flagList(values['ignore-paths']),
      allowSymlinks: values['allow-symlinks'] === true,
      hashType: str(values['hash-type']),
    },
    cliEdge(),
  );
  const digest = await modelDigest(request, {
    workspace: resolve(str(values.workspace) || '.'),
    onProgress: (p) => bar.update('model', p),
  }).finally(() => bar.done());
  out.write(format === 'json' ? `${JSON.stringify(digest, null, 2)}\n` : `${digest.digest}\n`);
  return 0;
}
