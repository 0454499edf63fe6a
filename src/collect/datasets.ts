// Datasets: what the model was trained on. Local data is hashed (a file by sha256, a
// directory by its OMS root digest); remote data is recorded by reference, pinned only
// when the reference itself carries a content digest or an immutable revision.
//
// `datasets` input, one per line (a URI may hold commas):
//   [NAME=]LOCAL-PATH-OR-GLOB [ALG:HEX]      hashed; ALG:HEX, if given, must match
//   [NAME=]URI [ALG:HEX]                     recorded, not downloaded
//   [NAME=]path/to/dvc.lock                  every stage dependency, pinned by DVC's md5
// NAME is letters, digits, `_`, `.`, `-`. A `file:` URI is a local path.
// `datasets-file`: a JSON or YAML list of {name, path | uri, digest, license, split, annotations}.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { ProvenanceError } from '../errors.js';
import type { HashProgress } from '../hash/index.js';
import type { DatasetRef, DigestSet } from '../types.js';
import { parseDvcLock } from './dvc.js';
import { nodeToJson, parseYaml, yamlError, type YamlSource } from './parameters.js';
import { digestResolved, fileUri, resolvePatterns, type ResolvedPath } from './paths.js';
import { normalizeReferenceUri, referenceNotes } from './reference-uri.js';
import { DATASET_ANNOTATION_KEYS } from '../statement/layout.js';

export interface DatasetsOptions {
  /** The `datasets` input as typed: one entry per line. */
  datasets: string;
  /** Path of a JSON/YAML datasets file, absolute or relative to the workspace. */
  datasetsFile?: string;
  workspace: string;
  onProgress?: (p: HashProgress) => void;
}

type InputName = 'datasets' | 'datasets-file';

/** One dataset as the user described it, before anything is read. */
interface DatasetSpec {
  input: InputName;
  /** `datasets line 3` or `data.yaml:4:3`: where to look when something is wrong. */
  where: string;
  /** The text at fault, quoted in errors. */
  value: string;
  name?: string;
  target: { local: string } | { uri: string };
  /** Digests the user claims; checked for local data, recorded for references. */
  claimed: DigestSet;
  license?: string;
  split?: string;
  annotations?: Record<string, unknown>;
}

/** Algorithms a digest may name, with their hex length (in-toto digest keys). */
const DIGEST_HEX_LENGTH: Record<string, readonly number[]> = {
  sha256: [64],
  sha384: [96],
  sha512: [128],
  sha1: [40],
  md5: [32],
  gitCommit: [40, 64],
};
const ALGORITHM_BY_LOWER = new Map(Object.keys(DIGEST_HEX_LENGTH).map((a) => [a.toLowerCase(), a]));
const KNOWN = Object.keys(DIGEST_HEX_LENGTH).join(', ');
const NAME_PREFIX = /^([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]+):(.*)$/;
const DIGEST_TOKEN = /^([A-Za-z][A-Za-z0-9]*):(\S+)$/;
const MAX_DATASETS_FILE_BYTES = 16 * 1024 * 1024;

/** The message quotes the value unless the position already names it (`file.yaml:3:5`). */
function invalid(
  input: InputName,
  where: string,
  value: string,
  what: string,
  fix: string,
): ProvenanceError {
  const at = where.startsWith(value) ? where : `${where} '${value}'`;
  return new ProvenanceError('INPUT_INVALID', `${at}: ${what}`, { input, value, fix });
}

/** `ALG:HEX` or (alg, hex) → canonical algorithm name and lower-case hex, or an error. */
export function parseDigest(
  alg: string,
  hex: string,
  ctx: { input: InputName; where: string; value: string },
): [string, string] {
  const canonical = ALGORITHM_BY_LOWER.get(alg.toLowerCase());
  if (!canonical) {
    throw invalid(
      ctx.input,
      ctx.where,
      ctx.value,
      `'${alg}' is not a digest algorithm we know`,
      `use one of ${KNOWN}, e.g. sha256:<64 hex>`,
    );
  }
  const lengths = DIGEST_HEX_LENGTH[canonical]!;
  if (!/^[0-9a-fA-F]+$/.test(hex) || !lengths.includes(hex.length)) {
    throw invalid(
      ctx.input,
      ctx.where,
      ctx.value,
      `'${alg}:${hex}' is not a ${canonical} digest`,
      `a ${canonical} digest is ${lengths.join(' or ')} hexadecimal characters`,
    );
  }
  return [canonical, hex.toLowerCase()];
}

