// Python package versions and the ranges a policy writes against them, as PEP 440 and pip's
// `packaging` define them, through @renovatebot/pep440 (a port of packaging). A range is a
// PEP 440 specifier set (`>=2.0,<2.6`, `~=2.1`, `!=2.0.*`, `===2.5.1`) or a list of sets of
// which any may match. Installed versions are judged as `pip check` judges them: with
// pre-releases allowed, so a release candidate in the environment is not waved through.
import { compare, explain, satisfies as inSet, valid, validRange } from '@renovatebot/pep440';

/** Specifier sets of which any may match; no sets means any version. */
export interface VersionRange {
  /** As written, for messages. */
  text: string;
  sets: string[];
}

export interface ParsedRange {
  range: VersionRange;
  /** Set when the text used the old `||` syntax: says what to write instead. */
  notice?: string;
}

export const ANY_VERSION: VersionRange = { text: '*', sets: [] };

/** Parse one specifier set or a list of them; an error message instead of a throw. */
export function parseRange(input: string | readonly string[]): ParsedRange | string {
  if (typeof input !== 'string') return parseList(input);
  const t = input.trim();
  if (t === '' || t === '*') return { range: { text: input, sets: [] } };
  if (validRange(t)) return { range: { text: input, sets: [t] } };
  return parseOldSyntax(input);
}

function parseList(list: readonly string[]): ParsedRange | string {
  const bad = list.find((s) => !validRange(s.trim()) || s.trim() === '');
  if (bad !== undefined) return `'${bad}' is not a PEP 440 specifier set (e.g. >=2.0,<2.6)`;
  return { range: { text: list.join(' | '), sets: list.map((s) => s.trim()) } };
}

// The syntax of 0.1: alternatives joined by `||`, comparators separated by blanks or commas,
// a bare version meaning `==`. Read so that old policies keep their meaning, with a notice.
function parseOldSyntax(text: string): ParsedRange | string {
  const sets: string[] = [];
  for (const alt of text.split('||')) {
    const parts = alt
      .trim()
      .replace(/(~=|===|==|!=|<=|>=|<|>|=)\s+/g, '$1')
      .split(/[\s,]+/)
      .filter((s) => s !== '')
      .map((p) => (/^[<>=!~]/.test(p) ? p.replace(/^=(?!=)/, '==') : `==${p}`));
    const set = parts.join(',');
    if (parts.length === 0 || !validRange(set))
      return `'${text}' is not a PEP 440 specifier set (e.g. >=2.0,<2.6, ~=2.1, !=2.0.*) or a list of them`;
    sets.push(set);
  }
  const list = sets.map((s) => `'${s}'`).join(', ');
  return {
    range: { text, sets },
    notice: `'${text}' is the old range syntax; write ${sets.length === 1 ? list : `the list [${list}]`} (PEP 440 specifier sets, any of which may match)`,
  };
}

/**
 * Does an installed version lie in the range? `undefined` when the version is not PEP 440,
 * so callers can fail closed. The local label is ignored unless a set names one.
 */
export function satisfies(version: string, range: VersionRange): boolean | undefined {
  if (range.sets.length === 0) return true;
  if (!valid(version.trim())) return undefined;
  const v = version.trim();
  return range.sets.some((set) => set.split(',').every((spec) => inSpecifier(v, spec.trim())));
}

// One specifier of a set. The library shortcuts PEP 440's exclusive ordered comparisons
// (it refuses any version with the same release numbers, so `2.6.0a1` is not `<2.6rc1` and
// `2.0.post2` is not `>2.0.post1`); those two operators follow the specification's text.
function inSpecifier(version: string, spec: string): boolean {
  const m = /^(<|>)\s*([^=].*)$/.exec(spec);
  if (!m) return inSet(version, spec, { prereleases: true });
  const v = explain(version)!;
  const bound = explain(m[2]!);
  if (!bound) return false;
  const sameBase = compare(v.base_version, bound.base_version) === 0;
  if (m[1] === '<')
    return (
      compare(v.public, bound.public) < 0 && !(sameBase && v.is_prerelease && !bound.is_prerelease)
    );
  if (compare(v.public, bound.public) <= 0) return false;
  if (sameBase && v.is_postrelease && !bound.is_postrelease) return false;
  return !(sameBase && v.local !== null);
}

/** The public part of a version (`2.3.1` of `2.3.1+cu121`), or undefined if not PEP 440. */
export function publicVersion(version: string): string | undefined {
  return explain(version.trim())?.public ?? undefined;
}

/** PEP 440 order of two public versions; undefined when either is not PEP 440. */
export function compareVersions(a: string, b: string): number | undefined {
  const pa = publicVersion(a);
  const pb = publicVersion(b);
  if (pa === undefined || pb === undefined) return undefined;
  return Math.sign(compare(pa, pb));
}
