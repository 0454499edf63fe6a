// The path forms names take: POSIX separators, and `file:` URIs of workspace-relative paths.
// (Splitting what the user typed into items is the entry points' work: src/request/edge.ts.)
import { isAbsolute, sep } from 'node:path';

export const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

/**
 * `p` read from `base`, as text: `base/p`, with `p` kept as typed (a glob's escapes, its
 * trailing `/`, and `..`, which errors then show as the user wrote it); absolute and '' unchanged.
 */
export function fromBase(base: string, p: string): string {
  if (p === '' || isAbsolute(p)) return p;
  const rel = p.replace(/^(\.\/+)+/, '');
  const root = base.endsWith(sep) ? base.slice(0, -1) : base;
  return rel === '.' || rel === '' ? base : `${root}${sep}${rel}`;
}

/** `file:` URI of a workspace-relative path, each segment percent-encoded. */
export function fileUri(relPath: string): string {
  return 'file:' + relPath.split('/').map(encodeURIComponent).join('/');
}
