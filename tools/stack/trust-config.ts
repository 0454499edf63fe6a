// The stack as a Sigstore ClientTrustConfig (protobuf-specs dev.sigstore.trustroot.v1): its
// trusted root plus a SigningConfig v0.2 naming where to sign, as public-good's
// signing_config.v0.2.json in its TUF repository does. sigstore-python (`--trust-config`) and
// model_signing (`--trust_config`) take this file to sign and verify on the stack.

export const CLIENT_TRUST_CONFIG_MEDIA_TYPE =
  'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json';
export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';

export interface SigningUrls {
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** Where clients get an interactive token (public-good: its Dex). */
  oidcUrl: string;
  validFrom: Date;
}

export function buildClientTrustConfig(
  trustedRoot: Record<string, unknown>,
  urls: SigningUrls,
): Record<string, unknown> {
  const service = (url: string) => ({
    url,
    majorApiVersion: 1,
    validFor: { start: urls.validFrom.toISOString() },
    operator: 'sigstore.mock',
  });
  return {
    mediaType: CLIENT_TRUST_CONFIG_MEDIA_TYPE,
    trustedRoot,
    signingConfig: {
      mediaType: SIGNING_CONFIG_MEDIA_TYPE,
      caUrls: [service(urls.fulcioUrl)],
      oidcUrls: [service(urls.oidcUrl)],
      rekorTlogUrls: [service(urls.rekorUrl)],
      // Public-good names the TSA by its full endpoint, not its origin.
      tsaUrls: [service(`${urls.tsaUrl}/api/v1/timestamp`)],
      rekorTlogConfig: { selector: 'ANY' },
      tsaConfig: { selector: 'ANY' },
    },
  };
}
