// The main job on GitHub itself: the root action (attest) with its defaults (push-to-github on) against
// a fake attestations API that refuses what GitHub refuses (tools/github-api/rules.ts), then
// the verify action by digest against listings that carry only `bundle_url`, as newer API
// versions do. The build provenance is compared, field for field, with what `@actions/attest`
// builds for the same OIDC claims.
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../tools/github-api/index.js';
import { makeTrainingFixture, type TrainingFixture } from '../../tools/fixture/index.js';
import {
  githubContextEnv,
  REPO_ROOT,
  runAction,
  type RunActionResult,
} from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';

const GH_TOKEN = 'ghs_githubShapeTokenNeverLogged0123456789';
let stack: Stack;
let gh: FakeGitHub;
let fx: TrainingFixture;
let attested: RunActionResult;

const env = () =>
  githubContextEnv({
    GITHUB_API_URL: gh.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
  });

function attest(inputs: Record<string, string> = {}, workspace = fx.workspace) {
  return runAction({
    workspace,
    // The action's defaults (push-to-github: true) with the stack as the Sigstore instance.
    inputs: {
      ...fx.inputs,
      'github-token': GH_TOKEN,
      'trust-config': stack.trustConfigFulcioRekorPath,
      ...inputs,
    },
    env: env(),
  });
}

beforeAll(async () => {
  stack = await startStack();
  gh = await startFakeGitHub({ token: GH_TOKEN, bundleUrlOnly: true });
  fx = await makeTrainingFixture(await mkdtemp(join(tmpdir(), 'tp-ghshape-')));
  attested = await attest();
  if (attested.exitCode !== 0) throw new Error(`attest failed:\n${attested.stdout}`);
}, 120_000);
afterAll(async () => {
  await stack?.close();
  await gh?.close();
});

const bundleAt = async (output: string): Promise<SerializedBundle> =>
  JSON.parse(await readFile(attested.outputs[output]!, 'utf8'));
const payloadOf = (b: SerializedBundle) =>
  JSON.parse(Buffer.from(b.dsseEnvelope!.payload, 'base64').toString('utf8'));

describe('attest with its defaults stores both statements where GitHub accepts them', () => {
  test('two attestations stored, one per statement, with the outputs pointing at them', async () => {
    const stored = gh.state.attestations;
    expect(stored).toHaveLength(2);
    expect(stored.map((a) => payloadOf(a.bundle as SerializedBundle).predicateType)).toEqual([
      'https://slsa.dev/provenance/v1',
      'https://training-provenance.github.io/predicates/training/v1',
    ]);
    expect(attested.outputs['attestation-id']).toBe(String(stored[0]!.id));
    expect(attested.outputs['training-attestation-id']).toBe(String(stored[1]!.id));
    expect(stored[0]!.bundle).toEqual(await bundleAt('bundle-path'));
    expect(stored[1]!.bundle).toEqual(await bundleAt('training-bundle-path'));
  });

  test("the build provenance's predicate is, field for field, what @actions/attest builds for the same claims", async () => {
    // @actions/attest verifies the token against its issuer's JWKS, and wants `iss` to start
    // with the issuer URL it is given: a stack whose tokens name its own issuer, same claims.
    const local = await startStack({ localIssuer: true });
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        GITHUB_SERVER_URL: 'https://github.com',
        ACTIONS_ID_TOKEN_REQUEST_URL: local.tokenRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: local.tokenRequestToken,
      });
      const { buildSLSAProvenancePredicate } = await import('@actions/attest');
      // @actions/core writes ::debug:: and ::add-mask::<token> to stdout: keep them out of the log.
      const write = process.stdout.write;
      process.stdout.write = (() => true) as typeof process.stdout.write;
      const expected = await buildSLSAProvenancePredicate(local.issuerUrl).finally(() => {
        process.stdout.write = write;
      });
      const ours = payloadOf(await bundleAt('bundle-path'));
      expect(ours.predicateType).toBe(expected.type);
      expect(ours.predicate).toStrictEqual(expected.params);
      // Key order too: the same JSON, byte for byte.
      expect(JSON.stringify(ours.predicate)).toBe(JSON.stringify(expected.params));
    } finally {
      process.env = saved;
      await local.close();
    }
  }, 60_000);

  test('the training record validates against its published JSON Schema', async () => {
    const schema = JSON.parse(
      await readFile(join(REPO_ROOT, 'docs/training-v1.schema.json'), 'utf8'),
    );
    const validate = new Ajv2020({
      allErrors: true,
      strict: true,
      strictRequired: false,
      strictTuples: false,
    }).compile(schema);
    const record = JSON.parse(await readFile(attested.outputs['training-statement-path']!, 'utf8'));
    validate(record);
    expect(validate.errors ?? []).toEqual([]);
  });

  test('both bundles verify with @sigstore/verify, under one certificate, over the same subjects', async () => {
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 0,
    });
    const [p, t] = [await bundleAt('bundle-path'), await bundleAt('training-bundle-path')];
    for (const b of [p, t]) verifier.verify(toSignedEntity(bundleFromJSON(b)));
    // One Fulcio certificate for both: the run asked Fulcio once.
    expect(p.verificationMaterial.certificate).toEqual(t.verificationMaterial.certificate);
    const names = (b: SerializedBundle) =>
      payloadOf(b).subject.map((s: { name: string; digest: object }) => [s.name, s.digest]);
    expect(names(p)).toEqual(names(t));
    expect(names(p).length).toBeGreaterThan(1);
  });
});

