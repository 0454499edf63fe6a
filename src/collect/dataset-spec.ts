// A dataset as the user described it, before anything is read, and the rules for what they
// typed: the `datasets` input's lines (`[NAME=]PATH-OR-URI [ALG:HEX]`) and the digests given.
// A `file:` URI is a local path.
import { fromBase } from './lists.js';
import type { DigestSet } from '../types.js';
import { ProvenanceError } from '../errors.js';
import { normalizeReferenceUri } from './reference-uri.js';

export type InputName = 'datasets' | 'datasets-file';

/** One dataset as the user described it, before anything is read. */
export interface DatasetSpec {
  input: InputName;
  /** `datasets line 3` or `data.yaml:4:3`: where to look when something is wrong. */
  where: string;
  /** The text at fault, quoted in errors. */
  value: string;
  name?: string;
  /** A local path or glob, a digest list (`digests:FILE`), a manifest, or a reference URI. */
  target:
    | { local: string }
    | { digestList: string }
    | { manifest: string; location?: string }
    | { uri: string };
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
export const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]+):(.*)$/;
export const DIGEST_TOKEN = /^([A-Za-z][A-Za-z0-9]*):(\S+)$/;

/** The message quotes the value unless the position already names it (`file.yaml:3:5`). */
export function invalid(
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
export function parseDigest(alg: string, hex: string, ctx: SpecContext): [string, string] {
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

export function addDigest(into: DigestSet, alg: string, hex: string, ctx: SpecContext): void {
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

/** Hears what was left out of a URI (its credentials), in a line that names no secret. */
export type Notice = (line: string) => void;

/** A reference line's URI and the `ALG:HEX` that may follow it. */
function parseReference(
  tokens: string[],
  ctx: SpecContext,
  notice?: Notice,
): Pick<DatasetSpec, 'target' | 'claimed'> {
  const line = ctx.value;
  if (tokens.length > 2) {
    throw invalid(
      ctx.input,
      ctx.where,
      line,
      `unexpected text after the URI: '${tokens.slice(2).join(' ')}'`,
      'write URI [ALG:HEX]; percent-encode spaces in the URI',
    );
  }
  const claimed: DigestSet = {};
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
  const uri = normalizeReferenceUri(tokens[0]!, hasDigest, { ...ctx, notice });
  return { target: { uri }, claimed };
}

/** `manifest:PATH [URI]`: a manifest made where the data lives, and where that is. */
function parseManifestLine(
  rest: string,
  ctx: SpecContext,
  notice?: Notice,
): Pick<DatasetSpec, 'target' | 'claimed'> {
  const tokens = rest.slice('manifest:'.length).trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 2)
    throw invalid(
      ctx.input,
      ctx.where,
      ctx.value,
      tokens.length ? 'unexpected text after the location URI' : 'manifest: names no file',
      'write manifest:PATH [URI], e.g. manifest:train.manifest.jsonl s3://bucket/train/',
    );
  const location =
    tokens[1] === undefined
      ? undefined
      : normalizeReferenceUri(tokens[1], true, { ...ctx, notice });
  return { target: { manifest: tokens[0]!, ...(location ? { location } : {}) }, claimed: {} };
}

/** One line of the `datasets` input. */
export function parseDatasetLine(line: string, lineNo: number, notice?: Notice): DatasetSpec {
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
  // `digests:FILE`: a list of content digests the training code wrote, committed to as a set.
  if (/^digests:/i.test(rest)) {
    const list = rest.slice('digests:'.length).trim();
    if (list === '')
      throw invalid(ctx.input, ctx.where, line, 'digests: names no file', 'write digests:PATH');
    return { ...ctx, name, target: { digestList: list }, claimed: {} };
  }
  if (/^manifest:/i.test(rest)) return { ...ctx, name, ...parseManifestLine(rest, ctx, notice) };
  const tokens = rest.split(/\s+/);
  const scheme = SCHEME.exec(tokens[0]!);
  if (scheme !== null && scheme[1]!.toLowerCase() !== 'file')
    return { ...ctx, name, ...parseReference(tokens, ctx, notice) };
  const claimed: DigestSet = {};
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
export function fromFileUri(path: string, ctx: SpecContext): string {
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

/** Where a spec's error points: the input, the place in it and the text at fault. */
export type SpecContext = { input: InputName; where: string; value: string };

/**
 * The `datasets` lines (blank ones and `#` comments too, so that errors count lines as typed) as specs, each local path, `digests:FILE` and `manifest:FILE` made
 * absolute against `base` (the action's workspace, the command's current directory): the
 * entry points parse here, once; the engine takes the specs.
 */
export function parseDatasetLines(
  lines: readonly string[],
  base: string,
  notice?: Notice,
): DatasetSpec[] {
  const at = (p: string) => fromBase(base, p);
  // Blank and `#` lines are skipped, and counted: errors name the line as the user sees it.
  return lines.flatMap((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return [];
    const spec = parseDatasetLine(line.trim(), i + 1, notice);
    const t = spec.target;
    if ('local' in t) return { ...spec, target: { local: at(t.local) } };
    if ('digestList' in t) return { ...spec, target: { digestList: at(t.digestList) } };
    if ('manifest' in t) return { ...spec, target: { ...t, manifest: at(t.manifest) } };
    return spec;
  });
}
