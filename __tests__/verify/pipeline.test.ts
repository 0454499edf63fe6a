// Verify end to end on bundles signed here, with real keys, against the local Sigstore stack
// (tools/stack): Fulcio issues real certificates from workflow-shaped tokens, Rekor and the
// TSA countersign, and verification uses the stack's trusted_root.json. Expected digests
// (file sha256, OMS root) are computed in this file, independently of src/hash.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, TSAWitness } from '@sigstore/sign';
import { closeHashPool } from '../../src/hash/index.js';
import { expectedSigner } from '../../src/identity/expected-signer.js';
import { parsePolicy } from '../../src/policy/policy.js';
import { signStatement } from '../../src/sign/sign.js';
import { TRAINING_PREDICATE_TYPE, BUILD_TYPE } from '../../src/statement/layout.js';
import type { ResolvedPath } from '../../src/verify/subjects.js';
import { verifyProvenance, type VerifyOptions } from '../../src/verify/pipeline.js';
import { startStack, type GitHubClaims, type Stack } from '../../tools/stack/index.js';
import { vector } from '../helpers/vectors.js';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

// The model directory: names chosen so that plain sorting is the OMS component order.
const MODEL_FILES: Record<string, string> = {
  'config.json': '{"layers": 2}\n',
  'tokenizer.json': '{"vocab": ["a", "b"]}\n',
  'weights/model.safetensors': 'weights v1 \u0000\u0001\u0002',
};

/** OMS root, written from the spec: sha256 over the raw file digests in name order. */
function omsRoot(files: Record<string, string>): string {
  const names = Object.keys(files).sort();
  return createHash('sha256')
    .update(Buffer.concat(names.map((n) => Buffer.from(sha256(files[n]!), 'hex'))))
    .digest('hex');
}

interface StatementOptions {
  repository?: string;
  ref?: string;
  sha?: string;
  packages?: Array<[string, string]>;
  datasets?: Array<Record<string, unknown>>;
  finishedOn?: string;
}

function statement(files: Record<string, string>, o: StatementOptions = {}): Buffer {
  const repository = o.repository ?? 'acme/vision';
  const ref = o.ref ?? 'refs/heads/main';
  const subjects = [
    ...Object.keys(files).map((n) => ({
      name: `out/model/${n}`,
      digest: { sha256: sha256(files[n]!) },
    })),
    {
      name: 'out/model',
      digest: { sha256: omsRoot(files) },
      annotations: {
        role: 'model-directory',
        files: Object.keys(files).length,
        ignorePaths: ['.git', '.gitattributes', '.github', '.gitignore'],
      },
    },
  ];
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: subjects,
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType: BUILD_TYPE,
          externalParameters: {
            workflow: {
              ref,
              repository: `https://github.com/${repository}`,
              path: '.github/workflows/train.yml',
            },
          },
          internalParameters: {
            github: { event_name: 'push', runner_environment: 'github-hosted' },
          },
          resolvedDependencies: [
            {
              uri: `git+https://github.com/${repository}@${ref}`,
              digest: { gitCommit: o.sha ?? '4f3c2b1a09e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4' },
            },
            ...(o.datasets ?? []).map((d) => ({
              ...d,
              annotations: { role: 'dataset', ...(d.annotations as object) },
            })),
            ...(o.packages ?? []).map(([name, version]) => ({
              name,
              uri: `pkg:pypi/${name}@${encodeURIComponent(version)}`,
              annotations: { role: 'python-package', version },
            })),
          ],
        },
        runDetails: {
          builder: { id: `https://github.com/${repository}/.github/workflows/train.yml@${ref}` },
          metadata: {
            invocationId: `https://github.com/${repository}/actions/runs/1/attempts/1`,
            finishedOn: o.finishedOn ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          },
        },
      },
    }),
  );
}