function addDigest(
  into: DigestSet,
  alg: string,
  hex: string,
  ctx: { input: InputName; where: string; value: string },
): void {
  if (into[alg] !== undefined && into[alg] !== hex) {
    throw invalid(
      ctx.input,
      ctx.where,
      ctx.value,
      `two different ${alg} digests are given`,
      'give one digest per algorithm',
    );
  }
  into[alg] = hex;
}

/** One line of the `datasets` input. */
export function parseDatasetLine(line: string, lineNo: number): DatasetSpec {
  const ctx = { input: 'datasets' as const, where: `datasets line ${lineNo}`, value: line };
  let rest = line.trim();
  let name: string | undefined;
  const named = NAME_PREFIX.exec(rest);
  if (named) {
    name = named[1];
    rest = named[2]!.trim();
  }
  if (rest === '') {
    throw invalid(
      ctx.input,
      ctx.where,
      line,
      'nothing follows the name',
      'write NAME=PATH or NAME=URI',
    );
  }
  const claimed: DigestSet = {};
  const tokens = rest.split(/\s+/);
  const scheme = SCHEME.exec(tokens[0]!);
  const isReference = scheme !== null && scheme[1]!.toLowerCase() !== 'file';

  if (isReference) {
    if (tokens.length > 2) {
      throw invalid(
        ctx.input,
        ctx.where,
        line,
        `unexpected text after the URI: '${tokens.slice(2).join(' ')}'`,
        'write URI [ALG:HEX]; percent-encode spaces in the URI',
      );
    }
    if (tokens[1] !== undefined) {
      const m = DIGEST_TOKEN.exec(tokens[1]);
      if (!m)
        throw invalid(
          ctx.input,
          ctx.where,
          line,
          `'${tokens[1]}' is not ALG:HEX`,
          `write URI ALG:HEX with ALG one of ${KNOWN}`,
        );
      addDigest(claimed, ...parseDigest(m[1]!, m[2]!, ctx), ctx);
    }
    const hasDigest = Object.keys(claimed).length > 0;
    const uri = normalizeReferenceUri(tokens[0]!, hasDigest, ctx);
    return { ...ctx, name, target: { uri }, claimed };
  }

  // A local path may hold spaces: only a trailing token naming a known algorithm is a digest.
  let path = rest;
  const last = tokens.length > 1 ? DIGEST_TOKEN.exec(tokens[tokens.length - 1]!) : null;
  if (last && ALGORITHM_BY_LOWER.has(last[1]!.toLowerCase())) {
    addDigest(claimed, ...parseDigest(last[1]!, last[2]!, ctx), ctx);
    path = rest.slice(0, rest.length - tokens[tokens.length - 1]!.length).trim();
  }
  return { ...ctx, name, target: { local: fromFileUri(path, ctx) }, claimed };
}

/** `file:rel/path` or `file:///abs/path` → the path; anything else unchanged. */
function fromFileUri(
  path: string,
  ctx: { input: InputName; where: string; value: string },
): string {
  if (!/^file:/i.test(path)) return path;
  const body = path.slice('file:'.length);
  const p = body.startsWith('//') ? body.replace(/^\/\/[^/]*/, '') : body;
  try {
    return decodeURIComponent(p);
  } catch {
    throw invalid(
      ctx.input,
      ctx.where,
      ctx.value,
      `'${path}' is not a valid file URI`,
      'percent-encode the path, or write it without file:',
    );
  }
}

