// Identity checks on decoded certificate fields: anchoring, exactness, and the DER decoding
// of Fulcio's extensions. The interop and local-stack tests run the same checks on real
// certificates; these cover the edges a real certificate cannot be made to show.
import { decodeDerUtf8String, type SignerIdentity } from '../../src/identity/certificate.js';
import {
  checkIdentity,
  gitlabIssuer,
  parseRepository,
  parseSignerWorkflow,
  validateIdentityPolicy,
  type IdentityPolicy,
} from '../../src/identity/signer-policy.js';

const SIGNER: SignerIdentity = {
  san: 'https://github.com/acme/vision/.github/workflows/train.yml@refs/heads/main',
  issuer: 'https://token.actions.githubusercontent.com',
  sourceRepositoryUri: 'https://github.com/acme/vision',
  ownerUri: 'https://github.com/acme',
  sourceRepositoryRef: 'refs/heads/main',
  runnerEnvironment: 'github-hosted',
  certificateIssuer: 'O=sigstore.dev, CN=sigstore-intermediate',
  notBefore: '',
  notAfter: '',
  malformedExtensions: [],
};

const failing = (p: IdentityPolicy, s: SignerIdentity = SIGNER) =>
  checkIdentity(s, p)
    .filter((c) => !c.ok)
    .map((c) => c.check);

describe('DER UTF8String decoding', () => {
  const der = (s: string) => {
    const body = Buffer.from(s, 'utf8');
    const len = body.length < 128 ? Buffer.from([body.length]) : Buffer.from([0x81, body.length]);
    return Buffer.concat([Buffer.from([0x0c]), len, body]);
  };
  test('short and long lengths', () => {
    expect(decodeDerUtf8String(der('github-hosted'))).toBe('github-hosted');
    const long = `https://github.com/${'a'.repeat(150)}`;
    expect(decodeDerUtf8String(der(long))).toBe(long);
    expect(decodeDerUtf8String(der('héllo'))).toBe('héllo');
  });
  test('refuses wrong tags, trailing bytes, short buffers and bad UTF-8', () => {
    expect(decodeDerUtf8String(Buffer.concat([der('x'), Buffer.from([0])]))).toBeUndefined();
    expect(decodeDerUtf8String(Buffer.from([0x13, 1, 0x41]))).toBeUndefined();
    expect(decodeDerUtf8String(Buffer.from([0x0c, 5, 0x41]))).toBeUndefined();
    expect(decodeDerUtf8String(Buffer.from([0x0c, 2, 0xc3, 0x28]))).toBeUndefined();
    expect(decodeDerUtf8String(Buffer.from('github-hosted'))).toBeUndefined();
  });
});

