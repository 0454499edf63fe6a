// Every rule passing and failing, every violation listed, advisories matched against PEP 440
// versions with local parts.
import { createHash } from 'node:crypto';
import { commitmentOf, sortedLeaves } from '../../src/commitment/leaves.js';
import { MerkleTree } from '../../src/commitment/merkle.js';
import { makeProof, type ContentProof } from '../../src/commitment/proof.js';
import { evaluatePolicy, type RuleResult } from '../../src/policy/evaluate.js';
import { parsePolicy } from '../../src/policy/policy.js';
import { BUILD_TYPE } from '../../src/statement/layout.js';
import { readProvenance } from '../../src/statement/read.js';
import type { ProvenanceView } from '../../src/statement/view.js';
import type { SignerIdentity } from '../../src/identity/certificate.js';

const HEX = 'ab'.repeat(32);
const HEX2 = 'cd'.repeat(32);

interface ViewOptions {
  packages?: Array<[string, string]>;
  datasets?: Array<Record<string, unknown>>;
  buildType?: string;
  finishedOn?: string;
  python?: boolean;
}

/** A statement as our attest writes it, read through the real reader. */
function view(o: ViewOptions = {}): ProvenanceView {
  return readProvenance({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'model.safetensors', digest: { sha256: HEX } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: o.buildType ?? BUILD_TYPE,
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/acme/vision',
            path: '.github/workflows/train.yml',
          },
        },
        internalParameters: {
          github: { event_name: 'push', runner_environment: 'github-hosted' },
          training_provenance: {
            python:
              o.python === false
                ? { present: false, reason: 'python: none' }
                : { present: true, version: '3.11.7' },
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/acme/vision@refs/heads/main',
            digest: { gitCommit: '1'.repeat(40) },
          },
          ...(o.datasets ?? []).map((d) => ({
            ...d,
            annotations: { role: 'dataset', kind: 'reference', ...(d.annotations as object) },
          })),
          ...(o.packages ?? []).map(([name, version]) => ({
            name,
            uri: `pkg:pypi/${name.toLowerCase()}@${encodeURIComponent(version)}`,
            annotations: { role: 'python-package', version },
          })),
        ],
      },
      runDetails: {
        builder: {
          id: 'https://github.com/acme/vision/.github/workflows/train.yml@refs/heads/main',
        },
        metadata: {
          invocationId: 'https://github.com/acme/vision/actions/runs/1/attempts/1',
          ...(o.finishedOn ? { finishedOn: o.finishedOn } : {}),
        },
      },
    },
  });
}

const failed = (rs: RuleResult[]) => rs.filter((r) => r.status === 'failed');
const skipped = (rs: RuleResult[]) => rs.filter((r) => r.status === 'not-evaluated');
const NOW = new Date('2026-11-26T12:00:00Z');

