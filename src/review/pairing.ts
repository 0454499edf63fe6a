// What the record comparisons share: whether two digest sets name the same content, and which
// entry of the base matches which of the head (datasets, base models).
import type { DigestSet } from '../types.js';

/**
 * Two digest sets name the same content when every algorithm they share agrees; sets with
 * no algorithm in common cannot be shown equal, so they count as different. Two empty
 * sets (two unpinned references) are equal: there is nothing to tell them apart.
 */
export function sameDigest(a: DigestSet, b: DigestSet): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length === 0 && kb.length === 0) return true;
  const shared = ka.filter((k) => k in b);
  if (shared.length === 0) return false;
  return shared.every((k) => a[k]?.toLowerCase() === b[k]?.toLowerCase());
}

/** Pairs each head entry with a base one of the same name, else of the same URI. */
function pairByNameThenUri<T extends { name: string; uri?: string }>(
  base: readonly T[],
  head: readonly T[],
): { pairs: [T, T][]; added: T[]; removed: T[] } {
  const unmatched = new Set(base);
  const pairs: [T, T][] = [];
  const pending: T[] = [];
  for (const h of head) {
    const b = [...unmatched].find((d) => d.name === h.name);
    if (b) {
      unmatched.delete(b);
      pairs.push([b, h]);
    } else pending.push(h);
  }
  const added: T[] = [];
  for (const h of pending) {
    const b = h.uri ? [...unmatched].find((d) => d.uri === h.uri) : undefined;
    if (b) {
      unmatched.delete(b);
      pairs.push([b, h]);
    } else added.push(h);
  }
  return { pairs, added, removed: base.filter((d) => unmatched.has(d)) };
}

/** An entry in both records (paired as pairByNameThenUri pairs) that differs: what differs. */
export interface PairedChange<T, F> {
  /** The head's name. */
  name: string;
  before: T;
  after: T;
  /** What differs, in a fixed order. */
  fields: F[];
}

/** The entries added, removed and changed (by `fields`) from the base's to the head's. */
export function diffPaired<T extends { name: string; uri?: string }, F>(
  base: readonly T[],
  head: readonly T[],
  fields: (b: T, h: T) => F[],
): { added: T[]; removed: T[]; changed: PairedChange<T, F>[] } {
  const { pairs, added, removed } = pairByNameThenUri(base, head);
  const changed: PairedChange<T, F>[] = [];
  for (const [b, h] of pairs) {
    const f = fields(b, h);
    if (f.length > 0) changed.push({ name: h.name, before: b, after: h, fields: f });
  }
  return { added, removed, changed };
}
