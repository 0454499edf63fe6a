// Credentials in URIs: the one place that knows them. A record is signed and, for a public
// repository, its transparency-log entry is public for good, so a URI is recorded without its
// user info and its signing query parameters (stripCredentials), and an error or log line shows
// them as `***` (redactCredentials). Everything else in the URI is kept byte for byte: WHATWG's
// URL parser checks the URI and confirms what was removed, but never re-serializes it (that
// would re-encode characters and lower-case hosts users rely on).

/**
 * Query parameters that are credentials, lower-cased. Each provider's names, from its docs:
 * - AWS SigV4 query auth: docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
 *   (X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders, -Signature, -Security-Token);
 *   SigV2: docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html
 *   (AWSAccessKeyId, Signature, Expires).
 * - Google Cloud Storage V4 signing: cloud.google.com/storage/docs/authentication/signatures
 *   (X-Goog-Algorithm, -Credential, -Date, -Expires, -SignedHeaders, -Signature); V2:
 *   GoogleAccessId, Signature, Expires. Google API keys: cloud.google.com/docs/authentication/api-keys (`key`).
 * - OAuth 2.0 bearer tokens in a query: RFC 6750 section 2.3 (`access_token`); GitLab's
 *   `private_token` and `job_token` (docs.gitlab.com/ee/api/rest/authentication.html); raw
 *   GitHub file URLs carry `token`.
 * The values of the others are meaningless without the signature, and X-Amz-Credential holds
 * the access key id: the whole signing family goes.
 */
const CREDENTIAL_PARAMS = new Set([
  'x-amz-algorithm',
  'x-amz-credential',
  'x-amz-date',
  'x-amz-expires',
  'x-amz-signedheaders',
  'x-amz-signature',
  'x-amz-security-token',
  'awsaccesskeyid',
  'x-goog-algorithm',
  'x-goog-credential',
  'x-goog-date',
  'x-goog-expires',
  'x-goog-signedheaders',
  'x-goog-signature',
  'googleaccessid',
  'signature',
  'sig',
  'access_token',
  'token',
  'private_token',
  'job_token',
  'api_key',
  'apikey',
  'key',
  'password',
  'client_secret',
]);

/**
 * Azure shared access signatures (learn.microsoft.com/rest/api/storageservices/create-service-sas,
 * create-account-sas, create-user-delegation-sas): the fields a `sig` signs. Short, generic
 * names (`sp`, `se`), so they go only from a URI that carries `sig` (or, SigV2's `Expires`,
 * `Signature`).
 */
const SIGNED_WITH_SIG = new Set([
  'sv',
  'ss',
  'srt',
  'sp',
  'se',
  'st',
  'spr',
  'sip',
  'si',
  'sr',
  'sdd',
  'skoid',
  'sktid',
  'skt',
  'ske',
  'sks',
  'skv',
  'saoid',
  'suoid',
  'scid',
  'ses',
  'rscc',
  'rscd',
  'rsce',
  'rscl',
  'rsct',
  'expires',
]);

/** Schemes whose user info is the storage container, not a credential (`abfs://CONTAINER@ACCOUNT`). */
const CONTAINER_AUTHORITY = new Set(['abfs', 'abfss', 'wasb', 'wasbs']);
/** WHATWG's special schemes, whose authority a `\` also ends. */
const SPECIAL = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'file']);

const HIERARCHICAL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

/** A hierarchical URI's raw text in sections, as WHATWG's parser splits it. */
interface Sections {
  scheme: string;
  /** `scheme://` (a special scheme: `scheme:` and any slashes). */
  head: string;
  /** Before the authority's last `@`; undefined without one. */
  userinfo?: string;
  /** Host, port and path. */
  rest: string;
  query?: string;
  fragment?: string;
}

/**
 * The authority ends at the first `/`, `?` or `#` (or `\` in a special scheme), and the user
 * info at its last `@`: so `user:p@ss@host` is user `user`, password `p@ss`, host `host`. A
 * special scheme (https:) needs no `//`: WHATWG reads `https:u:p@host` as `https://u:p@host`.
 */
