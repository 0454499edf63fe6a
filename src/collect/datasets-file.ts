// The datasets file the training code writes: a JSON or YAML list of
// {name, path | uri, digest, license, split, annotations}, read with positions so that every
// error names the file, line and column.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { DigestSet } from '../types.js';
import { ProvenanceError } from '../errors.js';
import { DATASET_ANNOTATION_KEYS } from '../statement/layout.js';
import {
  addDigest,
  DIGEST_TOKEN,
  fromFileUri,
  parseDigest,
  SCHEME,
  type DatasetSpec,
  type Notice,
  type SpecContext,
} from './dataset-spec.js';
import { nodeToJson, parseYaml, yamlError, type YamlSource } from './parameters.js';
import { normalizeReferenceUri } from './reference-uri.js';
import { credentialsNotice, stripCredentialsInJson } from '../uri-credentials.js';

const MAX_DATASETS_FILE_BYTES = 16 * 1024 * 1024;

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

const FILE_KEYS = [
  'name',
  'path',
  'uri',
  'digests',
  'manifest',
  'digest',
  'license',
  'split',
  'annotations',
];

/** The entries of a datasets file. */
export function parseDatasetsFile(text: string, label: string, notice?: Notice): DatasetSpec[] {
  const fix = `write a list of entries with keys ${FILE_KEYS.join(', ')}`;
  const src = parseYaml(text, { input: INPUT, label, fix });
  const root = src.doc.contents;
  if (root === null) return [];
  if (!isSeq(root)) throw yamlError(src, root, 'a datasets file must be a list of datasets', fix);
  return root.items.map((item) => {
    if (!isMap(item)) throw yamlError(src, item as Node, 'each dataset must be a mapping', fix);
    return readEntry(src, item, fix, notice);
  });
}

const INPUT = 'datasets-file' as const;

function readEntry(src: YamlSource, item: YAMLMap, fix: string, notice?: Notice): DatasetSpec {
  const where = src.at(item);
  const ctx = { input: INPUT, where, value: src.label };
  const spec: DatasetSpec = { ...ctx, target: { uri: '' }, claimed: {} };
  const place: { path?: string; uri?: string; digests?: string; manifest?: string } = {};
  for (const pair of item.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const v = pair.value as Node;
    if (key === 'name' || key === 'license' || key === 'split') spec[key] = str(src, v, key);
    else if (key === 'path' || key === 'uri' || key === 'digests' || key === 'manifest')
      place[key] = str(src, v, key);
    else if (key === 'digest') readDigest(src, v, spec.claimed, ctx);
    else if (key === 'annotations') spec.annotations = readAnnotations(src, v, notice);
    else throw yamlError(src, keyNode, `unknown key '${key}'`, `use only ${FILE_KEYS.join(', ')}`);
  }
  const { path, uri, digests, manifest } = place;
  if (manifest !== undefined)
    return manifestEntry(src, item, spec, { manifest, uri, path, digests }, fix, notice);
  if ([path, uri, digests].filter((x) => x !== undefined).length !== 1) {
    throw yamlError(src, item, "each dataset needs exactly one of 'path', 'uri' or 'digests'", fix);
  }
  if (digests !== undefined && Object.keys(spec.claimed).length > 0) {
    throw yamlError(
      src,
      item,
      "a digest list takes no 'digest': it is recorded by its own sha256",
      fix,
    );
  }
  spec.target =
    digests !== undefined
      ? { digestList: digests }
      : path !== undefined
        ? { local: path }
        : SCHEME.test(uri!) && !/^file:/i.test(uri!)
          ? {
              uri: normalizeReferenceUri(uri!, Object.keys(spec.claimed).length > 0, {
                ...ctx,
                notice,
              }),
            }
          : { local: fromFileUri(uri!, ctx) };
  return spec;
}

/** `manifest: FILE` with, optionally, `uri:` saying where the data it lists lives. */
function manifestEntry(
  src: YamlSource,
  item: YAMLMap,
  spec: DatasetSpec,
  place: { manifest: string; uri?: string; path?: string; digests?: string },
  fix: string,
  notice?: Notice,
): DatasetSpec {
  if (place.path !== undefined || place.digests !== undefined)
    throw yamlError(
      src,
      item,
      "a 'manifest' entry takes no 'path' or 'digests' ('uri' says where the data is)",
      fix,
    );
  const location =
    place.uri === undefined
      ? undefined
      : normalizeReferenceUri(place.uri, true, { ...spec, notice });
  spec.target = { manifest: place.manifest, ...(location ? { location } : {}) };
  return spec;
}

/** `digest: ALG:HEX` or `digest: {ALG: HEX, ...}`. */
function readDigest(src: YamlSource, v: Node, into: DigestSet, ctx: SpecContext): void {
  if (isScalar(v) && typeof v.value === 'string') {
    const m = DIGEST_TOKEN.exec(v.value.trim());
    if (!m)
      throw yamlError(
        src,
        v,
        `'${v.value}' is not ALG:HEX`,
        `write digest: sha256:<64 hex>, or a mapping {sha256: <hex>}`,
      );
    addDigest(into, ...parseDigest(m[1]!, m[2]!, { ...ctx, where: src.at(v) }), ctx);
    return;
  }
  if (!isMap(v))
    throw yamlError(
      src,
      v,
      "'digest' must be ALG:HEX or a mapping of algorithm to hex",
      'write digest: sha256:<64 hex>',
    );
  for (const d of v.items) {
    const alg = isScalar(d.key) ? String(d.key.value) : '';
    const hex =
      isScalar(d.value) && typeof d.value.value === 'string' ? d.value.value.trim() : undefined;
    if (hex === undefined)
      throw yamlError(
        src,
        (d.value ?? d.key) as Node,
        `the ${alg} digest must be a hex string`,
        'quote the digest',
      );
    addDigest(into, ...parseDigest(alg, hex, { ...ctx, where: src.at(d.key as Node) }), ctx);
  }
}

function readAnnotations(src: YamlSource, v: Node, notice?: Notice): Record<string, unknown> {
  if (!isMap(v))
    throw yamlError(src, v, "'annotations' must be a mapping", 'write annotations: {key: value}');
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
  // Annotations are recorded as given, less the credentials of any URI in them.
  return stripCredentialsInJson(nodeToJson(src, v) as Record<string, unknown>, (path, s) =>
    notice?.(credentialsNotice(`${src.at(v)}: annotations.${path}`, s)),
  );
}

export async function readDatasetsFile(
  path: string,
  workspace: string,
  notice?: Notice,
): Promise<DatasetSpec[]> {
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
  return parseDatasetsFile(bytes.toString('utf8').replace(/^\uFEFF/, ''), path, notice);
}