/** What a reference URI pins by itself: a 40-hex Hugging Face revision, or `@sha256:HEX`. */
function referenceFacts(
  uri: string,
  ctx: { input: InputName; where: string; value: string },
): { digest: DigestSet; notes: Record<string, unknown> } {
  const digest: DigestSet = {};
  const { gitCommit, notes } = referenceNotes(uri);
  if (gitCommit) digest.gitCommit = gitCommit;
  const pinned = /@(sha256|sha512):([0-9a-f]+)$/i.exec(uri);
  if (pinned) addDigest(digest, ...parseDigest(pinned[1]!, pinned[2]!, ctx), ctx);
  return { digest, notes };
}

/** Digest of a file with an algorithm the hashing engine does not run (md5, sha1, ...). */
async function digestWith(path: string, alg: string): Promise<string> {
  const h = createHash(alg === 'gitCommit' ? 'sha1' : alg);
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }))
    h.update(chunk as Buffer);
  return h.digest('hex');
}

const str = (src: YamlSource, node: unknown, key: string): string => {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    throw yamlError(
      src,
      node as Node,
      `'${key}' must be a non-empty string`,
      `write ${key}: "<text>"`,
    );
  }
  return node.value.trim();
};

const FILE_KEYS = ['name', 'path', 'uri', 'digest', 'license', 'split', 'annotations'];

/** The entries of a datasets file. */
export function parseDatasetsFile(text: string, label: string): DatasetSpec[] {
  const input: InputName = 'datasets-file';
  const fix = `write a list of entries with keys ${FILE_KEYS.join(', ')}`;
  const src = parseYaml(text, { input, label, fix });
  const root = src.doc.contents;
  if (root === null) return [];
  if (!isSeq(root)) throw yamlError(src, root, 'a datasets file must be a list of datasets', fix);
  const specs: DatasetSpec[] = [];
  for (const item of root.items) {
    if (!isMap(item)) throw yamlError(src, item as Node, 'each dataset must be a mapping', fix);
    const where = src.at(item);
    const ctx = { input, where, value: label };
    const spec: DatasetSpec = { input, where, value: label, target: { uri: '' }, claimed: {} };
    let path: string | undefined;
    let uri: string | undefined;
    for (const pair of item.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      const v = pair.value;
      switch (key) {
        case 'name':
          spec.name = str(src, v, key);
          break;
        case 'path':
          path = str(src, v, key);
          break;
        case 'uri':
          uri = str(src, v, key);
          break;
        case 'license':
          spec.license = str(src, v, key);
          break;
        case 'split':
          spec.split = str(src, v, key);
          break;
        case 'digest':
          if (isScalar(v) && typeof v.value === 'string') {
            const m = DIGEST_TOKEN.exec(v.value.trim());
            if (!m)
              throw yamlError(
                src,
                v,
                `'${v.value}' is not ALG:HEX`,
                `write digest: sha256:<64 hex>, or a mapping {sha256: <hex>}`,
              );
            addDigest(
              spec.claimed,
              ...parseDigest(m[1]!, m[2]!, { ...ctx, where: src.at(v) }),
              ctx,
            );
          } else if (isMap(v)) {
            for (const d of v.items) {
              const alg = isScalar(d.key) ? String(d.key.value) : '';
              const hex =
                isScalar(d.value) && typeof d.value.value === 'string'
                  ? d.value.value.trim()
                  : undefined;
              if (hex === undefined)
                throw yamlError(
                  src,
                  (d.value ?? d.key) as Node,
                  `the ${alg} digest must be a hex string`,
                  'quote the digest',
                );
              addDigest(
                spec.claimed,
                ...parseDigest(alg, hex, { ...ctx, where: src.at(d.key as Node) }),
                ctx,
              );
            }
          } else {
            throw yamlError(
              src,
              v as Node,
              "'digest' must be ALG:HEX or a mapping of algorithm to hex",
              'write digest: sha256:<64 hex>',
            );
          }
          break;
        case 'annotations': {
          if (!isMap(v))
            throw yamlError(
              src,
              v as Node,
              "'annotations' must be a mapping",
              'write annotations: {key: value}',
            );
          spec.annotations = nodeToJson(src, v) as Record<string, unknown>;
          for (const pair of v.items) {
            const k = isScalar(pair.key) ? String(pair.key.value) : '';
            // Our own keys would be dropped from the record (ours win): say so instead.
            if ((DATASET_ANNOTATION_KEYS as readonly string[]).includes(k))
              throw yamlError(
                src,
                pair.key as Node,
                `annotation key '${k}' is reserved (training-provenance writes it)`,
                FILE_KEYS.includes(k)
                  ? `use the entry's own '${k}' key`
                  : `rename the annotation (reserved: ${DATASET_ANNOTATION_KEYS.join(', ')})`,
              );
          }
          break;
        }
        default:
          throw yamlError(src, keyNode, `unknown key '${key}'`, `use only ${FILE_KEYS.join(', ')}`);
      }
    }
    if ((path === undefined) === (uri === undefined)) {
      throw yamlError(src, item, "each dataset needs exactly one of 'path' or 'uri'", fix);
    }
    spec.target =
      path !== undefined
        ? { local: path }
        : SCHEME.test(uri!) && !/^file:/i.test(uri!)
          ? { uri: normalizeReferenceUri(uri!, Object.keys(spec.claimed).length > 0, ctx) }
          : { local: fromFileUri(uri!, ctx) };
    specs.push(spec);
  }
  return specs;
}

