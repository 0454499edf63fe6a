// Looking bundles up by digest in the attestations API, against a small HTTP server that
// answers as GitHub's REST API does (paths, Link pagination, status codes).
import { readFileSync } from 'node:fs';
import { compress } from 'snappyjs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pushAttestation } from '../../src/store/attestations.js';
import { lookupAttestations, normalizeDigest } from '../../src/verify/lookup.js';
import { startFakeGitHub } from '../../tools/github-api/index.js';
import { verifyProvenance } from '../../src/verify/pipeline.js';
import { vector } from '../helpers/vectors.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const NO_RETRY = { retries: 0, baseDelayMs: 1, maxDelayMs: 1, retryAfterCapMs: 1 };

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

describe('lookupAttestations', () => {
  let server: Server;
  let base: string;
  let handler: Handler;
  const seen: Array<{ path: string; auth?: string }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', base);
      seen.push({ path: `${url.pathname}${url.search}`, auth: req.headers.authorization });
      handler(req, res, url);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    seen.length = 0;
  });

  const json = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  test('reads every page, in order, with the token; a bundle_url is downloaded without it and decoded', async () => {
    handler = (_req, res, url) => {
      if (url.pathname === '/blobs/b4') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(Buffer.from(compress(Buffer.from(JSON.stringify({ mediaType: 'b4' })))));
      } else if (url.searchParams.get('after') === 'c1') {
        json(res, 200, { attestations: [{ bundle: { mediaType: 'b3' }, repository_id: 1 }] });
      } else {
        json(
          res,
          200,
          {
            attestations: [
              { bundle: { mediaType: 'b1' }, repository_id: 1 },
              { bundle: { mediaType: 'b2' } },
              // Newer API versions: no inline bundle, only the blob link (gh reads it first).
              { bundle: null, bundle_url: `${base}/blobs/b4` },
              { bundle: null },
            ],
          },
          {
            link: `<${base}/repos/acme/vision/attestations/${DIGEST}?per_page=100&after=c1>; rel="next"`,
          },
        );
      }
    };
    const found = await lookupAttestations({
      repository: 'acme/vision',
      digest: DIGEST,
      token: 't0ken',
      apiUrl: base,
      retry: NO_RETRY,
    });
    expect(found.map((f) => [(f.bundle as { mediaType: string }).mediaType, f.source])).toEqual([
      ['b1', 'attestations API acme/vision #1'],
      ['b2', 'attestations API acme/vision #2'],
      ['b4', 'attestations API acme/vision #3'],
      ['b3', 'attestations API acme/vision #4'],
    ]);
    expect(seen[0]!.path).toBe(
      `/repos/acme/vision/attestations/${encodeURIComponent(DIGEST)}?per_page=100`,
    );
    expect(seen[0]!.auth).toBe('token t0ken');
    const where = (path: string) => (path.startsWith('/blobs/') ? 'blob' : 'api');
    expect(seen.map((s) => [where(s.path), s.auth])).toEqual([
      ['api', 'token t0ken'],
      ['blob', undefined],
      ['api', 'token t0ken'],
    ]);
  });

  test('404 means no attestation', async () => {
    handler = (_req, res) => json(res, 404, { message: 'Not Found' });
    expect(
      await lookupAttestations({
        repository: 'acme/vision',
        digest: DIGEST,
        token: 't',
        apiUrl: base,
        retry: NO_RETRY,
      }),
    ).toEqual([]);
  });

  test.each([
    [401, /token was rejected/],
    [403, /permissions: attestations: read/],
  ])('%i is a permission error naming the fix', async (status, fix) => {
    handler = (_req, res) => json(res, status, { message: 'nope' });
    const p = lookupAttestations({
      repository: 'acme/vision',
      digest: DIGEST,
      token: 't',
      apiUrl: base,
      retry: NO_RETRY,
    });
    await expect(p).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      input: 'github-token',
      fix: expect.stringMatching(fix),
    });
  });

  test('a server error after the retries is a service failure', async () => {
    handler = (_req, res) => json(res, 502, { message: 'bad gateway' });
    await expect(
      lookupAttestations({
        repository: 'acme/vision',
        digest: DIGEST,
        token: 't',
        apiUrl: base,
        retry: { ...NO_RETRY, retries: 1 },
      }),
    ).rejects.toMatchObject({ code: 'SERVICE_FAILED' });
    expect(seen).toHaveLength(2);
  });

  test('bad inputs are refused before any request', async () => {
    await expect(
      lookupAttestations({ repository: 'acme', digest: DIGEST, token: 't', apiUrl: base }),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(
      lookupAttestations({
        repository: 'acme/vision',
        digest: 'sha256:zz',
        token: 't',
        apiUrl: base,
      }),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(
      lookupAttestations({ repository: 'acme/vision', digest: DIGEST, token: '', apiUrl: base }),
    ).rejects.toMatchObject({ code: 'INPUT_MISSING' });
    expect(seen).toHaveLength(0);
    expect(normalizeDigest('AB'.repeat(32))).toBe(DIGEST);
  });

  const gh = vector('gh-cli');
  test('bundles found by digest verify like files', async () => {
    const bundle = JSON.parse(
      readFileSync(`${gh}/reusable-workflow-attestation.sigstore.json`, 'utf8'),
    );
    handler = (_req, res) =>
      json(res, 200, { attestations: [{ bundle: { mediaType: 'nonsense' } }, { bundle }] });
    const found = await lookupAttestations({
      repository: 'malancas/attest-demo',
      digest: 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25',
      token: 't',
      apiUrl: base,
      retry: NO_RETRY,
    });
    const r = await verifyProvenance({
      bundles: found,
      model: [
        {
          kind: 'file',
          path: `${gh}/reusable-workflow-artifact`,
          relPath: 'reusable-workflow-artifact',
        },
      ],
      workspace: gh,
      identity: {
        repository: 'malancas/attest-demo',
        signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
      },
      trustedRoot: 'public-good',
    });
    expect(r.verified).toBe(true);
    expect(r.attempts.map((a) => [a.source, a.verified])).toEqual([
      ['attestations API malancas/attest-demo #1', false],
      ['attestations API malancas/attest-demo #2', true],
    ]);
    expect(r.attempts[0]!.firstViolation).toMatch(/media type 'nonsense'/);
  });

  test('round trip through the fake GitHub API: stored by the writer, found by digest, token required', async () => {
    const fake = await startFakeGitHub({ token: 'secret' });
    try {
      const bundle = JSON.parse(
        readFileSync(`${gh}/reusable-workflow-attestation.sigstore.json`, 'utf8'),
      );
      await pushAttestation(bundle, {
        token: 'secret',
        repository: 'malancas/attest-demo',
        apiUrl: fake.url,
        serverUrl: 'https://github.com',
      });
      const digest = 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25';
      const found = await lookupAttestations({
        repository: 'malancas/attest-demo',
        digest,
        token: 'secret',
        apiUrl: fake.url,
        retry: NO_RETRY,
      });
      expect(found).toHaveLength(1);
      expect(found[0]!.bundle).toEqual(bundle);
      expect(
        await lookupAttestations({
          repository: 'malancas/attest-demo',
          digest: `sha256:${'0'.repeat(64)}`,
          token: 'secret',
          apiUrl: fake.url,
          retry: NO_RETRY,
        }),
      ).toEqual([]);
      await expect(
        lookupAttestations({
          repository: 'malancas/attest-demo',
          digest,
          token: 'wrong',
          apiUrl: fake.url,
          retry: NO_RETRY,
        }),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
      fake.failNext('GET', /attestations/, 403);
      await expect(
        lookupAttestations({
          repository: 'malancas/attest-demo',
          digest,
          token: 'secret',
          apiUrl: fake.url,
          retry: NO_RETRY,
        }),
      ).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
        fix: expect.stringContaining('attestations: read'),
      });
    } finally {
      await fake.close();
    }
  });
});
