// Where advisories come from: the OSV records shipped in the repository's `advisories/`
// folder (`default`), an OSV JSON file, a directory of them, or osv.dev's per-ecosystem
// export zip (`PyPI/all.zip`), so a workflow can download current data before it verifies.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { ProvenanceError } from '../errors.js';
import { humanBytes } from '../present/bytes.js';
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

const MiB = 2 ** 20;
const EXPORT_URL = 'https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip';

/**
 * What advisories may take, so a crafted file or zip bomb cannot exhaust memory. osv.dev's whole
 * PyPI export (PyPI/all.zip) is about 100 MB uncompressed, in tens of thousands of records of a
 * few KiB each (the largest, listing every version of a package, stay under 1 MiB): each cap
 * leaves ten times that or more. A test lowers them through `loadAdvisories`'s `limits`.
 */
export interface AdvisoryLimits {
  /** A JSON file or a zip, as read from disk (Node's longest string is 512 MiB). */
  fileBytes: number;
  /** One zip entry (one record), inflated. */
  entryBytes: number;
  /** All of a zip's .json entries, inflated. */
  zipBytes: number;
}

export const ADVISORY_LIMITS: AdvisoryLimits = {
  fileBytes: 256 * MiB,
  entryBytes: 64 * MiB,
  zipBytes: 1024 * MiB,
};

function tooLarge(value: string, what: string): ProvenanceError {
  return new ProvenanceError('INPUT_INVALID', `advisories ${what}`, {
    input: 'advisories',
    value,
    fix: `give OSV records, a directory of them, or osv.dev's export zip (${EXPORT_URL}); a file this large is none of them`,
  });
}

const entryLimit = (l: AdvisoryLimits) =>
  `more than the ${humanBytes(l.entryBytes)} one record may take (an OSV record is a few KiB)`;
const zipLimit = (l: AdvisoryLimits) =>
  `more than the ${humanBytes(l.zipBytes)} a zip may take (osv.dev's PyPI export is about 100 MB)`;

function notAZip(path: string, e: unknown): ProvenanceError {
  return new ProvenanceError(
    'PARSE_ERROR',
    `${path} is not a readable zip: ${(e as Error).message}`,
    {
      input: 'advisories',
      value: path,
      fix: `download osv.dev's export again (${EXPORT_URL})`,
      cause: e,
    },
  );
}

/** The .json entries the central directory lists, their declared sizes checked before inflating. */
function declaredEntries(bytes: Uint8Array, path: string, limits: AdvisoryLimits) {
  const sizes = new Map<string, number>();
  let total = 0;
  const check = (name: string, size: number) => {
    const at = `${path}!${name}`;
    if (size > limits.entryBytes)
      throw tooLarge(at, `${at} expands to ${humanBytes(size)}, ${entryLimit(limits)}`);
    total += size;
    if (total > limits.zipBytes) throw tooLarge(path, `${path} expands to ${zipLimit(limits)}`);
    sizes.set(name, size);
  };
  try {
    // The filter sees each entry's declared size and inflates none: that is done streaming.
    unzipSync(bytes, {
      filter: (f) => (f.name.endsWith('.json') && check(f.name, f.originalSize), false),
    });
  } catch (e) {
    throw e instanceof ProvenanceError ? e : notAZip(path, e);
  }
  return sizes;
}

/** Each listed entry inflated chunk by chunk, counted as it comes: a header may understate it. */
function inflateEntries(
  bytes: Uint8Array,
  path: string,
  sizes: Map<string, number>,
  limits: AdvisoryLimits,
) {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  const unzip = new Unzip((file) => {
    if (!sizes.has(file.name)) return;
    const at = `${path}!${file.name}`;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      size += chunk.length;
      total += chunk.length;
      if (size > limits.entryBytes)
        throw tooLarge(
          at,
          `${at} expands to ${entryLimit(limits)}, although its header says ${humanBytes(sizes.get(file.name)!)}`,
        );
      if (total > limits.zipBytes) throw tooLarge(path, `${path} expands to ${zipLimit(limits)}`);
      chunks.push(chunk);
      if (final) files.set(file.name, Buffer.concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (e) {
    throw e instanceof ProvenanceError ? e : notAZip(path, e);
  }
  const lost = [...sizes.keys()].find((n) => !files.has(n));
  if (lost !== undefined) throw notAZip(path, new Error(`its entry ${lost} could not be read`));
  return files;
}

function fromZip(bytes: Uint8Array, path: string, limits: AdvisoryLimits): OsvRecord[] {
  const files = inflateEntries(bytes, path, declaredEntries(bytes, path, limits), limits);
  const decoder = new TextDecoder();
  return [...files.keys()]
    .sort()
    .map((name) =>
      readOsvRecord(
        parseJson(decoder.decode(files.get(name)), `${path}!${name}`),
        `${path}!${name}`,
      ),
    );
}

function fromPath(path: string, limits: AdvisoryLimits): OsvRecord[] {
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
    else if (st.size > limits.fileBytes)
      throw tooLarge(
        path,
        `${path} is ${humanBytes(st.size)}, more than the ${humanBytes(limits.fileBytes)} a file may take`,
      );
    else bytes = readFileSync(path);
  } catch (e) {
    throw e instanceof ProvenanceError ? e : unreadable(e);
  }
  if (names) return names.sort().flatMap((n) => fromPath(join(path, n), limits));
  if (!bytes) return [];
  if (path.endsWith('.zip')) return fromZip(bytes, path, limits);
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
export function loadAdvisories(
  sources: readonly AdvisorySource[],
  limits: AdvisoryLimits = ADVISORY_LIMITS,
): AdvisoryDatabase {
  const db: AdvisoryDatabase = { sources: [], records: [], byPackage: new Map() };
  for (const s of sources) {
    const all =
      s === 'default'
        ? (shipped ??= fromPath(shippedAdvisoriesDir(), ADVISORY_LIMITS))
        : fromPath(resolve(s.path), limits);
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