function sections(uri: string): Sections | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  const special = SPECIAL.has(scheme);
  const head = (special ? /^[^:]+:[/\\]*/ : /^[^:]+:\/\//).exec(uri)?.[0];
  if (head === undefined) return undefined;
  let body = uri.slice(head.length);
  const authLen = body.search(special ? /[/?#\\]/ : /[/?#]/);
  const at = (authLen < 0 ? body : body.slice(0, authLen)).lastIndexOf('@');
  const userinfo = at < 0 ? undefined : body.slice(0, at);
  body = body.slice(at + 1);
  const hash = body.indexOf('#');
  const fragment = hash < 0 ? undefined : body.slice(hash + 1);
  if (hash >= 0) body = body.slice(0, hash);
  const q = body.indexOf('?');
  const query = q < 0 ? undefined : body.slice(q + 1);
  return { scheme, head, userinfo, rest: q < 0 ? body : body.slice(0, q), query, fragment };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A query's (or fragment's) `name=value` pieces, raw, each with whether it is a credential. */
function params(raw: string): { raw: string; name: string; secret: boolean }[] {
  const pieces = raw.split('&').map((piece) => {
    const eq = piece.indexOf('=');
    return { raw: piece, name: safeDecode(eq < 0 ? piece : piece.slice(0, eq)) };
  });
  const signed = pieces.some((p) => /^(sig|signature)$/i.test(p.name));
  return pieces.map((p) => {
    const n = p.name.toLowerCase();
    return { ...p, secret: CREDENTIAL_PARAMS.has(n) || (signed && SIGNED_WITH_SIG.has(n)) };
  });
}

/**
 * The URI rebuilt from its raw sections: user info and credential parameters dropped (`strip`)
 * or shown as `***` (redact); the rest is the text as given.
 */
function rebuild(s: Sections, mode: 'strip' | 'redact'): Stripped {
  const dropped: string[] = [];
  const container = CONTAINER_AUTHORITY.has(s.scheme);
  let user = '';
  if (s.userinfo !== undefined) {
    // abfs://CONTAINER@ACCOUNT: the container stays, a password after it does not.
    const colon = s.userinfo.indexOf(':');
    const kept = container ? (colon < 0 ? s.userinfo : s.userinfo.slice(0, colon)) : '';
    if (kept !== s.userinfo) dropped.push('user info');
    user = container
      ? `${kept}${kept !== s.userinfo && mode === 'redact' ? ':***' : ''}@`
      : mode === 'redact' && s.userinfo !== ''
        ? '***@'
        : '';
  }
  const section = (raw: string | undefined, mark: string): string => {
    if (raw === undefined) return '';
    // Only a fragment that reads as parameters (OAuth's implicit flow: `#access_token=…`).
    if (mark === '#' && !raw.includes('=')) return `#${raw}`;
    const kept: string[] = [];
    for (const p of params(raw)) {
      if (!p.secret) kept.push(p.raw);
      else {
        dropped.push(p.name);
        // A quote or bracket closing the text around the URI is not part of the secret.
        if (mode === 'redact')
          kept.push(`${p.raw.split('=')[0]}=***${/['"`)\]>]*$/.exec(p.raw)![0]}`);
      }
    }
    return kept.length > 0 || raw === '' ? `${mark}${kept.join('&')}` : '';
  };
  const uri = `${s.head}${user}${s.rest}${section(s.query, '?')}${section(s.fragment, '#')}`;
  return { uri, dropped };
}

export interface Stripped {
  /** The URI as it may be recorded. */
  uri: string;
  /** What was left out: `user info` and the names of the parameters, as written. */
  dropped: string[];
}

/**
 * The URI without its user info and signing parameters. undefined when it is not a URI WHATWG's
 * parser takes (the caller refuses it, or does not record it): what the credentials are in a
 * URI that does not parse cannot be told for sure.
 */
export function stripCredentials(uri: string): Stripped | undefined {
  const before = parse(uri);
  if (!before) return undefined;
  const parts = sections(uri);
  const stripped = parts ? rebuild(parts, 'strip') : { uri, dropped: [] };
  // The parser must agree: no password, no user (but a container's), no credential parameter,
  // and the same host.
  const after = parse(stripped.uri);
  if (!after || after.host !== before.host || after.password !== '') return undefined;
  if (after.username !== '' && !CONTAINER_AUTHORITY.has(before.protocol.slice(0, -1)))
    return undefined;
  for (const name of after.searchParams.keys())
    if (CREDENTIAL_PARAMS.has(name.toLowerCase())) return undefined;
  return stripped;
}

function parse(uri: string): URL | undefined {
  try {
    return new URL(uri);
  } catch {
    return undefined;
  }
}

/** The line saying what was left out of a recorded URI, which names no secret. */
export function credentialsNotice(where: string, s: Stripped): string {
  return (
    `${where}: credentials left out of the record (${s.dropped.join(', ')}), recorded as '${s.uri}': ` +
    'a signed record is public (for a public repository, in the transparency log for good)'
  );
}

/**
 * A URI in text: from a scheme's `://` (or a special scheme's `:` and an `@`) to a space. Both
 * runs are bounded: unbounded, every start in a long word rescanned the word to its end, and a
 * 200,000-character policy key took minutes to refuse. A longer scheme still matches from within
 * it (its `://…` is what is redacted); no real user info is 4 KiB.
 */
const URI_IN_TEXT =
  /[A-Za-z][A-Za-z0-9+.-]{0,63}:\/\/\S*|\b(?:https?|wss?|ftp):[^\s@]{0,4096}@\S*/gi;

/**
 * Every URI in `text` with its credentials as `***`, for error messages and logs. A URI is
 * taken to run to the next space, so a quote in it hides nothing after it.
 */
export function redactCredentials(text: string): string {
  return text.includes(':') ? text.replace(URI_IN_TEXT, redactUri) : text;
}

/**
 * One URI (the whole of `uri`, spaces and all) with its credentials as `***`. It also hides what
 * only looks like user info in a URI that does not parse (`user:pa/ss@host`).
 */
export function redactUri(uri: string): string {
  const s = sections(uri);
  return s?.userinfo !== undefined ? rebuild(s, 'redact').uri : looseUserInfo(uri, s);
}

/** `scheme://USER:…@…` whose authority ended early, at a `/` in the password. */
function looseUserInfo(uri: string, s: Sections | undefined): string {
  const redacted = s ? rebuild(s, 'redact').uri : uri;
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@:]*:(?!\d*(?:[/?#]|$))[^@]*@/.exec(redacted);
  return m ? `${m[1]}***${redacted.slice(redacted.lastIndexOf('@'))}` : redacted;
}

/**
 * Free text (a hyperparameter, an annotation) with each URI in it stripped of credentials; a
 * URI that does not parse, but holds what looks like credentials, has them as `***`.
 */
export function stripCredentialsInText(text: string): Stripped {
  const dropped: string[] = [];
  if (!text.includes(':')) return { uri: text, dropped };
  const out = text.replace(URI_IN_TEXT, (uri) => {
    const s = stripCredentials(uri);
    if (s) {
      dropped.push(...s.dropped);
      return s.uri;
    }
    const redacted = redactCredentials(uri);
    if (redacted !== uri) dropped.push('credentials of a URI that does not parse');
    return redacted;
  });
  return { uri: out, dropped };
}

/**
 * A JSON value with credentials stripped from every URI in its strings (keys are left alone);
 * `onDropped` hears the JSON path of each string changed and what was left out.
 */
export function stripCredentialsInJson<T>(
  value: T,
  onDropped: (path: string, s: Stripped) => void,
  path = '',
): T {
  if (typeof value === 'string') {
    const s = stripCredentialsInText(value);
    if (s.dropped.length === 0) return value;
    onDropped(path, s);
    return s.uri as T;
  }
  if (Array.isArray(value))
    return value.map((v, i) => stripCredentialsInJson(v, onDropped, `${path}[${i}]`)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    // defineProperty: a key named __proto__ stays data, as the YAML reader keeps it.
    Object.defineProperty(out, k, {
      value: stripCredentialsInJson(v, onDropped, path ? `${path}.${k}` : k),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out as T;
}

/**
 * A git remote as it may be recorded: a URL without credentials; scp-like `git@host:path` keeps
 * its user (SSH's, never a password) unless a password follows it; a path is kept as it is.
 * undefined for a URL that does not parse: it is not recorded.
 */
export function remoteWithoutCredentials(remote: string): Stripped | undefined {
  const scp = !HIERARCHICAL.test(remote) && /^[^/@\s]*:[^/\s]*@([^@/\s:]+:.*)$/.exec(remote);
  if (scp) return { uri: scp[1]!, dropped: ['user info'] };
  if (HIERARCHICAL.test(remote) || parse(remote)) return stripCredentials(remote);
  return { uri: remote, dropped: [] };
}