describe('verify against bundles signed on the local stack', () => {
  let stack: Stack;
  let ws: string;
  let modelDir: string;
  const model = (): ResolvedPath[] => [{ kind: 'directory', path: modelDir, relPath: 'out/model' }];
  const IDENTITY = {
    repository: 'acme/vision',
    signerWorkflow: 'acme/vision/.github/workflows/train.yml@refs/heads/main',
    sourceRef: 'refs/heads/main',
    denySelfHostedRunners: true,
  };

  async function sign(
    payload: Buffer,
    opts: { rekor?: boolean; claims?: Partial<GitHubClaims> } = {},
  ): Promise<SerializedBundle> {
    if (opts.rekor === false) {
      // As GitHub's instance signs: Fulcio and a TSA, no transparency log.
      const builder = new DSSEBundleBuilder({
        signer: new FulcioSigner({
          fulcioBaseURL: stack.fulcioUrl,
          identityProvider: { getToken: () => stack.mintToken(opts.claims) },
        }),
        witnesses: [new TSAWitness({ tsaBaseURL: stack.tsaUrl })],
      });
      return bundleToJSON(
        await builder.create({ data: payload, type: 'application/vnd.in-toto+json' }),
      );
    }
    const { bundle } = await signStatement(payload, {
      endpoints: {
        instance: 'custom',
        fulcioUrl: stack.fulcioUrl,
        rekorUrl: stack.rekorUrl,
        tsaUrl: stack.tsaUrl,
      },
      token: await stack.mintToken(opts.claims),
      // A loopback keep-alive connection can be reset under load: retried at once, as in use.
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
    });
    return bundle;
  }

  const run = (bundles: unknown[], extra: Partial<VerifyOptions> = {}) =>
    verifyProvenance({
      bundles,
      model: model(),
      workspace: ws,
      identity: IDENTITY,
      trustedRoot: stack.trustedRootPath,
      ...extra,
    });

  function writeModel(files: Record<string, string>): void {
    rmSync(modelDir, { recursive: true, force: true });
    for (const [n, content] of Object.entries(files)) {
      mkdirSync(join(modelDir, n, '..'), { recursive: true });
      writeFileSync(join(modelDir, n), content);
    }
  }

  beforeAll(async () => {
    stack = await startStack();
    ws = mkdtempSync(join(tmpdir(), 'verify-stack-'));
    modelDir = join(ws, 'out', 'model');
  });
  beforeEach(() => writeModel(MODEL_FILES));
  afterAll(async () => {
    await stack?.close();
    rmSync(ws, { recursive: true, force: true });
    await closeHashPool();
  });

  test('our own bundle verifies: identity, OMS directory subject, both tlog and TSA times', async () => {
    const bundle = await sign(statement(MODEL_FILES));
    const r = await run([bundle]);
    expect(r.violations).toEqual([]);
    expect(r.verified).toBe(true);
    expect(r.subjects).toEqual([
      expect.objectContaining({
        name: 'out/model',
        kind: 'directory',
        ok: true,
        actual: `sha256:${omsRoot(MODEL_FILES)}`,
      }),
    ]);
    expect(r.trustedRoot).toEqual({ name: 'trusted_root.json', source: stack.trustedRootPath });
    expect(r.signedAt?.source).toBe('transparency-log');
    expect(r.timestamps).toHaveLength(1);
    expect(r.statement).toMatchObject({ buildType: BUILD_TYPE, subjects: 4 });
    expect(r.signer?.san).toBe(
      'https://github.com/acme/vision/.github/workflows/train.yml@refs/heads/main',
    );
  });

  test('model files checked one by one against their subjects', async () => {
    const bundle = await sign(statement(MODEL_FILES));
    const files: ResolvedPath[] = Object.keys(MODEL_FILES).map((n) => ({
      kind: 'file',
      path: join(modelDir, n),
      relPath: `out/model/${n}`,
    }));
    const r = await verifyProvenance({
      bundles: [bundle],
      model: files,
      workspace: ws,
      identity: IDENTITY,
      trustedRoot: stack.trustedRootPath,
    });
    expect(r.violations).toEqual([]);
    expect(r.subjects.map((s) => [s.name, s.actual])).toEqual(
      Object.keys(MODEL_FILES).map((n) => [`out/model/${n}`, `sha256:${sha256(MODEL_FILES[n]!)}`]),
    );
  });

  test('a changed, a missing and an extra file are each named', async () => {
    const bundle = await sign(statement(MODEL_FILES));
    writeFileSync(join(modelDir, 'weights', 'model.safetensors'), 'weights v2 (swapped)');
    unlinkSync(join(modelDir, 'tokenizer.json'));
    writeFileSync(join(modelDir, 'backdoor.py'), 'import os\n');
    const r = await run([bundle]);
    expect(r.verified).toBe(false);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toMatchObject({
      kind: 'subject',
      rule: 'out/model',
      expected: `sha256:${omsRoot(MODEL_FILES)}`,
    });
    expect(r.subjects[0]!.files).toEqual({
      added: ['out/model/backdoor.py'],
      removed: ['out/model/tokenizer.json'],
      renamed: [],
      changed: [
        {
          name: 'out/model/weights/model.safetensors',
          signed: sha256(MODEL_FILES['weights/model.safetensors']!),
          actual: sha256('weights v2 (swapped)'),
        },
      ],
    });
    expect(r.violations[0]!.message).toMatch(
      /removed out\/model\/tokenizer\.json; added out\/model\/backdoor\.py; changed out\/model\/weights\/model\.safetensors/,
    );
  });

  test('ignored paths (.git) do not change the directory digest', async () => {
    const bundle = await sign(statement(MODEL_FILES));
    mkdirSync(join(modelDir, '.git'));
    writeFileSync(join(modelDir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const r = await run([bundle]);
    expect(r.violations).toEqual([]);
  });

  test('a statement that claims another repository than its certificate is refused', async () => {
    const bundle = await sign(
      statement(MODEL_FILES, { repository: 'acme/other', sha: '1'.repeat(40) }),
    );
    const r = await run([bundle]);
    expect(r.verified).toBe(false);
    const rules = r.violations.filter((v) => v.kind === 'statement').map((v) => v.rule);
    expect(rules).toEqual(['source repository', 'source commit', 'builder']);
    expect(r.violations[0]).toMatchObject({
      expected: 'https://github.com/acme/vision',
      actual: 'https://github.com/acme/other',
    });
  });

  test('another predicate type is refused by default, naming it; the predicateType option accepts it', async () => {
    const SLSA = 'https://slsa.dev/provenance/v1';
    const CARD = 'https://example.com/model-card/v1';
    const card = JSON.parse(statement(MODEL_FILES).toString('utf8')) as Record<string, unknown>;
    card.predicateType = CARD;
    card.predicate = { license: 'apache-2.0' };
    const cardBundle = await sign(Buffer.from(JSON.stringify(card)));
    const provenance = await sign(statement(MODEL_FILES));

    const r = await run([cardBundle]);
    expect(r.verified).toBe(false);
    expect(r.violations).toEqual([
      expect.objectContaining({
        kind: 'statement',
        rule: 'predicateType',
        expected: `${SLSA} or ${TRAINING_PREDICATE_TYPE}`,
        actual: CARD,
        message: `the statement's predicate type is '${CARD}', not ${SLSA} or ${TRAINING_PREDICATE_TYPE}`,
      }),
    ]);
    expect(r.statement?.predicateType).toBe(CARD);

    const asked = await run([cardBundle], { predicateType: CARD });
    expect(asked.violations).toEqual([]);
    expect(asked.verified).toBe(true);
    const notAsked = await run([provenance], { predicateType: CARD });
    expect(notAsked.violations.map((v) => v.message)).toEqual([
      `the statement's predicate type is '${SLSA}', not ${CARD}`,
    ]);

    // As the attestations API returns every kind for a digest: the provenance after it wins.
    const both = await run([cardBundle, provenance]);
    expect(both.verified).toBe(true);
    expect(both.bundle).toBe('bundle #2');
    expect(both.attempts[0]).toMatchObject({ verified: false, stage: 'statement' });
    expect(both.attempts[0]!.firstViolation).toContain(CARD);
  });

  test('a subject name given two digests is refused even when no model path carries it', async () => {
    const withSubjects = (extra: Array<Record<string, unknown>>) => {
      const st = JSON.parse(statement(MODEL_FILES).toString('utf8')) as {
        subject: Array<Record<string, unknown>>;
      };
      st.subject.push(...extra);
      return Buffer.from(JSON.stringify(st));
    };
    const A = 'a'.repeat(64);
    const B = 'b'.repeat(64);
    const twice = await sign(
      withSubjects([
        { name: 'out/extra.bin', digest: { sha256: A } },
        { name: './out/extra.bin', digest: { sha256: B } },
      ]),
    );
    const r = await run([twice]);
    expect(r.verified).toBe(false);
    // The model directory itself matches; only the ambiguous name is refused.
    expect(r.subjects.map((s) => s.ok)).toEqual([true]);
    expect(r.violations).toEqual([
      {
        kind: 'subject',
        rule: 'out/extra.bin',
        message: `the statement gives subject 'out/extra.bin' 2 different digests (sha256:${A} | sha256:${B}): which one is signed is ambiguous`,
      },
    ]);

    // The same subject written twice says one thing: not ambiguous.
    const repeated = await sign(
      withSubjects([
        { name: 'out/extra.bin', digest: { sha256: A } },
        { name: 'out/extra.bin', digest: { sha256: A.toUpperCase() } },
      ]),
    );
    expect((await run([repeated])).violations).toEqual([]);
  });

  test('a self-hosted runner fails deny-self-hosted-runners, and every identity mismatch is listed', async () => {
    const bundle = await sign(statement(MODEL_FILES), {
      claims: { runner_environment: 'self-hosted' },
    });
    const r = await run([bundle], {
      identity: { ...IDENTITY, sourceRef: 'refs/tags/v*' },
    });
    expect(r.verified).toBe(false);
    expect(r.violations.map((v) => v.rule)).toEqual(['source-ref', 'runner']);
    expect(r.violations[1]).toMatchObject({ expected: 'github-hosted', actual: 'self-hosted' });
  });

  test("an instance without a transparency log (as GitHub's): the root decides the thresholds", async () => {
    const bundle = await sign(statement(MODEL_FILES), { rekor: false });
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(
      1,
    );
    // A root without tlogs (GitHub's kind): the RFC 3161 timestamp is the verified time.
    const noTlog = { ...stack.trustedRoot, tlogs: [] };
    const rootPath = join(ws, 'tsa-only-root.json');
    writeFileSync(rootPath, JSON.stringify(noTlog));
    const ok = await run([bundle], { trustedRoot: rootPath });
    expect(ok.violations).toEqual([]);
    expect(ok.signedAt?.source).toBe('timestamp-authority');
    expect(ok.logIndex).toBeUndefined();
    // The stack's full root has a log: a bundle without an entry must not pass.
    const strict = await run([bundle]);
    expect(strict.verified).toBe(false);
    expect(strict.violations).toEqual([
      expect.objectContaining({ kind: 'signature', rule: 'TLOG_ERROR' }),
    ]);
  });

  test('a root that does not hold the issuing CA is named in the refusal; auto has no root for it', async () => {
    const bundle = await sign(statement(MODEL_FILES));
    const other = await verifyProvenance({
      bundles: [bundle],
      model: model(),
      workspace: ws,
      identity: IDENTITY,
      trustedRoot: vector('gh-cli', 'trusted_root.json'),
    });
    expect(other.violations[0]).toMatchObject({ kind: 'trusted-root' });
    expect(other.violations[0]!.message).toContain('has no certificate authority that issued');
    const auto = await run([bundle], { trustedRoot: 'auto' });
    expect(auto.violations[0]).toMatchObject({ kind: 'trusted-root' });
    expect(auto.violations[0]!.message).toMatch(/no trusted root this tool has covers/);
  });

  test('policy: the identity block as expectedSigner gives it, rules evaluated on the signed statement', async () => {
    const bundle = await sign(
      statement(MODEL_FILES, {
        packages: [
          ['torch', '2.3.1+cu121'],
          ['numpy', '1.26.4'],
        ],
        datasets: [
          {
            name: 'train',
            uri: 'hf://datasets/acme/imgs@abc',
            digest: { gitCommit: 'a'.repeat(40) },
            annotations: { kind: 'reference', license: 'cc-by-4.0' },
          },
          {
            name: 'raw',
            uri: 's3://bucket/raw/',
            annotations: { kind: 'reference', unpinned: true },
          },
        ],
      }),
    );
    const policy = parsePolicy(
      [
        'version: 1',
        'identity:',
        '  repository: acme/vision',
        '  runner: github-hosted',
        'datasets:',
        '  require-digest: true',
        '  allow: ["hf://datasets/acme/*"]',
        'frameworks:',
        '  advisories: default',
        'build-type: ours',
        'max-age: 1d',
      ].join('\n'),
    );
    // No identity input at all: the policy's identity block supplies it.
    const none = { kind: 'keyless' as const, pins: { denySelfHostedRunners: false } };
    const ctx = { serverUrl: 'https://github.com', log: () => {} };
    const r = await run([bundle], { identity: expectedSigner(none, policy, ctx), policy });
    expect(r.verified).toBe(false);
    expect(r.identity.filter((c) => !c.ok)).toEqual([]);
    expect(r.identity.map((c) => c.check)).toEqual(
      expect.arrayContaining(['repository', 'owner', 'runner']),
    );
    const failed = r.violations.map(
      (v) =>
        `${v.rule}${v.message.includes('CVE-') ? ` ${/CVE-\d+-\d+/.exec(v.message)![0]}` : ''}`,
    );
    expect(failed.sort()).toEqual(
      [
        'datasets.require-digest',
        'datasets.allow',
        'frameworks.advisories CVE-2024-48063',
        'frameworks.advisories CVE-2025-32434',
        'frameworks.advisories CVE-2026-24747',
      ].sort(),
    );
    expect(r.rules.find((x) => x.rule === 'build-type')?.ok).toBe(true);
    expect(r.rules.find((x) => x.rule === 'max-age')?.ok).toBe(true);

    // Inputs override the policy: another repository in the policy does not matter.
    const other = parsePolicy(
      'version: 1\nidentity:\n  repository: someone/else\nframeworks:\n  advisories: none\n',
    );
    const r2 = await run([bundle], { policy: other });
    expect(r2.violations).toEqual([]);
  });

  test('unreadable bundle files are bad usage; an invalid expected identity too', async () => {
    await expect(run([join(ws, 'nope.sigstore.json')])).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
    });
    await expect(run([], { identity: { repository: 'not a repo' } })).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
    await expect(run([], { identity: { certIdentityRegex: '(' } })).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
    const none = await run([]);
    expect(none.verified).toBe(false);
    expect(none.violations[0]!.message).toBe('no bundle to verify');
  });

  test('bundle files: .sigstore.json and .jsonl written to disk verify the same', async () => {
    const bundle = await sign(statement(MODEL_FILES));
    const one = join(ws, 'provenance.sigstore.json');
    writeFileSync(one, JSON.stringify(bundle, null, 2));
    const many = join(ws, 'provenance.sigstore.jsonl');
    writeFileSync(
      many,
      `${JSON.stringify({ mediaType: 'text/plain' })}\n\n${JSON.stringify(bundle)}\n`,
    );
    expect((await run([one])).verified).toBe(true);
    const r = await run([many]);
    expect(r.verified).toBe(true);
    expect(r.attempts.map((a) => [a.source, a.verified])).toEqual([
      [`${many}:1`, false],
      [`${many}:3`, true],
    ]);
    expect(readFileSync(many, 'utf8')).toContain('text/plain');
  });
});