describe('checkIdentity', () => {
  test('the matching identity passes every check', () => {
    const checks = checkIdentity(SIGNER, {
      repository: 'acme/vision',
      signerWorkflow: 'acme/vision/.github/workflows/train.yml@refs/heads/main',
      sourceRef: 'refs/heads/main',
      denySelfHostedRunners: true,
    });
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks.map((c) => c.check)).toEqual([
      'issuer',
      'repository',
      'owner',
      'signer-workflow',
      'source-ref',
      'runner',
    ]);
  });

  test.each([
    [
      'a workflow file that only starts with the expected name',
      'https://github.com/acme/vision/.github/workflows/train.yml.evil@refs/heads/main',
    ],
    [
      'a workflow with a longer name',
      'https://github.com/acme/vision/.github/workflows/train.ymlx@refs/heads/main',
    ],
    [
      'a repository that only starts with the expected name',
      'https://github.com/acme/vision-fork/.github/workflows/train.yml@refs/heads/main',
    ],
    ['no ref at all', 'https://github.com/acme/vision/.github/workflows/train.yml@'],
    [
      'another host',
      'https://github.com.evil.com/acme/vision/.github/workflows/train.yml@refs/heads/main',
    ],
  ])('signer-workflow without a ref refuses %s', (_what, san) => {
    expect(
      failing({ signerWorkflow: 'acme/vision/.github/workflows/train.yml' }, { ...SIGNER, san }),
    ).toEqual(['signer-workflow']);
  });

  test('owner and repository are exact up to case', () => {
    expect(failing({ repository: 'ACME/Vision' })).toEqual([]);
    expect(failing({ repository: 'acme/visio' })).toEqual(['repository', 'signer-repository']);
    expect(
      failing(
        { repository: 'acme/vision' },
        { ...SIGNER, ownerUri: 'https://github.com/acme-corp' },
      ),
    ).toEqual(['owner']);
    expect(failing({ repository: 'acme/vision' }, { ...SIGNER, ownerUri: undefined })).toEqual([
      'owner',
    ]);
  });

  test('regexes are anchored at both ends, and alternations stay inside the anchors', () => {
    expect(failing({ certIdentityRegex: 'https://github.com/acme/' })).toEqual([
      'cert-identity-regex',
    ]);
    expect(failing({ certIdentityRegex: 'main' })).toEqual(['cert-identity-regex']);
    expect(failing({ certIdentityRegex: 'x|https://github.com/acme/' })).toEqual([
      'cert-identity-regex',
    ]);
    expect(failing({ certIdentityRegex: 'https://github\\.com/acme/vision/.+' })).toEqual([]);
  });

  test('source-ref: exact unless it is a glob; a glob does not cross slashes', () => {
    expect(failing({ repository: 'acme/vision', sourceRef: 'refs/heads/mai' })).toEqual([
      'source-ref',
    ]);
    expect(failing({ repository: 'acme/vision', sourceRef: 'refs/heads/*' })).toEqual([]);
    const tag = { ...SIGNER, sourceRepositoryRef: 'refs/tags/v1.2.0' };
    expect(failing({ repository: 'acme/vision', sourceRef: 'refs/tags/v*' }, tag)).toEqual([]);
    expect(failing({ repository: 'acme/vision', sourceRef: 'refs/*' }, tag)).toEqual([
      'source-ref',
    ]);
  });

  test('absent certificate fields fail, never match', () => {
    const bare: SignerIdentity = {
      ...SIGNER,
      issuer: undefined,
      sourceRepositoryRef: undefined,
      runnerEnvironment: undefined,
      sourceRepositoryUri: undefined,
    };
    expect(
      failing({ repository: 'acme/vision', sourceRef: '*', denySelfHostedRunners: true }, bare),
    ).toEqual(['issuer', 'repository', 'source-ref', 'runner']);
  });

  test('GitHub Enterprise Server URLs', () => {
    const ghes: SignerIdentity = {
      ...SIGNER,
      san: 'https://ghe.example.com/acme/vision/.github/workflows/train.yml@refs/heads/main',
      sourceRepositoryUri: 'https://ghe.example.com/acme/vision',
      ownerUri: 'https://ghe.example.com/acme',
    };
    expect(
      failing({ repository: 'acme/vision', serverUrl: 'https://ghe.example.com' }, ghes),
    ).toEqual([]);
    expect(failing({ repository: 'acme/vision' }, ghes)).toEqual([
      'repository',
      'owner',
      'signer-repository',
    ]);
  });

  test('bad inputs are refused before any bundle is read', () => {
    expect(() => validateIdentityPolicy({ repository: 'acme' })).toThrow(/OWNER\/REPO/);
    expect(() => validateIdentityPolicy({ signerWorkflow: 'acme/vision/train.yml' })).toThrow(
      /\.github\/workflows/,
    );
    expect(() => validateIdentityPolicy({ certIdentityRegex: '[' })).toThrow(
      /not a valid regular expression/,
    );
    expect(
      parseSignerWorkflow('https://github.com/acme/vision/.github/workflows/t.yaml@refs/tags/v1@x'),
    ).toEqual({
      owner: 'acme',
      repo: 'vision',
      path: '.github/workflows/t.yaml',
      ref: 'refs/tags/v1@x',
    });
  });
});

describe('GitLab signers', () => {
  it('a GitLab issuer is its instance URL; GitHub and GHES issuers are not GitLab', () => {
    expect(gitlabIssuer('https://gitlab.com')).toBe('https://gitlab.com');
    expect(gitlabIssuer('https://gitlab.example.com/')).toBe('https://gitlab.example.com');
    expect(gitlabIssuer('https://token.actions.githubusercontent.com')).toBeUndefined();
    expect(gitlabIssuer('https://ghe.example.com/_services/token')).toBeUndefined();
    expect(gitlabIssuer(undefined)).toBeUndefined();
  });

  it('projects may nest in groups, and the CI config is PROJECT//PATH', () => {
    expect(parseRepository('acme/ml/vision', 'https://gitlab.com', true)).toEqual({
      owner: 'acme/ml',
      repo: 'vision',
    });
    expect(() => parseRepository('acme/ml/vision')).toThrow(/OWNER\/REPO/);
    expect(
      parseSignerWorkflow(
        'acme/vision//.gitlab-ci.yml@refs/heads/main',
        'https://gitlab.com',
        true,
      ),
    ).toEqual({
      owner: 'acme',
      repo: 'vision',
      path: '/.gitlab-ci.yml',
      ref: 'refs/heads/main',
    });
    expect(() =>
      parseSignerWorkflow('acme/vision/.gitlab-ci.yml', 'https://gitlab.com', true),
    ).toThrow(/GROUP\/PROJECT\/\/PATH\.yml/);
  });
});
