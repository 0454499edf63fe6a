// Hyperparameters: a JSON/YAML file in the workspace, or an inline JSON/YAML mapping,
// recorded as externalParameters.parameters (and the file's digest as parametersSource).
// Also home of the YAML → JSON-safe conversion the datasets file and dvc.lock use, so
// that every YAML we read reports errors the same way: `source:LINE:COL: what`.
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { ProvenanceError } from '../errors.js';
import type { ResourceDescriptor } from '../types.js';
import { existsLexically, resolvePatterns } from './paths.js';
import {
  credentialsNotice,
  redactCredentials,
  stripCredentialsInJson,
} from '../uri-credentials.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

/** A parsed YAML (or JSON) document with positions for error messages. */
export interface YamlSource {
  doc: Document.Parsed;
  /** `source:LINE:COL` of a node, or `source` when the node has no position. */
  at(node: Node | null | undefined): string;
  /** Context for errors: the input at fault and the label of the text (a path or "inline"). */
  input: string;
  label: string;
  /** The value errors quote: the file's path, or the inline text. */
  value: string;
}

/** Most nodes a document may expand to through aliases: a guard against alias bombs. */
const MAX_NODES = 200_000;
/** Parameters are recorded in the signed statement; keep them to what a statement carries well. */
export const MAX_PARAMETERS_BYTES = 1024 * 1024;

/** Parse YAML 1.2 (JSON is a subset), failing with PARSE_ERROR at the first syntax error. */
export function parseYaml(
  text: string,
  ctx: { input: string; label: string; value?: string; fix: string },
): YamlSource {
  const lc = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lc,
    intAsBigInt: true,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const posOf = (offset: number | undefined) => {
    if (offset === undefined) return ctx.label;
    const { line, col } = lc.linePos(offset);
    return `${ctx.label}:${line}:${col}`;
  };
  const err = doc.errors[0];
  if (err) {
    const where = err.linePos
      ? `${ctx.label}:${err.linePos[0].line}:${err.linePos[0].col}`
      : posOf(err.pos[0]);
    throw new ProvenanceError('PARSE_ERROR', `${where}: ${err.message.split('\n')[0]}`, {
      input: ctx.input,
      value: ctx.value ?? ctx.label,
      fix: ctx.fix,
      cause: err,
    });
  }
  return {
    doc,
    input: ctx.input,
    label: ctx.label,
    value: ctx.value ?? ctx.label,
    at: (node) => posOf(node?.range?.[0]),
  };
}

/** Error at a node of a YAML source. */
export function yamlError(
  src: YamlSource,
  node: Node | null | undefined,
  what: string,
  fix: string,
): ProvenanceError {
  return new ProvenanceError('INPUT_INVALID', `${src.at(node)}: ${what}`, {
    input: src.input,
    value: src.value,
    fix,
  });
}

/**
 * The JSON value of a node: mappings with scalar keys, sequences, strings, finite numbers
 * (integers within 2^53, so nothing is silently rounded), booleans and null.
 */
export function nodeToJson(src: YamlSource, node: unknown): JsonValue {
  let budget = MAX_NODES;
  const convert = (n: unknown): JsonValue => {
    if (--budget < 0)
      throw yamlError(
        src,
        undefined,
        'the document expands to too many values',
        'remove aliases that repeat large parts',
      );
    if (n === null || n === undefined) return null;
    if (isAlias(n)) return convert(n.resolve(src.doc));
    if (isMap(n)) return mappingToJson(src, n, convert);
    if (isSeq(n)) return n.items.map(convert);
    if (isScalar(n)) return scalarToJson(src, n);
    throw yamlError(
      src,
      undefined,
      'unexpected YAML node',
      'use strings, numbers, booleans, lists and mappings',
    );
  };
  return convert(node);
}

function mappingToJson(
  src: YamlSource,
  n: YAMLMap,
  convert: (n: unknown) => JsonValue,
): { [k: string]: JsonValue } {
  const out: { [k: string]: JsonValue } = {};
  for (const pair of n.items) {
    const keyNode = pair.key as Node | null;
    if (keyNode !== null && !isScalar(keyNode))
      throw yamlError(src, keyNode, 'a mapping key must be a plain value', 'use string keys');
    const k = keyNode === null ? '' : String(keyNode.value);
    // defineProperty: a key named __proto__ stays data.
    Object.defineProperty(out, k, {
      value: convert(pair.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function scalarToJson(src: YamlSource, n: Scalar): JsonValue {
  const v = n.value;
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw yamlError(
        src,
        n,
        `the integer ${v} is too large to record exactly`,
        'quote it as a string',
      );
    }
    return Number(v);
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v))
      throw yamlError(
        src,
        n,
        `${String(v)} is not a finite number`,
        'record it as a string or leave it out',
      );
    return v;
  }
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
  throw yamlError(
    src,
    n,
    `a value of type ${n.tag ?? typeof v} cannot be recorded as JSON`,
    'use strings, numbers, booleans, lists and mappings',
  );
}

export interface CollectedParameters {
  parameters: Record<string, unknown>;
  /** The file the parameters came from; absent for an inline mapping. */
  source?: ResourceDescriptor;
}

const INPUT = 'parameters';
const FIX =
  "give a YAML/JSON mapping, e.g. 'lr: 0.001' or '{\"lr\": 0.001}', or the path of such a file in the workspace";

function decodeUtf8(bytes: Buffer, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ProvenanceError('PARSE_ERROR', `${label} is not UTF-8 text`, {
      input: INPUT,
      value: label,
      fix: FIX,
      cause: e,
    });
  }
}

