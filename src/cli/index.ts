// The `training-provenance` command: the same engine as the action, for terminals and
// for CI systems other than GitHub Actions. Exit codes: 0 success, 1 verification, policy
// or service failure, 2 bad usage or bad input.
import { describeError, internalError, isProvenanceError, type ErrorCode } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { cliAttest } from './attest.js';
import { cliBom } from './bom.js';
import { cliManifest } from './manifest.js';
import { cliDiff } from './diff.js';
import { cliDigest } from './digest.js';
import { cliInspect } from './inspect.js';
import { cliLineage } from './lineage.js';
import { cliProve } from './prove.js';
import { cliSignModel } from './sign-model.js';
import { cliVerify } from './verify.js';
import { cliVerifyProof } from './verify-proof.js';
import { cliTrustedRoot } from './trusted-root.js';
import { closeHashPool } from '../hash/index.js';

const HELP = `training-provenance ${TOOL_VERSION} — signed provenance for ML training

usage: training-provenance <command> [flags]

commands:
  attest    hash the model and data, record the environment, write and sign provenance
  verify    check a bundle's signature, signer identity, model digests and a policy
  inspect   print what a bundle says, without judging it
  diff      compare two statements or bundles
  sign-model  sign a model directory as OpenSSF model signing does (model.sig)
  digest    print a model's OpenSSF model signing root digest, as model_signing computes it
  prove     prove that content is, or is not, in a dataset attest committed to
  verify-proof  check such a proof against a signed training record
  lineage   verify a model's chain of base models and print it (text, JSON, Mermaid)
  trusted-root  print the current trusted roots (refreshed over TUF) for offline verification
  bom       write a training record as a CycloneDX 1.6 ML-BOM
  manifest  hash a dataset where it lives (in shards), merge shards, re-check a manifest

Run 'training-provenance <command> --help' for its flags.
`;

const USAGE_CODES: readonly ErrorCode[] = [
  'INPUT_INVALID',
  'INPUT_MISSING',
  'NOT_SUPPORTED',
  'NO_MATCH',
  'FILE_UNREADABLE',
  'SYMLINK_REFUSED',
  'PATH_OUTSIDE_WORKSPACE',
  'PARSE_ERROR',
  'POLICY_INVALID',
  'BUNDLE_INVALID',
  'TRUST_ROOT_MISSING',
];

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'attest':
        return await cliAttest(rest, process.stdout, process.stderr);
      case 'diff':
        return await cliDiff(rest, process.stdout);
      case 'verify':
        return await cliVerify(rest, process.stdout, process.stderr);
      case 'inspect':
        return await cliInspect(rest, process.stdout);
      case 'sign-model':
        return await cliSignModel(rest, process.stdout, process.stderr);
      case 'digest':
        return await cliDigest(rest, process.stdout, process.stderr);
      case 'prove':
        return await cliProve(rest, process.stdout, process.stderr);
      case 'verify-proof':
        return await cliVerifyProof(rest, process.stdout, process.stderr);
      case 'lineage':
        return await cliLineage(rest, process.stdout, process.stderr);
      case 'manifest':
        return await cliManifest(rest, process.stdout, process.stderr);
      case 'bom':
        return await cliBom(rest, process.stdout, process.stderr);
      case 'trusted-root':
        return await cliTrustedRoot(rest, process.stdout, process.stderr);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      case '--version':
      case 'version':
        process.stdout.write(`${TOOL_VERSION}\n`);
        return 0;
      default:
        process.stderr.write(`error: unknown command '${command}'\n\n${HELP}`);
        return 2;
    }
  } catch (e) {
    process.stderr.write(`error: ${describeError(e)}\n`);
    // A script reading --format json gets the error as JSON too, on the stream it reads.
    if (wantsJson(rest))
      process.stdout.write(`${JSON.stringify({ error: errorJson(e) }, null, 2)}\n`);
    return isProvenanceError(e) && USAGE_CODES.includes(e.code) ? 2 : 1;
  } finally {
    await closeHashPool();
  }
}

function wantsJson(argv: readonly string[]): boolean {
  const i = argv.indexOf('--format');
  return argv.includes('--format=json') || (i >= 0 && argv[i + 1] === 'json');
}

function errorJson(e: unknown): Record<string, string | undefined> {
  if (isProvenanceError(e))
    return { code: e.code, input: e.input, value: e.value, message: e.message, fix: e.fix };
  return errorJson(internalError(e));
}

// A reader that closes early (`| head`) ends the command as SIGPIPE ends a C program (128 + 13),
// never with 0: a gate's failure must not read as success because its output was cut.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(141);
});
process.exitCode = await run(process.argv.slice(2));
