// Reading action inputs: the one place that knows their names and defaults as the
// runner gives them (INPUT_<NAME>), and turns a bad value into an error that names it.
import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { ProvenanceError } from '../errors.js';
import {
  readTrustConfig,
  refuseTwoInstances,
  signingInstance,
  type SigningFlags,
} from '../sign/trust-config.js';

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

/**
 * `trust-config` (relative to the workspace), read here as the command reads --trust-config:
 * a custom instance in place of a named one, never both.
 */
function trustConfigInput(workspace: string, others: Record<string, string>): string {
  const file = core.getInput('trust-config').trim();
  const other = Object.entries(others).find(([name, fallback]) => {
    const v = core.getInput(name).trim();
    return v !== '' && v !== fallback;
  });
  refuseTwoInstances(file, other?.[0], '');
  return file && resolve(workspace, file);
}

/** attest's instance: `sigstore`, or the custom one `trust-config` names. */
export function signingInputs(workspace: string): Promise<SigningFlags> {
  return signingInstance(
    trustConfigInput(workspace, { sigstore: 'auto' }),
    core.getInput('sigstore').trim(),
  );
}

/** The trusted root verify and review check with: `trust-config` (checked), else `trusted-root`. */
export async function trustedRootInput(workspace: string): Promise<string> {
  const others = { 'trusted-root': 'auto', 'tuf-url': '', 'tuf-root': '' };
  const file = trustConfigInput(workspace, others);
  if (!file) return core.getInput('trusted-root');
  await readTrustConfig(file, 'trust-config');
  return file;
}
