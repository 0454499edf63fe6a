// The distributions a Python environment can import, read from their metadata headers on
// disk (dist-info METADATA, egg-info PKG-INFO), never by importing them.
import { type Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PythonPackage } from '../types.js';
import { normalizePackageName } from '../statement/layout.js';

const METADATA_READ_CONCURRENCY = 32;
const METADATA_CHUNK_BYTES = 8 * 1024;
/** A header longer than this is not a metadata header. */
const METADATA_HEADER_LIMIT = 1024 * 1024;
/** PEP 508 distribution name. */
const VALID_NAME = /^([a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$/i;

interface MetadataLocation {
  dir: string;
  entry: string;
  file: string;
}

export interface Distributions {
  packages: PythonPackage[];
  notes: string[];
  dirsWithDistributions: Set<string>;
}

/** Every distribution in `dirs`, the first of each normalised name winning, as Python's import would. */
export async function readDistributions(dirs: string[]): Promise<Distributions> {
  const notes: string[] = [];
  const locations: MetadataLocation[] = [];
  for (const dir of dirs) {
    const listed = await listMetadataLocations(dir);
    locations.push(...listed.locations);
    notes.push(...listed.notes);
  }
  type Header = { loc: MetadataLocation; text?: string; error?: string };
  const headers = await mapLimit(
    locations,
    METADATA_READ_CONCURRENCY,
    async (loc): Promise<Header> => {
      try {
        return { loc, text: await readMetadataHeader(loc.file) };
      } catch (e) {
        return { loc, error: (e as NodeJS.ErrnoException).code ?? String(e) };
      }
    },
  );

  const byName = new Map<string, PythonPackage & { where: string }>();
  const dirsWithDistributions = new Set<string>();
  for (const h of headers) {
    const where = path.join(h.loc.dir, h.loc.entry);
    if (h.text === undefined) {
      notes.push(`skipped ${where}: cannot read ${path.basename(h.loc.file)} (${h.error})`);
      continue;
    }
    const fields = parseMetadataHeader(h.text);
    const name = fields.get('name');
    const version = fields.get('version');
    if (!name || !VALID_NAME.test(name) || !version || /\s/.test(version)) {
      notes.push(`skipped ${where}: ${path.basename(h.loc.file)} has no valid Name/Version header`);
      continue;
    }
    dirsWithDistributions.add(h.loc.dir);
    const normalized = normalizePackageName(name);
    const earlier = byName.get(normalized);
    if (earlier) {
      notes.push(
        `${normalized} ${version} in ${where} is shadowed by ${earlier.version} in ${earlier.where}`,
      );
      continue;
    }
    byName.set(normalized, {
      name: normalized,
      version,
      purl: pypiPurl(normalized, version),
      where,
    });
  }
  const packages = [...byName.values()]
    .map(({ name, version, purl }) => ({ name, version, purl }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { packages, notes, dirsWithDistributions };
}

async function listMetadataLocations(
  dir: string,
): Promise<{ locations: MetadataLocation[]; notes: string[] }> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    return {
      locations: [],
      notes: [`cannot list ${dir} (${(e as NodeJS.ErrnoException).code ?? String(e)})`],
    };
  }
  const locations: MetadataLocation[] = [];
  const notes: string[] = [];
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    const isInfo = name.endsWith('.dist-info') || name.endsWith('.egg-info');
    if (!isInfo && !name.endsWith('.egg')) continue;
    if (name.startsWith('~')) {
      // pip renames a distribution to ~name while replacing it; an interrupted pip leaves it behind.
      notes.push(`skipped ${path.join(dir, name)}: left over from an interrupted pip`);
      continue;
    }
    const full = path.join(dir, name);
    const isDir = entry.isSymbolicLink()
      ? ((await stat(full).catch(() => undefined))?.isDirectory() ?? false)
      : entry.isDirectory();
    if (name.endsWith('.dist-info')) {
      locations.push({ dir, entry: name, file: path.join(full, 'METADATA') });
    } else if (name.endsWith('.egg-info')) {
      locations.push({ dir, entry: name, file: isDir ? path.join(full, 'PKG-INFO') : full });
    } else if (isDir) {
      locations.push({ dir, entry: name, file: path.join(full, 'EGG-INFO', 'PKG-INFO') });
    } else {
      notes.push(`skipped ${full}: zipped eggs are not read`);
    }
  }
  return { locations, notes };
}

/** The bytes up to the first blank line: Name and Version are headers, the body can be megabytes. */
async function readMetadataHeader(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(METADATA_CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      const soFar = Buffer.concat(chunks);
      const end = headerEnd(soFar);
      if (end >= 0) return soFar.subarray(0, end).toString('utf8');
      if (total >= METADATA_HEADER_LIMIT) return soFar.toString('utf8');
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}

function headerEnd(buf: Buffer): number {
  const lf = buf.indexOf('\n\n');
  const crlf = buf.indexOf('\r\n\r\n');
  if (lf < 0) return crlf;
  if (crlf < 0) return lf;
  return Math.min(lf, crlf);
}

/** RFC 822-style headers up to the first blank line: lower-cased name → first value. */
export function parseMetadataHeader(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (line.startsWith(' ') || line.startsWith('\t')) continue; // continuation of a long value
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(key)) fields.set(key, line.slice(colon + 1).trim());
  }
  return fields;
}

/** `pkg:pypi/<normalised name>@<percent-encoded version>`, e.g. pkg:pypi/torch@2.3.1%2Bcu121. */
export function pypiPurl(name: string, version: string): string {
  return `pkg:pypi/${purlEncode(normalizePackageName(name))}@${purlEncode(version)}`;
}

/** The purl spec leaves unreserved characters and ':' as they are and percent-encodes the rest. */
function purlEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9._~:-]/.test(ch)
      ? ch
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
