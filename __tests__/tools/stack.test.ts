// The loopback Sigstore stack, exercised by the real clients: @actions/core for the token,
// @sigstore/sign for signing, @sigstore/verify against the written trusted root.

import { execFile, spawn } from 'node:child_process';
import {
  createHash,
  generateKeyPairSync,
  sign as signWith,
  X509Certificate as NodeX509,
  type KeyPairKeyObjectResult,
} from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as core from '@actions/core';
import { bundleFromJSON, bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { RFC3161Timestamp, X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Witness,
} from '@sigstore/sign';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { generateKeyPair, SignJWT } from 'jose';
import { startStack, type Stack } from '../../tools/stack/index.js';
import {
  genericIdentityFromClaims,
  gitlabIdentityFromClaims,
  resolveGitLabClaims,
} from '../../tools/stack/claims.js';

const execFileAsync = promisify(execFile);
const OID = (n: number) => `1.3.6.1.4.1.57264.1.${n}`;
const FAST_RETRY = { retries: 2, minTimeout: 10, maxTimeout: 20 };

type Retry = { retries: number; minTimeout: number; maxTimeout: number } | number;

let stack: Stack;
let cliBuild: Promise<string>;
let cliDir: string;

/** @actions/core prints `::add-mask::<token>` and `::debug::` lines; keep tokens out of the log. */
async function withoutWorkflowCommands<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    String(chunk).startsWith('::') ? true : write(chunk, ...rest)) as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

async function runnerToken(audience = 'sigstore'): Promise<string> {
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = stack.tokenRequestUrl;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = stack.tokenRequestToken;
  return withoutWorkflowCommands(() => core.getIDToken(audience));
}

const statement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'model.safetensors', digest: { sha256: 'ab'.repeat(32) } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: { buildType: 'https://example.com/test' } },
};
const payload = Buffer.from(JSON.stringify(statement));

async function sign(
  token: string,
  opts: { rekor?: boolean; retry?: Retry; timeout?: number } = {},
): Promise<SerializedBundle> {
  const fetchOpts = { retry: opts.retry ?? 0, timeout: opts.timeout };
  const witnesses: Witness[] = [];
  if (opts.rekor ?? true) {
    witnesses.push(
      new RekorWitness({ rekorBaseURL: stack.rekorUrl, entryType: 'dsse', ...fetchOpts }),
    );
  }
  witnesses.push(new TSAWitness({ tsaBaseURL: stack.tsaUrl, ...fetchOpts }));
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: stack.fulcioUrl,
      identityProvider: { getToken: async () => token },
      ...fetchOpts,
    }),
    witnesses,
  });
  const bundle = await builder.create({ data: payload, type: 'application/vnd.in-toto+json' });
  return bundleToJSON(bundle);
}

async function verifier(thresholds: { tlog: number }): Promise<Verifier> {
  const root = JSON.parse(await readFile(stack.trustedRootPath, 'utf8'));
  return new Verifier(toTrustMaterial(TrustedRoot.fromJSON(root)), {
    tlogThreshold: thresholds.tlog,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Decodes a DER UTF8String (tag 0x0c), short or long length form. */
function derUtf8(bytes: Buffer): string {
  expect(bytes[0]).toBe(0x0c);
  let length = bytes[1] ?? 0;
  let offset = 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + (bytes[2 + i] ?? 0);
    offset = 2 + n;
  }
  expect(bytes.length).toBe(offset + length);
  return bytes.subarray(offset).toString('utf8');
}

/** Every DER GeneralizedTime (tag 0x18, short length) in a structure, as text. */
function generalizedTimes(der: Buffer): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < der.length; i++) {
    if (der[i] !== 0x18) continue;
    const length = der[i + 1] ?? 0;
    const text = der.subarray(i + 2, i + 2 + length).toString('latin1');
    if (/^\d{14}(\.\d+)?Z$/.test(text)) found.push(text);
  }
  return found;
}