async function readDatasetsFile(path: string, workspace: string): Promise<DatasetSpec[]> {
  // Read, not recorded: it may live outside the workspace (e.g. under RUNNER_TEMP).
  const abs = resolve(workspace, path);
  const err = (
    code: 'NO_MATCH' | 'FILE_UNREADABLE' | 'INPUT_INVALID',
    what: string,
    fix: string,
    cause?: unknown,
  ) =>
    new ProvenanceError(code, `'${path}' ${what}`, {
      input: 'datasets-file',
      value: path,
      fix,
      cause,
    });
  let bytes: Buffer;
  try {
    const st = await stat(abs);
    if (!st.isFile())
      throw err(
        'INPUT_INVALID',
        'is not a file',
        'name the JSON or YAML file the training code wrote',
      );
    if (st.size > MAX_DATASETS_FILE_BYTES)
      throw err(
        'INPUT_INVALID',
        `is over ${MAX_DATASETS_FILE_BYTES} bytes`,
        'list datasets, not their contents',
      );
    bytes = await readFile(abs);
  } catch (e) {
    if (e instanceof ProvenanceError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw err(
        'NO_MATCH',
        `does not exist (looked for ${abs})`,
        'check the path (relative to the workspace) and that training wrote the file before this step',
        e,
      );
    }
    throw err(
      'FILE_UNREADABLE',
      `cannot be read: ${(e as Error).message}`,
      'check the file permissions',
      e,
    );
  }
  return parseDatasetsFile(bytes.toString('utf8').replace(/^\uFEFF/, ''), path);
}

/** Hashed local entries and the dvc.lock files among them, per spec. */
type Resolved = { spec: DatasetSpec; entries: ResolvedPath[]; dvc: DatasetRef[] };

