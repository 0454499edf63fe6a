// What a dataset reference URI must be before it is recorded: a lower-case scheme, the parts
// its scheme needs, and only characters a URI may hold. A reference is not downloaded, so this
// is the only check it gets; a typo recorded as a dataset would pass every later policy rule.
import { ProvenanceError } from '../errors.js';

export interface UriContext {
  input: 'datasets' | 'datasets-file';
  /** `datasets line 3`, `datasets.yaml:4:7`. */
  where: string;
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

/** Characters RFC 3986 does not allow in a URI: percent-encoded, as a browser would. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /["<>\\^`{|}\u0000-\u001f\u007f]/g;

function refuse(ctx: UriContext, uri: string, what: string, fix: string): ProvenanceError {
  return new ProvenanceError('INPUT_INVALID', `${ctx.where} '${uri}': ${what}`, {
    input: ctx.input,
    value: uri,
    fix,
  });
}

/**
 * The URI as recorded: scheme lower-cased, unsafe characters percent-encoded. Refuses a known
 * scheme without the parts it needs, a scheme that runs code, and an unknown scheme unless
 * the line pins it with a digest (`URI ALG:HEX`): then what it names is the digest's.
 */
export function normalizeReferenceUri(raw: string, hasDigest: boolean, ctx: UriContext): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(raw);
  if (!m) throw refuse(ctx, raw, 'not a URI', 'write SCHEME://…, or a local path');
  const scheme = m[1]!.toLowerCase();
  const uri = `${scheme}:${m[2]!.replace(UNSAFE, (c) => encodeURIComponent(c))}`;
  if (REFUSED.has(scheme))
    throw refuse(
      ctx,
      raw,
      `a ${scheme}: URI names no dataset`,
      'give where the data lives (hf://, s3://, gs://, https://) or a local path',
    );
  const shape = SHAPES[scheme];
  if (shape) {
    if (!shape.pattern.test(uri))
      throw refuse(
        ctx,
        raw,
        `a ${scheme}:// reference must name ${shape.needs}`,
        `write ${shape.needs}`,
      );
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
