// How a Python distribution's version moved between two runs. Public versions are ordered
// as PEP 440 orders them (the policy's library, so review and policy agree), falling back on
// semver's coercion for versions PEP 440 cannot read; the local part (`+cu121`) is a build
// label, so `2.3.1+cu118` → `2.3.1+cu121` is the same release rebuilt, neither up nor down.
import semver from 'semver';
import { compareVersions } from '../versions/pep440.js';

export type VersionMove = 'same' | 'upgraded' | 'downgraded' | 'rebuilt' | 'changed';

export interface SplitVersion {
  /** The public version, e.g. `2.3.1` of `2.3.1+cu121`. */
  public: string;
  /** The local label after `+`, lower-case, e.g. `cu121`; absent when there is none. */
  local?: string;
}

export function splitLocalVersion(version: string): SplitVersion {
  const v = version.trim();
  const plus = v.indexOf('+');
  if (plus < 0) return { public: v };
  const local = v.slice(plus + 1).toLowerCase();
  return local ? { public: v.slice(0, plus), local } : { public: v.slice(0, plus) };
}

/**
 * Orders two public versions: negative, zero or positive; undefined when either is not
 * a version we can read (a git hash, a date with letters), so the caller says "changed".
 */
export function comparePublicVersions(a: string, b: string): number | undefined {
  const pep440 = compareVersions(a, b);
  if (pep440 !== undefined) return pep440;
  // Not PEP 440 (calendar tags with letters, `v1.2-beta`): semver's coercion reads the
  // leading release numbers; equal numbers with different text cannot be ordered. Text that
  // does not start with a number (a commit hash) has no release numbers to read.
  const leading = /^v?\d/i;
  if (!leading.test(a.trim()) || !leading.test(b.trim())) return undefined;
  const ca = semver.coerce(a, { loose: true });
  const cb = semver.coerce(b, { loose: true });
  if (!ca || !cb) return undefined;
  const order = semver.compare(ca, cb);
  return order !== 0 ? order : undefined;
}

/** How `before` became `after`; a change of public version wins over a change of build. */
export function classifyVersionChange(before: string, after: string): VersionMove {
  if (before === after) return 'same';
  const b = splitLocalVersion(before);
  const a = splitLocalVersion(after);
  const order =
    b.public.toLowerCase() === a.public.toLowerCase()
      ? 0
      : comparePublicVersions(b.public, a.public);
  if (order === undefined) return 'changed';
  if (order < 0) return 'upgraded';
  if (order > 0) return 'downgraded';
  return b.local === a.local ? 'same' : 'rebuilt';
}