function leafOf(bundle: SerializedBundle): Buffer<ArrayBuffer> {
  const vm = bundle.verificationMaterial as { certificate?: { rawBytes: string } };
  if (!vm.certificate) throw new Error('bundle has no leaf certificate');
  return Buffer.from(vm.certificate.rawBytes, 'base64');
}

function extensionText(der: Buffer<ArrayBuffer>, oid: string): string | undefined {
  const ext = X509Certificate.parse(der).extension(oid);
  return ext ? derUtf8(ext.value) : undefined;
}

/**
 * build/stack/index.js, rebuilt with ncc unless it is newer than every source of the stack and
 * the lock file (ncc takes 7–25 s on this machine, so reruns reuse a fresh build).
 */
async function cliBundle(): Promise<string> {
  const entry = join(process.cwd(), 'build/stack/index.js');
  const sources = [
    ...(await readdir('tools/stack')).map((f) => join('tools/stack', f)),
    'package-lock.json',
  ];
  const newest = Math.max(
    ...(await Promise.all(sources.map(async (f) => (await stat(f)).mtimeMs))),
  );
  const built = await stat(entry).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built > newest) return entry;
  const ncc = join(process.cwd(), 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  await execFileAsync(process.execPath, [
    ncc,
    'build',
    'tools/stack/cli.ts',
    '-o',
    'build/stack',
    '--quiet',
  ]);
  return entry;
}

beforeAll(async () => {
  // Bundle the CLI in the background while the other tests run.
  cliDir = await mkdtemp(join(tmpdir(), 'tp-stack-cli-'));
  cliBuild = cliBundle();
  cliBuild.catch(() => undefined);
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
  await cliBuild?.catch(() => undefined);
  if (cliDir) await rm(cliDir, { recursive: true, force: true });
});

afterEach(() => stack.clearFaults());