/** Parse text into a mapping or fail naming where and why. */
function parseMapping(text: string, label: string, value: string): Record<string, unknown> {
  const src = parseYaml(text, { input: INPUT, label, value, fix: FIX });
  const contents = src.doc.contents;
  if (!isMap(contents)) {
    const kind = isSeq(contents) ? 'a list' : contents === null ? 'empty' : 'a single value';
    throw new ProvenanceError(
      'PARSE_ERROR',
      `${src.at(contents)}: the parameters must be a mapping of names to values, not ${kind}`,
      {
        input: INPUT,
        value,
        fix: FIX,
      },
    );
  }
  return nodeToJson(src, contents) as Record<string, unknown>;
}

const looksLikePath = (s: string) =>
  !/[\s{}[\]]/.test(s) && (/\.(json|ya?ml)$/i.test(s) || s.includes('/'));

/** Where the hyperparameters come from: nothing, a file (absolute), or inline YAML/JSON text. */
export type ParametersSource =
  | { kind: 'none' }
  | { kind: 'file'; path: string; typed: string }
  | { kind: 'inline'; text: string };

/**
 * What the user typed for `parameters`: a file when a file of that name exists (relative to
 * `base`); a missing one that looks like a path is an error; otherwise an inline mapping.
 */
export async function parametersSource(raw: string, base: string): Promise<ParametersSource> {
  const text = raw.trim();
  if (text === '') return { kind: 'none' };
  const singleLine = !text.includes('\n');
  if (singleLine && !text.startsWith('{') && (await existsLexically(resolve(base, text))))
    return { kind: 'file', path: resolve(base, text), typed: text };
  if (singleLine && looksLikePath(text) && Buffer.byteLength(text) <= MAX_PARAMETERS_BYTES) {
    throw new ProvenanceError('NO_MATCH', `'${text}' is no file (${resolve(base, text)})`, {
      input: INPUT,
      value: text,
      fix: 'check the path and that the file is written before this step, or give an inline mapping',
    });
  }
  return { kind: 'inline', text };
}

export async function collectParameters(
  source: ParametersSource,
  opts: { workspace: string; notice?: (line: string) => void },
): Promise<CollectedParameters | undefined> {
  const got = await parametersOf(source, opts);
  if (!got) return undefined;
  // Hyperparameters are recorded as given, less the credentials of any URI in them.
  const parameters = stripCredentialsInJson(got.parameters, (path, s) =>
    opts.notice?.(credentialsNotice(`parameters ${path}`, s)),
  );
  return { ...got, parameters };
}

async function parametersOf(
  source: ParametersSource,
  opts: { workspace: string },
): Promise<CollectedParameters | undefined> {
  if (source.kind === 'none') return undefined;
  if (source.kind === 'file') return parametersFile(source, opts.workspace);
  const text = source.text;
  if (Buffer.byteLength(text) > MAX_PARAMETERS_BYTES) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `the inline parameters are over ${MAX_PARAMETERS_BYTES} bytes`,
      {
        input: INPUT,
        value: redactCredentials(text).slice(0, 40) + '…',
        fix: 'record only the hyperparameters',
      },
    );
  }
  // Errors quote the inline text itself (shortened), positions counted within it.
  // Credentials are hidden before the text is cut, so no part of one is ever shown.
  const singleLine = !text.includes('\n');
  const shown = redactCredentials(text);
  const quoted = `'${shown.length > 60 || !singleLine ? shown.slice(0, 57).split('\n')[0] + '…' : shown}'`;
  return { parameters: parseMapping(text, `inline ${quoted}`, quoted) };
}

/** A parameters file in the workspace: parsed, and recorded by the digest of the bytes parsed. */
async function parametersFile(
  source: Extract<ParametersSource, { kind: 'file' }>,
  workspace: string,
): Promise<CollectedParameters> {
  const text = source.typed;
  const [entry] = await resolvePatterns([source.path], { workspace, input: INPUT });
  if (!entry || entry.kind !== 'file') {
    throw new ProvenanceError('INPUT_INVALID', `'${text}' is a directory`, {
      input: INPUT,
      value: text,
      fix: FIX,
    });
  }
  let bytes: Buffer;
  try {
    const st = await lstat(entry.path);
    if (st.size > MAX_PARAMETERS_BYTES) {
      throw new ProvenanceError(
        'INPUT_INVALID',
        `'${text}' is ${st.size} bytes, over the ${MAX_PARAMETERS_BYTES} bytes parameters may take`,
        {
          input: INPUT,
          value: text,
          fix: 'record only the hyperparameters, and attach large files as byproducts',
        },
      );
    }
    bytes = await readFile(entry.path);
  } catch (e) {
    if (e instanceof ProvenanceError) throw e;
    throw new ProvenanceError(
      'FILE_UNREADABLE',
      `'${text}' cannot be read: ${(e as Error).message}`,
      {
        input: INPUT,
        value: text,
        fix: 'check the file permissions; the step runs as the runner user',
        cause: e,
      },
    );
  }
  // The digest is of the very bytes parsed, so the record and its source cannot disagree.
  const parameters = parseMapping(decodeUtf8(bytes, entry.relPath), entry.relPath, entry.relPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { parameters, source: { name: entry.relPath, digest: { sha256 } } };
}
