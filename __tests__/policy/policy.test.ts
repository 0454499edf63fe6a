// The policy file: parsing with line-numbered errors, every rule passing and failing, every
// violation listed, advisories matched against PEP 440 versions with local parts.
import { DEFAULT_ADVISORIES } from '../../src/policy/advisories.js';
import { evaluatePolicy, type RuleResult } from '../../src/policy/evaluate.js';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenanceError } from '../../src/errors.js';
import {
  loadPolicy,
  mergeIdentity,
  parsePolicy,
  PolicyError,
  MAX_POLICY_BYTES,
} from '../../src/policy/policy.js';
import {
  compareVersions,
  parseRange,
  parseVersion,
  satisfies,
  type VersionRange,
} from '../../src/policy/versions.js';
import { BUILD_TYPE } from '../../src/statement/layout.js';
import { readProvenance } from '../../src/statement/read.js';
import type { ProvenanceView } from '../../src/statement/view.js';
import type { SignerIdentity } from '../../src/identity/certificate.js';

const HEX = 'ab'.repeat(32);
const HEX2 = 'cd'.repeat(32);

function errorsOf(text: string): string[] {
  try {
    parsePolicy(text, 'policy.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    expect((e as PolicyError).code).toBe('POLICY_INVALID');
    return (e as PolicyError).errors;
  }
  throw new Error('expected the policy to be refused');
}

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

const failed = (rs: RuleResult[]) => rs.filter((r) => !r.ok);
const NOW = new Date('2026-11-26T12:00:00Z');

describe('parsing', () => {
  test('the README policy example parses into typed rules', () => {
    const p = parsePolicy(
      `version: 1
identity:
  repository: acme/vision
  signer-workflow: acme/vision/.github/workflows/train.yml
  source-ref: refs/heads/main          # exact or glob
  runner: github-hosted                # or: any
datasets:
  require-digest: true                 # every dataset must carry a digest
  allow: ["hf://datasets/acme/*", "sha256:${HEX}"]   # URI globs or digests; absent = any
  deny: ["sha256:${HEX2}"]                 # e.g. a known-poisoned snapshot
  licenses: [apache-2.0, cc-by-4.0]    # allowed licences, where recorded
frameworks:
  advisories: default                  # the shipped list of cited advisories; or: none
  deny:
    - package: torch
      versions: "<2.6.0"
      reason: "CVE-2025-32434 (torch.load weights_only bypass)"
  require:
    - package: torch
      versions: ">=2.0"
max-age: 30d                           # attestation age at verification time
build-type: ours                       # refuse provenance of another buildType
`,
      'policy.yml',
    );
    expect(p.identity).toEqual({
      repository: 'acme/vision',
      signerWorkflow: 'acme/vision/.github/workflows/train.yml',
      sourceRef: 'refs/heads/main',
      runner: 'github-hosted',
    });
    expect(p.datasets?.requireDigest).toBe(true);
    expect(p.datasets?.allow).toEqual([
      { kind: 'uri', glob: 'hf://datasets/acme/*', text: 'hf://datasets/acme/*' },
      { kind: 'digest', algorithm: 'sha256', hex: HEX, text: `sha256:${HEX}` },
    ]);
    expect(p.datasets?.deny?.[0]).toMatchObject({ kind: 'digest', hex: HEX2 });
    expect(p.datasets?.licenses).toEqual(['apache-2.0', 'cc-by-4.0']);
    expect(p.frameworks?.advisories).toBe('default');
    expect(p.frameworks?.deny?.[0]).toMatchObject({
      package: 'torch',
      versions: '<2.6.0',
      reason: 'CVE-2025-32434 (torch.load weights_only bypass)',
    });
    expect(p.frameworks?.require?.[0]).toMatchObject({ package: 'torch', versions: '>=2.0' });
    expect(p.maxAge).toEqual({ text: '30d', ms: 30 * 86_400_000 });
    expect(p.buildType).toEqual({ text: 'ours', uri: BUILD_TYPE });
  });

  test('unknown keys and wrong types: every error, with line and column', () => {
    const errors = errorsOf(
      [
        'version: 1', //                           1
        'dataset:', //                             2
        '  require-digest: true', //               3
        'datasets:', //                            4
        '  require-digest: yes', //                5
        '  licenses: apache-2.0', //               6
        'frameworks:', //                          7
        '  advisories: some', //                   8
        '  deny:', //                              9
        '    - package: torch', //                 10
        '      version: "<2.6"', //                11
        'max-age: 30 days', //                     12
        'build-type: not a uri', //                13
        'identity:', //                            14
        '  runner: self-hosted', //                15
        '  repository: acme', //                   16
      ].join('\n'),
    );
    expect(errors).toEqual([
      "policy.yml:2:1: unknown key 'dataset' under root; did you mean 'datasets'?",
      `policy.yml:5:19: 'datasets.require-digest' must be true or false, got string "yes"`,
      `policy.yml:6:13: 'datasets.licenses' must be a list, got string "apache-2.0"`,
      "policy.yml:8:15: 'frameworks.advisories' must be default or none, got 'some'",
      "policy.yml:11:7: unknown key 'version' under 'frameworks.deny[0]'; did you mean 'versions'?",
      "policy.yml:12:10: 'max-age' must be a positive duration such as 30d, 12h, 90m, 2w; got '30 days'",
      "policy.yml:13:13: 'build-type' must be 'ours' or an absolute URI, got 'not a uri'",
      "policy.yml:15:11: 'identity.runner' must be github-hosted or any, got 'self-hosted'",
      "policy.yml:16:15: 'identity.repository': 'acme' is not a repository of the form OWNER/REPO",
    ]);
  });

  test('the error says where and lists every problem in one ProvenanceError line', () => {
    try {
      parsePolicy('version: 2\nmax_age: 3d\n', 'p.yml');
      throw new Error('not refused');
    } catch (e) {
      const err = e as PolicyError;
      expect(err.errors).toEqual([
        "p.yml:1:10: 'version' must be 1, got number 2",
        "p.yml:2:1: unknown key 'max_age' under root; did you mean 'max-age'?",
      ]);
      expect(err.toLine()).toContain(
        "POLICY_INVALID: input 'policy': p.yml has 2 errors: p.yml:1:10",
      );
    }
  });

  test.each([
    ['', /the policy is empty/],
    ['# nothing but a comment\n', /the policy is empty/],
    ['- version: 1\n', /policy.yml:1:1: root must be a mapping \(key: value lines\), got a list/],
    ['version: 1\nversion: 1\n', /policy.yml:2:1: Map keys must be unique/],
    ['version: 1\ndatasets: [a\n', /^policy.yml:\d+:\d+: /],
    ['max-age: 1d\n', /policy.yml:1:1: missing 'version: 1'/],
    ['version: 1\ndatasets:\n  allow: &a ["x"]\n  deny: *a\n', /policy.yml:4:9: YAML aliases/],
    [
      `version: 1\ndatasets:\n  deny: ["sha256:${'a'.repeat(63)}"]\n`,
      /policy.yml:3:10: 'datasets.deny\[0\]': sha256 digest '.*' must have 64 hex digits, has 63/,
    ],
    [
      'version: 1\nframeworks:\n  require:\n    - package: torch\n      versions: "<<2"\n',
      /policy.yml:5:17: 'frameworks.require\[0\].versions': '<2' in '<<2' is not a version/,
    ],
    [
      'version: 1\nframeworks:\n  deny:\n    - versions: "<2"\n',
      /policy.yml:4:7: 'frameworks.deny\[0\]' needs 'package'/,
    ],
    ['version: 1\nmax-age: 0d\n', /must be a positive duration/],
    [
      'version: 1\nfrobnicate: true\n',
      /unknown key 'frobnicate' under root; known keys: version, identity/,
    ],
  ])('refused: %j', (text, pattern) => {
    const errors = errorsOf(text);
    expect(errors.join('\n')).toMatch(pattern);
  });

  test('an entry of a known algorithm must be a digest: a typo is an error, never a URI glob', () => {
    // Expected digests and faults written out here, not derived from the parser's tables.
    const text = [
      'version: 1', //                                                    1
      'datasets:', //                                                     2
      '  deny:', //                                                       3
      `    - "sha256:${HEX.slice(0, 20)}g${HEX.slice(21)}"`, //           4 non-hex 'g' at 21
      `    - "sha512:${'0'.repeat(127)}"`, //                              5 one short
      `    - "md5:${'F'.repeat(32)}"`, //                                  6 upper case
      `    - "gitCommit:${'1'.repeat(39)}z"`, //                           7 non-hex and 40 long
      `    - "sha256: ${HEX}"`, //                                         8 a space
      '  allow:', //                                                      9
      `    - "SHA1:${'a'.repeat(40)}"`, //                                 10 fine, algorithm in caps
      `    - "sha384:${'9'.repeat(96)}"`, //                               11 fine
      '    - "s3://bucket/sha256:x/*"', //                                 12 a URI, not a digest
      '    - "blake3:xyz"', //                                             13 unknown algorithm: a URI glob
    ].join('\n');
    const errors = errorsOf(text);
    expect(errors).toEqual([
      `policy.yml:4:7: 'datasets.deny[0]': sha256 digest 'sha256:${HEX.slice(0, 20)}g${HEX.slice(21)}' must have 64 hex digits (0-9, a-f): "g" at character 21 is not one`,
      `policy.yml:5:7: 'datasets.deny[1]': sha512 digest 'sha512:${'0'.repeat(127)}' must have 128 hex digits, has 127`,
      `policy.yml:6:7: 'datasets.deny[2]': md5 digest 'md5:${'F'.repeat(32)}' must be written in lower case, as digests are recorded: 'md5:${'f'.repeat(32)}'`,
      `policy.yml:7:7: 'datasets.deny[3]': gitCommit digest 'gitCommit:${'1'.repeat(39)}z' must have 40 hex digits (0-9, a-f): "z" at character 40 is not one`,
      `policy.yml:8:7: 'datasets.deny[4]': sha256 digest 'sha256: ${HEX}' must have 64 hex digits (0-9, a-f): " " at character 1 is not one`,
    ]);
    const ok = parsePolicy(
      `version: 1\ndatasets:\n  allow:\n${text.split('\n').slice(9).join('\n')}\n`,
    );
    expect(ok.datasets?.allow).toEqual([
      { kind: 'digest', algorithm: 'sha1', hex: 'a'.repeat(40), text: `SHA1:${'a'.repeat(40)}` },
      {
        kind: 'digest',
        algorithm: 'sha384',
        hex: '9'.repeat(96),
        text: `sha384:${'9'.repeat(96)}`,
      },
      { kind: 'uri', glob: 's3://bucket/sha256:x/*', text: 's3://bucket/sha256:x/*' },
      { kind: 'uri', glob: 'blake3:xyz', text: 'blake3:xyz' },
    ]);
  });

  test('a policy path that is a directory or not a regular file: FILE_UNREADABLE naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tp-policy-path-'));
    try {
      const fifo = join(dir, 'policy.yml');
      execFileSync('mkfifo', [fifo]);
      const cases: Array<[string, RegExp]> = [
        [dir, /it is a directory Fix: give the path of the policy YAML file, not its directory$/],
        [fifo, /it is not a regular file Fix: give the path of a policy YAML file$/],
      ];
      for (const [path, why] of cases) {
        const e = (await loadPolicy(path).catch((x: unknown) => x)) as ProvenanceError;
        expect(e).toBeInstanceOf(ProvenanceError);
        expect(e.code).toBe('FILE_UNREADABLE');
        expect(e.input).toBe('policy');
        expect(e.value).toBe(path);
        expect(e.toLine()).toMatch(
          new RegExp(`^FILE_UNREADABLE: input 'policy': cannot read policy ${path}: ${why.source}`),
        );
      }
      // The same file, once regular, is read.
      await rm(fifo);
      await writeFile(fifo, 'version: 1\nmax-age: 2d\n');
      expect((await loadPolicy(fifo)).maxAge?.ms).toBe(2 * 86_400_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a huge file is refused before parsing', () => {
    const text = `version: 1\n${'# padding\n'.repeat(MAX_POLICY_BYTES / 10 + 1)}`;
    expect(errorsOf(text)[0]).toMatch(/bytes is more than the 262144 a policy may have/);
  });

  test('a version range written as a YAML number keeps its text (2.10 is not 2.1)', () => {
    const p = parsePolicy(
      'version: 1\nframeworks:\n  require:\n    - package: torch\n      versions: 2.10\n',
    );
    expect(p.frameworks?.require?.[0]?.versions).toBe('2.10');
  });

  test('verify inputs override the identity block; deny-self-hosted-runners only tightens', () => {
    const p = parsePolicy(
      'version: 1\nidentity:\n  repository: acme/vision\n  source-ref: refs/tags/v*\n  runner: github-hosted\n',
    );
    expect(mergeIdentity({ repository: 'acme/other' }, p)).toEqual({
      repository: 'acme/other',
      signerWorkflow: undefined,
      sourceRef: 'refs/tags/v*',
      denySelfHostedRunners: true,
    });
    expect(
      mergeIdentity({}, parsePolicy('version: 1\nidentity:\n  runner: any\n'))
        .denySelfHostedRunners,
    ).toBe(false);
    expect(
      mergeIdentity(
        { denySelfHostedRunners: true },
        parsePolicy('version: 1\nidentity:\n  runner: any\n'),
      ).denySelfHostedRunners,
    ).toBe(true);
  });
});

