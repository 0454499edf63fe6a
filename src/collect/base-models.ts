// Base models, as the entry points read them (`base-models` / `--base-model`, `[NAME=]LOCATION`)
// and as attest hashes them. Parsed at the edge into typed specs; the engine never splits text.
// A local base is hashed as the model is (its OMS root, which `training-provenance digest`
// prints, the files, the bytes and the listing digest); a reference is recorded as given.
import { lstat, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ProvenanceError } from '../errors.js';
import { digestEntries, listingDigest, type HashProgress } from '../hash/index.js';
import { normaliseLicence } from '../licenses/spdx.js';
import { OMS_SIGNING_IGNORES } from '../oms/layout.js';
import { checkOutsideOutputDir } from '../store/output-dir.js';
import type { BaseModelRef, FileDigest } from '../types.js';
import { stripCredentials } from '../uri-credentials.js';
import { toPosix } from './lists.js';

const INPUT = 'base-models';

/** One base model as typed: a path on this machine (absolute), or a reference. */
export type BaseModelSpec =
  | { name: string; kind: 'path'; path: string; given: string }
  | { name: string; kind: 'reference'; uri: string; sha256?: string; given: string };

/** A name is a folder of output-dir/bases/: no separators, no dot names. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HF_REFERENCE = /^hf:\/\/([^/@\s]+)\/([^/@\s]+)@([^/@\s]+)$/;
const HF_SNAPSHOT = /\/models--([^/]+?)--([^/]+)\/snapshots\/([^/]+)\/?$/;

function refuse(message: string, value: string, fix: string): never {
  throw new ProvenanceError('INPUT_INVALID', message, { input: INPUT, value, fix });
}

/**
 * Each `[NAME=]LOCATION` line: a reference (`hf://ORG/NAME@REV`, `URI sha256:HEX`) or a path,
 * made absolute from `cwd`. Names are unique; without `NAME=` one is taken from the location.
 */
export function parseBaseModels(lines: readonly string[], cwd: string): BaseModelSpec[] {
  const specs = lines
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => parseBaseModel(l, cwd));
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.name))
      refuse(
        `two base models are named '${s.name}'`,
        s.given,
        `name each with NAME=LOCATION (e.g. '${s.name}-2=${s.given}')`,
      );
    seen.add(s.name);
  }
  return specs;
}

function parseBaseModel(line: string, cwd: string): BaseModelSpec {
  const named = /^([^=/:\s]+)=(.+)$/.exec(line);
  const location = (named ? named[2]! : line).trim();
  if (named && !NAME.test(named[1]!))
    refuse(
      `base model name '${named[1]}' is not a folder name`,
      line,
      'use letters, digits, ., _ and - (starting with a letter or digit)',
    );
  if (location.includes('://')) return reference(named?.[1], location, line);
  const path = resolve(cwd, location);
  const hf = HF_SNAPSHOT.exec(toPosix(path));
  const name = named?.[1] ?? defaultName(hf ? hf[2]! : basename(path));
  return { name, kind: 'path', path, given: line };
}

function reference(name: string | undefined, location: string, line: string): BaseModelSpec {
  const [uri = '', digest, ...rest] = location.split(/\s+/);
  const sha = /^sha256:([0-9a-fA-F]{64})$/.exec(digest ?? '');
  if (rest.length > 0 || (digest !== undefined && !sha))
    refuse(
      `'${location}' is not 'URI' or 'URI sha256:HEX'`,
      line,
      'give the reference as hf://ORG/NAME@REV, or a URI followed by sha256: and 64 hex digits',
    );
  const hf = HF_REFERENCE.exec(uri);
  if (uri.startsWith('hf://') && !hf && !sha)
    refuse(
      `the Hugging Face reference '${uri}' names no revision`,
      line,
      'pin it: hf://ORG/NAME@REV (a commit), or add sha256:HEX of the model',
    );
  if (!uri.startsWith('hf://') && !sha)
    refuse(
      `the reference '${uri}' has no digest: nothing pins which model it was`,
      line,
      'add the model digest: URI sha256:HEX (`training-provenance digest DIR` prints it)',
    );
  const stripped = stripCredentials(uri);
  if (!stripped || stripped.dropped.length > 0)
    refuse(
      stripped
        ? `the reference carries credentials (${stripped.dropped.join(', ')}), which would be signed into a public record`
        : `'${uri}' is not a URI`,
      stripped ? stripped.uri : line,
      'give the URI without user info or signing parameters',
    );
  const clean = stripped.uri;
  const last =
    (hf
      ? hf[2]!
      : clean
          .replace(/[?#].*$/, '')
          .split('/')
          .pop()) || 'base';
  return {
    name: name ?? defaultName(last.replace(/@.*$/, '')),
    kind: 'reference',
    uri: clean,
    ...(sha ? { sha256: sha[1]!.toLowerCase() } : {}),
    given: line,
  };
}

/** What a location calls itself, made a folder name. */
function defaultName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[._-]+/, '');
  return name || 'base';
}

