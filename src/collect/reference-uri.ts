// What a dataset reference URI must be before it is recorded: a lower-case scheme, the parts
// its scheme needs, only characters RFC 3986 allows, and no credentials. A reference is not
// downloaded, so this is the only check it gets; a typo recorded as a dataset would pass every
// later policy rule. What the user typed is refused rather than rewritten (a rewritten URI is
// not the one the training code read); credentials are the exception: they are left out, with
// a notice, since a signed record is public (src/uri-credentials.ts).
import { ProvenanceError } from '../errors.js';
import { credentialsNotice, redactUri, stripCredentials } from '../uri-credentials.js';

export interface UriContext {
  input: 'datasets' | 'datasets-file';
  /** `datasets line 3`, `datasets.yaml:4:7`. */
  where: string;
  /** Hears what was left out of a URI (credentials), in a line that names no secret. */
  notice?: (line: string) => void;
}

/** Schemes whose shape we know, with what a URI of each must name (RFC 3986 and each store's docs). */
const SHAPES: Record<string, { pattern: RegExp; needs: string }> = {
  // huggingface_hub's HfFileSystem: hf://[datasets|models|spaces/]ORG/NAME[@REV][/PATH]
  hf: {
    pattern:
      /^hf:\/\/(?:(?:datasets|models|spaces)\/[^/@\s]+\/[^/@\s]+|(?!(?:datasets|models|spaces)\/)[^/@\s]+\/[^/@\s]+)(?:@[^/\s]+)?(?:\/.*)?$/,
    needs: 'hf://datasets/ORG/NAME[@REVISION][/PATH]',
  },
  s3: { pattern: /^s3:\/\/[a-z0-9][a-z0-9.-]{1,62}(?:\/.*)?$/, needs: 's3://BUCKET[/KEY]' },
  gs: { pattern: /^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}(?:\/.*)?$/, needs: 'gs://BUCKET[/OBJECT]' },
  az: { pattern: /^az:\/\/[^/\s]+(?:\/.*)?$/, needs: 'az://CONTAINER[/BLOB]' },
  abfs: {
    pattern: /^abfss?:\/\/[^/\s@]+@[^/\s]+(?:\/.*)?$/,
    needs: 'abfs://CONTAINER@ACCOUNT.dfs.core.windows.net/PATH',
  },
  https: { pattern: /^https:\/\/[^/\s?#]+(?:[/?#].*)?$/, needs: 'https://HOST/PATH' },
  http: { pattern: /^http:\/\/[^/\s?#]+(?:[/?#].*)?$/, needs: 'http://HOST/PATH' },
  dvc: { pattern: /^dvc:\/\/.+$/, needs: 'dvc://…' },
  // OCI artifacts (ORAS): oci://REGISTRY/REPOSITORY[:TAG|@sha256:HEX]
  oci: { pattern: /^oci:\/\/[^/\s]+\/[^\s]+$/, needs: 'oci://REGISTRY/REPOSITORY[@sha256:HEX]' },
};
SHAPES.abfss = SHAPES.abfs!;

/** Schemes that run code or carry content where a link is rendered: never a dataset. */
const REFUSED = new Set(['javascript', 'vbscript', 'data', 'blob', 'about']);

/** A character RFC 3986 does not allow anywhere in a URI (section 2), or a `%` not starting `%XX`. */
const FORBIDDEN = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]|%(?![0-9A-Fa-f]{2})/u;

function refuse(ctx: UriContext, raw: string, what: string, fix: string): ProvenanceError {
  // The whole value, spaces and quotes included, with its credentials as `***`.
  const uri = redactUri(raw);
  return new ProvenanceError('INPUT_INVALID', `${ctx.where} '${uri}': ${what}`, {
    input: ctx.input,
    value: uri,
    fix,
  });
}

/** `|` as `%7C`: what to write instead of a character a URI may not hold. */
function percentEncoded(c: string): string {
  try {
    return encodeURIComponent(c);
  } catch {
    return 'UTF-8, percent-encoded'; // a lone surrogate has no encoding
  }
}

/** A URI's syntax (RFC 3986): a lower-case scheme, allowed characters, a URI WHATWG parses. */
function checkSyntax(raw: string, ctx: UriContext): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(raw);
  if (!m) throw refuse(ctx, raw, 'not a URI', 'write SCHEME://…, or a local path');
  const scheme = m[1]!;
  if (scheme !== scheme.toLowerCase())
    throw refuse(
      ctx,
      raw,
      `the scheme '${scheme}:' is not lower case`,
      `write ${scheme.toLowerCase()}:${redactUri(raw).slice(scheme.length + 1)}`,
    );
  const bad = FORBIDDEN.exec(raw)?.[0];
  if (bad !== undefined)
    throw refuse(
      ctx,
      raw,
      bad === '%'
        ? "a '%' that does not start %XX (two hex digits)"
        : `${JSON.stringify(bad)} is not a character a URI may hold (RFC 3986)`,
      bad === '%'
        ? "write '%' as %25"
        : `percent-encode it: ${JSON.stringify(bad)} as ${percentEncoded(bad)}`,
    );
  return scheme;
}

/** A known scheme's URI without the parts it needs. */
function misshapen(ctx: UriContext, raw: string, scheme: string): ProvenanceError {
  const { needs } = SHAPES[scheme]!;
  return refuse(ctx, raw, `a ${scheme}:// reference must name ${needs}`, `write ${needs}`);
}

/** The URI without credentials, said in a notice; refused when WHATWG's parser cannot read it. */
function withoutCredentials(raw: string, scheme: string, ctx: UriContext): string {
  const s = stripCredentials(raw);
  if (!s && SHAPES[scheme]) throw misshapen(ctx, raw, scheme);
  if (!s)
    throw refuse(
      ctx,
      raw,
      'not a URI a URL parser reads (its host or port is malformed)',
      'check the host and port; percent-encode reserved characters in a user name or password',
    );
  if (s.dropped.length > 0) ctx.notice?.(credentialsNotice(ctx.where, s));
  return s.uri;
}

/**
 * The URI as recorded: as typed, less its credentials. Refuses a URI whose scheme is not lower
 * case or that holds a character RFC 3986 does not allow, a known scheme without the parts it
 * needs, a scheme that runs code, and an unknown scheme unless the line pins it with a digest
 * (`URI ALG:HEX`): then what it names is the digest's.
 */
export function normalizeReferenceUri(raw: string, hasDigest: boolean, ctx: UriContext): string {
  const scheme = checkSyntax(raw, ctx);
  if (REFUSED.has(scheme))
    throw refuse(
      ctx,
      raw,
      `a ${scheme}: URI names no dataset`,
      'give where the data lives (hf://, s3://, gs://, https://) or a local path',
    );
  const uri = withoutCredentials(raw, scheme, ctx);
  const shape = SHAPES[scheme];
  if (shape) {
    if (!shape.pattern.test(uri)) throw misshapen(ctx, raw, scheme);
    return uri;
  }
  if (!hasDigest)
    throw refuse(
      ctx,
      raw,
      `'${scheme}:' is not a scheme a dataset is known by (hf, s3, gs, az, abfs, https, http, dvc, oci)`,
      `add the data's digest (URI sha256:HEX) to record it as it is, or give it as hf://, s3://, gs:// or https://`,
    );
  return uri;
}

/** What a reference's revision or form says beyond its digest, for the record's notes. */
export function referenceNotes(uri: string): { gitCommit?: string; notes: Record<string, string> } {
  const notes: Record<string, string> = {};
  if (!uri.startsWith('hf://')) return { notes };
  if (/^hf:\/\/(models|spaces)\//.test(uri))
    notes.warning = `${uri.split('/')[2]} repository given as a dataset: a model or Space is not training data`;
  const rev = /^hf:\/\/(?:(?:datasets|models|spaces)\/)?[^/@]+\/[^/@]+@([^/]+)/.exec(uri)?.[1];
  if (rev === undefined) {
    notes.note = 'no revision: pin the dataset with @<40-hex commit>';
    return { notes };
  }
  const revision = safeDecode(rev);
  if (/^[0-9a-f]{40}$/i.test(revision)) return { gitCommit: revision.toLowerCase(), notes };
  notes.revision = revision;
  notes.note = /^[0-9a-f]{64}$/i.test(revision)
    ? `revision '${revision}' is 64 hex characters, which no git commit of the Hub is (40): if it is the data's sha256, write it as URI sha256:HEX`
    : `revision '${revision}' is a branch or tag name, not a commit: pin @<40-hex commit>`;
  return { notes };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
