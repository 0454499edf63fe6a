import { resolve } from 'node:path';
import { prove } from '../engine/prove.js';
import { ProgressBar } from '../hash/progress.js';
import type { HashProgress } from '../hash/index.js';
import { ProvenanceError } from '../errors.js';
import { buildProveRequest } from '../request/prove.js';
import { cliEdge } from '../request/edge.js';
import { parse, str, type Options } from './args.js';
import { documentFormat, writeDocument } from './format.js';

export const PROVE_HELP = `training-provenance prove --dataset PATH --digest sha256:HEX [--output FILE]
  [--format text|json]

Prove that a piece of content is, or is not, in a dataset that attest committed to, without
publishing the dataset (docs/commitments.md). Writes the proof as JSON. Exit 0 when written,
2 bad usage or input.

  --dataset PATH      the dataset as attest was given it: a file, a directory, digests:FILE
                      or manifest:FILE
  --digest sha256:HEX the content asked about (sha256sum of a file, or a sample's digest)
  --output FILE       where to write the proof (default: standard output)
  --workspace DIR     accepted as attest takes it; every path is read where you name it,
                      absolute or relative to the current directory
  --format text|json  text (default): the proof on standard output, or with --output a line on
                      standard error; json (needs --output): a JSON summary on standard output,
                      {output, sha256, bytes, digest, member, leaves, root}
`;

const OPTIONS: Options = {
  dataset: { type: 'string' },
  digest: { type: 'string' },
  output: { type: 'string' },
  format: { type: 'string' },
  workspace: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export async function cliProve(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WriteStream,
): Promise<number> {
  const { values } = parse('prove', argv, OPTIONS);
  if (values.help) {
    out.write(PROVE_HELP);
    return 0;
  }
  const output = str(values.output);
  const format = documentFormat(str(values.format), output, 'prove');
  const workspace = resolve(str(values.workspace) || '.');
  const bar = new ProgressBar(err);
  const request = buildProveRequest(
    { dataset: required(values.dataset, '--dataset'), digest: required(values.digest, '--digest') },
    cliEdge(),
  );
  const progress = { workspace, onProgress: (p: HashProgress) => bar.update('dataset', p) };
  const proof = await prove(request, progress).finally(() => bar.done());
  const { root, leaves } = proof.commitment;
  const facts = { digest: proof.digest, member: proof.member, leaves, root };
  const label = `${proof.digest} is ${proof.member ? '' : 'NOT '}in the dataset (${leaves} committed digests, root ${root})`;
  const text = `${JSON.stringify(proof, null, 2)}\n`;
  await writeDocument({ text, output, format, facts, label }, out, err);
  return 0;
}

function required(v: unknown, flag: string): string {
  const s = str(v);
  if (s.trim() === '') throw missing(flag);
  return s;
}

function missing(flag: string) {
  return new ProvenanceError('INPUT_MISSING', `${flag} is required`, {
    input: flag,
    fix: `run 'training-provenance prove --help'`,
  });
}
