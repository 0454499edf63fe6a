// Which services a ClientTrustConfig's SigningConfig picks: the one valid now (start ≤ now <
// end), the newest start first, Rekor of the v1 API only (v2 is a different protocol).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { readTrustConfig, signingEndpoints } from '../../src/sign/trust-config.js';
import { publicGoodTrustedRoot } from '../../src/verify/trust-root.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const svc = (url: string, start: string, end?: string, majorApiVersion = 1) => ({
  url,
  majorApiVersion,
  validFor: { start, ...(end ? { end } : {}) },
  operator: 'test',
});

async function write(signingConfig: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tp-tc-unit-'));
  const path = join(dir, 'tc.json');
  await writeFile(
    path,
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json',
      trustedRoot: TrustedRoot.toJSON(publicGoodTrustedRoot().root),
      signingConfig: {
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        ...signingConfig,
      },
    }),
  );
  return path;
}

test('the newest service valid now wins; expired, future and Rekor v2 entries are passed over', async () => {
  const path = await write({
    caUrls: [
      svc('https://old.fulcio.test', '2020-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
      svc('https://fulcio.test/', '2025-01-01T00:00:00Z'),
      svc('https://next.fulcio.test', '2027-01-01T00:00:00Z'),
      svc('https://older.fulcio.test', '2024-01-01T00:00:00Z'),
    ],
    rekorTlogUrls: [
      svc('https://v2.rekor.test', '2026-01-01T00:00:00Z', undefined, 2),
      svc('https://rekor.test', '2023-01-01T00:00:00Z'),
    ],
    tsaUrls: [svc('https://tsa.test/api/v1/timestamp', '2023-01-01T00:00:00Z')],
  });
  const tc = await readTrustConfig(path);
  expect(tc.trustedRoot.material.certificateAuthorities.length).toBeGreaterThan(0);
  expect(signingEndpoints(tc, NOW)).toEqual({
    instance: 'custom',
    fulcioUrl: 'https://fulcio.test',
    rekorUrl: 'https://rekor.test',
    tsaUrl: 'https://tsa.test',
  });
});

test('no Fulcio valid now, or neither Rekor v1 nor TSA, is refused naming the field', async () => {
  const expired = await readTrustConfig(
    await write({
      caUrls: [svc('https://fulcio.test', '2020-01-01T00:00:00Z', '2026-01-01T00:00:00Z')],
      tsaUrls: [svc('https://tsa.test', '2020-01-01T00:00:00Z')],
    }),
  );
  expect(() => signingEndpoints(expired, NOW)).toThrow(
    /signingConfig\.caUrls names no Fulcio valid/,
  );
  const v2only = await readTrustConfig(
    await write({
      caUrls: [svc('https://fulcio.test', '2020-01-01T00:00:00Z')],
      rekorTlogUrls: [svc('https://rekor.test', '2020-01-01T00:00:00Z', undefined, 2)],
    }),
  );
  expect(() => signingEndpoints(v2only, NOW)).toThrow(/names no Rekor \(v1 API\) nor TSA/);
});

test('a bad timestamp or an unknown signing config media type names the field', async () => {
  await expect(
    readTrustConfig(await write({ caUrls: [svc('https://fulcio.test', 'yesterday')] })),
  ).rejects.toThrow(/signingConfig\.caUrls\[0\]\.validFor\.start is not a timestamp/);
  await expect(
    readTrustConfig(
      await write({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.1+json',
        caUrls: [svc('https://fulcio.test', '2020-01-01T00:00:00Z')],
      }),
    ),
  ).rejects.toThrow(
    /signingConfig\.mediaType is "application\/vnd\.dev\.sigstore\.signingconfig\.v0\.1\+json"/,
  );
});
