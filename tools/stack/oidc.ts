// An OIDC issuer shaped like GitHub Actions': RS256 keys, discovery document, JWKS, and the
// runner's token endpoint (GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=A with the request bearer).

import { randomBytes, timingSafeEqual } from 'node:crypto';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import type { GitHubClaims } from './claims.js';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
import { json, type ServiceHandler } from './service.js';

const ALG = 'RS256';

export class OidcIssuer {
  readonly jwks: JSONWebKeySet;
  private readonly privateKey: PrivateKey;
  private readonly kid: string;

  private constructor(privateKey: PrivateKey, jwks: JSONWebKeySet, kid: string) {
    this.privateKey = privateKey;
    this.jwks = jwks;
    this.kid = kid;
  }

  static async create(): Promise<OidcIssuer> {
    const { privateKey, publicKey } = await generateKeyPair(ALG, { modulusLength: 2048 });
    const kid = randomBytes(16).toString('hex').toUpperCase();
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
    return new OidcIssuer(privateKey, { keys: [jwk] }, kid);
  }

  /** Signs the claims exactly as given (time claims included). */
  async mint(claims: GitHubClaims): Promise<string> {
    return new SignJWT({ ...claims })
      .setProtectedHeader({ typ: 'JWT', alg: ALG, kid: this.kid })
      .sign(this.privateKey);
  }

  /** Checks signature, issuer, audience and time claims as a relying party (Fulcio) does. */
  async verify(token: string, opts: { issuers: string[]; audience: string }): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, createLocalJWKSet(this.jwks), {
      algorithms: [ALG],
      issuer: opts.issuers,
      audience: opts.audience,
      clockTolerance: 5,
    });
    return payload;
  }
}

export interface TokenEndpointOptions {
  issuer: OidcIssuer;
  /** The `iss` advertised in discovery: the claim value, not necessarily this server's URL. */
  issuerClaim: string;
  issuerUrl: string;
  requestToken: string;
  /** Claims for one token request; `audience` is the runner's `audience` query parameter. */
  claimsFor(audience: string | undefined): GitHubClaims;
}

/** The path of the Dex-shaped issuer a signing config names (`oidcUrls`). */
export const SIGNING_OIDC_PATH = '/auth';

/** Serves discovery, JWKS and the runner token endpoint (`/token`). */
export function oidcService(opts: TokenEndpointOptions): ServiceHandler {
  return async (req) => {
    if (req.method !== 'GET') return json(405, { message: 'method not allowed' });
    switch (req.url.pathname) {
      case '/.well-known/openid-configuration':
        return json(200, {
          issuer: opts.issuerClaim,
          jwks_uri: `${opts.issuerUrl}/.well-known/jwks`,
          subject_types_supported: ['public', 'pairwise'],
          response_types_supported: ['id_token'],
          claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'sha'],
          id_token_signing_alg_values_supported: [ALG],
          scopes_supported: ['openid'],
        });
      case `${SIGNING_OIDC_PATH}/.well-known/openid-configuration`:
        // Where a signing config's oidcUrls points clients for an interactive token, as
        // public-good's names Sigstore's Dex (https://oauth2.sigstore.dev/auth): sigstore-python
        // reads this discovery even when handed a token, and requires both endpoints (OpenID
        // Connect Discovery 1.0 §3). No browser flow is served: tokens are given to the client.
        return json(200, {
          issuer: `${opts.issuerUrl}${SIGNING_OIDC_PATH}`,
          authorization_endpoint: `${opts.issuerUrl}${SIGNING_OIDC_PATH}/auth`,
          token_endpoint: `${opts.issuerUrl}${SIGNING_OIDC_PATH}/token`,
          jwks_uri: `${opts.issuerUrl}/.well-known/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: [ALG],
        });
      case '/.well-known/jwks':
        return json(200, opts.issuer.jwks);
      case '/token': {
        if (!bearerMatches(req.headers.authorization, opts.requestToken)) {
          return json(401, { message: 'invalid or missing request token' });
        }
        const audience = req.url.searchParams.get('audience') ?? undefined;
        const token = await opts.issuer.mint(opts.claimsFor(audience));
        return json(200, { count: 1, value: token });
      }
      default:
        return json(404, { message: 'not found' });
    }
  };
}

function bearerMatches(header: string | undefined, expected: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const want = Buffer.from(expected);
  return given.length === want.length && timingSafeEqual(given, want);
}
