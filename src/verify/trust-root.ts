// Loading trusted roots: the trusted_root.json a Sigstore instance publishes, from a file (JSON,
// or the JSONL gh prints), from the seed @sigstore/tuf ships, or from JSON a TUF client fetched.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ProvenanceError } from '../errors.js';

const PUBLIC_GOOD_SEED = 'https://tuf-repo-cdn.sigstore.dev';
/** A Sigstore ClientTrustConfig: a trusted root and a signing config in one file. */
export const CLIENT_TRUST_CONFIG_MEDIA_TYPE =
  'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json';
const MAX_TRUSTED_ROOT_BYTES = 5 * 1024 * 1024;

export interface VerifierThresholds {
  /** Transparency-log entries required: 1 when the root has logs (public-good), else 0 (GitHub's instance). */
  tlogThreshold: number;
  /** Signed certificate timestamps required: 1 when the root lists CT logs. */
  ctlogThreshold: number;
  /** Verified times required (a tlog entry with an inclusion promise, or an RFC 3161 timestamp). */
  timestampThreshold: number;
}

export interface LoadedTrustedRoot {
  /** `public-good`, or the file's base name for a supplied root. */
  name: string;
  /** Where it came from, and how old, for the report: the TUF repository, the seed, or the file. */
  source: string;
  root: TrustedRoot;
  material: TrustMaterial;
  thresholds: VerifierThresholds;
  /** Refreshed over TUF in an earlier run and kept, not asked for now. */
  kept?: boolean;
}

/** Build the verifier material from a parsed trusted_root.json object. */
export function trustedRootFromJSON(
  json: unknown,
  name: string,
  source: string,
): LoadedTrustedRoot {
  let root: TrustedRoot;
  let material: TrustMaterial;
  try {
    root = TrustedRoot.fromJSON(json);
    material = toTrustMaterial(root);
  } catch (e) {
    throw new ProvenanceError(
      'TRUST_ROOT_MISSING',
      `${source} is not a usable trusted root: ${(e as Error).message}`,
      {
        input: 'trusted-root',
        value: source,
        fix: 'pass a Sigstore trusted_root.json (media type application/vnd.dev.sigstore.trustedroot+json)',
        cause: e,
      },
    );
  }
  if (root.certificateAuthorities.length === 0) {
    throw new ProvenanceError('TRUST_ROOT_MISSING', `${source} lists no certificate authority`, {
      input: 'trusted-root',
      value: source,
      fix: 'pass the trusted_root.json of the Sigstore instance that signed the bundle',
    });
  }
  return {
    name,
    source,
    root,
    material,
    // Decided by the root, never by the bundle: a bundle that drops its tlog entry must
    // not lower the bar. GitHub's instance has no transparency log and no CT log.
    thresholds: {
      tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1,
    },
  };
}

let publicGood: LoadedTrustedRoot | undefined;

/** The public-good trusted root embedded in @sigstore/tuf's seeds.json. Offline. */
export function publicGoodTrustedRoot(): LoadedTrustedRoot {
  if (publicGood) return publicGood;
  const require = createRequire(import.meta.url);
  const seeds = require('@sigstore/tuf/seeds.json') as Record<
    string,
    { targets?: Record<string, string> }
  >;
  const b64 = seeds[PUBLIC_GOOD_SEED]?.targets?.['trusted_root.json'];
  if (!b64) {
    throw new ProvenanceError(
      'TRUST_ROOT_MISSING',
      '@sigstore/tuf ships no public-good trusted_root.json seed',
      {
        input: 'trusted-root',
        value: 'public-good',
        fix: 'pass a trusted_root.json path, e.g. from `gh attestation trusted-root`',
      },
    );
  }
  const json: unknown = JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
  const version = (require('@sigstore/tuf/package.json') as { version: string }).version;
  publicGood = trustedRootFromJSON(json, 'public-good', `embedded @sigstore/tuf ${version} seed`);
  // How old it is: its newest key's start, since the seed carries no date of its own.
  publicGood.source += ` (newest key from ${newestKey(publicGood.root).slice(0, 10)})`;
  return publicGood;
}

/** Read a trusted_root.json, or the JSONL that `gh attestation trusted-root` prints (one root a line). */
export async function loadTrustedRootFile(path: string): Promise<LoadedTrustedRoot[]> {
  const bad = (message: string, cause?: unknown) =>
    new ProvenanceError('TRUST_ROOT_MISSING', message, {
      input: 'trusted-root',
      value: path,
      fix: 'pass the path of a trusted_root.json, e.g. written by `gh attestation trusted-root > trusted_root.jsonl`',
      cause,
    });
  let text: string;
  try {
    const st = await stat(path);
    // A directory fails to read (EISDIR); a FIFO would block the read forever.
    if (!st.isFile())
      throw new Error(st.isDirectory() ? 'it is a directory' : 'not a regular file');
    if (st.size > MAX_TRUSTED_ROOT_BYTES)
      throw new Error(`${st.size} bytes, more than the ${MAX_TRUSTED_ROOT_BYTES} allowed`);
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw bad(`cannot read trusted root ${path}: ${(e as Error).message}`, e);
  }
  let docs: unknown[];
  try {
    docs = [JSON.parse(text)];
  } catch {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    try {
      docs = lines.map((l) => JSON.parse(l) as unknown);
    } catch (e) {
      throw bad(`trusted root ${path} is neither JSON nor JSON lines: ${(e as Error).message}`, e);
    }
  }
  if (docs.length === 0) throw bad(`trusted root ${path} is empty`);
  return docs.map((d, i) =>
    trustedRootFromJSON(
      rootOfTrustConfig(d),
      basename(path),
      docs.length > 1 ? `${path} (line ${i + 1})` : path,
    ),
  );
}

/**
 * A ClientTrustConfig (`--trust-config`, checked by src/sign/trust-config.ts at the entry point)
 * carries its trusted root inside: that root; anything else is taken as a root itself.
 */
function rootOfTrustConfig(doc: unknown): unknown {
  const d = doc as { mediaType?: unknown; trustedRoot?: unknown } | null;
  return typeof d === 'object' && d !== null && d.mediaType === CLIENT_TRUST_CONFIG_MEDIA_TYPE
    ? d.trustedRoot
    : doc;
}

/** The latest `validFor.start` of any key or authority in a root. */
function newestKey(root: TrustedRoot): string {
  const starts = [
    ...root.certificateAuthorities.map((c) => c.validFor?.start),
    ...root.tlogs.map((l) => l.publicKey?.validFor?.start),
    ...root.ctlogs.map((l) => l.publicKey?.validFor?.start),
    ...root.timestampAuthorities.map((t) => t.validFor?.start),
  ].filter((d): d is Date => d instanceof Date);
  return starts.length
    ? new Date(Math.max(...starts.map((d) => d.getTime()))).toISOString()
    : 'unknown';
}
