// A real Sigstore stack on loopback for tests and demos: Fulcio (with CT log), Rekor, a TSA and
// a GitHub-shaped OIDC issuer, each on its own 127.0.0.1 port, plus the matching trusted root.
//
// Built from @sigstore/mock's parts, through mock.ts (the one module that imports it).
//
// Tokens carry `iss: https://token.actions.githubusercontent.com` by default, as real workflow
// tokens do, while the keys that sign them are this stack's own and are served (JWKS, discovery)
// from `issuerUrl`. Fulcio here trusts that issuer claim and the stack's own URL, with the
// stack's keys: no request ever goes to GitHub.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initializeCA, initializeCTLog } from './mock.js';
import { RekorLog } from './rekor-log.js';
import {
  GITLAB_ISSUER,
  resolveClaims,
  resolveGitLabClaims,
  type GitHubClaims,
  type GitLabClaims,
} from './claims.js';
import { fulcioService } from './fulcio.js';
import { OidcIssuer, oidcService, SIGNING_OIDC_PATH } from './oidc.js';
import { rekorService } from './rekor.js';
import { LoopbackService, type Fault, type ServiceName } from './service.js';
import { buildTrustedRoot } from './trusted-root.js';
import { buildClientTrustConfig } from './trust-config.js';
import { initializeWholeSecondTSA, tsaService } from './tsa.js';

export type { GitHubClaims, GitLabClaims } from './claims.js';
export {
  FULCIO_OID_PREFIX,
  GITHUB_ISSUER,
  fulcioIdentityFromClaims,
  resolveClaims,
} from './claims.js';
export type { Fault, ServiceName } from './service.js';
export { TRUSTED_ROOT_MEDIA_TYPE } from './trusted-root.js';

export interface StackOptions {
  /** Claim overrides for every token of this stack (defaults: the fixture repo acme/vision). */
  claims?: Partial<GitHubClaims>;
  /** Use the stack's own issuer URL as `iss` instead of GitHub's (unless claims.iss is given). */
  localIssuer?: boolean;
  /** Where trusted_root.json goes; default a fresh temp dir, removed by close(). */
  dir?: string;
}

export interface Stack {
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** Origin of the OIDC issuer: discovery, JWKS and the runner token endpoint. */
  issuerUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL: already has a query, since @actions/core appends `&audience=`. */
  tokenRequestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN: the bearer the token endpoint requires. */
  tokenRequestToken: string;
  dir: string;
  trustedRootPath: string;
  /** trust_config.json: a ClientTrustConfig (trusted root + signing config) for this stack. */
  trustConfigPath: string;
  /** The same naming Fulcio and Rekor only (no TSA), as v0's --fulcio-url --rekor-url did. */
  trustConfigFulcioRekorPath: string;
  /** The same naming Fulcio alone (no log, no TSA). */
  trustConfigFulcioOnlyPath: string;
  /** The same naming Fulcio and the TSA, no log (GitHub's private-repository shape). */
  trustConfigFulcioTsaPath: string;
  /** trusted_root.json as JSON (TrustedRoot.fromJSON accepts it). */
  trustedRoot: Record<string, unknown>;
  /** The claims tokens get: defaults merged with StackOptions.claims (time claims at start). */
  claims: GitHubClaims;
  /** A token for Fulcio (aud `sigstore`), signed by the stack's issuer, with optional overrides. */
  mintToken(claims?: Partial<GitHubClaims>): Promise<string>;
  /** A GitLab CI ID token (issuer https://gitlab.com, audience sigstore), claims overridable. */
  mintGitLabToken(claims?: Partial<GitLabClaims>): Promise<string>;
  /**
   * A token of another kind (a Kubernetes service account's, a `uri` issuer's): exactly
   * `claims`, with this stack's issuer, audience sigstore and a five-minute life unless given.
   */
  mintOtherToken(claims: Record<string, unknown>): Promise<string>;
  setFault(service: ServiceName, fault: Fault): void;
  clearFaults(): void;
  /** Requests received by a service since start, faulted ones included. */
  requestCount(service: ServiceName): number;
  close(): Promise<void>;
}