describe('signing through the runner protocol, verifying against the trusted root', () => {
  let token: string;
  let bundle: SerializedBundle;

  beforeAll(async () => {
    token = await runnerToken();
    bundle = await sign(token);
  });

  test('the runner token endpoint answers @actions/core with a token carrying the claims', () => {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sigstore',
      sub: 'repo:acme/vision:ref:refs/heads/main',
      repository: 'acme/vision',
      repository_owner: 'acme',
      job_workflow_ref: stack.claims.job_workflow_ref,
    });
    expect(stack.tokenRequestUrl).toContain('?');
  });

  test('a Rekor + TSA bundle verifies with tlog, ctlog and timestamp thresholds of 1', async () => {
    const san = `https://github.com/${stack.claims.job_workflow_ref}`;
    const signer = (await verifier({ tlog: 1 })).verify(toSignedEntity(bundleFromJSON(bundle)), {
      subjectAlternativeName: new RegExp(`^${escapeRegExp(san)}$`),
      extensions: { issuer: 'https://token.actions.githubusercontent.com' },
    });
    expect(signer.identity?.subjectAlternativeName).toBe(san);

    const tlog = bundle.verificationMaterial.tlogEntries[0];
    expect(tlog?.kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    expect(tlog?.inclusionProof?.checkpoint.envelope).toContain(new URL(stack.rekorUrl).host);
    expect(tlog?.inclusionPromise?.signedEntryTimestamp).toBeTruthy();
    // Stored as real Rekor stores a dsse entry, not as proposed.
    const body = JSON.parse(Buffer.from(tlog?.canonicalizedBody ?? '', 'base64').toString());
    expect(body.spec.proposedContent).toBeUndefined();
    expect(body.spec.payloadHash).toEqual({
      algorithm: 'sha256',
      value: createHash('sha256').update(payload).digest('hex'),
    });
    expect(body.spec.signatures).toHaveLength(1);
    expect(body.spec.signatures[0].signature).toBe(
      (bundle as { dsseEnvelope: { signatures: Array<{ sig: string }> } }).dsseEnvelope
        .signatures[0]?.sig,
    );
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(
      1,
    );
  });

  test('the certificate has the GitHub SAN and Fulcio extensions derived from the claims', () => {
    const der = leafOf(bundle);
    const c = stack.claims;
    expect(new NodeX509(der).subjectAltName).toBe(`URI:https://github.com/${c.job_workflow_ref}`);
    const expected: Record<number, string> = {
      8: 'https://token.actions.githubusercontent.com',
      9: `https://github.com/${c.job_workflow_ref}`,
      10: c.job_workflow_sha,
      11: 'github-hosted',
      12: 'https://github.com/acme/vision',
      13: c.sha,
      14: 'refs/heads/main',
      15: c.repository_id,
      16: 'https://github.com/acme',
      17: c.repository_owner_id,
      18: `https://github.com/${c.workflow_ref}`,
      19: c.workflow_sha,
      20: 'push',
      21: `https://github.com/acme/vision/actions/runs/${c.run_id}/attempts/${c.run_attempt}`,
      22: 'public',
      24: 'repo:acme/vision:ref:refs/heads/main',
    };
    for (const [n, value] of Object.entries(expected)) {
      expect([n, extensionText(der, OID(Number(n)))]).toEqual([n, value]);
    }
    expect(extensionText(der, OID(23))).toBeUndefined();
    // The deprecated issuer extension is the raw string, not DER.
    const legacy = X509Certificate.parse(der).extension(OID(1));
    expect(legacy?.value.toString('utf8')).toBe('https://token.actions.githubusercontent.com');
  });

  test('a policy on DER-encoded OIDs matches, and a tampered payload fails', async () => {
    const der = (s: string) => Buffer.concat([Buffer.from([0x0c, s.length]), Buffer.from(s)]);
    const v = await verifier({ tlog: 1 });
    expect(() =>
      v.verify(toSignedEntity(bundleFromJSON(bundle)), {
        oids: [
          {
            oid: { id: OID(12).split('.').map(Number) },
            value: der('https://github.com/acme/vision'),
          },
        ],
      }),
    ).not.toThrow();
    expect(() =>
      v.verify(toSignedEntity(bundleFromJSON(bundle)), {
        oids: [
          {
            oid: { id: OID(12).split('.').map(Number) },
            value: der('https://github.com/acme/other'),
          },
        ],
      }),
    ).toThrow();
    const tampered = structuredClone(bundle) as { dsseEnvelope: { payload: string } };
    tampered.dsseEnvelope.payload = Buffer.from(
      JSON.stringify({ ...statement, predicateType: 'https://evil.example/v1' }),
    ).toString('base64');
    expect(() => v.verify(toSignedEntity(bundleFromJSON(tampered)))).toThrow();
  });

  test('a deployment environment adds extension 23 and changes the subject', async () => {
    const envBundle = await sign(await stack.mintToken({ environment: 'production' }), {
      rekor: false,
    });
    const der = leafOf(envBundle);
    expect(extensionText(der, OID(23))).toBe('production');
    expect(extensionText(der, OID(24))).toBe('repo:acme/vision:environment:production');
  });

  test('TSA-only bundles (GitHub instance shape) verify 20 times in a row, stamped in whole seconds', async () => {
    const v = await verifier({ tlog: 0 });
    for (let i = 0; i < 20; i++) {
      const tsaBundle = await sign(token, { rekor: false });
      // bundleToJSON drops an empty list.
      expect(tsaBundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
      const stamps = tsaBundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps;
      expect(stamps).toHaveLength(1);
      // genTime is the TSTInfo's only GeneralizedTime: no fractional seconds.
      const times = generalizedTimes(Buffer.from(stamps?.[0]?.signedTimestamp ?? '', 'base64'));
      expect(times).toHaveLength(1);
      expect(times[0]).toMatch(/^\d{14}Z$/);
      expect(() => v.verify(toSignedEntity(bundleFromJSON(tsaBundle)))).not.toThrow();
    }
  });
});

