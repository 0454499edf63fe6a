import { describeProofVerdict, verifyProof } from '../engine/verify-proof.js';
import { ProvenanceError } from '../errors.js';
import { githubUrls } from '../github.js';
import { absolute, cliEdge } from '../request/edge.js';
import { buildTrustRequest } from '../request/verify.js';
import { str } from './args.js';
import type { CommandRun } from './command.js';
import { trustFields, tufCacheDir } from './signer-flags.js';

/** `training-provenance verify-proof`: the record verified as verify does, then the proof. */
export const verifyProofCommand: CommandRun = async ({ values, format, workspace, err, emit }) => {
  const edge = cliEdge();
  const path = (flag: 'bundle' | 'proof') => {
    if (!str(values[flag]).trim())
      throw new ProvenanceError('INPUT_MISSING', `--${flag} is required`, {
        input: `--${flag}`,
        fix: "run 'training-provenance verify-proof --help'",
      });
    return absolute(edge, str(values[flag]));
  };
  const trust = await trustFields(values);
  const request = {
    bundle: path('bundle'),
    proof: path('proof'),
    ...buildTrustRequest(trust, edge),
  };
  const verdict = await verifyProof(request, {
    workspace,
    ...githubUrls(process.env),
    tufCacheDir: tufCacheDir(process.env),
    log: (line) => err.write(`${line}\n`),
  });
  const line = describeProofVerdict(verdict);
  if (format === 'json') {
    const { report, ...rest } = verdict;
    const signer = { signer: report.signer, signedWithKey: report.signedWithKey };
    await emit(`${JSON.stringify({ ...rest, line, ...signer }, null, 2)}\n`);
  } else await emit(`${line}\n`);
  return verdict.holds ? 0 : 1;
};