describe('rules', () => {
  const policy = (text: string) => parsePolicy(`version: 1\n${text}`);

  test('advisories: local CUDA builds match; every affecting advisory is its own violation', () => {
    const res = evaluatePolicy(
      view({
        packages: [
          ['torch', '2.3.1+cu121'],
          ['transformers', '4.47.1'],
          ['numpy', '1.26.4'],
        ],
      }),
      undefined,
      policy(''),
      NOW,
    );
    const ids = failed(res)
      .map((x) => /CVE-\d+-\d+/.exec(x.reason)![0])
      .sort();
    expect(ids).toEqual(
      [
        'CVE-2024-11392',
        'CVE-2024-11393',
        'CVE-2024-11394',
        'CVE-2024-48063',
        'CVE-2025-32434',
        'CVE-2026-24747',
      ].sort(),
    );
    const torch = failed(res).find((x) => x.reason.includes('CVE-2025-32434'))!;
    expect(torch).toMatchObject({ rule: 'frameworks.advisories', subject: 'torch' });
    expect(torch.reason).toContain(
      'torch 2.3.1+cu121 is affected by GHSA-53q9-r3pm-6pq6 (CVE-2025-32434, PYSEC-2025-41), severity critical:',
    );
    expect(torch.reason).toContain(
      'fixed in 2.6.0; https://github.com/advisories/GHSA-53q9-r3pm-6pq6',
    );
  });

  test.each([
    [['torch', '2.6.0+cu124'], ['CVE-2026-24747']],
    [['torch', '2.10.0+cpu'], []],
    [['Keras', '2.12.0'], ['CVE-2024-3660']],
    [['keras', '2.13.1'], []],
    [
      ['keras', '3.8.0'],
      ['CVE-2025-1550', 'CVE-2025-8747'],
    ],
    [['keras', '3.10.0'], ['CVE-2025-8747']],
    [['tensorflow', '2.5.0'], ['CVE-2021-37678']],
    [['tensorflow_cpu', '2.4.1'], ['CVE-2021-37678']],
    [['tensorflow', '2.5.1'], []],
    [['numpy', '1.16.0'], ['CVE-2019-6446']],
    [['joblib', '1.1.1'], ['CVE-2022-21797']],
    [
      ['transformers', '4.35.2'],
      [
        'CVE-2023-6730',
        'CVE-2023-7018',
        'CVE-2024-3568',
        'CVE-2024-11392',
        'CVE-2024-11393',
        'CVE-2024-11394',
      ],
    ],
  ] as Array<[[string, string], string[]]>)('advisories for %j', (pkg, ids) => {
    const res = evaluatePolicy(
      view({ packages: [pkg] }),
      undefined,
      policy('frameworks:\n  advisories: default\n'),
      NOW,
    );
    expect(
      failed(res)
        .map((x) => /CVE-\d+-\d+/.exec(x.reason)![0])
        .sort(),
    ).toEqual([...ids].sort());
    if (ids.length === 0)
      expect(res.find((x) => x.rule === 'frameworks.advisories')?.ok).toBe(true);
  });

  test('advisories: none turns the shipped list off', () => {
    const res = evaluatePolicy(
      view({ packages: [['torch', '1.0.0']] }),
      undefined,
      policy('frameworks:\n  advisories: none\n'),
      NOW,
    );
    expect(res.filter((x) => x.rule === 'frameworks.advisories')).toEqual([]);
  });

  test('deny and require, by normalised package name', () => {
    const p = policy(
      'frameworks:\n  advisories: none\n  deny:\n    - package: Torch\n      versions: "<2.6.0"\n      reason: "CVE-2025-32434"\n    - package: pickle5\n  require:\n    - package: safetensors\n    - package: torch\n      versions: ">=2.0"\n    - package: numpy\n      versions: ">=2"\n',
    );
    const res = evaluatePolicy(
      view({
        packages: [
          ['torch', '2.3.1+cu121'],
          ['numpy', '1.26.4'],
        ],
      }),
      undefined,
      p,
      NOW,
    );
    expect(res).toEqual([
      {
        rule: 'frameworks.deny[0]',
        status: 'failed',
        ok: false,
        subject: 'torch',
        reason: 'torch 2.3.1+cu121 is denied (<2.6.0): CVE-2025-32434',
      },
      {
        rule: 'frameworks.deny[1]',
        status: 'passed',
        ok: true,
        subject: 'pickle5',
        reason: 'pickle5 not present',
      },
      {
        rule: 'frameworks.require[0]',
        status: 'failed',
        ok: false,
        subject: 'safetensors',
        reason: 'safetensors is required but not recorded',
      },
      {
        rule: 'frameworks.require[1]',
        status: 'passed',
        ok: true,
        subject: 'torch',
        reason: 'torch 2.3.1+cu121 satisfies >=2.0',
      },
      {
        rule: 'frameworks.require[2]',
        status: 'failed',
        ok: false,
        subject: 'numpy',
        reason: 'numpy 1.26.4 does not satisfy >=2',
      },
    ]);
  });

  test('an unreadable installed version fails a deny rule closed', () => {
    const res = evaluatePolicy(
      view({ packages: [['torch', 'weird-build']] }),
      undefined,
      policy(
        'frameworks:\n  advisories: none\n  deny:\n    - package: torch\n      versions: "<2.6"\n',
      ),
      NOW,
    );
    expect(failed(res)[0]!.reason).toBe(
      "torch version 'weird-build' cannot be compared with '<2.6'",
    );
  });

  test('no Python environment recorded: every frameworks rule fails closed, deny as require', () => {
    const p = policy(
      'frameworks:\n  deny:\n    - package: torch\n  require:\n    - package: torch\n',
    );
    const res = evaluatePolicy(view({ python: false }), undefined, p, NOW);
    expect(res.map((x) => [x.rule, x.status])).toEqual([
      ['frameworks.advisories', 'failed'],
      ['frameworks.deny[0]', 'failed'],
      ['frameworks.require[0]', 'failed'],
    ]);
    expect(res[1]!.reason).toBe(
      'torch cannot be shown absent: no Python environment was recorded (python: none) (attest with the training interpreter, `python: PATH`, or set frameworks.allow-unrecorded: true)',
    );
    // An environment read with no distributions in it is no better.
    expect(failed(evaluatePolicy(view(), undefined, p, NOW)).map((x) => x.reason)).toEqual([
      expect.stringMatching(/^the advisories cannot be checked: no Python packages were recorded/),
      expect.stringMatching(/^torch cannot be shown absent: no Python packages were recorded/),
      expect.stringMatching(/^torch cannot be shown present: no Python packages were recorded/),
    ]);
  });

  test('no Python environment recorded, allow-unrecorded: not evaluated, never passed', () => {
    const p = policy(
      'frameworks:\n  allow-unrecorded: true\n  deny:\n    - package: torch\n  require:\n    - package: torch\n',
    );
    const res = evaluatePolicy(view({ python: false }), undefined, p, NOW);
    expect(res.map((x) => [x.rule, x.status, x.ok])).toEqual([
      ['frameworks.advisories', 'not-evaluated', false],
      ['frameworks.deny[0]', 'not-evaluated', false],
      ['frameworks.require[0]', 'not-evaluated', false],
    ]);
    expect(res[1]!.reason).toMatch(/allow-unrecorded: true lets it stand$/);
  });

  const DATASETS = [
    {
      name: 'train',
      uri: 'hf://datasets/acme/imgs@abc',
      digest: { gitCommit: 'a'.repeat(40) },
      annotations: { license: 'CC-BY-4.0' },
    },
    {
      name: 'val',
      uri: 'file:data/val',
      digest: { sha256: HEX },
      annotations: { kind: 'local-directory', license: 'proprietary' },
    },
    { name: 'raw', uri: 's3://bucket/raw/', annotations: { unpinned: true } },
    { name: 'bad', uri: 'https://example.com/snap.tar', digest: { sha256: HEX2 } },
  ];

  test('datasets: every rule, every offending dataset', () => {
    const p = policy(
      `frameworks:\n  advisories: none\ndatasets:\n  require-digest: true\n  allow: ["hf://datasets/acme/*", "sha256:${HEX}"]\n  deny: ["sha256:${HEX2}"]\n  licenses: [apache-2.0, cc-by-4.0]\n`,
    );
    const res = evaluatePolicy(view({ datasets: DATASETS }), undefined, p, NOW);
    expect(failed(res).map((x) => [x.rule, x.subject])).toEqual([
      ['datasets.require-digest', 'raw'],
      ['datasets.allow', 'raw'],
      ['datasets.allow', 'bad'],
      // No sha256 recorded is no sha256 shown to differ: a gitCommit, or no digest, fails closed.
      ['datasets.deny', 'train'],
      ['datasets.deny', 'raw'],
      ['datasets.deny', 'bad'],
      ['datasets.licenses', 'val'],
      // No licence recorded is no licence shown: they fail closed.
      ['datasets.licenses', 'raw'],
      ['datasets.licenses', 'bad'],
    ]);
    expect(
      failed(res).find((x) => x.rule === 'datasets.licenses' && x.subject === 'raw')!.reason,
    ).toMatch(/records no licence.*datasets\.allow-unrecorded: true/);
    expect(failed(res)[5]!.reason).toBe(
      `dataset bad (https://example.com/snap.tar) is denied by 'sha256:${HEX2}'`,
    );
    expect(failed(res)[3]!.reason).toBe(
      `dataset train (hf://datasets/acme/imgs@abc) records no sha256 digest, so it cannot be shown not to be 'sha256:${HEX2}' (record its sha256 digest in \`datasets\` (\`URI ALG:HEX\`), or set datasets.allow-unrecorded: true)`,
    );
    // Licences compare case-insensitively: CC-BY-4.0 is allowed.
    expect(failed(res).some((x) => x.subject === 'train' && x.rule === 'datasets.licenses')).toBe(
      false,
    );
  });

  test('datasets.licenses fails a dataset that records no licence, unless allow-unrecorded says so', () => {
    const ds = [
      { name: 'x', uri: 'hf://datasets/acme/x@1', digest: { gitCommit: 'b'.repeat(40) } },
    ];
    const closed = policy('frameworks:\n  advisories: none\ndatasets:\n  licenses: [cc-by-4.0]\n');
    expect(failed(evaluatePolicy(view({ datasets: ds }), undefined, closed, NOW))).toEqual([
      expect.objectContaining({ rule: 'datasets.licenses', subject: 'x' }),
    ]);
    const open = policy(
      'frameworks:\n  advisories: none\ndatasets:\n  licenses: [cc-by-4.0]\n  allow-unrecorded: true\n',
    );
    expect(failed(evaluatePolicy(view({ datasets: ds }), undefined, open, NOW))).toEqual([]);
  });

  test('datasets.licenses: SPDX expressions judged whole, names outside SPDX as written', () => {
    const ds = (license: string) => ({
      name: license,
      uri: 'hf://datasets/acme/x@1',
      digest: { gitCommit: 'b'.repeat(40) },
      annotations: { license },
    });
    const datasets = ['Apache-2.0 OR MIT', 'CC-BY-4.0 AND GPL-3.0-only', 'openrail', 'other'];
    const p = policy(
      'frameworks:\n  advisories: none\ndatasets:\n  licenses: [MIT, cc-by-4.0, openrail]\n',
    );
    const res = evaluatePolicy(view({ datasets: datasets.map(ds) }), undefined, p, NOW);
    expect(failed(res).map((r) => r.subject)).toEqual(['CC-BY-4.0 AND GPL-3.0-only', 'other']);
    expect(failed(res)[0]!.reason).toBe(
      "dataset CC-BY-4.0 AND GPL-3.0-only (hf://datasets/acme/x@1) has licence 'CC-BY-4.0 AND GPL-3.0-only', which the allowed licences (MIT, cc-by-4.0, openrail) do not satisfy",
    );
    expect(() => policy('datasets:\n  licenses: [MIT OR Apache-2.0]\n')).toThrow(
      "'datasets.licenses[0]': 'MIT OR Apache-2.0' is an expression",
    );
  });

  test('frameworks.advisories fails when no Python environment was recorded, unless allow-unrecorded says so', () => {
    const bare = view({ python: false });
    const closed = evaluatePolicy(bare, undefined, policy('build-type: ours\n'), NOW);
    expect(failed(closed)).toEqual([
      expect.objectContaining({
        rule: 'frameworks.advisories',
        reason: expect.stringMatching(
          /^the advisories cannot be checked: no Python environment was recorded \(python: none\)/,
        ),
      }),
    ]);
    const open = evaluatePolicy(
      bare,
      undefined,
      policy('frameworks:\n  allow-unrecorded: true\n'),
      NOW,
    );
    expect(failed(open)).toEqual([]);
    expect(skipped(open).map((x) => x.rule)).toEqual(['frameworks.advisories']);
  });

  test('datasets: passing rules say why', () => {
    const p = policy(
      'frameworks:\n  advisories: none\ndatasets:\n  require-digest: true\n  allow: ["hf://datasets/acme/*"]\n  licenses: [cc-by-4.0]\n  allow-unrecorded: true\n',
    );
    const res = evaluatePolicy(
      view({
        datasets: [
          DATASETS[0]!,
          { name: 'x', uri: 'hf://datasets/acme/x@1', digest: { gitCommit: 'b'.repeat(40) } },
        ],
      }),
      undefined,
      p,
      NOW,
    );
    expect(failed(res)).toEqual([]);
    expect(res.find((x) => x.rule === 'datasets.licenses')).toMatchObject({
      status: 'passed',
      reason: 'every recorded licence is allowed (1 of 2 not evaluated)',
    });
    // The dataset without a licence is not evaluated, and says so: never passed.
    expect(skipped(res)).toEqual([
      expect.objectContaining({
        rule: 'datasets.licenses',
        subject: 'x',
        ok: false,
        reason: expect.stringMatching(/records no licence.*allow-unrecorded: true lets it stand$/),
      }),
    ]);
    // A record naming no datasets: nothing judged, so nothing passed.
    const empty = evaluatePolicy(view(), undefined, p, NOW);
    expect(empty.map((x) => [x.rule, x.status])).toEqual([
      ['datasets.require-digest', 'not-evaluated'],
      ['datasets.allow', 'not-evaluated'],
      ['datasets.licenses', 'not-evaluated'],
    ]);
    expect(empty[0]!.reason).toMatch(/^the record names no datasets/);
  });

  test('datasets.deny-content: a proof of absence for every committed dataset, or a violation naming both', () => {
    const contents = ['one', 'two', 'three'].map((t) =>
      createHash('sha256').update(t).digest('hex'),
    );
    const leaves = sortedLeaves(contents);
    const tree = new MerkleTree(leaves);
    const commitment = commitmentOf(tree);
    const denied = createHash('sha256').update('poison').digest('hex');
    const ds = [
      {
        name: 'train',
        uri: 'file:data/train',
        digest: { sha256: HEX },
        annotations: { kind: 'local-directory', commitment },
      },
      { name: 'raw', uri: 's3://bucket/raw', digest: { sha256: HEX2 } },
    ];
    const p = policy(
      `frameworks:\n  advisories: none\ndatasets:\n  deny-content: [sha256:${denied.toUpperCase()}]\n`,
    );
    const absent = makeProof(tree, leaves, denied);
    const rules = (proofs: ContentProof[], pol = p) =>
      failed(evaluatePolicy(view({ datasets: ds }), undefined, pol, NOW, { proofs })).map((r) => [
        r.subject,
        r.reason,
      ]);
    // The reference has no commitment: it fails closed, unless allow-unrecorded says otherwise.
    expect(rules([absent])).toEqual([
      ['raw', expect.stringMatching(/raw \(s3:\/\/bucket\/raw\) records no content commitment/)],
    ]);
    const open = policy(
      `frameworks:\n  advisories: none\ndatasets:\n  deny-content: [sha256:${denied}]\n  allow-unrecorded: true\n`,
    );
    expect(rules([absent], open)).toEqual([]);
    expect(rules([], open)).toEqual([
      [
        'train',
        expect.stringContaining(
          `no proof that sha256:${denied} is absent from dataset train (file:data/train)`,
        ),
      ],
    ]);
    // A member denied: its membership proof fails the rule.
    const deniedMember = policy(
      `frameworks:\n  advisories: none\ndatasets:\n  deny-content: [sha256:${contents[1]}]\n  allow-unrecorded: true\n`,
    );
    expect(rules([makeProof(tree, leaves, contents[1]!)], deniedMember)).toEqual([
      [
        'train',
        `sha256:${contents[1]} WAS in dataset train (file:data/train): its proof shows it as a member`,
      ],
    ]);
    // A proof that does not hold against the record.
    const forged = { ...absent, leaves: [...absent.leaves].reverse() };
    expect(rules([forged], open)).toEqual([
      ['train', expect.stringMatching(/does not hold: .*not adjacent/)],
    ]);
  });

  test('max-age: a young attestation is measured in seconds, minutes or hours, not "0.0 days"', () => {
    const p = policy('frameworks:\n  advisories: none\nmax-age: 1s\n');
    const at = (ms: number) =>
      evaluatePolicy(view(), undefined, p, NOW, {
        signedAt: { time: new Date(NOW.getTime() - ms), source: 'transparency-log' },
      })[0]!.reason;
    expect(at(3000)).toMatch(/^attestation is 3 s old .*more than max-age 1s$/);
    expect(at(5 * 60_000)).toMatch(/is 5\.0 min old/);
    expect(at(5 * 3_600_000)).toMatch(/is 5\.0 h old/);
  });

  test('max-age: signed time first, finishedOn as a named fallback, no time fails', () => {
    const p = policy('frameworks:\n  advisories: none\nmax-age: 7d\n');
    const signed = evaluatePolicy(view(), undefined, p, NOW, {
      signedAt: { time: new Date('2026-11-20T12:00:00Z'), source: 'transparency-log' },
    });
    expect(signed[0]).toMatchObject({ rule: 'max-age', ok: true });
    expect(signed[0]!.reason).toBe(
      'attestation is 6.0 days old by its transparency log time 2026-11-20T12:00:00.000Z, within 7d',
    );
    const tooOld = evaluatePolicy(view(), undefined, p, NOW, {
      signedAt: { time: new Date('2026-11-18T12:00:00Z'), source: 'timestamp-authority' },
    });
    expect(tooOld[0]).toMatchObject({ ok: false });
    expect(tooOld[0]!.reason).toContain('8.0 days old by its timestamp authority time');
    const fallback = evaluatePolicy(
      view({ finishedOn: '2026-11-01T00:00:00Z' }),
      undefined,
      p,
      NOW,
    );
    expect(fallback[0]!.reason).toContain("statement's finishedOn (not a signed time)");
    expect(fallback[0]!.ok).toBe(false);
    expect(evaluatePolicy(view(), undefined, p, NOW)[0]).toMatchObject({
      ok: false,
      reason: 'no signing time and no finishedOn: the age cannot be measured',
    });
  });

  test('build-type: ours, or a URI', () => {
    const ours = policy('frameworks:\n  advisories: none\nbuild-type: ours\n');
    expect(evaluatePolicy(view(), undefined, ours, NOW)).toEqual([
      { rule: 'build-type', status: 'passed', ok: true, reason: `buildType is ${BUILD_TYPE}` },
    ]);
    const gh = 'https://actions.github.io/buildtypes/workflow/v1';
    expect(evaluatePolicy(view({ buildType: gh }), undefined, ours, NOW)[0]).toMatchObject({
      ok: false,
      reason: `buildType is ${gh}, the policy requires ${BUILD_TYPE}`,
    });
    expect(
      evaluatePolicy(
        view({ buildType: gh }),
        undefined,
        policy(`frameworks:\n  advisories: none\nbuild-type: ${gh}\n`),
        NOW,
      )[0]!.ok,
    ).toBe(true);
  });

  test('identity block against a signer (review mode); an unsigned statement fails it', () => {
    const signer: SignerIdentity = {
      san: 'https://github.com/acme/vision/.github/workflows/train.yml@refs/heads/dev',
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepositoryUri: 'https://github.com/acme/vision',
      ownerUri: 'https://github.com/acme',
      sourceRepositoryRef: 'refs/heads/dev',
      runnerEnvironment: 'self-hosted',
      certificateIssuer: 'O=sigstore.dev, CN=sigstore-intermediate',
      notBefore: '',
      notAfter: '',
      malformedExtensions: [],
    };
    const p = policy(
      'frameworks:\n  advisories: none\nidentity:\n  repository: acme/vision\n  source-ref: refs/heads/main\n  runner: github-hosted\n',
    );
    const res = evaluatePolicy(view(), signer, p, NOW);
    expect(failed(res).map((x) => x.rule)).toEqual(['identity.source-ref', 'identity.runner']);
    expect(res.filter((x) => x.ok).map((x) => x.rule)).toEqual([
      'identity.issuer',
      'identity.repository',
      'identity.owner',
      'identity.signer-repository',
    ]);
    expect(evaluatePolicy(view(), undefined, p, NOW)).toEqual([
      {
        rule: 'identity',
        status: 'failed',
        ok: false,
        reason:
          'the statement is not signed: there is no signer to check the identity block against',
      },
    ]);
  });

  test('every failing rule is reported, not only the first', () => {
    const p = policy(
      `datasets:\n  require-digest: true\n  deny: ["sha256:${HEX2}"]\nframeworks:\n  require:\n    - package: safetensors\nmax-age: 1d\nbuild-type: https://example.com/other\n`,
    );
    const res = evaluatePolicy(
      view({ packages: [['torch', '2.5.1']], datasets: DATASETS }),
      undefined,
      p,
      NOW,
    );
    expect([...new Set(failed(res).map((x) => x.rule))]).toEqual([
      'datasets.require-digest',
      'datasets.deny',
      'frameworks.advisories',
      'frameworks.require[0]',
      'max-age',
      'build-type',
    ]);
  });

  test('on the build provenance, the record rules are not evaluated, and that fails', () => {
    const gh = 'https://actions.github.io/buildtypes/workflow/v1';
    const p = policy(
      'datasets:\n  licenses: [MIT]\nframeworks:\n  deny:\n    - package: torch\nmax-age: 30d\n',
    );
    const res = evaluatePolicy(view({ buildType: gh }), undefined, p, NOW, {
      signedAt: { time: NOW, source: 'transparency-log' },
    });
    expect(res.map((x) => [x.rule, x.status, x.ok])).toEqual([
      ['training-record', 'failed', false],
      ['datasets.licenses', 'not-evaluated', false],
      ['frameworks.advisories', 'not-evaluated', false],
      ['frameworks.deny[0]', 'not-evaluated', false],
      ['max-age', 'passed', true],
    ]);
    expect(res[0]!.fix).toMatch(/training\.sigstore\.json/);
    expect(res[1]!.reason).toMatch(/the statement verified is the build provenance$/);
  });

  test('allow-unrecorded: a dataset that lacks what a rule reads is not evaluated for it', () => {
    const ds = [
      { name: 'hf', uri: 'hf://datasets/acme/x@1', digest: { gitCommit: 'b'.repeat(40) } },
      { name: 'local', uri: 'file:data/x', digest: { sha256: HEX } },
    ];
    const p = policy(
      `frameworks:\n  advisories: none\ndatasets:\n  deny: ["sha256:${HEX2}"]\n  deny-content: ["sha256:${HEX2}"]\n  allow-unrecorded: true\n`,
    );
    const res = evaluatePolicy(view({ datasets: ds }), undefined, p, NOW);
    expect(res.map((x) => [x.rule, x.status, x.subject])).toEqual([
      ['datasets.deny-content', 'not-evaluated', 'hf'],
      ['datasets.deny-content', 'not-evaluated', 'local'],
      ['datasets.deny', 'passed', undefined],
      ['datasets.deny', 'not-evaluated', 'hf'],
    ]);
    expect(res[2]!.reason).toBe('no dataset is denied (1 of 2 not evaluated)');
  });
});