describe('identity checks', () => {
  test('Fulcio refuses a token signed by a foreign key, even with the right kid', async () => {
    const jwks = (await (await fetch(`${stack.issuerUrl}/.well-known/jwks`)).json()) as {
      keys: Array<{ kid: string }>;
    };
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ ...stack.claims })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: jwks.keys[0]?.kid ?? '' })
      .sign(privateKey);
    await expect(sign(forged, { rekor: false })).rejects.toThrow(/401/);
  });

  test('Fulcio refuses an expired token and a token for another audience', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await stack.mintToken({ iat: past, nbf: past, exp: past + 300 });
    await expect(sign(expired, { rekor: false })).rejects.toThrow(/401/);
    await expect(
      sign(await runnerToken('https://github.com/acme'), { rekor: false }),
    ).rejects.toThrow(/401/);
  });

  test('the token endpoint refuses a wrong request token', async () => {
    const res = await fetch(`${stack.tokenRequestUrl}&audience=sigstore`, {
      headers: { Authorization: 'Bearer not-the-runner-token' },
    });
    expect(res.status).toBe(401);
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = stack.tokenRequestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'not-the-runner-token';
    await expect(withoutWorkflowCommands(() => core.getIDToken('sigstore'))).rejects.toThrow(/401/);
  });

  test('discovery names the claimed issuer and the local JWKS', async () => {
    const doc = (await (
      await fetch(`${stack.issuerUrl}/.well-known/openid-configuration`)
    ).json()) as { issuer: string; jwks_uri: string };
    expect(doc.issuer).toBe('https://token.actions.githubusercontent.com');
    expect(doc.jwks_uri).toBe(`${stack.issuerUrl}/.well-known/jwks`);
  });
});

