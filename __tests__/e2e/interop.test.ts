// Real bundles made by other tools (sigstore-js/npm, actions/attest, gh's test data),
// verified offline against the public-good root that @sigstore/tuf ships, with real
// cryptography. Each expected identity is changed one way at a time and must then fail.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { closeHashPool } from '../../src/hash/index.js';
import { parsePolicy } from '../../src/policy/policy.js';
import { readBundleFile, isRejected } from '../../src/verify/bundles.js';
import type { IdentityPolicy } from '../../src/identity/signer-policy.js';
import { inspectBundle } from '../../src/verify/inspect.js';
import { renderReportJson, renderReportText } from '../../src/verify/report.js';
import type { ResolvedPath } from '../../src/verify/subjects.js';
import { verifyProvenance } from '../../src/verify/pipeline.js';
import { vector } from '../helpers/vectors.js';

const dir = vector('gh-cli');
const interop = describe;

const at = (f: string) => join(dir, f);
const fileModel = (path: string): ResolvedPath[] => [
  { kind: 'file', path, relPath: basename(path) },
];
const sha = (alg: 'sha256' | 'sha512', path: string) =>
  execFileSync(`${alg}sum`, [path], { encoding: 'utf8' }).split(' ')[0]!;

const SIGSTORE_JS: IdentityPolicy = {
  repository: 'sigstore/sigstore-js',
  signerWorkflow: 'sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
  sourceRef: 'refs/heads/main',
  denySelfHostedRunners: true,
};

async function verifySigstoreJs(
  identity: IdentityPolicy,
  bundle = 'sigstore-js-2.1.0-bundle.json',
  trustedRoot = 'auto',
) {
  return verifyProvenance({
    bundles: [at(bundle)],
    model: fileModel(at('sigstore-js-2.1.0.tgz')),
    workspace: dir,
    identity,
    trustedRoot,
  });
}

afterAll(async () => {
  await closeHashPool();
});

