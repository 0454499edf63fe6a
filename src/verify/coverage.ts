// Every signed subject the model patterns cover must be found on disk: a deleted shard, or a
// model directory gone from under `out/*`, is not a pass. The report says how many of them were
// found and checked ("N of M signed subjects checked").
import type { ResourceDescriptor } from '../types.js';
import { ancestors } from '../collect/paths.js';
import { directoryNames } from './directory.js';
import { normalizeSubjectName, type Covers } from './subjects.js';
import type { SubjectCheck, SubjectCoverage, Violation } from './types.js';

/**
 * The signed subjects the patterns cover (and those a check matched otherwise), how many were
 * checked, and which are on disk nowhere: a missing file, or a directory with all under it.
 */
function subjectCoverage(
  subjects: readonly ResourceDescriptor[],
  checks: readonly SubjectCheck[],
  covers?: Covers,
): { checked: number; signed: number; missing: string[] } {
  const normalized = subjects.map((s) =>
    s.name === undefined ? s : { ...s, name: normalizeSubjectName(s.name) },
  );
  const names = [...new Set(normalized.flatMap((s) => (s.name === undefined ? [] : [s.name])))];
  const dirs = directoryNames(normalized);
  const isDir = (n: string) => dirs.has(n);
  const checked = new Set(checks.flatMap((c) => c.checked));
  const gone = new Set(checks.flatMap((c) => c.gone ?? []));
  const covered = names.filter((n) => checked.has(n) || gone.has(n) || covers?.(n, isDir(n)));
  const lost = covered.filter((n) => !checked.has(n) && !gone.has(n));
  const lostSet = new Set(lost);
  const missing = lost
    .filter((n) => !ancestors(n).some((d) => lostSet.has(d)))
    .map((n) => (isDir(n) ? `${n}/` : n));
  return { checked: covered.filter((n) => checked.has(n)).length, signed: covered.length, missing };
}

/** The coverage for the report, and a violation for each covered subject not on disk. */
export function coverageViolations(
  subjects: readonly ResourceDescriptor[],
  checks: readonly SubjectCheck[],
  covers?: Covers,
): { coverage: SubjectCoverage; violations: Violation[] } {
  const { missing, ...coverage } = subjectCoverage(subjects, checks, covers);
  const violations: Violation[] = missing.map((name) => ({
    kind: 'subject',
    rule: name,
    message: `removed ${name}: signed, and covered by the model patterns, but not on disk`,
    fix: 'restore it from the signed release; a model without it is not the one signed',
  }));
  return { coverage, violations };
}
