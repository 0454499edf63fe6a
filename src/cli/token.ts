// The OIDC token for the command: SIGSTORE_ID_TOKEN, a token file, or the Actions runner's
// token endpoint when the command runs inside a `run:` step. The endpoint is asked directly,
// not through @actions/core: its getIDToken writes `::add-mask::<token>` and `::debug::` to
// stdout, which would put the token into `--format json > result.json`.
import { readFile } from 'node:fs/promises';
import { ProvenanceError } from '../errors.js';

export interface TokenSources {
  tokenFile?: string;
  env: Record<string, string | undefined>;
}

export async function commandIdToken(src: TokenSources): Promise<string | undefined> {
  if (src.tokenFile) return (await readFile(src.tokenFile, 'utf8')).trim() || undefined;
  if (src.env.SIGSTORE_ID_TOKEN) return src.env.SIGSTORE_ID_TOKEN;
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
