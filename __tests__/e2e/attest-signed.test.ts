// The bundled action signs for real: dist/index.js run as the runner runs it, its OIDC
// token fetched through ACTIONS_ID_TOKEN_REQUEST_URL from the local stack, the bundle
// verified with @sigstore/verify against the stack's trusted root, and the attestation
// stored through a stand-in for GitHub's REST API.
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../tools/github-api/index.js';
import { githubContextEnv, runAction, type RunActionResult } from '../../tools/runner/index.js';
import { makeTrainingFixture, type TrainingFixture } from '../../tools/fixture/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';

const GH_TOKEN = 'ghs_fixtureTokenThatMustNeverBeLogged0123456789';
let stack: Stack;
let gh: FakeGitHub;
let fx: TrainingFixture;

beforeAll(async () => {
  stack = await startStack();
  gh = await startFakeGitHub({ token: GH_TOKEN });
  fx = await makeTrainingFixture(await mkdtemp(join(tmpdir(), 'tp-signed-')));
}, 60_000);
afterAll(async () => {
  await stack?.close();
  await gh?.close();
});

function runSigned(inputs: Record<string, string>): Promise<RunActionResult> {
  return runAction({
    workspace: fx.workspace,
    inputs: {
      ...fx.inputs,
      python: 'none',
      'github-token': GH_TOKEN,
      'trust-config': stack.trustConfigFulcioOnlyPath,
      ...inputs,
    },
    env: githubContextEnv({
      GITHUB_API_URL: gh.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
    }),
  });
}

function verifier(opts: { tlog: number; tsa: number }): Verifier {
  const material = toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot));
  return new Verifier(material, {
    tlogThreshold: opts.tlog,
    ctlogThreshold: 1,
    timestampThreshold: opts.tsa,
  });
}

/** The DER UTF8String of a Fulcio extension, decoded. */
function ext(cert: X509Certificate, n: number): string | undefined {
  const der = cert.extension(`1.3.6.1.4.1.57264.1.${n}`)?.value;
  if (!der) return undefined;
  expect(der[0]).toBe(0x0c);
  const len = der[1]!;
  const [start, size] =
    len < 0x80
      ? [2, len]
      : [2 + (len & 0x7f), der.subarray(2, 2 + (len & 0x7f)).reduce((a, b) => a * 256 + b, 0)];
  return der.subarray(start, start + size).toString('utf8');
}

function leafOf(bundle: SerializedBundle): X509Certificate {
  const raw = bundle.verificationMaterial.certificate?.rawBytes;
  expect(raw).toBeDefined();
  return X509Certificate.parse(Buffer.from(raw!, 'base64'));
}

/** The token the runner handed out: @actions/core masks it with ::add-mask::. */
function issuedToken(r: RunActionResult): string {
  const m = /::add-mask::(\S+)/.exec(r.stdout);
  expect(m).not.toBeNull();
  return m![1]!;
}