interop('real bundles verify offline with their real identities', () => {
  test('sigstore-js 2.1.0 npm provenance (bundle v0.3): signature, identity, sha512 subject', async () => {
    const r = await verifySigstoreJs(SIGSTORE_JS);
    expect(r.violations).toEqual([]);
    expect(r.verified).toBe(true);
    expect(r.trustedRoot).toEqual({
      name: 'public-good',
      source: expect.stringMatching(
        /^embedded @sigstore\/tuf \d+\.\d+\.\d+ seed \(newest key from 20\d\d-\d\d-\d\d\)$/,
      ),
    });
    expect(r.signer?.san).toBe(
      'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
    );
    expect(r.signer?.sourceRepositoryUri).toBe('https://github.com/sigstore/sigstore-js');
    expect(r.signer?.runnerEnvironment).toBe('github-hosted');
    expect(r.logIndex).toMatch(/^\d+$/);
    expect(r.signedAt?.source).toBe('transparency-log');
    const expected = sha('sha512', at('sigstore-js-2.1.0.tgz'));
    expect(r.subjects).toHaveLength(1);
    expect(r.subjects[0]).toMatchObject({
      ok: true,
      algorithm: 'sha512',
      actual: `sha512:${expected}`,
      subject: 'pkg:npm/sigstore@2.1.0',
    });
    expect(r.identity.map((c) => c.check).sort()).toEqual(
      ['issuer', 'owner', 'repository', 'runner', 'signer-workflow', 'source-ref'].sort(),
    );
    expect(renderReportText(r)).toMatch(/^VERIFIED/);
    expect(JSON.parse(renderReportJson(r)).verified).toBe(true);
  });

  test('the same attestation as a v0.1 bundle (certificate chain, inclusion promise)', async () => {
    const r = await verifySigstoreJs(SIGSTORE_JS, 'sigstore-js-2.1.0-bundle-v0.1.json');
    expect(r.violations).toEqual([]);
    expect(r.verified).toBe(true);
  });

  test('a .jsonl with two bundles: both parse, the first verifies', async () => {
    const candidates = await readBundleFile(at('sigstore-js-2.1.0_with_2_bundles.jsonl'));
    expect(candidates).toHaveLength(2);
    expect(candidates.some(isRejected)).toBe(false);
    const r = await verifySigstoreJs(SIGSTORE_JS, 'sigstore-js-2.1.0_with_2_bundles.jsonl');
    expect(r.verified).toBe(true);
    expect(r.bundle).toBe(`${at('sigstore-js-2.1.0_with_2_bundles.jsonl')}:1`);
  });

  test('bundles are tried in turn: a refused one first does not stop a good one', async () => {
    const r = await verifyProvenance({
      bundles: [
        at('github_provenance_demo-0.0.12-py3-none-any-bundle-missing-cert.jsonl'),
        at('sigstore-js-2.1.0-bundle.json'),
      ],
      model: fileModel(at('sigstore-js-2.1.0.tgz')),
      workspace: dir,
      identity: SIGSTORE_JS,
      trustedRoot: 'public-good',
    });
    expect(r.verified).toBe(true);
    expect(r.attempts.map((a) => a.verified)).toEqual([false, true]);
    expect(r.attempts[0]!.stage).toBe('bundle');
  });

  test('reusable workflow attestation: source repository and signer workflow differ', async () => {
    const model = fileModel(at('reusable-workflow-artifact'));
    const ok = await verifyProvenance({
      bundles: [at('reusable-workflow-attestation.sigstore.json')],
      model,
      workspace: dir,
      identity: {
        repository: 'malancas/attest-demo',
        signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
      },
      trustedRoot: 'auto',
    });
    expect(ok.violations).toEqual([]);
    expect(ok.verified).toBe(true);
    expect(ok.subjects[0]).toMatchObject({
      ok: true,
      actual: `sha256:${sha('sha256', at('reusable-workflow-artifact'))}`,
    });

    // With the repository alone (as gh --repo), the signer must be a workflow of that repository.
    const repoOnly = await verifyProvenance({
      bundles: [at('reusable-workflow-attestation.sigstore.json')],
      model,
      workspace: dir,
      identity: { repository: 'malancas/attest-demo' },
      trustedRoot: 'auto',
    });
    expect(repoOnly.verified).toBe(false);
    expect(repoOnly.violations.map((v) => v.rule)).toEqual(['signer-repository']);
    expect(repoOnly.violations[0]!.actual).toBe(
      'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
    );
  });

  test('custom issuer: verifies with its issuer, fails with the default one', async () => {
    const base = {
      bundles: [at('custom-issuer.sigstore.json')],
      model: fileModel(at('custom-issuer-artifact')),
      workspace: dir,
      trustedRoot: 'auto',
    };
    const ok = await verifyProvenance({
      ...base,
      identity: {
        repository: 'too-legit/attest',
        certOidcIssuer: 'https://token.actions.githubusercontent.com/hammer-time',
      },
    });
    expect(ok.violations).toEqual([]);
    expect(ok.verified).toBe(true);
    // The subject is named "artifact": the file matches it by digest.
    expect(ok.subjects[0]).toMatchObject({ ok: true, subject: 'artifact' });

    const bad = await verifyProvenance({ ...base, identity: { repository: 'too-legit/attest' } });
    expect(bad.verified).toBe(false);
    expect(bad.violations).toEqual([
      expect.objectContaining({
        kind: 'identity',
        rule: 'issuer',
        expected: 'https://token.actions.githubusercontent.com',
        actual: 'https://token.actions.githubusercontent.com/hammer-time',
      }),
    ]);
  });
});

