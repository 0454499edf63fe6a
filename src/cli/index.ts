// The `training-provenance` command: the same engine as the action, for terminals and
// for CI systems other than GitHub Actions. Exit codes: 0 success, 1 verification, policy
// or service failure, 2 bad usage or bad input.
import { describeError, internalError, isProvenanceError, type ErrorCode } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { COMMAND_HEADS, type CommandName } from '../surface/spec.js';
import { runCommand, type CommandRun } from './command.js';
import { attestCommand } from './attest.js';
import { bomCommand } from './bom.js';
import { manifestCommand } from './manifest.js';
import { diffCommand } from './diff.js';
import { digestCommand } from './digest.js';
import { inspectCommand } from './inspect.js';
import { lineageCommand } from './lineage.js';
import { proveCommand } from './prove.js';
import { signModelCommand } from './sign-model.js';
import { verifyCommand } from './verify.js';
import { verifyProofCommand } from './verify-proof.js';
import { trustedRootCommand } from './trusted-root.js';
import { closeHashPool } from '../hash/index.js';

/** The commands, each run in the one shell (command.ts) with the flags the spec declares. */
const COMMANDS: Partial<Record<CommandName, CommandRun>> = {
  attest: attestCommand,
  verify: verifyCommand,
  inspect: inspectCommand,
  diff: diffCommand,
  'sign-model': signModelCommand,
  digest: digestCommand,
  prove: proveCommand,
  'verify-proof': verifyProofCommand,
  lineage: lineageCommand,
  'trusted-root': trustedRootCommand,
  bom: bomCommand,
  manifest: manifestCommand,
};

const HELP = `training-provenance ${TOOL_VERSION} — signed provenance for ML training

usage: training-provenance <command> [flags]

commands:
${COMMAND_HEADS.filter((h) => COMMANDS[h.name])
  .map((h) => `  ${h.name.padEnd(13)} ${h.summary}`)
  .join('\n')}

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
    const known =
      command && Object.hasOwn(COMMANDS, command) ? COMMANDS[command as CommandName] : undefined;
    if (known)
      return await runCommand(command as CommandName, known, rest, process.stdout, process.stderr);
    switch (command) {
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
