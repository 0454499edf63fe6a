// Requirement and lock files: what the environment was built from, recorded with their
// digests so that a reviewer can tell which pins the run trained with.
import { posix } from 'node:path';
import type { ResourceDescriptor } from '../types.js';
import { digestFilesOf, fileUri } from './paths.js';

export type RequirementsFormat =
  'pip-requirements' | 'uv.lock' | 'poetry.lock' | 'conda-environment' | 'pipfile.lock' | 'other';

/** The format a file's name says it has; the content is not parsed. */
export function requirementsFormat(relPath: string): RequirementsFormat {
  const base = posix.basename(relPath);
  const lower = base.toLowerCase();
  const parent = posix.basename(posix.dirname(relPath)).toLowerCase();
  if (lower === 'uv.lock') return 'uv.lock';
  if (lower === 'poetry.lock') return 'poetry.lock';
  if (lower === 'pipfile.lock') return 'pipfile.lock';
  if (/^(environment|conda)[^/]*\.ya?ml$/.test(lower)) return 'conda-environment';
  // requirements.txt, requirements-dev.txt, constraints.txt, requirements.in (pip-tools),
  // and any .txt/.in under a requirements/ directory.
  if (/^(requirements|constraints)[^/]*\.(txt|in)$/.test(lower)) return 'pip-requirements';
  if (parent === 'requirements' && /\.(txt|in)$/.test(lower)) return 'pip-requirements';
  return 'other';
}

export async function collectRequirements(
  patterns: readonly string[],
  opts: { workspace: string },
): Promise<ResourceDescriptor[]> {
  const files = await digestFilesOf(patterns, { workspace: opts.workspace, input: 'requirements' });
  return files.map((f) => ({
    name: f.relPath,
    uri: fileUri(f.relPath),
    digest: { sha256: f.sha256 },
    annotations: { role: 'requirements', format: requirementsFormat(f.relPath) },
  }));
}
