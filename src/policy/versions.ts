// Python package versions (PEP 440) and the ranges a policy writes against them.
//
// Versions are compared as PEP 440 orders them (epoch, release, pre, post, dev), with one
// deliberate simplification: the local part is dropped, so `2.3.1+cu121` compares as
// `2.3.1` (a CUDA build carries the same code and the same vulnerabilities as its base).
// Ranges are comma- or space-separated comparators that must all hold (`>=2.0,<2.6`),
// alternatives joined by `||` (`<2.3.4 || >=2.4.0,<2.4.3`). Operators: `<` `<=` `>` `>=`
// `==` `!=` (both with `.*` prefix matching), `~=`; a bare version means `==`, `*` any.
// Unlike PEP 440's `<V`, a pre-release of V satisfies `<V`: for deny lists and advisories
// a release candidate of the fixed version is treated as still affected.

export interface Pep440Version {
  epoch: number;
  release: number[];
  pre?: { kind: 'a' | 'b' | 'rc'; n: number };
  post?: number;
  dev?: number;
  local?: string;
  /** The text as given. */
  text: string;
}

const VERSION_RE =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\d*))?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d*))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

export function parseVersion(text: string): Pep440Version | undefined {
  const m = VERSION_RE.exec(text);
  if (!m) return undefined;
  const preKind = m[3]?.toLowerCase();
  const pre =
    preKind === undefined
      ? undefined
      : {
          kind: (preKind === 'alpha' || preKind === 'a'
            ? 'a'
            : preKind === 'beta' || preKind === 'b'
              ? 'b'
              : 'rc') as 'a' | 'b' | 'rc',
          n: Number(m[4] || 0),
        };
  const post =
    m[5] !== undefined ? Number(m[5]) : m[6] !== undefined ? Number(m[7] || 0) : undefined;
  const dev = m[8] !== undefined ? Number(m[9] || 0) : undefined;
  return {
    epoch: Number(m[1] ?? 0),
    release: m[2]!.split('.').map(Number),
    pre,
    post,
    dev,
    local: m[10]?.toLowerCase(),
    text,
  };
}

const PRE_ORDER = { a: 0, b: 1, rc: 2 } as const;

function cmpNum(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpRelease(a: number[], b: number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = cmpNum(a[i] ?? 0, b[i] ?? 0);
    if (c !== 0) return c;
  }
  return 0;
}

// The keys PEP 440 sorts by: a dev release of a final version sorts before its
// pre-releases, a final version after them, post releases after that.
function preKey(v: Pep440Version): number[] {
  if (!v.pre && v.post === undefined && v.dev !== undefined) return [-1];
  if (!v.pre) return [3];
  return [PRE_ORDER[v.pre.kind], v.pre.n];
}
const postKey = (v: Pep440Version) => (v.post === undefined ? -1 : v.post);
const devKey = (v: Pep440Version) => (v.dev === undefined ? Number.POSITIVE_INFINITY : v.dev);

/** PEP 440 order, local versions ignored. */
export function compareVersions(a: Pep440Version, b: Pep440Version): number {
  return (
    cmpNum(a.epoch, b.epoch) ||
    cmpRelease(a.release, b.release) ||
    cmpRelease(preKey(a), preKey(b)) ||
    cmpNum(postKey(a), postKey(b)) ||
    cmpNum(devKey(a), devKey(b))
  );
}

type Op = '<' | '<=' | '>' | '>=' | '==' | '!=' | '~=';

interface Comparator {
  op: Op;
  version: Pep440Version;
  /** `==X.*` / `!=X.*`: release prefix match. */
  prefix: boolean;
}

/** OR of ANDs; an empty outer list means any version. */
export interface VersionRange {
  text: string;
  any: Comparator[][];
}

const COMPARATOR_RE = /^(~=|==|!=|<=|>=|<|>|=)?\s*(.+)$/;

/** Parse a range; returns an error message instead of throwing. */
export function parseRange(text: string): VersionRange | string {
  const t = text.trim();
  if (t === '' || t === '*') return { text, any: [] };
  const alternatives: Comparator[][] = [];
  for (const alt of t.split('||')) {
    // Join an operator separated from its version by blanks (`>= 2.0`), then split.
    const tokens = alt
      .trim()
      .replace(/(~=|==|!=|<=|>=|<|>|=)\s+/g, '$1')
      .split(/[\s,]+/)
      .filter((s) => s !== '');
    if (tokens.length === 0) return `empty alternative in '${text}'`;
    const all: Comparator[] = [];
    for (const tok of tokens) {
      const m = COMPARATOR_RE.exec(tok);
      if (!m) return `cannot read '${tok}' in '${text}'`;
      const op = (m[1] === '=' || m[1] === undefined ? '==' : m[1]) as Op;
      let vtext = m[2]!;
      let prefix = false;
      if (vtext.endsWith('.*')) {
        if (op !== '==' && op !== '!=') return `'${tok}': a '.*' suffix works only with == and !=`;
        prefix = true;
        vtext = vtext.slice(0, -2);
      }
      const version = parseVersion(vtext);
      if (!version)
        return `'${vtext}' in '${text}' is not a version (PEP 440, e.g. 2.6.0, 2.6.0rc1, 2.3.1+cu121)`;
      if (op === '~=' && version.release.length < 2)
        return `'${tok}': ~= needs at least two release numbers, e.g. ~=2.2`;
      all.push({ op, version, prefix });
    }
    alternatives.push(all);
  }
  return { text, any: alternatives };
}

function prefixMatch(v: Pep440Version, p: Pep440Version): boolean {
  if (v.epoch !== p.epoch) return false;
  return p.release.every((n, i) => (v.release[i] ?? 0) === n);
}

function holds(v: Pep440Version, c: Comparator): boolean {
  const d = compareVersions(v, c.version);
  switch (c.op) {
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    case '==':
      return c.prefix ? prefixMatch(v, c.version) : d === 0;
    case '!=':
      return c.prefix ? !prefixMatch(v, c.version) : d !== 0;
    case '~=': {
      const upper: Pep440Version = {
        epoch: c.version.epoch,
        release: c.version.release.slice(0, -1),
        text: '',
      };
      return d >= 0 && prefixMatch(v, upper);
    }
  }
}

/** Does the version satisfy the range? `undefined` when the version cannot be read. */
export function satisfies(version: string, range: VersionRange): boolean | undefined {
  if (range.any.length === 0) return true;
  const v = parseVersion(version);
  if (!v) return undefined;
  return range.any.some((all) => all.every((c) => holds(v, c)));
}
