// Command-line parsing: flags are named like the action's inputs, and a bad flag is an
// INPUT_INVALID error (exit 2) that names it.
import { isAbsolute, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ProvenanceError } from '../errors.js';

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

export function str(v: unknown): string {
  if (Array.isArray(v)) return v.join('\n');
  return typeof v === 'string' ? v : '';
}

/**
 * A repeatable path flag as one list input: each value is one path, so a comma inside it is
 * escaped (`\,`) rather than splitting it, as an input's comma-separated list would.
 */
export function pathList(v: unknown): string {
  const values = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return values.map((p: string) => p.replace(/,/g, '\\,')).join('\n');
}

/**
 * A path flag's value, absolute: read where the user names it (absolute, or relative to the
 * current directory), resolved once here. `--workspace` decides subject names only. `join`
 * keeps a glob's trailing `/` (directories only) and its escapes.
 */
export function here(p: string): string {
  return p === '' || isAbsolute(p) ? p : join(process.cwd(), p);
}

/** A repeatable path flag, each value made absolute (`here`), as one list input. */
export function herePaths(v: unknown): string {
  const values = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return pathList(values.map((p: string) => here(p)));
}