describe('as the real services answer', () => {
  const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
  /** RFC 9162 §2.1.3.2: the root an audit path leads to from a leaf, written here on its own. */
  function rootFromPath(leaf: Buffer, index: number, size: number, path: Buffer[]): Buffer {
    let [fn, sn, r] = [index, size - 1, leaf];
    for (const p of path) {
      if (sn === 0) throw new Error('path too long');
      if (fn % 2 === 1 || fn === sn) {
        r = sha256(Buffer.from([1]), p, r);
        while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >> 1, sn >> 1];
      } else {
        r = sha256(Buffer.from([1]), r, p);
      }
      [fn, sn] = [fn >> 1, sn >> 1];
    }
    if (sn !== 0) throw new Error('path too short');
    return r;
  }

  test('Rekor appends every entry to one tree: the next index, a real audit path, a growing tree', async () => {
    const a = await sign(await stack.mintToken());
    const b = await sign(await stack.mintToken());
    const entry = (x: SerializedBundle) => x.verificationMaterial.tlogEntries[0]!;
    const [pa, pb] = [entry(a).inclusionProof!, entry(b).inclusionProof!];
    expect(Number(pa.logIndex)).toBeGreaterThan(0);
    expect(Number(pb.logIndex)).toBe(Number(pa.logIndex) + 1);
    expect(Number(pb.treeSize)).toBe(Number(pa.treeSize) + 1);
    expect(entry(b).logIndex).toBe(pb.logIndex);
    for (const x of [a, b]) {
      const p = entry(x).inclusionProof!;
      expect(p.hashes.length).toBeGreaterThan(0);
      const leaf = sha256(Buffer.from([0]), Buffer.from(entry(x).canonicalizedBody, 'base64'));
      const path = p.hashes.map((h) => Buffer.from(h, 'base64'));
      const root = rootFromPath(leaf, Number(p.logIndex), Number(p.treeSize), path);
      expect(root.toString('base64')).toBe(p.rootHash);
      expect(p.checkpoint.envelope.split('\n').slice(1, 3)).toEqual([p.treeSize, p.rootHash]);
    }
  });

  test('Fulcio certifies the key of a CSR sent with a bearer token (sigstore-python), and refuses a CSR whose signature fails', async () => {
    const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
    const keys = await crypto.subtle.generateKey(alg, true, ['sign', 'verify']);
    const csr = await x509.Pkcs10CertificateRequestGenerator.create({
      name: 'CN=sigstore',
      keys,
      signingAlgorithm: alg,
    });
    const token = await stack.mintToken();
    const post = (der: Buffer) =>
      fetch(`${stack.fulcioUrl}/api/v2/signingCert`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          certificateSigningRequest: Buffer.from(
            x509.PemConverter.encode(der, 'CERTIFICATE REQUEST'),
          ).toString('base64'),
        }),
      });
    const der = Buffer.from(csr.rawData);
    const ok = await post(der);
    expect(ok.status).toBe(201);
    const body = (await ok.json()) as {
      signedCertificateEmbeddedSct: { chain: { certificates: string[] } };
    };
    const leaf = new NodeX509(body.signedCertificateEmbeddedSct.chain.certificates[0]!);
    expect(leaf.publicKey.export({ type: 'spki', format: 'der' })).toEqual(
      Buffer.from(csr.publicKey.rawData),
    );
    // The last byte is in the signature's S integer: the request is well formed, its proof is not.
    const forged = Buffer.from(der);
    forged[forged.length - 1]! ^= 1;
    expect((await post(forged)).status).toBe(400);
  });

  test('Fulcio refuses a key type or size it does not certify (secp256k1, RSA 1024, Ed448) with a valid proof, and certifies P-256', async () => {
    const token = await stack.mintToken();
    const sub = String(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub);
    const request = (key: KeyPairKeyObjectResult) =>
      fetch(`${stack.fulcioUrl}/api/v2/signingCert`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          credentials: { oidcIdentityToken: token },
          publicKeyRequest: {
            publicKey: { content: key.publicKey.export({ type: 'spki', format: 'pem' }) },
            proofOfPossession: signWith(
              key.privateKey.asymmetricKeyType === 'ed448' ? null : 'sha256',
              Buffer.from(sub),
              key.privateKey,
            ).toString('base64'),
          },
        }),
      });
    const refused = await Promise.all(
      [
        generateKeyPairSync('ec', { namedCurve: 'secp256k1' }),
        generateKeyPairSync('rsa', { modulusLength: 1024 }),
        generateKeyPairSync('ed448'),
      ].map(request),
    );
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400]);
    expect(await refused[0]!.json()).toEqual({
      code: 3,
      message: 'The public key supplied in the request is insecure',
    });
    const ok = await request(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }));
    expect(ok.status).toBe(201);
  });

  const tlv = (tag: number, ...content: Buffer[]) => {
    const body = Buffer.concat(content);
    return Buffer.concat([Buffer.from([tag, body.length]), body]);
  };
  const SHA256_OID = Buffer.from('608648016503040201', 'hex');
  const SHA1_OID = Buffer.from('2b0e03021a', 'hex');
  /** An RFC 3161 TimeStampReq v1 with a nonce and certReq TRUE, as sigstore-python sends. */
  const timeStampReq = (oid: Buffer, digest: Buffer, nonce: Buffer) =>
    tlv(
      0x30,
      tlv(0x02, Buffer.from([1])),
      tlv(0x30, tlv(0x30, tlv(0x06, oid), tlv(0x05)), tlv(0x04, digest)),
      tlv(0x02, nonce),
      tlv(0x01, Buffer.from([0xff])),
    );
  const postTSA = (contentType: string, body: string | Buffer) =>
    fetch(`${stack.tsaUrl}/api/v1/timestamp`, {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body,
    });

  test('the TSA stamps a DER request (sigstore-python) and echoes its 64-bit nonce byte for byte', async () => {
    const digest = sha256(Buffer.from('signature bytes'));
    const nonce = Buffer.from('5a1b2c3d4e5f6071', 'hex'); // > 2^53: does not fit a JS number
    const res = await postTSA(
      'application/timestamp-query',
      timeStampReq(SHA256_OID, digest, nonce),
    );
    expect([res.status, res.headers.get('content-type')]).toEqual([
      201,
      'application/timestamp-reply',
    ]);
    const stamp = RFC3161Timestamp.parse(Buffer.from(await res.arrayBuffer()));
    expect(stamp.status).toBe(0n);
    expect(stamp.tstInfo.messageImprintHashedMessage).toEqual(digest);
    const integers = stamp.tstInfo.root.subs.filter((o) => o.tag.isInteger());
    expect(integers.at(-1)?.value).toEqual(nonce);
  });

  test('the TSA refuses SHA-1, a digest of the wrong length, an oversized JSON body and a non-application type, as timestamp-authority does', async () => {
    const digest = sha256(Buffer.from('signature bytes'));
    const nonce = Buffer.from([7]);
    const asJSON = (hashAlgorithm: string, hash: Buffer, nonce = '1') =>
      `{"artifactHash":"${hash.toString('base64')}","hashAlgorithm":"${hashAlgorithm}","nonce":${nonce}}`;
    const refused = [
      await postTSA('application/json', asJSON('sha1', digest.subarray(0, 20))),
      await postTSA('application/json', asJSON('md5', digest.subarray(0, 16))),
      await postTSA('application/json', asJSON('sha256', digest.subarray(0, 20))),
      await postTSA('application/json', asJSON('sha256', digest, '9'.repeat(1100))),
      await postTSA(
        'application/timestamp-query',
        timeStampReq(SHA1_OID, digest.subarray(0, 20), nonce),
      ),
      await postTSA(
        'application/timestamp-query',
        timeStampReq(SHA256_OID, digest.subarray(0, 20), nonce),
      ),
    ];
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect((await postTSA('text/plain', asJSON('sha256', digest))).status).toBe(415);
    // The same JSON, well formed, is stamped: the refusals above are the rule, not the route.
    const ok = await postTSA('application/json; charset=utf-8', asJSON('sha256', digest));
    expect(ok.status).toBe(201);
  });

  test('the signing config names a Dex-shaped issuer whose discovery has both endpoints', async () => {
    const config = JSON.parse(await readFile(stack.trustConfigPath, 'utf8'));
    expect(config.mediaType).toBe('application/vnd.dev.sigstore.clienttrustconfig.v0.1+json');
    expect(config.trustedRoot).toEqual(JSON.parse(await readFile(stack.trustedRootPath, 'utf8')));
    const oidcUrl = config.signingConfig.oidcUrls[0].url as string;
    const doc = (await (await fetch(`${oidcUrl}/.well-known/openid-configuration`)).json()) as {
      authorization_endpoint?: string;
      token_endpoint?: string;
    };
    expect([doc.authorization_endpoint, doc.token_endpoint]).toEqual([
      `${oidcUrl}/auth`,
      `${oidcUrl}/token`,
    ]);
  });
});