interop('every single change of the expected identity fails', () => {
  const cases: Array<[string, IdentityPolicy, string[]]> = [
    ['repository', { ...SIGSTORE_JS, repository: 'sigstore/sigstore-python' }, ['repository']],
    [
      'owner',
      { ...SIGSTORE_JS, repository: 'sigstor/sigstore-js', signerWorkflow: undefined },
      ['repository', 'owner', 'signer-repository'],
    ],
    [
      'workflow file',
      { ...SIGSTORE_JS, signerWorkflow: 'sigstore/sigstore-js/.github/workflows/ci.yml' },
      ['signer-workflow'],
    ],
    [
      'workflow ref',
      {
        ...SIGSTORE_JS,
        signerWorkflow: 'sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/dev',
      },
      ['signer-workflow'],
    ],
    [
      'workflow repository',
      { ...SIGSTORE_JS, signerWorkflow: 'sigstore/sigstore-go/.github/workflows/release.yml' },
      ['signer-workflow'],
    ],
    ['source ref', { ...SIGSTORE_JS, sourceRef: 'refs/heads/dev' }, ['source-ref']],
    ['source ref glob', { ...SIGSTORE_JS, sourceRef: 'refs/tags/v*' }, ['source-ref']],
    [
      'issuer',
      { ...SIGSTORE_JS, certOidcIssuer: 'https://token.actions.githubusercontent.com/x' },
      ['issuer'],
    ],
    [
      'SAN regex that is only a prefix',
      { certIdentityRegex: 'https://github.com/sigstore/sigstore-j' },
      ['cert-identity-regex'],
    ],
    [
      'SAN regex matching a suffix only',
      { certIdentityRegex: 'sigstore-js/.github/workflows/release.yml@refs/heads/main' },
      ['cert-identity-regex'],
    ],
    [
      'exact SAN with another ref',
      {
        certIdentity:
          'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/mai',
      },
      ['cert-identity'],
    ],
  ];
  test.each(cases)('%s', async (_name, identity, rules) => {
    const r = await verifySigstoreJs(identity);
    expect(r.verified).toBe(false);
    expect(r.violations.map((v) => v.rule).sort()).toEqual([...rules].sort());
    for (const v of r.violations) {
      expect(v.kind).toBe('identity');
      expect(v.expected).toBeDefined();
    }
  });

  test('the matching variants of those inputs pass', async () => {
    for (const identity of [
      { ...SIGSTORE_JS, sourceRef: 'refs/heads/*' },
      { ...SIGSTORE_JS, signerWorkflow: 'sigstore/sigstore-js/.github/workflows/release.yml' },
      { ...SIGSTORE_JS, repository: 'Sigstore/Sigstore-JS' },
      { certIdentityRegex: 'https://github\\.com/sigstore/sigstore-js/.*' },
      {
        certIdentity:
          'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
      },
    ]) {
      const r = await verifySigstoreJs(identity);
      expect({ identity, violations: r.violations }).toEqual({ identity, violations: [] });
    }
  });

  test('without any expected identity, verification refuses to pass and says which input to add', async () => {
    const r = await verifySigstoreJs({});
    expect(r.verified).toBe(false);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toMatchObject({ kind: 'identity', rule: 'identity-required' });
    expect(r.violations[0]!.message).toContain('repository: OWNER/REPO');
  });
});

