import { prove } from '../engine/prove.js';
import { ProvenanceError } from '../errors.js';
import { buildProveRequest } from '../request/prove.js';
import { cliEdge } from '../request/edge.js';
import { str } from './args.js';
import type { CommandRun } from './command.js';

/** `training-provenance prove`: a proof of membership or absence, from the dataset itself. */
export const proveCommand: CommandRun = async ({ values, workspace, progress, document }) => {
  const request = buildProveRequest(
    { dataset: required(values.dataset, '--dataset'), digest: required(values.digest, '--digest') },
    cliEdge(),
  );
  const proof = await progress((onProgress) =>
    prove(request, { workspace, onProgress: (p) => onProgress('dataset', p) }),
  );
  const { root, leaves } = proof.commitment;
  const facts = { digest: proof.digest, member: proof.member, leaves, root };
  const label = `${proof.digest} is ${proof.member ? '' : 'NOT '}in the dataset (${leaves} committed digests, root ${root})`;
  const text = `${JSON.stringify(proof, null, 2)}\n`;
  await document({ text, facts, label });
  return 0;
};

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
