// Trusted roots refreshed over TUF, as `gh attestation verify` refreshes its own: the Sigstore
// instance publishes trusted_root.json as a TUF target, and a client that starts from a TUF
// root.json it trusts follows key rotations and refuses tampered, rolled-back or expired
// metadata (tuf-js, through @sigstore/tuf). A refreshed root is kept for a day. A repository
// that cannot be reached is said so (the caller falls back to the embedded root and says that);
// any other TUF failure is an error, never a silent fallback.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { ProvenanceError } from '../errors.js';
import { writeFileAtomic } from '../store/files.js';
import { trustedRootFromJSON, type LoadedTrustedRoot } from './trust-root.js';

/** TRAINING_PROVENANCE_OFFLINE=1 (or true, yes): never ask a TUF repository. */
export function offlineRequested(env: Record<string, string | undefined>): boolean {
  return /^(1|true|yes)$/i.test(env.TRAINING_PROVENANCE_OFFLINE ?? '');
}

export const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
export const GITHUB_TUF_URL = 'https://tuf-repo.github.com';
const DAY_MS = 24 * 60 * 60 * 1000;
/** The refreshed root and when it was fetched, in the repository's cache folder. */
const KEPT = 'trusted_root.kept.json';

export interface TufRefresh {
  /** The TUF repository (or a mirror of it), without a trailing slash. */
  url: string;
  /** Its root.json to start from; default: the one @sigstore/tuf ships for the public-good repository. */
  rootPath?: string;
  /** Where the TUF metadata and the refreshed trusted root are kept between runs. */
  cacheDir: string;
  /** A refreshed root younger than this is used without asking the repository (default a day). */
  maxAgeMs?: number;
  now?: Date;
  timeoutMs?: number;
}

export type TufOutcome =
  | { ok: true; root: LoadedTrustedRoot; fetchedAt: Date; fromCache: boolean }
  | { ok: false; unreachable: string };

/** The trusted root the repository serves now, or why it could not be reached. */
export async function refreshTrustedRoot(r: TufRefresh): Promise<TufOutcome> {
  const now = r.now ?? new Date();
  const dir = join(r.cacheDir, encodeURIComponent(r.url));
  const kept = await readKept(dir);
  if (kept && now.getTime() - kept.fetchedAt.getTime() < (r.maxAgeMs ?? DAY_MS))
    return {
      ok: true,
      root: loaded(kept.json, r.url, kept.fetchedAt),
      fetchedAt: kept.fetchedAt,
      fromCache: true,
    };
  const { getTrustedRoot } = await import('@sigstore/tuf');
  let json: unknown;
  try {
    await mkdir(dir, { recursive: true });
    const root = await getTrustedRoot({
      mirrorURL: r.url,
      rootPath: r.rootPath,
      cachePath: join(dir, 'metadata'),
      timeout: r.timeoutMs ?? 10_000,
      retry: { retries: 1, factor: 1, minTimeout: 100, maxTimeout: 500 },
    });
    json = TrustedRoot.toJSON(root);
  } catch (e) {
    const unreachable = networkFailure(e);
    if (unreachable) return { ok: false, unreachable };
    throw tufFailed(r.url, e);
  }
  // Kept for the next run; a cache that cannot be written costs a refresh then, nothing now.
  await writeFileAtomic(
    join(dir, KEPT),
    JSON.stringify({ fetchedAt: now.toISOString(), trustedRoot: json }),
    'tuf-cache',
  ).catch(() => undefined);
  return { ok: true, root: loaded(json, r.url, now), fetchedAt: now, fromCache: false };
}

function loaded(json: unknown, url: string, fetchedAt: Date): LoadedTrustedRoot {
  return trustedRootFromJSON(
    json,
    url.replace(/^https?:\/\//, ''),
    `TUF ${url}, refreshed ${fetchedAt.toISOString()}`,
  );
}

async function readKept(dir: string): Promise<{ json: unknown; fetchedAt: Date } | undefined> {
  try {
    const kept = JSON.parse(await readFile(join(dir, KEPT), 'utf8'));
    const fetchedAt = new Date(kept.fetchedAt);
    return Number.isNaN(fetchedAt.getTime()) ? undefined : { json: kept.trustedRoot, fetchedAt };
  } catch {
    return undefined;
  }
}

const NETWORK_CODES =
  /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|EHOSTUNREACH|ENETDOWN)\b/;

/** The reason, when the failure is that the repository could not be reached at all. */
function networkFailure(e: unknown): string | undefined {
  for (let c: unknown = e; c; c = (c as { cause?: unknown }).cause) {
    const err = c as { code?: unknown; message?: unknown };
    const text = `${String(err.code ?? '')} ${String(err.message ?? '')}`;
    const m = NETWORK_CODES.exec(text);
    if (m) return m[1];
    // tuf-js rethrows fetch's own failure as text, without its cause: undici's "fetch failed"
    // (refused, unresolvable, reset) and AbortSignal.timeout's TimeoutError.
    if (/\bfetch failed\b/.test(text)) return 'fetch failed: no connection';
    if (/TimeoutError|due to timeout/.test(text)) return 'timed out';
  }
  return undefined;
}

/** A refusal by the TUF client: bad signature, rollback, expiry, a target that does not match. */
function tufFailed(url: string, e: unknown): ProvenanceError {
  const reasons: string[] = [];
  for (let c: unknown = e; c; c = (c as { cause?: unknown }).cause) {
    const err = c as { name?: unknown; message?: unknown };
    reasons.push(`${String(err.name ?? 'Error')}: ${String(err.message ?? '')}`);
  }
  return new ProvenanceError(
    'TUF_REFUSED',
    `the TUF repository ${url} did not give a trusted root that verifies: ${reasons.join(' ← ')}`,
    {
      input: 'tuf-url',
      value: url,
      fix: 'this is not a network failure and is never ignored: check --tuf-url and --tuf-root (the repository may be tampered with, rolled back or expired), or verify offline with --trusted-root FILE',
      cause: e,
    },
  );
}
