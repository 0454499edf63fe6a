// The policy file: parsing with line-numbered errors, loading from disk.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenanceError } from '../../src/errors.js';
import { loadPolicy, parsePolicy, PolicyError, MAX_POLICY_BYTES } from '../../src/policy/policy.js';
import { BUILD_TYPE } from '../../src/statement/layout.js';

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
    expect(p.frameworks?.advisories).toEqual(['default']);
    expect(p.frameworks?.deny?.[0]).toMatchObject({
      package: 'torch',
      versions: '<2.6.0',
      reason: 'CVE-2025-32434 (torch.load weights_only bypass)',
    });
    expect(p.frameworks?.require?.[0]).toMatchObject({ package: 'torch', versions: '>=2.0' });
    expect(p.maxAge).toEqual({ text: '30d', ms: 30 * 86_400_000 });
    expect(p.buildType).toEqual({ text: 'ours', uri: BUILD_TYPE });
  });

  test("the README's policy block, placeholders filled in, parses as it says", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```yaml\n(version: 1\nidentity:[\s\S]*?)```/.exec(readme)![1]!;
    const p = parsePolicy(block.replace(/sha256:<[^>]+>/g, `sha256:${HEX}`), 'README.md');
    expect(p.frameworks?.advisories).toEqual(['default', { path: './osv/' }]);
    expect(p.frameworks?.minSeverity).toBe('medium');
    expect(p.frameworks?.deny?.[0]?.range.sets).toEqual(['<2.6.0', '==2.7.0']);
    expect(p.datasets?.licenses).toEqual(['Apache-2.0', 'CC-BY-4.0', 'openrail']);
    expect(p.notices).toBeUndefined();
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
        '  advisories: [default, none]', //        8
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
      "policy.yml:8:25: 'frameworks.advisories': 'none' cannot be listed with other sources",
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
      /policy.yml:5:17: 'frameworks.require\[0\].versions': '<<2' is not a PEP 440 specifier set/,
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

  test('deny-content takes sha256 content digests only, each error where it stands', () => {
    expect(errorsOf('version: 1\ndatasets:\n  deny-content: [md5:00]\n')).toEqual([
      "policy.yml:3:18: 'datasets.deny-content[0]' must be sha256:<64 hex> (a content digest), got 'md5:00'",
    ]);
    const p = parsePolicy(`version: 1\ndatasets:\n  deny-content: ["sha256:${'AB'.repeat(32)}"]\n`);
    expect(p.datasets?.denyContent).toEqual(['ab'.repeat(32)]);
  });
  test('a bare hex digest, as sha256sum prints it, is refused in every digest list', () => {
    const h64 = 'AB'.repeat(32);
    const h128 = 'cd'.repeat(64);
    expect(
      errorsOf(
        `version: 1\ndatasets:\n  allow: ['${h128}']\n  deny: ['${h64}', 'hf://datasets/acme/*']\n  deny-content: ['${h64}']\n`,
      ),
    ).toEqual([
      `policy.yml:3:11: 'datasets.allow[0]': '${h128}' is a digest without its algorithm; write 'sha512:${h128}'`,
      `policy.yml:4:10: 'datasets.deny[0]': '${h64}' is a digest without its algorithm; write 'sha256:${h64.toLowerCase()}'`,
      `policy.yml:5:18: 'datasets.deny-content[0]': '${h64}' is a digest without its algorithm; write 'sha256:${h64.toLowerCase()}'`,
    ]);
    // Hex of no digest's length is still a URI pattern, as before.
    const p = parsePolicy(`version: 1\ndatasets:\n  deny: ['${'ab'.repeat(10)}']\n`);
    expect(p.datasets?.deny?.[0]?.kind).toBe('uri');
  });
});
