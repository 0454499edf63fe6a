// The vendored vectors (__tests__/vectors, see its README): a path to one, or a failure when it
// is missing, so a clone without them fails loudly instead of running fewer tests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../tools/runner/index.js';

export const VECTORS = join(REPO_ROOT, '__tests__', 'vectors');

export function vector(...parts: string[]): string {
  const path = join(VECTORS, ...parts);
  if (!existsSync(path))
    throw new Error(`test vector missing: ${path} (see __tests__/vectors/README.md)`);
  return path;
}
