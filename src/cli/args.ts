// Command-line parsing: flags are named like the action's inputs, and a bad flag is an
// INPUT_INVALID error (exit 2) that names it.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ProvenanceError } from '../errors.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(command: string, argv: string[], options: Options) {
  try {
    return parseArgs({
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
}

export function str(v: unknown): string {
  if (Array.isArray(v)) return v.join('\n');
  return typeof v === 'string' ? v : '';
}
