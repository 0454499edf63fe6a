// Reading an advisory in the OSV format (https://ossf.github.io/osv-schema/, 1.6): the
// fields a policy evaluates are checked for type, so a malformed record is an input error
// naming its file and field instead of an advisory that silently matches nothing.
import { ProvenanceError } from '../errors.js';
import { preview } from '../json.js';

export type OsvEvent =
  { introduced: string } | { fixed: string } | { last_affected: string } | { limit: string };

export interface OsvRange {
  type: 'ECOSYSTEM' | 'SEMVER' | 'GIT';
  events: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  ranges?: OsvRange[];
  versions?: string[];
}

export interface OsvRecord {
  id: string;
  modified: string;
  withdrawn?: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  severity?: Array<{ type: string; score: string }>;
  affected?: OsvAffected[];
  references?: Array<{ type: string; url: string }>;
  database_specific?: Record<string, unknown>;
  /** Where the record was read from (a file, or `ZIP!entry`); not part of OSV. */
  origin: string;
}

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;
const RANGE_TYPES = ['ECOSYSTEM', 'SEMVER', 'GIT'];

class Fields {
  constructor(readonly origin: string) {}

  fail(field: string, want: string, got: unknown): never {
    const shown =
      got === undefined
        ? 'nothing'
        : typeof got === 'string'
          ? JSON.stringify(got).slice(0, 80)
          : preview(got, 80);
    throw new ProvenanceError(
      'INPUT_INVALID',
      `advisory ${this.origin}: '${field}' must be ${want}, got ${shown}`,
      {
        input: 'advisories',
        value: this.origin,
        fix: 'give OSV records (https://ossf.github.io/osv-schema/); correct or remove this one',
      },
    );
  }

  string(v: unknown, field: string, optional = false): string | undefined {
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || v === '') this.fail(field, 'a non-empty string', v);
    return v;
  }

  /** Free text: absent or any string (OSV allows an empty summary). */
  text(v: unknown, field: string): string | undefined {
    if (v !== undefined && typeof v !== 'string') this.fail(field, 'a string', v);
    return v;
  }

  strings(v: unknown, field: string): string[] | undefined {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) this.fail(field, 'a list of strings', v);
    return v.map((x, i) => this.string(x, `${field}[${i}]`)!);
  }

  list<T>(v: unknown, field: string, each: (x: unknown, at: string) => T): T[] | undefined {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) this.fail(field, 'a list', v);
    return v.map((x, i) => each(x, `${field}[${i}]`));
  }

  object(v: unknown, field: string): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(field, 'an object', v);
    return v as Record<string, unknown>;
  }
}

function readEvent(f: Fields, v: unknown, at: string): OsvEvent {
  const o = f.object(v, at);
  const keys = EVENT_KEYS.filter((k) => k in o);
  if (keys.length !== 1) f.fail(at, `one of ${EVENT_KEYS.join(', ')}`, v);
  const key = keys[0]!;
  return { [key]: f.string(o[key], `${at}.${key}`) } as OsvEvent;
}

function readRange(f: Fields, v: unknown, at: string): OsvRange {
  const o = f.object(v, at);
  if (!RANGE_TYPES.includes(o.type as string))
    f.fail(`${at}.type`, RANGE_TYPES.join(' or '), o.type);
  const events = f.list(o.events, `${at}.events`, (e, eat) => readEvent(f, e, eat));
  if (!events || !events.some((e) => 'introduced' in e))
    f.fail(`${at}.events`, "a list with an 'introduced' event", o.events);
  return { type: o.type as OsvRange['type'], events };
}

function readAffected(f: Fields, v: unknown, at: string): OsvAffected {
  const o = f.object(v, at);
  let pkg: OsvAffected['package'];
  if (o.package !== undefined) {
    const p = f.object(o.package, `${at}.package`);
    pkg = {
      ecosystem: f.string(p.ecosystem, `${at}.package.ecosystem`)!,
      name: f.string(p.name, `${at}.package.name`)!,
      purl: f.string(p.purl, `${at}.package.purl`, true),
    };
  }
  return {
    package: pkg,
    ranges: f.list(o.ranges, `${at}.ranges`, (r, rat) => readRange(f, r, rat)),
    versions: f.strings(o.versions, `${at}.versions`),
  };
}

/** One OSV record from parsed JSON; throws INPUT_INVALID naming `origin` and the field. */
export function readOsvRecord(json: unknown, origin: string): OsvRecord {
  const f = new Fields(origin);
  const o = f.object(json, '(record)');
  const pair = (x: unknown, at: string) => {
    const p = f.object(x, at);
    return { type: f.string(p.type, `${at}.type`)!, score: f.string(p.score, `${at}.score`)! };
  };
  const ref = (x: unknown, at: string) => {
    const p = f.object(x, at);
    return { type: f.string(p.type, `${at}.type`)!, url: f.string(p.url, `${at}.url`)! };
  };
  return {
    id: f.string(o.id, 'id')!,
    modified: f.string(o.modified, 'modified')!,
    withdrawn: f.string(o.withdrawn, 'withdrawn', true),
    aliases: f.strings(o.aliases, 'aliases'),
    summary: f.text(o.summary, 'summary'),
    details: f.text(o.details, 'details'),
    severity: f.list(o.severity, 'severity', pair),
    affected: f.list(o.affected, 'affected', (a, at) => readAffected(f, a, at)),
    references: f.list(o.references, 'references', ref),
    database_specific:
      o.database_specific === undefined
        ? undefined
        : f.object(o.database_specific, 'database_specific'),
    origin,
  };
}
