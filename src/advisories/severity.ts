// How severe an advisory is, in the four levels advisory databases use. GitHub's records
// state a level (`database_specific.severity`, MODERATE for medium); otherwise the level
// comes from the record's CVSS vector, scored by a CVSS library on FIRST's bands.
import cvss from 'ae-cvss-calculator';
import type { OsvRecord } from './osv.js';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A level as a policy writes it (`moderate` is GitHub's word for medium). */
export function parseSeverity(text: string): Severity | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'moderate') return 'medium';
  return (SEVERITIES as readonly string[]).includes(t) ? (t as Severity) : undefined;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

// FIRST's qualitative bands (CVSS v3.1 specification §5; v4.0 keeps them).
function band(score: number): Severity | undefined {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return undefined;
}

interface Scored {
  calculateScores(): { base?: number };
}

function scoreVector(vector: string): number | undefined {
  try {
    const v = cvss.fromVector(vector) as Scored | undefined;
    const base = v?.calculateScores().base;
    return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

/** The record's level, with the CVSS score it came from if the record states no level. */
export function severityOf(r: OsvRecord): { level: Severity; from?: string } | undefined {
  const stated = r.database_specific?.severity;
  if (typeof stated === 'string') {
    const level = parseSeverity(stated);
    if (level) return { level };
  }
  for (const s of r.severity ?? []) {
    if (!s.type.startsWith('CVSS_')) continue;
    const score = scoreVector(s.score);
    const level = score === undefined ? undefined : band(score);
    if (level) return { level, from: `${s.type.replace('_', ' ')} ${score!.toFixed(1)}` };
  }
  return undefined;
}