interop('broken and foreign bundles are refused with a reason', () => {
  const model = fileModel(at('github_provenance_demo-0.0.12-py3-none-any.whl'));
  const identity = { repository: 'actions/attest-demo' };

  test('missing certificate', async () => {
    const r = await verifyProvenance({
      bundles: [at('github_provenance_demo-0.0.12-py3-none-any-bundle-missing-cert.jsonl')],
      model,
      workspace: dir,
      identity,
      trustedRoot: 'auto',
    });
    expect(r.verified).toBe(false);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.kind).toBe('bundle');
    expect(r.violations[0]!.message).toMatch(/missing or has empty fields: content/);
  });

  test('missing verification material', async () => {
    const r = await verifyProvenance({
      bundles: [
        at('github_provenance_demo-0.0.12-py3-none-any-bundle-missing-verification-material.jsonl'),
      ],
      model,
      workspace: dir,
      identity,
      trustedRoot: 'auto',
    });
    expect(r.verified).toBe(false);
    expect(r.violations[0]!.kind).toBe('bundle');
    expect(r.violations[0]!.message).toMatch(/verificationMaterial/);
  });

  test('invalid signature', async () => {
    const r = await verifyProvenance({
      bundles: [at('sigstoreBundle-invalid-signature.json')],
      model,
      workspace: dir,
      identity: {
        certIdentity: 'brian@dehamer.com',
        certOidcIssuer: 'https://github.com/login/oauth',
      },
      trustedRoot: 'public-good',
    });
    expect(r.verified).toBe(false);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]!.kind).toBe('signature');
    expect(r.violations[0]!.message).toMatch(
      /cryptographic verification against public-good failed/,
    );
  });

  test('a signature changed by one byte fails the cryptographic check', async () => {
    const json = JSON.parse(readFileSync(at('sigstore-js-2.1.0-bundle.json'), 'utf8'));
    const sig = Buffer.from(json.dsseEnvelope.signatures[0].sig, 'base64');
    sig.writeUInt8(sig.readUInt8(sig.length - 1) ^ 0x01, sig.length - 1);
    json.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    const r = await verifyProvenance({
      bundles: [json],
      model: fileModel(at('sigstore-js-2.1.0.tgz')),
      workspace: dir,
      identity: SIGSTORE_JS,
      trustedRoot: 'auto',
    });
    expect(r.verified).toBe(false);
    expect(r.violations.map((v) => v.kind)).toEqual(['signature']);
  });

  test('an unknown media type is refused without a crash', async () => {
    const json = JSON.parse(readFileSync(at('sigstore-js-2.1.0-bundle.json'), 'utf8'));
    json.mediaType = 'application/vnd.dev.sigstore.bundle.v0.9+json';
    const r = await verifyProvenance({
      bundles: [json],
      model,
      workspace: dir,
      identity,
      trustedRoot: 'auto',
    });
    expect(r.violations[0]!.message).toMatch(
      /media type 'application\/vnd\.dev\.sigstore\.bundle\.v0\.9\+json'/,
    );
  });

  test.each(['auto', 'public-good', 'github'])(
    "GitHub's instance bundle with trusted-root %s: a clear message naming GitHub's instance and the fix",
    async (trustedRoot) => {
      const r = await verifyProvenance({
        bundles: [at('github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl')],
        model,
        workspace: dir,
        identity,
        trustedRoot,
      });
      expect(r.verified).toBe(false);
      expect(r.violations).toHaveLength(1);
      const v = r.violations[0]!;
      expect(v.kind).toBe('trusted-root');
      expect(v.message).toContain("GitHub's Sigstore instance");
      expect(v.message).toContain('O=GitHub, Inc.');
      expect(v.fix).toContain('trusted-root: path/to/trusted_root.json');
      expect(v.fix).toContain('gh attestation trusted-root');
      // The certificate is still decoded for the report.
      expect(r.signer?.san).toBe(
        'https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main',
      );
    },
  );

  test("gh's test trusted_root.json is a public-good root: it does not cover GitHub's instance either", async () => {
    const r = await verifyProvenance({
      bundles: [at('github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl')],
      model,
      workspace: dir,
      identity,
      trustedRoot: at('trusted_root.json'),
    });
    expect(r.verified).toBe(false);
    expect(r.violations[0]!.kind).toBe('trusted-root');
    expect(r.violations[0]!.message).toContain('has no certificate authority that issued');
    expect(r.violations[0]!.message).toContain("GitHub's Sigstore instance");
  });

  test("gh's test trusted_root.json verifies the public-good bundles it covers", async () => {
    const r = await verifySigstoreJs(
      SIGSTORE_JS,
      'sigstore-js-2.1.0-bundle.json',
      at('trusted_root.json'),
    );
    expect(r.violations).toEqual([]);
    expect(r.trustedRoot).toEqual({ name: 'trusted_root.json', source: at('trusted_root.json') });
  });
});

interop('the model must be what was signed', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'verify-interop-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('one byte of the artifact changed fails the subject check', async () => {
    const copy = join(tmp, 'sigstore-js-2.1.0.tgz');
    copyFileSync(at('sigstore-js-2.1.0.tgz'), copy);
    const bytes = readFileSync(copy);
    bytes.writeUInt8(bytes.readUInt8(1000) ^ 0xff, 1000);
    writeFileSync(copy, bytes);
    const r = await verifyProvenance({
      bundles: [at('sigstore-js-2.1.0-bundle.json')],
      model: fileModel(copy),
      workspace: tmp,
      identity: SIGSTORE_JS,
      trustedRoot: 'auto',
    });
    expect(r.verified).toBe(false);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toMatchObject({ kind: 'subject', rule: 'sigstore-js-2.1.0.tgz' });
    expect(r.violations[0]!.message).toMatch(/not signed/);
    expect(r.subjects[0]!.actual).toBe(`sha256:${sha('sha256', copy)}`);
  });

  test('a file named like the subject but with other content is reported as changed', async () => {
    const copy = join(tmp, 'artifact');
    writeFileSync(copy, 'not the signed bytes\n');
    const r = await verifyProvenance({
      bundles: [at('custom-issuer.sigstore.json')],
      model: fileModel(copy),
      workspace: tmp,
      identity: {
        repository: 'too-legit/attest',
        certOidcIssuer: 'https://token.actions.githubusercontent.com/hammer-time',
      },
      trustedRoot: 'auto',
    });
    expect(r.verified).toBe(false);
    expect(r.violations[0]).toMatchObject({
      kind: 'subject',
      expected: `sha256:${sha('sha256', at('custom-issuer-artifact'))}`,
      actual: `sha256:${sha('sha256', copy)}`,
    });
  });
});