export async function collectDatasets(opts: DatasetsOptions): Promise<DatasetRef[]> {
  const specs: DatasetSpec[] = [];
  opts.datasets.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t !== '' && !t.startsWith('#')) specs.push(parseDatasetLine(t, i + 1));
  });
  if (opts.datasetsFile && opts.datasetsFile.trim() !== '') {
    specs.push(...(await readDatasetsFile(opts.datasetsFile.trim(), opts.workspace)));
  }

  const resolved: Resolved[] = [];
  for (const spec of specs) {
    if (!('local' in spec.target)) {
      resolved.push({ spec, entries: [], dvc: [] });
      continue;
    }
    const found = await resolvePatterns([spec.target.local], {
      workspace: opts.workspace,
      input: spec.input,
    });
    const locks = found.filter(
      (e) => e.kind === 'file' && posix.basename(e.relPath) === 'dvc.lock',
    );
    const dvc: DatasetRef[] = [];
    for (const lock of locks) {
      if (spec.name !== undefined || Object.keys(spec.claimed).length > 0) {
        throw invalid(
          spec.input,
          spec.where,
          spec.value,
          'a dvc.lock takes no name and no digest: each dependency is named by its path',
          `list '${lock.relPath}' alone`,
        );
      }
      dvc.push(...parseDvcLock(await readFile(lock.path, 'utf8'), { relPath: lock.relPath }));
    }
    const entries = found.filter((e) => !locks.includes(e));
    if (spec.name !== undefined && entries.length > 1) {
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        `the name '${spec.name}' would name ${entries.length} datasets ('${spec.target.local}' matches ${entries.map((e) => e.relPath).join(', ')})`,
        'drop the NAME= prefix (each file is then named by its path), or name the directory that holds them',
      );
    }
    resolved.push({ spec, entries, dvc });
  }

  const digested = await digestResolved(
    resolved.flatMap((r) => r.entries),
    { input: 'datasets', onProgress: opts.onProgress },
  );

  const out: { ref: DatasetRef; where: string; input: InputName; value: string }[] = [];
  for (const { spec, entries, dvc } of resolved) {
    const extras = (ref: DatasetRef): DatasetRef => {
      if (spec.license !== undefined) ref.license = spec.license;
      if (spec.split !== undefined) ref.split = spec.split;
      if (spec.annotations !== undefined)
        ref.annotations = { ...spec.annotations, ...ref.annotations };
      return ref;
    };
    if ('uri' in spec.target) {
      const uri = spec.target.uri;
      const { digest, notes } = referenceFacts(uri, spec);
      for (const [alg, hex] of Object.entries(spec.claimed)) addDigest(digest, alg, hex, spec);
      const ref: DatasetRef = {
        name: spec.name ?? uri,
        kind: 'reference',
        uri,
        digest,
        unpinned: Object.keys(digest).length === 0,
      };
      if (Object.keys(notes).length > 0) ref.annotations = notes;
      out.push({ ref: extras(ref), ...spec });
      continue;
    }
    for (const ref of dvc) out.push({ ref: extras(ref), ...spec });
    for (const entry of entries) {
      const ref: DatasetRef =
        entry.kind === 'file'
          ? {
              name: spec.name ?? entry.relPath,
              kind: 'local-file',
              uri: fileUri(entry.relPath),
              path: entry.relPath,
              digest: { sha256: digested.byRelPath.get(entry.relPath)!.sha256 },
              unpinned: false,
            }
          : (() => {
              const dir = digested.directories.get(entry.relPath)!;
              return {
                name: spec.name ?? entry.relPath,
                kind: 'local-directory' as const,
                uri: fileUri(entry.relPath),
                path: entry.relPath,
                digest: { sha256: dir.root },
                unpinned: false,
                fileCount: dir.files.length,
                totalBytes: dir.totalBytes,
              };
            })();
      await checkClaims(ref, entry, spec);
      out.push({ ref: extras(ref), ...spec });
    }
  }

  const seen = new Map<string, string>();
  for (const { ref, where, input, value } of out) {
    const first = seen.get(ref.name);
    if (first !== undefined) {
      throw invalid(
        input,
        where,
        value,
        `the dataset name '${ref.name}' is already used (${first})`,
        'give each dataset its own name with NAME= (or name: in the datasets file)',
      );
    }
    seen.set(ref.name, where);
  }
  return out.map((o) => o.ref);
}

/** A local dataset with a claimed digest must have that digest; add the ones that match. */
async function checkClaims(ref: DatasetRef, entry: ResolvedPath, spec: DatasetSpec): Promise<void> {
  for (const [alg, claimed] of Object.entries(spec.claimed)) {
    let actual: string;
    if (alg === 'sha256') actual = ref.digest.sha256!;
    else if (entry.kind === 'directory') {
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        `'${entry.relPath}' is a directory: only its sha256 (OMS root digest) can be checked, not ${alg}`,
        'give the sha256 that `model_signing digest DIR` prints, or no digest',
      );
    } else if (alg === 'gitCommit') {
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        'a gitCommit digest names a commit, not the content of a local file',
        'give a sha256 of the file, or no digest',
      );
    } else actual = await digestWith(entry.path, alg);
    if (actual !== claimed) {
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        `'${entry.relPath}' has ${alg} ${actual}, not the ${claimed} given`,
        'check that the data on disk is the data you meant, then update or remove the digest',
      );
    }
    ref.digest[alg] = actual;
  }
}
