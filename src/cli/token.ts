// The OIDC token for the command: SIGSTORE_ID_TOKEN, a token file, or the Actions runner's
// token endpoint when the command runs inside a `run:` step. The endpoint is asked directly,
// not through @actions/core: its getIDToken writes `::add-mask::<token>` and `::debug::` to
// stdout, which would put the token into `--format json > result.json`.
// A token the user gives (a file, the variable) that is not a JWT is bad input, said of where
// it came from and never quoted; the runner's is the token service's failure.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readJwtClaims } from '../collect/identity.js';
import { ProvenanceError } from '../errors.js';

export interface TokenSources {
  /** --identity-token-file: absolute, or relative to the current directory as every path flag is. */
  tokenFile?: string;
  env: Record<string, string | undefined>;
}

const TOKEN_FIX =
  'give the raw OIDC token (a JWT, HEADER.PAYLOAD.SIGNATURE) your CI issues for the audience sigstore';

export async function commandIdToken(src: TokenSources): Promise<string | undefined> {
  if (src.tokenFile) {
    const path = resolve(src.tokenFile);
    return givenToken(await readTokenFile(path), path);
  }
  if (src.env.SIGSTORE_ID_TOKEN) return givenToken(src.env.SIGSTORE_ID_TOKEN.trim());
  const url = src.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = src.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) return undefined;
  return runnerToken(url, bearer, 'sigstore');
}

/** GET <url>&audience=A with the request bearer, as the runner's token service expects. */
async function runnerToken(url: string, bearer: string, audience: string): Promise<string> {
  const target = new URL(url);
  target.searchParams.set('audience', audience);
  let res: Response;
  try {
    res = await fetch(target, {
      headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    throw tokenError(`no answer (${(e as Error).message})`, e);
  }
  const body = (await res.json().catch(() => ({}))) as { value?: unknown };
  if (!res.ok || typeof body.value !== 'string' || body.value === '')
    throw tokenError(`HTTP ${res.status}${res.ok ? ' without a token' : ''}`);
  return body.value;
}

function tokenError(why: string, cause?: unknown): ProvenanceError {
  return new ProvenanceError('OIDC_UNAVAILABLE', `the runner's OIDC token service failed: ${why}`, {
    input: 'sign',
    value: 'true',
    fix: "give the job 'permissions: id-token: write', pass --identity-token-file, or use --no-sign",
    cause,
  });
}

async function readTokenFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ProvenanceError(
      'FILE_UNREADABLE',
      `cannot read the token file ${path}: ${(e as Error).message}`,
      { input: '--identity-token-file', value: path, fix: TOKEN_FIX, cause: e },
    );
  }
  const token = text.trim();
  if (!token)
    throw new ProvenanceError('INPUT_INVALID', `the token file ${path} is empty`, {
      input: '--identity-token-file',
      value: path,
      fix: TOKEN_FIX,
    });
  return token;
}

/** The token as given, when it is a JWT; else bad input naming its source (file or variable). */
function givenToken(token: string, file?: string): string {
  const read = readJwtClaims(token);
  if ('claims' in read) return token;
  const where = file ? `the token file ${file}` : 'SIGSTORE_ID_TOKEN';
  throw new ProvenanceError('INPUT_INVALID', `${where} is not an OIDC token: ${read.problem}`, {
    input: file ? '--identity-token-file' : 'SIGSTORE_ID_TOKEN',
    ...(file ? { value: file } : {}),
    fix: TOKEN_FIX,
  });
}
