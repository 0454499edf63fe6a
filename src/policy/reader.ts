// Reading a policy's YAML tree with positions: each error is collected with its line and
// column (and a suggestion for a mistyped key) instead of stopping at the first.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
} from 'yaml';
import { ProvenanceError } from '../errors.js';

/** Every error of one policy file; `errors` lists them as `file:line:col: message`. */
export class PolicyError extends ProvenanceError {
  readonly errors: string[];
  constructor(source: string, errors: string[]) {
    super(
      'POLICY_INVALID',
      errors.length === 1
        ? errors[0]!
        : `${source} has ${errors.length} errors: ${errors.join('; ')}`,
      {
        input: 'policy',
        value: source,
        fix: 'correct the policy file; the README section "The policy file" lists every key',
      },
    );
    this.name = 'PolicyError';
    this.errors = errors;
  }
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return d[a.length]![b.length]!;
}

function suggest(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase().replace(/_/g, '-');
  let best: string | undefined;
  let bestD = Infinity;
  for (const cand of known) {
    // A prefix is its length difference away; any other key that much longer or shorter is
    // more than 2 away. Either way no O(n·m) table for a 200 kB key.
    const gap = Math.abs(k.length - cand.length);
    const prefix = k.startsWith(cand) || cand.startsWith(k);
    if (gap > 2 && !prefix) continue;
    const d = prefix ? gap : levenshtein(k, cand);
    if (d < bestD) {
      bestD = d;
      best = cand;
    }
  }
  return best !== undefined && (bestD <= 2 || best.startsWith(k) || k.startsWith(best))
    ? best
    : undefined;
}

/** Walks the YAML tree with positions, collecting errors instead of stopping at the first. */
export class Reader {
  private readonly found: Array<{ line: number; col: number; text: string }> = [];
  /** What is read but should be written otherwise (deprecated syntax), as `file:line:col: message`. */
  readonly notices: string[] = [];
  constructor(
    private readonly source: string,
    private readonly lines: LineCounter,
  ) {}

  notice(node: Node | null | undefined, message: string): void {
    const { line, col } = this.lines.linePos(node?.range?.[0] ?? 0);
    this.notices.push(`${this.source}:${line}:${col}: ${message}`);
  }

  /** `file:line:col` of a node, for what is checked after parsing (a key file named). */
  position(node: Node | null | undefined): string {
    const { line, col } = this.lines.linePos(node?.range?.[0] ?? 0);
    return `${this.source}:${line}:${col}`;
  }

  error(node: Node | Pair | null | undefined, message: string): void {
    const offset =
      (isPair(node)
        ? (node.key as Node | null)?.range?.[0]
        : (node as Node | null | undefined)?.range?.[0]) ?? 0;
    const { line, col } = this.lines.linePos(offset);
    this.found.push({ line, col, text: `${this.source}:${line}:${col}: ${message}` });
  }

  /** Every error so far, in the order of the file. */
  get errors(): string[] {
    return [...this.found].sort((a, b) => a.line - b.line || a.col - b.col).map((e) => e.text);
  }

  /** The pairs of a mapping, unknown keys reported. */
  map(
    node: Node | null | undefined,
    where: string,
    known: readonly string[],
  ): Map<string, Pair<Node, Node | null>> | undefined {
    if (!isMap(node)) {
      this.error(node, `${where} must be a mapping (key: value lines)${describe(node)}`);
      return undefined;
    }
    const out = new Map<string, Pair<Node, Node | null>>();
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') {
        this.error(
          pair,
          `keys under ${where} must be words, got ${describe(pair.key).replace(/^, got /, '')}`,
        );
        continue;
      }
      if (!known.includes(key)) {
        const s = suggest(key, known);
        this.error(
          pair,
          `unknown key '${key}' under ${where}${s ? `; did you mean '${s}'?` : `; known keys: ${known.join(', ')}`}`,
        );
        continue;
      }
      out.set(key, pair);
    }
    return out;
  }

  string(
    node: Node | null | undefined,
    name: string,
    opts: { numbersAsText?: boolean } = {},
  ): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '')
      return node.value;
    if (opts.numbersAsText && isScalar(node) && typeof node.value === 'number') {
      // `versions: 2.10` parses as the number 2.1: keep the text as written.
      return node.source ?? String(node.value);
    }
    this.error(node, `'${name}' must be a non-empty string${describe(node)}`);
    return undefined;
  }

  boolean(node: Node | null | undefined, name: string): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.error(node, `'${name}' must be true or false${describe(node)}`);
    return undefined;
  }

  /** A string or a list of strings, as a list. */
  stringOrList(
    node: Node | null | undefined,
    name: string,
    opts: { numbersAsText?: boolean } = {},
  ): Array<{ value: string; node: Node }> | undefined {
    if (isSeq(node)) return this.stringList(node, name, opts);
    const v = this.string(node, name, opts);
    return v === undefined ? undefined : [{ value: v, node: node! }];
  }

  stringList(
    node: Node | null | undefined,
    name: string,
    opts: { numbersAsText?: boolean } = {},
  ): Array<{ value: string; node: Node }> | undefined {
    if (!isSeq(node)) {
      this.error(node, `'${name}' must be a list${describe(node)}`);
      return undefined;
    }
    const out: Array<{ value: string; node: Node }> = [];
    node.items.forEach((item, i) => {
      const v = this.string(item as Node, `${name}[${i}]`, opts);
      if (v !== undefined) out.push({ value: v, node: item as Node });
    });
    return out;
  }
}

export function describe(node: unknown): string {
  if (node === null || node === undefined) return ', got nothing';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return ', got nothing';
    return `, got ${typeof v} ${JSON.stringify(v)}`;
  }
  if (isSeq(node)) return ', got a list';
  if (isMap(node)) return ', got a mapping';
  return '';
}

export function firstAlias(node: unknown): Node | undefined {
  if (isAlias(node)) return node;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      const found = isPair(item)
        ? (firstAlias(item.key) ?? firstAlias(item.value))
        : firstAlias(item);
      if (found) return found;
    }
  }
  return undefined;
}