describe('fault injection', () => {
  let token: string;
  beforeAll(async () => {
    token = await runnerToken();
  });

  test('Fulcio 503 once (with Retry-After), then success on retry', async () => {
    stack.setFault('fulcio', { status: 503, retryAfterSeconds: 1, times: 1 });
    const before = stack.requestCount('fulcio');
    await sign(token, { rekor: false, retry: FAST_RETRY });
    expect(stack.requestCount('fulcio') - before).toBe(2);
  });

  test('Fulcio 503 without retries fails the signing', async () => {
    stack.setFault('fulcio', { status: 503, times: 1 });
    await expect(sign(token, { rekor: false })).rejects.toThrow(/503/);
  });

  test('Rekor closing the connection once is survived with a retry', async () => {
    stack.setFault('rekor', { closeConnection: true, times: 1 });
    const before = stack.requestCount('rekor');
    const bundle = await sign(token, { retry: FAST_RETRY });
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(stack.requestCount('rekor') - before).toBe(2);
  });

  test('a TSA delay slows the answer, and times out a short client timeout', async () => {
    stack.setFault('tsa', { delayMs: 300, times: 1 });
    const started = Date.now();
    await sign(token, { rekor: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);

    stack.setFault('tsa', { delayMs: 600, times: 1 });
    await expect(sign(token, { rekor: false, timeout: 200 })).rejects.toThrow();
  });

  test('a lasting fault stays until clearFaults', async () => {
    stack.setFault('tsa', { status: 500 });
    await expect(sign(token, { rekor: false })).rejects.toThrow(/500/);
    await expect(sign(token, { rekor: false })).rejects.toThrow(/500/);
    stack.clearFaults();
    await expect(sign(token, { rekor: false })).resolves.toBeDefined();
  });

  test('the OIDC endpoint failing once is retried by @actions/core', async () => {
    stack.setFault('oidc', { status: 503, times: 1 });
    const before = stack.requestCount('oidc');
    await expect(runnerToken()).resolves.toMatch(/^ey/);
    expect(stack.requestCount('oidc') - before).toBe(2);
  });
});

describe('the bundled CLI', () => {
  test('ncc-built stack starts, writes stack.env and a trusted root, and stops on SIGTERM', async () => {
    const entry = await cliBuild;
    const runDir = join(cliDir, 'run');
    const child = spawn(process.execPath, [entry, '--dir', runDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    try {
      const deadline = Date.now() + 15000;
      while (!out.includes('Ctrl-C') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(out).toContain('Ctrl-C');
      const env = Object.fromEntries(
        (await readFile(join(runDir, 'stack.env'), 'utf8'))
          .trim()
          .split('\n')
          .map((line) => /^export (\w+)='(.*)'$/.exec(line)?.slice(1) ?? []),
      ) as Record<string, string>;
      expect(Object.keys(env).sort()).toEqual([
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'TP_FULCIO_URL',
        'TP_REKOR_URL',
        'TP_TRUSTED_ROOT',
        'TP_TRUST_CONFIG',
        'TP_TSA_URL',
      ]);
      expect(existsSync(env.TP_TRUSTED_ROOT ?? '')).toBe(true);
      const config = JSON.parse(await readFile(env.TP_TRUST_CONFIG ?? '', 'utf8'));
      expect(config.signingConfig.caUrls[0].url).toBe(env.TP_FULCIO_URL);
      const root = JSON.parse(await readFile(env.TP_TRUSTED_ROOT ?? '', 'utf8'));
      expect(TrustedRoot.fromJSON(root).tlogs[0]?.baseUrl).toBe(env.TP_REKOR_URL);
      const res = await fetch(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sigstore`, {
        headers: { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { value: string }).value).toMatch(/^ey/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});

describe("the stand-in Fulcio's other identity types refuse what Fulcio refuses", () => {
  const identity = (claims: Record<string, unknown>) => genericIdentityFromClaims(claims);
  test('kubernetes: the SAN from the kubernetes.io claim, not from a subject alone', () => {
    expect(
      identity({
        iss: 'https://k8s.example.com',
        sub: 'system:serviceaccount:ml:trainer',
        'kubernetes.io': { namespace: 'ml', serviceaccount: { name: 'trainer' } },
      }).subjectAltName,
    ).toBe('https://kubernetes.io/namespaces/ml/serviceaccounts/trainer');
    expect(() =>
      identity({ iss: 'https://k8s.example.com', sub: 'system:serviceaccount:ml:x' }),
    ).toThrow(/no identity this Fulcio issues for/);
  });
  test("uri: only a subject in the issuer's own domain", () => {
    expect(
      identity({ iss: 'https://ci.example.com', sub: 'https://ci.example.com/pipelines/7' })
        .subjectAltName,
    ).toBe('https://ci.example.com/pipelines/7');
    expect(() =>
      identity({ iss: 'https://ci.example.com', sub: 'https://github.com/acme/vision' }),
    ).toThrow();
  });
  test('gitlab-pipeline: a claim its templates name is missing, the request fails', () => {
    const claims = resolveGitLabClaims() as unknown as Record<string, unknown>;
    expect(gitlabIdentityFromClaims(claims).subjectAltName).toBe(
      'https://gitlab.com/acme/vision//.gitlab-ci.yml@refs/heads/main',
    );
    delete claims.namespace_id;
    expect(() => gitlabIdentityFromClaims(claims)).toThrow(/lacks the claim\(s\) namespace_id/);
  });
});
