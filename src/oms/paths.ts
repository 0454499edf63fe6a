// Ignore paths as OMS records them: relative to the model directory, a directory ignoring
// everything below it (Python's `is_relative_to`). Recorded lists come from other tools, so
// they are normalised before use and entries that cannot name anything inside the model
// (absolute, `..`, empty) are dropped rather than trusted.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** `./a/b/` → `a/b`; undefined when the entry cannot name a path inside the model. */
export function normalizeIgnorePath(p: string): string | undefined {
  let v = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  v = v.replace(/\/{2,}/g, '/');
  if (v === '' || v === '.' || v.startsWith('/')) return undefined;
  if (v.split('/').some((c) => c === '..' || c === '.')) return undefined;
  return v;
}

/** Normalised, de-duplicated and sorted (code unit order, for a stable recorded list). */
export function normalizeIgnorePaths(paths: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const n = normalizeIgnorePath(p);
    if (n !== undefined) out.add(n);
  }
  return [...out].sort();
}

/** True when `relPath` is an ignored path or lies below one. */
export function isIgnored(relPath: string, ignorePaths: readonly string[]): boolean {
  return ignorePaths.some((i) => relPath === i || relPath.startsWith(`${i}/`));
}

/** The POSIX path of `file` relative to `dir`, or undefined when it is not inside `dir`. */
export function pathInside(dir: string, file: string): string | undefined {
  const rel = relative(resolve(dir), resolve(file));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}
