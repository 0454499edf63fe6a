// Reading action inputs: the one place that knows their names and defaults as the
// runner gives them (INPUT_<NAME>), and turns a bad value into an error that names it.
import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { ProvenanceError } from '../errors.js';

export function input(name: string): string {
  return core.getInput(name);
}

export function boolInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(raw)) return true;
  if (/^(false|no|off|0)$/i.test(raw)) return false;
  throw new ProvenanceError('INPUT_INVALID', `'${raw}' is not a boolean`, {
    input: name,
    value: raw,
    fix: `write ${name}: true or ${name}: false`,
  });
}

export function choiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim() || fallback;
  if (!choices.includes(raw as T)) {
    throw new ProvenanceError('INPUT_INVALID', `'${raw}' is not one of ${choices.join(', ')}`, {
      input: name,
      value: raw,
      fix: `set ${name} to one of: ${choices.join(', ')}`,
    });
  }
  return raw as T;
}

/**
 * `output-dir`, the same for the three actions: as given (relative to the workspace), else
 * $RUNNER_TEMP/training-provenance, where a later step of the job finds it.
 */
export function outputDirInput(env: Record<string, string | undefined>, workspace: string): string {
  const given = core.getInput('output-dir').trim();
  return given
    ? resolve(workspace, given)
    : join(env.RUNNER_TEMP || workspace, 'training-provenance');
}
