// The policy file (README "The policy file"): YAML, validated against a schema so that
// a typo is an error with its line and column, never a rule silently ignored. Every error
// of a file is collected and reported at once.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { ProvenanceError } from '../errors.js';
import { describe, firstAlias, PolicyError, Reader } from './reader.js';
import {
  readBuildType,
  readDatasets,
  readFrameworks,
  readIdentity,
  readMaxAge,
} from './sections.js';
import { readLineage } from './lineage-section.js';
import type { Policy } from './types.js';

export type { DatasetPattern, PackageRule, Policy } from './types.js';
export { PolicyError } from './reader.js';

export const MAX_POLICY_BYTES = 256 * 1024;

/**
 * Whether the policy reads what only the training record carries (datasets, frameworks and
 * their advisories, base models); identity, max-age and build-type rules read any provenance.
 */
export function needsTrainingRecord(policy: Policy): boolean {
  const fw = policy.frameworks ?? {};
  return (
    policy.datasets !== undefined ||
    policy.lineage !== undefined ||
    fw.advisories !== 'none' ||
    (fw.deny?.length ?? 0) > 0 ||
    (fw.require?.length ?? 0) > 0
  );
}

/** Parse and validate a policy. Throws PolicyError listing every problem. */
export function parsePolicy(text: string, source = 'policy.yml'): Policy {
  const { root, lines } = parseYamlDocument(text, source);
  const r = new Reader(source, lines);
  const alias = firstAlias(root);
  if (alias) {
    r.error(alias, 'YAML aliases (*name) are not allowed in a policy; write the value out');
    throw new PolicyError(source, r.errors);
  }
  const top = r.map(root, 'root', [
    'version',
    'identity',
    'datasets',
    'frameworks',
    'lineage',
    'max-age',
    'build-type',
  ]);
  if (!top) throw new PolicyError(source, r.errors);
  const version = top.get('version');
  if (!version) r.error(root, "missing 'version: 1'");
  else if (!(isScalar(version.value) && (version.value.value === 1 || version.value.value === '1')))
    r.error(version.value ?? version, `'version' must be 1${describe(version.value)}`);
  const policy: Policy = {
    version: 1,
    source,
    identity: top.has('identity') ? readIdentity(r, top.get('identity')!) : undefined,
    datasets: top.has('datasets') ? readDatasets(r, top.get('datasets')!) : undefined,
    frameworks: top.has('frameworks') ? readFrameworks(r, top.get('frameworks')!) : undefined,
    maxAge: top.has('max-age') ? readMaxAge(r, top.get('max-age')!) : undefined,
    buildType: top.has('build-type') ? readBuildType(r, top.get('build-type')!) : undefined,
  };
  // After datasets: `inherit` names sections the policy must have.
  if (top.has('lineage')) policy.lineage = readLineage(r, top.get('lineage')!, policy);
  if (r.errors.length > 0) throw new PolicyError(source, r.errors);
  if (r.notices.length > 0) policy.notices = r.notices;
  // Absent sections stay absent: whether a policy has a section decides which rules run.
  for (const key of Object.keys(policy) as (keyof Policy)[])
    if (policy[key] === undefined) delete policy[key];
  return policy;
}

/** The YAML document of a policy, or every syntax error in it; size and emptiness checked. */
function parseYamlDocument(text: string, source: string): { root: Node; lines: LineCounter } {
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
    throw new PolicyError(source, [
      `${source}: ${Buffer.byteLength(text)} bytes is more than the ${MAX_POLICY_BYTES} a policy may have`,
    ]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new PolicyError(
      source,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        const msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        return `${source}:${pos?.line ?? 1}:${pos?.col ?? 1}: ${msg}`;
      }),
    );
  }
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) {
    throw new PolicyError(source, [`${source}: the policy is empty; start it with 'version: 1'`]);
  }
  return { root, lines };
}
/** Read and parse a policy file. */
export async function loadPolicy(path: string): Promise<Policy> {
  const unreadable = (why: string, fix: string, cause?: unknown) =>
    new ProvenanceError('FILE_UNREADABLE', `cannot read policy ${path}: ${why}`, {
      input: 'policy',
      value: path,
      fix,
      cause,
    });
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    throw unreadable((e as Error).message, 'check the path of the policy file', e);
  }
  // A directory (EISDIR) or a FIFO (a read that never ends) is refused before it is opened.
  if (!st.isFile()) {
    throw st.isDirectory()
      ? unreadable('it is a directory', 'give the path of the policy YAML file, not its directory')
      : unreadable('it is not a regular file', 'give the path of a policy YAML file');
  }
  if (st.size > MAX_POLICY_BYTES) {
    throw new PolicyError(basename(path), [
      `${path}: ${st.size} bytes is more than the ${MAX_POLICY_BYTES} a policy may have`,
    ]);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw unreadable(
      (e as Error).message,
      'check the file permissions; the step runs as the runner user',
      e,
    );
  }
  return { ...parsePolicy(text, basename(path)), dir: dirname(path) };
}