describe('verify by digest reads what the API serves as bundle_url only', () => {
  function verifyByDigest(inputs: Record<string, string> = {}) {
    return runAction({
      workspace: fx.workspace,
      action: 'verify',
      inputs: {
        model: fx.modelDir,
        'trusted-root': stack.trustedRootPath,
        'github-token': GH_TOKEN,
        ...inputs,
      },
      env: env(),
    });
  }

  test('no bundle given: found by digest, downloaded, decoded, verified', async () => {
    const r = await verifyByDigest();
    if (r.exitCode !== 0) throw new Error(`verify failed:\n${r.stdout}`);
    expect(r.outputs.verified).toBe('true');
    expect(gh.requests.some((q) => q.path.startsWith('/_blobs/attestations/'))).toBe(true);
  }, 60_000);

  test('a policy denying torch < 2.6.0 fails it, naming the advisory', async () => {
    const policy = join(fx.workspace, 'deny-old-torch.yml');
    await writeFile(
      policy,
      'version: 1\nframeworks:\n  deny:\n    - package: torch\n      versions: "<2.6.0"\n      reason: "CVE-2025-32434"\n',
    );
    const r = await verifyByDigest({ policy });
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs.verified).toBe('false');
    expect(r.stdout).toMatch(/frameworks\.deny\[0\].*torch.*2\.3\.1\+cu121/);
    expect(r.stdout).toContain('CVE-2025-32434');
  }, 60_000);
});

describe('storage errors say what GitHub said', () => {
  test('a 422 fails the step with GitHub\'s message and no "re-run"; both bundles stay whole', async () => {
    gh.failNext('POST', /\/attestations$/, 422, 1, {
      body: {
        message: 'Invalid Argument - unsupported build type: https://example.com/x',
        status: '422',
      },
    });
    const r = await attest();
    expect(r.exitCode).not.toBe(0);
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error')) ?? '';
    expect(error).toContain('STORAGE_FAILED');
    expect(error).toContain("input 'push-to-github'");
    expect(error).toContain('Invalid Argument - unsupported build type: https://example.com/x');
    expect(error).not.toMatch(/re-run/i);
    // Refused once, not retried: a 4xx is the content, not the network.
    expect(r.stdout).not.toMatch(/retry 1\//);
    const out = join(r.runnerTemp, 'training-provenance');
    for (const name of ['provenance.sigstore.json', 'training.sigstore.json'])
      expect(JSON.parse(await readFile(join(out, name), 'utf8')).dsseEnvelope).toBeDefined();
  }, 120_000);

  test('a 502 is retried, then both are stored', async () => {
    gh.failNext('POST', /\/attestations$/, 502, 1);
    const before = gh.state.attestations.length;
    const r = await attest();
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/HTTP 502, retry 1\/3/);
    expect(gh.state.attestations.length).toBe(before + 2);
  }, 120_000);

  test('push-to-github without a GitHub token fails before hashing and signing: Fulcio and Rekor see nothing', async () => {
    const before = ['fulcio', 'rekor'].map((s) => stack.requestCount(s as 'fulcio' | 'rekor'));
    const r = await attest({ 'github-token': '' });
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toMatch(/::error::INPUT_MISSING: input 'github-token'/);
    expect(r.stdout).not.toMatch(/hashing model/);
    expect(['fulcio', 'rekor'].map((s) => stack.requestCount(s as 'fulcio' | 'rekor'))).toEqual(
      before,
    );
  }, 60_000);
});