describe('PEP 440 versions and ranges', () => {
  test('ordering follows PEP 440', () => {
    const ordered = [
      '1.0.dev0',
      '1.0a1',
      '1.0a2.dev1',
      '1.0a2',
      '1.0b1',
      '1.0rc1',
      '1.0',
      '1.0.post1.dev0',
      '1.0.post1',
      '1.1',
      '2.0',
      '1!0.1',
    ];
    for (let i = 0; i + 1 < ordered.length; i++) {
      const a = parseVersion(ordered[i]!)!;
      const b = parseVersion(ordered[i + 1]!)!;
      expect([ordered[i], compareVersions(a, b)]).toEqual([ordered[i], -1]);
      expect(compareVersions(b, a)).toBe(1);
    }
  });

  test('local versions compare as their base; trailing zeros do not matter', () => {
    expect(compareVersions(parseVersion('2.3.1+cu121')!, parseVersion('2.3.1')!)).toBe(0);
    expect(compareVersions(parseVersion('2.3')!, parseVersion('2.3.0')!)).toBe(0);
    expect(parseVersion('2.3.1+cu121')!.local).toBe('cu121');
    expect(parseVersion('not-a-version')).toBeUndefined();
  });

  const r = (t: string) => parseRange(t) as VersionRange;
  test.each([
    ['2.3.1+cu121', '<2.6.0', true],
    ['2.6.0+cu124', '<2.6.0', false],
    ['2.6.0rc1', '<2.6.0', true],
    ['2.5.1', '>=2.0,<2.6', true],
    ['2.6.0', '>=2.0, <2.6', false],
    ['2.3.7', '==2.3.*', true],
    ['2.4.0', '==2.3.*', false],
    ['2.5.0', '!=2.5.0', false],
    ['2.9', '~=2.2', true],
    ['3.0', '~=2.2', false],
    ['2.4.2', '>=2.3.0,<2.3.4 || >=2.4.0,<2.4.3', true],
    ['2.4.3', '>=2.3.0,<2.3.4 || >=2.4.0,<2.4.3', false],
    ['1.0', '>= 1.0 < 2', true],
    ['5', '*', true],
  ])('%s in %s → %s', (v, range, want) => {
    expect(satisfies(v, r(range))).toBe(want);
  });

  test('bad ranges are described, unreadable versions are undefined', () => {
    expect(parseRange('>=2.x')).toMatch(/'2.x' in '>=2.x' is not a version/);
    expect(parseRange('<2.*')).toMatch(/a '.\*' suffix works only with == and !=/);
    expect(parseRange('~=2')).toMatch(/~= needs at least two release numbers/);
    expect(satisfies('garbage', r('<2'))).toBeUndefined();
  });

  test('every shipped advisory has a parseable range, a CVE id and a citation URL', () => {
    expect(DEFAULT_ADVISORIES.length).toBeGreaterThanOrEqual(15);
    for (const a of DEFAULT_ADVISORIES) {
      expect(typeof parseRange(a.versions)).toBe('object');
      expect(a.id).toMatch(/^CVE-\d{4}-\d{4,}$/);
      expect(a.url).toMatch(/^https:\/\/(github\.com|osv\.dev)\//);
      expect(a.url).toContain(a.aliases.find((x) => a.url.includes(x)) ?? '#');
      // The fixed version is outside the affected range.
      const firstFixed = a.fixed.split(',')[0]!.trim();
      expect([
        a.id,
        a.package,
        satisfies(firstFixed, parseRange(a.versions) as VersionRange),
      ]).toEqual([a.id, a.package, false]);
    }
  });
});

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
        'CVE-2025-32434',
        'CVE-2026-24747',
      ].sort(),
    );
    const torch = failed(res).find((x) => x.reason.includes('CVE-2025-32434'))!;
    expect(torch).toMatchObject({ rule: 'frameworks.advisories', subject: 'torch' });
    expect(torch.reason).toContain(
      'torch 2.3.1+cu121 is affected by CVE-2025-32434 (GHSA-53q9-r3pm-6pq6)',
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
        ok: false,
        subject: 'torch',
        reason: 'torch 2.3.1+cu121 is denied (<2.6.0): CVE-2025-32434',
      },
      { rule: 'frameworks.deny[1]', ok: true, subject: 'pickle5', reason: 'pickle5 not present' },
      {
        rule: 'frameworks.require[0]',
        ok: false,
        subject: 'safetensors',
        reason: 'safetensors is required but not recorded',
      },
      {
        rule: 'frameworks.require[1]',
        ok: true,
        subject: 'torch',
        reason: 'torch 2.3.1+cu121 satisfies >=2.0',
      },
      {
        rule: 'frameworks.require[2]',
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

  test('no Python environment recorded: deny passes with a note, require fails', () => {
    const p = policy(
      'frameworks:\n  deny:\n    - package: torch\n  require:\n    - package: torch\n',
    );
    const res = evaluatePolicy(view({ python: false }), undefined, p, NOW);
    expect(res.find((x) => x.rule === 'frameworks.advisories')?.reason).toMatch(
      /no Python environment recorded/,
    );
    expect(res.find((x) => x.rule === 'frameworks.deny[0]')).toMatchObject({ ok: true });
    expect(res.find((x) => x.rule === 'frameworks.require[0]')).toMatchObject({ ok: false });
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
      ['datasets.deny', 'bad'],
      ['datasets.licenses', 'val'],
      // No licence recorded is no licence shown: they fail closed.
      ['datasets.licenses', 'raw'],
      ['datasets.licenses', 'bad'],
    ]);
    expect(
      failed(res).find((x) => x.rule === 'datasets.licenses' && x.subject === 'raw')!.reason,
    ).toMatch(/records no licence.*datasets\.allow-unrecorded: true/);
    expect(failed(res)[3]!.reason).toBe(
      `dataset bad (https://example.com/snap.tar) is denied by 'sha256:${HEX2}'`,
    );
    // Licences compare case-insensitively: CC-BY-4.0 is allowed.
    expect(failed(res).some((x) => x.subject === 'train')).toBe(false);
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

  test('frameworks.advisories fails when no Python environment was recorded, unless allow-unrecorded says so', () => {
    const bare = view({ python: false });
    const closed = evaluatePolicy(bare, undefined, policy('build-type: ours\n'), NOW);
    expect(failed(closed)).toEqual([
      expect.objectContaining({
        rule: 'frameworks.advisories',
        reason: expect.stringMatching(/cannot be checked \(no Python environment recorded\)/),
      }),
    ]);
    const open = evaluatePolicy(
      bare,
      undefined,
      policy('frameworks:\n  allow-unrecorded: true\n'),
      NOW,
    );
    expect(failed(open)).toEqual([]);
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
    expect(res.every((x) => x.ok)).toBe(true);
    expect(res.find((x) => x.rule === 'datasets.licenses')?.reason).toBe(
      'every recorded licence is allowed (1 dataset records no licence)',
    );
    const empty = evaluatePolicy(view(), undefined, p, NOW);
    expect(empty.find((x) => x.rule === 'datasets.allow')?.reason).toBe(
      'every dataset is allowed (no datasets recorded)',
    );
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
      { rule: 'build-type', ok: true, reason: `buildType is ${BUILD_TYPE}` },
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
        ok: false,
        reason:
          'the statement is not signed: there is no signer to check the identity block against',
      },
    ]);
  });

  test('every failing rule is reported, not only the first', () => {
    const p = policy(
      `datasets:\n  require-digest: true\n  deny: ["sha256:${HEX2}"]\nframeworks:\n  require:\n    - package: safetensors\nmax-age: 1d\nbuild-type: ours\n`,
    );
    const res = evaluatePolicy(
      view({
        packages: [['torch', '2.5.1']],
        datasets: DATASETS,
        buildType: 'https://example.com/other',
      }),
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
});
