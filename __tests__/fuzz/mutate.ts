// Structural mutators for the parser fuzz suites: each starts from a valid document and breaks
// it the ways hostile or careless files do (a field dropped, a type changed, null, a list or an
// object in place of a scalar, huge numbers, long and odd strings, deep nesting, keys that
// shadow Object.prototype), then, for files, the text itself (truncated, cut, spliced, BOM, CRLF).
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = Array<string | number>;

/** An object with `key` as an own property, even `__proto__` (plain assignment would set the prototype). */
function withOwn(o: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

function nested(depth: number): Json {
  let v: Json = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/**
 * Stands for 100,000 nested lists: deeper than JSON.stringify or structuredClone can take, as
 * deep as JSON.parse reads. toText writes it out.
 */
const DEEP = '\u0000DEEP\u0000';
const DEEP_TEXT = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

/** A document as the file holds it: JSON, with DEEP written out. */
export function toText(d: Json): string {
  return JSON.stringify(d).replaceAll(JSON.stringify(DEEP), DEEP_TEXT);
}

/** Values that have broken parsers before: each is valid JSON. */
const HOSTILE: ReadonlyArray<() => Json> = [
  () => null,
  () => true,
  () => 0,
  () => -1,
  () => 1.5,
  () => 1e308,
  () => -1e308,
  () => 2 ** 53 + 2,
  () => 5e-324,
  () => '',
  () => ' ',
  () => '\u0000',
  () => '\uD800',
  () => 'é💥\u202E',
  () => 'x'.repeat(100_000),
  () => '../../etc/passwd',
  () => '/etc/passwd',
  () => 'sha256:',
  () => '0',
  () => 'true',
  () => [],
  () => ({}),
  () => [null],
  () => nested(1_000),
  () => DEEP,
  () => Array.from({ length: 10_000 }, () => 'a'),
  () => withOwn({}, 'toString', 1) as Json,
  () => withOwn(withOwn({}, 'toString', 'x'), 'valueOf', 'y') as Json,
  () => withOwn({}, '__proto__', { polluted: true }) as Json,
  () => withOwn({}, 'constructor', null) as Json,
];

/** A hostile value or an arbitrary JSON value. */
export const weird: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.integer({ min: 0, max: HOSTILE.length - 1 }).map((i) => HOSTILE[i]!()),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Keys worth adding: those that shadow Object.prototype, and arbitrary ones. */
const weirdKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'toString', 'valueOf', 'constructor', 'hasOwnProperty', ''),
  fc.string({ maxLength: 12 }),
);

const KINDS = [
  'delete',
  'replace',
  'wrap-list',
  'wrap-object',
  'to-string',
  'to-number',
  'swap',
  'add-key',
  'duplicate',
] as const;

export interface Mutation {
  kind: (typeof KINDS)[number];
  /** Which node, modulo the number of nodes (of the top two levels only, when `shallow`). */
  at: number;
  shallow: boolean;
  /** Another node, for `swap`. */
  other: number;
  value: Json;
  key: string;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  at: fc.nat(),
  shallow: fc.boolean(),
  other: fc.nat(),
  value: weird,
  key: weirdKey,
});

/** Every node's path, the root first (capped: big documents are sampled in their first nodes). */
function paths(doc: Json, cap = 5_000): Path[] {
  const out: Path[] = [];
  const walk = (v: Json, p: Path) => {
    if (out.length >= cap) return;
    out.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(doc, []);
  return out;
}

function get(doc: Json, p: Path): Json {
  return p.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, doc);
}

function changed(kind: Mutation['kind'], old: Json, m: Mutation, doc: Json): Json | undefined {
  switch (kind) {
    case 'replace':
      return m.value;
    case 'wrap-list':
      return [old];
    case 'wrap-object':
      return withOwn({}, m.key, old) as Json;
    case 'to-string':
      return typeof old === 'string' ? `${old}${old}` : JSON.stringify(old);
    case 'to-number':
      return typeof old === 'number'
        ? -old - 1
        : Number(typeof old === 'string' ? old.length : 1e21);
    case 'swap': {
      const all = paths(doc);
      return structuredClone(get(doc, all[m.other % all.length]!));
    }
    case 'add-key':
      if (old !== null && typeof old === 'object' && !Array.isArray(old))
        return withOwn({ ...old }, m.key, m.value) as Json;
      return Array.isArray(old) ? [...old, m.value] : m.value;
    case 'duplicate':
      return Array.isArray(old) && old.length > 0 ? [...old, structuredClone(old[0]!)] : [old, old];
    default:
      return undefined;
  }
}

/** `doc` with one mutation applied (a copy; the original is left alone). */
export function applyMutation(doc: Json, m: Mutation): Json {
  const copy = structuredClone(doc);
  // Half the mutations hit the top two levels, where the fields a parser checks first are:
  // a big document would otherwise spend them on leaves deep in a list.
  const all = paths(copy).filter((q) => !m.shallow || q.length <= 2);
  const p = all[m.at % all.length]!;
  if (p.length === 0)
    return m.kind === 'delete' ? m.value : (changed(m.kind, copy, m, copy) ?? copy);
  const parent = get(copy, p.slice(0, -1)) as Record<string | number, Json> & Json[];
  const key = p[p.length - 1]!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
    return copy;
  }
  withOwn(parent as Record<string, unknown>, String(key), changed(m.kind, parent[key]!, m, copy));
  return copy;
}

/** A valid document with one to three structural mutations. */
export function mutated(doc: Json): fc.Arbitrary<Json> {
  return fc
    .array(mutation, { minLength: 1, maxLength: 3 })
    .map((ms) => ms.reduce((d, m) => applyMutation(d, m), doc));
}

/** Text-level damage: what a bad download, an editor or a hand edit does to a file. */
export function mangledText(text: string): fc.Arbitrary<string> {
  const pos = fc.nat({ max: Math.max(0, text.length) });
  const lines = text.split('\n');
  const line = fc.nat({ max: Math.max(0, lines.length - 1) });
  return fc.oneof(
    pos.map((i) => text.slice(0, i)),
    fc.tuple(pos, pos).map(([a, b]) => text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b))),
    fc
      .tuple(pos, fc.string({ unit: 'binary', maxLength: 20 }))
      .map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    line.map((i) => [...lines.slice(0, i + 1), ...lines.slice(i)].join('\n')),
    line.map((i) => [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n')),
    fc.tuple(line, line).map(([i, j]) => {
      const l = [...lines];
      [l[i], l[j]] = [l[j]!, l[i]!];
      return l.join('\n');
    }),
    fc.constant(`\uFEFF${text}`),
    fc.constant(text.replace(/\n/g, '\r\n')),
    fc.constant(`${text}\u0000`),
    fc.constant(`${text}\n${text}`),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );
}

/** A mutated document as a parser gets it: parsed from its text, as the gate reads it. */
export function mutatedJson(doc: Json): fc.Arbitrary<unknown> {
  return mutated(doc).map((d) => JSON.parse(toText(d)) as unknown);
}

/** What a file of `doc` may hold: mutated structure, damaged text, or both. */
export function badFile(doc: Json, serialize: (d: Json) => string = toText): fc.Arbitrary<string> {
  return fc.oneof(
    mutated(doc).map(serialize),
    mangledText(serialize(doc)),
    mutated(doc).chain((d) => mangledText(serialize(d))),
  );
}
