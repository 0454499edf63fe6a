// Where advisories come from: the OSV records shipped in the repository's `advisories/`
// folder (`default`), an OSV JSON file, a directory of them, or osv.dev's per-ecosystem
// export zip (`PyPI/all.zip`), so a workflow can download current data before it verifies.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { ProvenanceError } from '../errors.js';
import { pypiPackages } from './affected.js';
import { readOsvRecord, type OsvRecord } from './osv.js';

/** `default` (the shipped records) or the path of a file, directory or zip. */
export type AdvisorySource = 'default' | { path: string };

export interface AdvisoryDatabase {
  /** What was loaded, for reports: `default (N records)`, `PATH (N records)`. */
  sources: string[];
  /** Records that name a PyPI package, withdrawn ones left out. */
  records: OsvRecord[];
  byPackage: Map<string, OsvRecord[]>;
}

const SHIPPED_DIR = join('advisories', 'osv');

/** The shipped records' folder, found above this module (src/advisories or dist/). */
export function shippedAdvisoriesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, SHIPPED_DIR))) return join(dir, SHIPPED_DIR);
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new ProvenanceError(
    'INPUT_MISSING',
    `the shipped advisories (${SHIPPED_DIR}) are missing`,
    {
      input: 'advisories',
      value: 'default',
      fix: 'run the action or command from a complete checkout, or pass advisories: PATH',
    },
  );
}

function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ProvenanceError(
      'PARSE_ERROR',
      `advisory ${origin} is not JSON: ${(e as Error).message}`,
      {
        input: 'advisories',
        value: origin,
        fix: 'give OSV JSON records, a directory of them or an OSV export zip',
        cause: e,
      },
    );
  }
}

function fromZip(bytes: Uint8Array, path: string): OsvRecord[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.endsWith('.json') });
  } catch (e) {
    throw new ProvenanceError(
      'PARSE_ERROR',
      `${path} is not a readable zip: ${(e as Error).message}`,
      {
        input: 'advisories',
        value: path,
        fix: "download osv.dev's export again (https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip)",
        cause: e,
      },
    );
  }
  const decoder = new TextDecoder();
  return Object.keys(files)
    .sort()
    .map((name) =>
      readOsvRecord(parseJson(decoder.decode(files[name]), `${path}!${name}`), `${path}!${name}`),
    );
}

function fromPath(path: string): OsvRecord[] {
  const unreadable = (e: unknown) =>
    new ProvenanceError(
      'FILE_UNREADABLE',
      `cannot read advisories ${path}: ${(e as Error).message}`,
      {
        input: 'advisories',
        value: path,
        fix: 'give an OSV JSON file, a directory of them, or an OSV export zip',
        cause: e,
      },
    );
  let bytes: Buffer | undefined;
  let names: string[] | undefined;
  try {
    const st = statSync(path);
    if (st.isDirectory()) names = readdirSync(path).filter((n) => n.endsWith('.json'));
    // A FIFO (or a device) would be read forever.
    else if (!st.isFile()) throw new Error('not a regular file');
    else bytes = readFileSync(path);
  } catch (e) {
    throw unreadable(e);
  }
  if (names) return names.sort().flatMap((n) => fromPath(join(path, n)));
  if (!bytes) return [];
  if (path.endsWith('.zip')) return fromZip(bytes, path);
  const json = parseJson(bytes.toString('utf8'), path);
  // osv-scanner's and some exports' shape: a list of records in one file.
  const list = Array.isArray(json) ? json : [json];
  return list.map((r, i) => readOsvRecord(r, Array.isArray(json) ? `${path}[${i}]` : path));
}

let shipped: OsvRecord[] | undefined;

/**
 * Load every source (paths absolute, or relative to the working directory). Synchronous:
 * it runs once per verification, before anything else reads the disk.
 */
export function loadAdvisories(sources: readonly AdvisorySource[]): AdvisoryDatabase {
  const db: AdvisoryDatabase = { sources: [], records: [], byPackage: new Map() };
  for (const s of sources) {
    const all =
      s === 'default' ? (shipped ??= fromPath(shippedAdvisoriesDir())) : fromPath(resolve(s.path));
    const records = all.filter((r) => !r.withdrawn);
    const named = records.filter((r) => pypiPackages(r).length > 0);
    db.sources.push(`${s === 'default' ? 'default' : s.path} (${named.length} records)`);
    for (const r of named) {
      db.records.push(r);
      for (const p of new Set(pypiPackages(r))) {
        const list = db.byPackage.get(p) ?? [];
        list.push(r);
        db.byPackage.set(p, list);
      }
    }
  }
  return db;
}