export interface LocalBaseOptions {
  outputDir?: string;
  onProgress?: (p: HashProgress) => void;
}

/** A base as hashed: the record's entry (no evidence yet), and a local base's files. */
export interface CollectedBase {
  ref: BaseModelRef;
  /** A local base: where it is, and its files (relative to the directory; a file: its name). */
  local?: { path: string; kind: 'file' | 'directory'; files: FileDigest[] };
}

/** A base as recorded before evidence is checked: a reference as given, a path hashed. */
export async function collectBaseModel(
  spec: BaseModelSpec,
  opts: LocalBaseOptions = {},
): Promise<CollectedBase> {
  if (spec.kind === 'reference') {
    const kind = 'reference' as const;
    const ref = { name: spec.name, kind, uri: spec.uri, evidence: [] };
    return { ref: spec.sha256 ? { ...ref, sha256: spec.sha256 } : ref };
  }
  return collectLocalBase(spec, opts);
}

async function collectLocalBase(
  spec: Extract<BaseModelSpec, { kind: 'path' }>,
  opts: LocalBaseOptions,
): Promise<CollectedBase> {
  const st = await lstat(spec.path).catch(() => undefined);
  if (!st || (!st.isDirectory() && !st.isFile()))
    refuse(
      `base model '${spec.name}': ${spec.path} ${st ? 'is not a file or a directory' : 'does not exist'}`,
      spec.given,
      'name a model directory or file, or a reference (hf://ORG/NAME@REV, URI sha256:HEX)',
    );
  const entry = {
    kind: st.isDirectory() ? ('directory' as const) : ('file' as const),
    path: spec.path,
    relPath: basename(spec.path),
  };
  if (opts.outputDir !== undefined)
    await checkOutsideOutputDir(opts.outputDir, [entry], 'base model');
  const digested = await digestEntries([entry], {
    input: INPUT,
    // model.sig is evidence about the base, never part of it (as for the model's own root).
    ignorePaths: OMS_SIGNING_IGNORES,
    onProgress: opts.onProgress,
  });
  if (entry.kind === 'file') {
    const f = digested.files[0]!;
    const base = { name: spec.name, kind: 'local-file' as const, sha256: f.sha256 };
    const local = { path: spec.path, kind: entry.kind, files: digested.files };
    return { ref: { ...base, files: 1, bytes: f.size, evidence: [] }, local };
  }
  const dir = digested.directories.get(entry.relPath)!;
  if (dir.files.length === 0)
    refuse(`base model '${spec.name}': ${spec.path} holds no file`, spec.given, 'name the model');
  const hf = HF_SNAPSHOT.exec(toPosix(spec.path));
  const license = await cardLicense(spec.path);
  const ref: BaseModelRef = {
    name: spec.name,
    kind: hf ? 'hf-cache' : 'local-directory',
    ...(hf ? { uri: `hf://${hf[1]}/${hf[2]}@${hf[3]}` } : {}),
    sha256: dir.root,
    files: dir.files.length,
    bytes: dir.totalBytes,
    listing: listingDigest(dir.files),
    ...(license ? { license } : {}),
    evidence: [],
  };
  return { ref, local: { path: spec.path, kind: entry.kind, files: dir.files } };
}

/** `license:` of the directory's README.md front matter (a model card), normalised; else none. */
async function cardLicense(dir: string): Promise<string | undefined> {
  const text = await readFile(resolve(dir, 'README.md'), 'utf8').catch(() => undefined);
  const m = text === undefined ? null : /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return undefined;
  let meta: unknown;
  try {
    meta = parseYaml(m[1]!);
  } catch {
    return undefined; // a card whose header is not YAML says nothing we can read
  }
  const license = (meta as { license?: unknown } | null)?.license;
  const text1 = Array.isArray(license) ? license.join(' OR ') : license;
  return typeof text1 === 'string' && text1.trim() ? normaliseLicence(text1).expression : undefined;
}

/** Evidence files as typed, made absolute from `cwd`. */
export function parseBaseModelEvidence(lines: readonly string[], cwd: string): string[] {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => resolve(cwd, l));
}
