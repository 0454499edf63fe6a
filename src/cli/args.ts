// Command-line parsing: flags are named like the action's inputs, and a bad flag is an
// INPUT_INVALID error (exit 2) that names it.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ProvenanceError } from '../errors.js';
import { absolute, cliEdge } from '../request/edge.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses `argv`; more positional arguments than `positionals` is a usage error. A shell that
 * expands `--model shards/*.safetensors` passes the second and later files as positionals:
 * ignoring them would attest (and verify) one file of three.
 */
export function parse(command: string, argv: string[], options: Options, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
      allowNegative: true,
    });
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify.*$/s, '');
    throw new ProvenanceError('INPUT_INVALID', msg, {
      input: command,
      fix: `run 'training-provenance ${command} --help' for the flags`,
    });
  }
  const extra = parsed.positionals.slice(positionals);
  if (extra.length > 0) {
    const shown =
      extra
        .slice(0, 3)
        .map((p) => `'${p}'`)
        .join(', ') + (extra.length > 3 ? ', …' : '');
    throw new ProvenanceError(
      'INPUT_INVALID',
      `unexpected argument${extra.length > 1 ? 's' : ''} ${shown}: every value needs its flag`,
      {
        input: command,
        value: extra.join(' '),
        fix: "a glob the shell expanded gives one argument per file: quote it ('shards/*.safetensors') or repeat the flag (--model a --model b)",
      },
    );
  }
  return parsed;
}

/** A single-valued flag as typed, '' when absent; repeated flags are read with flagList. */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * A path flag's value, absolute: read where the user names it (absolute, or relative to the
 * current directory), as the request builders read it (request/edge.ts). `--workspace`
 * decides subject names only.
 */
export const here = (p: string): string => absolute(cliEdge(), p);
