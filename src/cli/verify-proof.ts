import { resolve } from 'node:path';
import { describeProofVerdict, verifyProof } from '../engine/verify-proof.js';
import { ProvenanceError } from '../errors.js';
import { githubUrls } from '../github.js';
import { absolute, cliEdge } from '../request/edge.js';
import { buildTrustRequest } from '../request/verify.js';
import { parse, str, type Options } from './args.js';
import { formatOption } from './format.js';
import { SIGNER_HELP, SIGNER_OPTIONS, trustFields, tufCacheDir } from './signer-flags.js';

export const VERIFY_PROOF_HELP = `training-provenance verify-proof --bundle training.sigstore.json --proof FILE [flags]

Check a proof that a piece of content was, or was not, in a dataset of a signed training run.
The bundle is verified as verify does it, with the same signer flags (a CI identity, a
--public-key, or --cert-chain anchors); the proof is checked against the commitment in the
verified record. Prints one line. Exit 0 when the proof holds; 1 when it does not, or when the
record did not verify (the line says which check failed, and that the proof was not checked);
2 bad usage or input, no signer given included.

  --bundle FILE               the training record's bundle (training.sigstore.json)
  --proof FILE                a proof written by 'training-provenance prove'
${SIGNER_HELP}
  --workspace DIR             accepted as verify takes it; every path is read where you
                              name it, absolute or relative to the current directory
  --format text|json
`;

const OPTIONS: Options = {
  bundle: { type: 'string' },
  proof: { type: 'string' },
  ...SIGNER_OPTIONS,
  workspace: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export async function cliVerifyProof(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const { values } = parse('verify-proof', argv, OPTIONS);
  if (values.help) {
    out.write(VERIFY_PROOF_HELP);
    return 0;
  }
  const format = formatOption(str(values.format));
  const workspace = resolve(str(values.workspace) || '.');
  const path = (flag: 'bundle' | 'proof') => {
    if (!str(values[flag]).trim())
      throw new ProvenanceError('INPUT_MISSING', `--${flag} is required`, {
        input: `--${flag}`,
        fix: "run 'training-provenance verify-proof --help'",
      });
    return absolute(edge, str(values[flag]));
  };
  const edge = cliEdge();
  const request = {
    bundle: path('bundle'),
    proof: path('proof'),
    ...buildTrustRequest(trustFields(values), edge),
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
    out.write(`${JSON.stringify({ ...rest, line, ...signer }, null, 2)}\n`);
  } else out.write(`${line}\n`);
  return verdict.holds ? 0 : 1;
}