interop('policy on real provenance', () => {
  test('max-age is measured from the transparency log time', async () => {
    const policy = parsePolicy(
      // npm's provenance records no Python environment: advisories off, or they fail closed.
      'version: 1\nmax-age: 30d\nbuild-type: https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1\nframeworks:\n  advisories: none\n',
    );
    const base = {
      bundles: [at('sigstore-js-2.1.0-bundle.json')],
      model: fileModel(at('sigstore-js-2.1.0.tgz')),
      workspace: dir,
      identity: SIGSTORE_JS,
      trustedRoot: 'auto',
      policy,
    };
    const fresh = await verifyProvenance({ ...base, now: new Date('2023-09-10T00:00:00Z') });
    expect(fresh.violations).toEqual([]);
    expect(fresh.rules.find((r) => r.rule === 'max-age')?.reason).toMatch(
      /transparency log time 2023-08-29/,
    );
    const old = await verifyProvenance({ ...base, now: new Date('2024-01-01T00:00:00Z') });
    expect(old.verified).toBe(false);
    expect(old.violations.map((v) => v.rule)).toEqual(['max-age']);
  });

  test("build-type: ours refuses GitHub's workflow provenance", async () => {
    const r = await verifyProvenance({
      bundles: [at('sigstore-js-2.1.0-bundle.json')],
      model: fileModel(at('sigstore-js-2.1.0.tgz')),
      workspace: dir,
      identity: SIGSTORE_JS,
      trustedRoot: 'auto',
      policy: parsePolicy('version: 1\nbuild-type: ours\nframeworks:\n  advisories: none\n'),
    });
    expect(r.verified).toBe(false);
    expect(r.violations).toEqual([expect.objectContaining({ kind: 'policy', rule: 'build-type' })]);
  });

  test('a policy on datasets or frameworks needs the training record, and says so', async () => {
    const r = await verifyProvenance({
      bundles: [at('sigstore-js-2.1.0-bundle.json')],
      model: fileModel(at('sigstore-js-2.1.0.tgz')),
      workspace: dir,
      identity: SIGSTORE_JS,
      trustedRoot: 'auto',
      policy: parsePolicy(
        'version: 1\nframeworks:\n  advisories: none\n  require: [{ package: torch }]\n',
      ),
    });
    expect(r.verified).toBe(false);
    expect(r.violations).toContainEqual(
      expect.objectContaining({
        kind: 'policy',
        rule: 'training-record',
        fix: expect.stringMatching(/training\.sigstore\.json/),
      }),
    );
  });
});

interop('inspect decodes without judging', () => {
  test('npm provenance bundle', () => {
    const json = JSON.parse(readFileSync(at('sigstore-js-2.1.0-bundle.json'), 'utf8'));
    const i = inspectBundle(json, 'sigstore-js');
    expect(i.verified).toBe(false);
    expect(i.instance).toBe('public-good');
    expect(i.signer?.san).toBe(
      'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
    );
    expect(i.signer?.visibility).toBe('public');
    expect(i.subjects[0]?.digest?.sha512).toBe(sha('sha512', at('sigstore-js-2.1.0.tgz')));
    expect(i.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(i.buildType).toBe(
      'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
    );
    expect(i.logIndex).toMatch(/^\d+$/);
    expect(i.integratedTime).toMatch(/^2023-08-29T/);
  });

  test("GitHub's instance bundle: RFC 3161 time, no log entry", async () => {
    const [c] = await readBundleFile(at('github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl'));
    const i = inspectBundle(c);
    expect(i.instance).toBe('github');
    expect(i.logIndex).toBeUndefined();
    expect(i.timestamps).toHaveLength(1);
    expect(i.timestamps[0]).toMatch(/^2024-04-22T/);
    expect(i.subjects[0]?.digest?.sha256).toBe(
      sha('sha256', at('github_provenance_demo-0.0.12-py3-none-any.whl')),
    );
  });
});