describe('public-good shape: Fulcio + Rekor', () => {
  let r: RunActionResult;
  let bundle: SerializedBundle;
  beforeAll(async () => {
    r = await runSigned({ 'trust-config': stack.trustConfigFulcioRekorPath });
    if (r.exitCode !== 0) throw new Error(`action failed:\n${r.stdout}\n${r.stderr}`);
    bundle = JSON.parse(await readFile(r.outputs['bundle-path']!, 'utf8'));
  }, 120_000);

  test('the bundle verifies against the trusted root, with one tlog entry and its inclusion proof', () => {
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    const signer = verifier({ tlog: 1, tsa: 0 }).verify(toSignedEntity(bundleFromJSON(bundle)));
    expect(signer.identity?.subjectAlternativeName).toBe(
      `https://github.com/${stack.claims.job_workflow_ref}`,
    );
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    const entry = bundle.verificationMaterial.tlogEntries[0]!;
    expect(entry.kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    expect(entry.inclusionProof?.checkpoint?.envelope).toBeTruthy();
    expect(r.outputs['log-index']).toBe(entry.logIndex);
    expect(
      bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [],
    ).toHaveLength(0);
  });

  test("the certificate's SAN and extensions equal the token's claims", () => {
    const cert = leafOf(bundle);
    const c = stack.claims;
    expect(ext(cert, 8)).toBe(c.iss);
    expect(ext(cert, 9)).toBe(`https://github.com/${c.job_workflow_ref}`);
    expect(ext(cert, 11)).toBe(c.runner_environment);
    expect(ext(cert, 12)).toBe(`https://github.com/${c.repository}`);
    expect(ext(cert, 13)).toBe(c.sha);
    expect(ext(cert, 14)).toBe(c.ref);
    expect(ext(cert, 21)).toBe(
      `https://github.com/${c.repository}/actions/runs/${c.run_id}/attempts/${c.run_attempt}`,
    );
  });

  test('each DSSE payload is its statement file, byte for byte, and the identity came from the token', async () => {
    for (const prefix of ['', 'training-']) {
      const file = await readFile(r.outputs[`${prefix}statement-path`]!);
      const b = JSON.parse(
        await readFile(r.outputs[`${prefix}bundle-path`]!, 'utf8'),
      ) as SerializedBundle;
      expect(b.dsseEnvelope?.payloadType).toBe('application/vnd.in-toto+json');
      expect(Buffer.from(b.dsseEnvelope!.payload, 'base64').equals(file)).toBe(true);
    }
    const file = await readFile(r.outputs['training-statement-path']!);
    const st = JSON.parse(file.toString());
    expect(st.predicate.buildDefinition.internalParameters.training_provenance.identitySource).toBe(
      'oidc-token',
    );
    expect(st.predicate.runDetails.builder.id).toBe(
      `https://github.com/${stack.claims.job_workflow_ref}`,
    );
    expect(st.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit).toBe(
      stack.claims.sha,
    );
  });

  test('the attestation was stored through the REST API and the outputs point at it', () => {
    const posts = gh.requests.filter((q) => q.method === 'POST' && /\/attestations$/.test(q.path));
    expect(posts.length).toBeGreaterThanOrEqual(2);
    const [provenance, training] = gh.state.attestations.slice(-2);
    expect(provenance!.bundle).toEqual(bundle);
    expect(r.outputs['attestation-id']).toBe(String(provenance!.id));
    expect(r.outputs['attestation-url']).toBe(
      `https://github.com/${stack.claims.repository}/attestations/${provenance!.id}`,
    );
    expect(r.outputs['training-attestation-id']).toBe(String(training!.id));
    expect(r.outputs['training-attestation-url']).toBe(
      `https://github.com/${stack.claims.repository}/attestations/${training!.id}`,
    );
    expect(r.summary).toContain(r.outputs['training-attestation-url']);
  });

  test('neither token appears in the log, the outputs, the summary, the statement or the bundle', async () => {
    const jwt = issuedToken(r);
    const everything = [
      r.stdout.replace(/^::add-mask::.*$/m, ''),
      r.stderr,
      ...Object.values(r.files),
      await readFile(r.outputs['statement-path']!, 'utf8'),
      await readFile(r.outputs['bundle-path']!, 'utf8'),
      await readFile(r.outputs['training-statement-path']!, 'utf8'),
      await readFile(r.outputs['training-bundle-path']!, 'utf8'),
    ].join('\n');
    expect(everything.includes(jwt)).toBe(false);
    expect(everything.includes(GH_TOKEN)).toBe(false);
    // The JWT signature part alone must not leak either.
    expect(everything.includes(jwt.split('.')[2]!)).toBe(false);
  });
});

describe("GitHub's shape: Fulcio + TSA, no transparency log", () => {
  test('the bundle carries an RFC 3161 timestamp and no tlog entry, and verifies', async () => {
    const r = await runSigned({
      'trust-config': stack.trustConfigFulcioTsaPath,
      'push-to-github': 'false',
    });
    if (r.exitCode !== 0) throw new Error(`action failed:\n${r.stdout}\n${r.stderr}`);
    const bundle: SerializedBundle = JSON.parse(
      await readFile(r.outputs['training-bundle-path']!, 'utf8'),
    );
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(
      1,
    );
    expect(r.outputs['log-index']).toBe('');
    verifier({ tlog: 0, tsa: 1 }).verify(toSignedEntity(bundleFromJSON(bundle)));
  }, 120_000);
});

describe('storing through the attestations API', () => {
  test('5xx then 201: retried, logged, both stored', async () => {
    gh.failNext('POST', /\/attestations$/, 503, 1);
    const before = gh.state.attestations.length;
    const r = await runSigned({ 'trust-config': stack.trustConfigFulcioRekorPath });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/HTTP 503, retry 1\/3/);
    expect(gh.state.attestations.length).toBe(before + 2);
  }, 120_000);

  test('403: fails naming the attestations: write permission', async () => {
    gh.failNext('POST', /\/attestations$/, 403, 5);
    const r = await runSigned({ 'trust-config': stack.trustConfigFulcioRekorPath });
    expect(r.exitCode).not.toBe(0);
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error'));
    expect(error).toMatch(/PERMISSION_DENIED/);
    expect(error).toMatch(/attestations: write/);
    // One attempt: a permission problem is not retried.
    expect(r.stdout).not.toMatch(/retry 1\//);
  }, 120_000);
});

describe('signing fails closed', () => {
  test('without an OIDC token: the fix names id-token: write, forks and sign: false; nothing written', async () => {
    const r = await runAction({
      workspace: fx.workspace,
      inputs: { ...fx.inputs, python: 'none' },
      env: githubContextEnv(),
    });
    expect(r.exitCode).not.toBe(0);
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error')) ?? '';
    expect(error).toMatch(/id-token: write/);
    expect(error).toMatch(/fork/);
    expect(error).toMatch(/sign: false/);
    const out = join(r.runnerTemp, 'training-provenance');
    expect(existsSync(out) ? await readdir(out) : []).toEqual([]);
  }, 60_000);

  test('Fulcio down for good: the error names the service and its URL; the statements are kept, no bundle', async () => {
    stack.setFault('fulcio', { status: 503 });
    try {
      const r = await runSigned({
        'trust-config': stack.trustConfigFulcioRekorPath,
        'push-to-github': 'false',
      });
      expect(r.exitCode).not.toBe(0);
      const error = r.stdout.split('\n').find((l) => l.startsWith('::error')) ?? '';
      expect(error).toContain(`fulcio at ${stack.fulcioUrl}`);
      expect(error).toContain('the unsigned statements are kept in output-dir');
      const out = join(r.runnerTemp, 'training-provenance');
      expect((await readdir(out)).sort()).toEqual([
        'provenance.intoto.json',
        'training.intoto.json',
      ]);
    } finally {
      stack.clearFaults();
    }
  }, 120_000);
});