const SERVICES: ServiceName[] = ['fulcio', 'rekor', 'tsa', 'oidc'];

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  // Certificates encode whole seconds; no authority may start after its own certificate.
  const validFrom = new Date(Math.floor(Date.now() / 1000) * 1000);
  const started = await Promise.all(SERVICES.map((name) => LoopbackService.start(name)));
  const services = Object.fromEntries(started.map((s) => [s.name, s])) as Record<
    ServiceName,
    LoopbackService
  >;
  try {
    const { fulcio, rekor, tsa: tsaServer, oidc } = services;
    const issuerUrl = oidc.url;
    const stackOverrides: Partial<GitHubClaims> = {
      ...(opts.localIssuer ? { iss: issuerUrl } : {}),
      ...opts.claims,
    };
    const claims = resolveClaims(stackOverrides);
    const acceptedIssuers = [...new Set([claims.iss, issuerUrl, GITLAB_ISSUER])];
    const tokenRequestToken = randomBytes(24).toString('hex');

    const issuer = await OidcIssuer.create();
    // Separate keys, as separate real services have. The CA is P-384 like Fulcio's.
    const ctKeys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const caKeys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const rekorKeys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const tsaKeys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const ctlog = await initializeCTLog(ctKeys);
    const ca = await initializeCA(caKeys, ctlog);
    // The checkpoint origin is this URL's host; the trusted root's tlog baseUrl must match it.
    const tlog = new RekorLog(new URL(rekor.url).host, rekorKeys);
    const tsa = await initializeWholeSecondTSA(tsaKeys);

    const mint = (overrides: Partial<GitHubClaims>) =>
      issuer.mint(resolveClaims({ ...stackOverrides, ...overrides }));

    fulcio.setHandler(
      fulcioService({
        ca,
        verifyToken: async (token) =>
          (await issuer.verify(token, {
            issuers: acceptedIssuers,
            audience: 'sigstore',
          })) as Record<string, unknown>,
      }),
    );
    rekor.setHandler(
      rekorService(tlog, rekorKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString()),
    );
    tsaServer.setHandler(tsaService(tsa));
    oidc.setHandler(
      oidcService({
        issuer,
        issuerClaim: claims.iss,
        issuerUrl,
        requestToken: tokenRequestToken,
        // GitHub's default audience, when the runner asks for none, is the owner's URL.
        claimsFor: (audience) =>
          resolveClaims({
            ...stackOverrides,
            aud: audience ?? `https://github.com/${claims.repository_owner}`,
          }),
      }),
    );

    const trustedRoot = buildTrustedRoot({
      fulcioUrl: fulcio.url,
      rekorUrl: rekor.url,
      tsaUrl: tsaServer.url,
      caRoot: toBytes(ca.rootCertificate),
      ctlogKey: toBytes(ctlog.publicKey),
      rekorKey: rekorKeys.publicKey.export({ type: 'spki', format: 'der' }),
      tsaChain: [toBytes(tsa.intCertificate), toBytes(tsa.rootCertificate)],
      validFrom,
    });
    const ownDir = opts.dir === undefined;
    const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), 'tp-stack-')));
    await mkdir(dir, { recursive: true });
    const trustedRootPath = join(dir, 'trusted_root.json');
    await writeFile(trustedRootPath, `${JSON.stringify(trustedRoot, null, 2)}\n`);
    const trustConfig = buildClientTrustConfig(trustedRoot, {
      fulcioUrl: fulcio.url,
      rekorUrl: rekor.url,
      tsaUrl: tsaServer.url,
      oidcUrl: `${issuerUrl}${SIGNING_OIDC_PATH}`,
      validFrom,
    });
    // The full config and its variants, each without the services it leaves out.
    const writeTrustConfig = async (name: string, drop: string[] = []) => {
      const signing = { ...(trustConfig.signingConfig as Record<string, unknown>) };
      for (const key of drop) delete signing[key];
      const path = join(dir, name);
      const config = { ...trustConfig, signingConfig: signing };
      await writeFile(path, `${JSON.stringify(config, null, 2)}\n`);
      return path;
    };
    const trustConfigPath = await writeTrustConfig('trust_config.json');
    const trustConfigFulcioRekorPath = await writeTrustConfig('trust_config.fulcio-rekor.json', [
      'tsaUrls',
    ]);
    const trustConfigFulcioOnlyPath = await writeTrustConfig('trust_config.fulcio.json', [
      'tsaUrls',
      'rekorTlogUrls',
    ]);
    const trustConfigFulcioTsaPath = await writeTrustConfig('trust_config.fulcio-tsa.json', [
      'rekorTlogUrls',
    ]);

    return {
      fulcioUrl: fulcio.url,
      rekorUrl: rekor.url,
      tsaUrl: tsaServer.url,
      issuerUrl,
      tokenRequestUrl: `${issuerUrl}/token?api-version=2.0`,
      tokenRequestToken,
      dir,
      trustedRootPath,
      trustConfigPath,
      trustConfigFulcioRekorPath,
      trustConfigFulcioOnlyPath,
      trustConfigFulcioTsaPath,
      trustedRoot,
      claims,
      mintToken: (overrides = {}) => mint({ aud: 'sigstore', ...overrides }),
      mintGitLabToken: (overrides = {}) =>
        issuer.mint(resolveGitLabClaims(overrides) as unknown as GitHubClaims),
      mintOtherToken: (claims) => {
        const iat = Math.floor(Date.now() / 1000);
        const full = { iss: issuerUrl, aud: 'sigstore', iat, nbf: iat, exp: iat + 300, ...claims };
        return issuer.mint(full as unknown as GitHubClaims);
      },
      setFault: (service, fault) => services[service].setFault(fault),
      clearFaults: () => started.forEach((s) => s.clearFault()),
      requestCount: (service) => services[service].requestCount,
      close: async () => {
        await Promise.all(started.map((s) => s.close()));
        if (ownDir) await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await Promise.all(started.map((s) => s.close()));
    throw err;
  }
}

function toBytes(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}
