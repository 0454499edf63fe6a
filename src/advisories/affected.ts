// Whether a recorded PyPI package version is affected by an OSV record, by the schema's
// evaluation rules (https://ossf.github.io/osv-schema/#evaluation): each ECOSYSTEM range is
// a list of events sorted in PEP 440 order; a version is affected from an `introduced`
// (`0` is the start of time) until a `fixed` (exclusive) or past a `last_affected`
// (inclusive); `versions` lists more affected versions. A CUDA build (`2.3.1+cu121`) is
// judged as its public version: it carries the same code.
import { normalizePackageName } from '../statement/layout.js';
import { compareVersions, publicVersion } from '../versions/pep440.js';
import type { OsvAffected, OsvEvent, OsvRange, OsvRecord } from './osv.js';

export interface Hit {
  /** The fixed versions the record names; empty when none is fixed. */
  fixed: string[];
  /** `last_affected` versions, for a record with no fix. */
  lastAffected: string[];
}

/** `true`: affected; `false`: not; `undefined`: a version in the way cannot be ordered. */
export type Verdict = Hit | false | undefined;

function eventVersion(e: OsvEvent): string {
  return Object.values(e)[0] as string;
}

function sortEvents(events: OsvEvent[]): OsvEvent[] | undefined {
  const ordered = events.map((e) => ({ e, v: eventVersion(e) }));
  if (ordered.some(({ v }) => v !== '0' && publicVersion(v) === undefined)) return undefined;
  return ordered
    .sort((a, b) => (a.v === '0' ? -1 : b.v === '0' ? 1 : compareVersions(a.v, b.v)!))
    .map(({ e }) => e);
}

function inRange(version: string, range: OsvRange): boolean | undefined {
  const events = sortEvents(range.events);
  if (!events) return undefined;
  let affected = false;
  for (const e of events) {
    const at = eventVersion(e);
    const order = at === '0' ? 1 : compareVersions(version, at)!;
    if ('introduced' in e && order >= 0) affected = true;
    else if (('fixed' in e || 'limit' in e) && order >= 0) affected = false;
    else if ('last_affected' in e && order > 0) affected = false;
  }
  return affected;
}

function fixesOf(a: OsvAffected): Hit {
  const events = (a.ranges ?? []).flatMap((r) => r.events);
  return {
    fixed: events.flatMap((e) => ('fixed' in e ? [e.fixed] : [])),
    lastAffected: events.flatMap((e) => ('last_affected' in e ? [e.last_affected] : [])),
  };
}

function affects(a: OsvAffected, version: string): boolean | undefined {
  if ((a.versions ?? []).some((v) => compareVersions(v, version) === 0)) return true;
  let unknown = false;
  for (const r of a.ranges ?? []) {
    if (r.type !== 'ECOSYSTEM') continue;
    const hit = inRange(version, r);
    if (hit) return true;
    if (hit === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** Is PyPI package `name` at `version` affected by the record? */
export function affectedBy(record: OsvRecord, name: string, version: string): Verdict {
  if (record.withdrawn) return false;
  if (publicVersion(version) === undefined) return undefined;
  const want = normalizePackageName(name);
  let unknown = false;
  for (const a of record.affected ?? []) {
    if (a.package?.ecosystem !== 'PyPI' || normalizePackageName(a.package.name) !== want) continue;
    const hit = affects(a, version);
    if (hit) return fixesOf(a);
    if (hit === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** The PyPI packages a record names, normalised, for indexing. */
export function pypiPackages(record: OsvRecord): string[] {
  return (record.affected ?? [])
    .filter((a) => a.package?.ecosystem === 'PyPI')
    .map((a) => normalizePackageName(a.package!.name));
}
