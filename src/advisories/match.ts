// The advisories that affect recorded packages. Databases publish one vulnerability under
// several ids (GHSA-, PYSEC-, CVE-) and osv.dev's export carries each of them: records that
// share an id or alias are one finding, reported once with the others as aliases.
import { affectedBy, type Hit } from './affected.js';
import type { AdvisoryDatabase } from './load.js';
import type { OsvRecord } from './osv.js';
import { severityOf, severityRank, type Severity } from './severity.js';
import { normalizePackageName } from '../statement/layout.js';

export interface InstalledPackage {
  name: string;
  version: string;
}

export interface Finding {
  package: InstalledPackage;
  id: string;
  aliases: string[];
  severity?: { level: Severity; from?: string };
  summary: string;
  /** Fixed versions the records name; empty when none is fixed. */
  fixed: string[];
  /** Last affected versions, for a vulnerability with no fix. */
  lastAffected: string[];
  url: string;
}

/** A record whose ranges cannot be ordered against the recorded version. */
export interface Undecided {
  package: InstalledPackage;
  id: string;
  url: string;
}

export function advisoryUrl(r: OsvRecord): string {
  const refs = r.references ?? [];
  return (
    refs.find((x) => x.type === 'ADVISORY')?.url ??
    refs[0]?.url ??
    `https://osv.dev/vulnerability/${encodeURIComponent(r.id)}`
  );
}

function summaryOf(r: OsvRecord): string {
  const text = r.summary?.trim() || r.details?.trim().split('\n')[0] || '(no summary)';
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

interface Group {
  names: Set<string>;
  hits: Array<{ record: OsvRecord; hit: Hit }>;
}

function group(hits: Group['hits']): Group[] {
  const groups: Group[] = [];
  for (const h of hits) {
    const names = new Set([h.record.id, ...(h.record.aliases ?? [])]);
    const joined = groups.filter((g) => [...names].some((n) => g.names.has(n)));
    const into: Group = { names, hits: [h] };
    for (const g of joined) {
      g.names.forEach((n) => into.names.add(n));
      into.hits.unshift(...g.hits);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(into);
  }
  return groups;
}

function finding(pkg: InstalledPackage, g: Group): Finding {
  const first = g.hits[0]!.record;
  const levels = g.hits
    .map((h) => severityOf(h.record))
    .filter((s): s is NonNullable<typeof s> => s !== undefined)
    .sort((a, b) => severityRank(b.level) - severityRank(a.level));
  return {
    package: pkg,
    id: first.id,
    aliases: [...g.names].filter((n) => n !== first.id).sort(),
    severity: levels[0],
    summary: summaryOf(g.hits.find((h) => h.record.summary?.trim())?.record ?? first),
    fixed: [...new Set(g.hits.flatMap((h) => h.hit.fixed))],
    lastAffected: [...new Set(g.hits.flatMap((h) => h.hit.lastAffected))],
    url: advisoryUrl(first),
  };
}

const rank = (f: Finding) => (f.severity ? severityRank(f.severity.level) : -1);
const mostSevereFirst = (a: Finding, b: Finding) => rank(b) - rank(a) || a.id.localeCompare(b.id);

/** Findings (one per vulnerability and package) and records that could not be decided. */
export function findAdvisories(
  db: AdvisoryDatabase,
  installed: readonly InstalledPackage[],
): { findings: Finding[]; undecided: Undecided[] } {
  const findings: Finding[] = [];
  const undecided: Undecided[] = [];
  for (const pkg of installed) {
    const hits: Group['hits'] = [];
    for (const record of db.byPackage.get(normalizePackageName(pkg.name)) ?? []) {
      const verdict = affectedBy(record, pkg.name, pkg.version);
      if (verdict) hits.push({ record, hit: verdict });
      else if (verdict === undefined)
        undecided.push({ package: pkg, id: record.id, url: advisoryUrl(record) });
    }
    findings.push(
      ...group(hits)
        .map((g) => finding(pkg, g))
        .sort(mostSevereFirst),
    );
  }
  return { findings, undecided };
}
