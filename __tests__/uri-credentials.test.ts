import { ProvenanceError, describeError } from '../src/errors.js';
import {
  redactCredentials,
  remoteWithoutCredentials,
  stripCredentials,
  stripCredentialsInJson,
  stripCredentialsInText,
} from '../src/uri-credentials.js';

describe('stripCredentials: what a recorded URI keeps', () => {
  test.each([
    [
      'https://oauth2:glpat-T@gitlab.example.com/a/data.tar.gz',
      'https://gitlab.example.com/a/data.tar.gz',
      ['user info'],
    ],
    ['https://ghp_T@github.com/acme/v', 'https://github.com/acme/v', ['user info']],
    // WHATWG takes the host after the last `@` of the authority.
    ['https://user:p@ss@host.example/x', 'https://host.example/x', ['user info']],
    ['https://:tok@host.example/x', 'https://host.example/x', ['user info']],
    ['s3://AKIA:SECRET@bucket/key', 's3://bucket/key', ['user info']],
    ['hf://u:tok@datasets/acme/x', 'hf://datasets/acme/x', ['user info']],
    [
      'https://b.s3.amazonaws.com/k?versionId=v1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F1&X-Amz-Date=1&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Security-Token=T&X-Amz-Signature=S',
      'https://b.s3.amazonaws.com/k?versionId=v1',
      [
        'X-Amz-Algorithm',
        'X-Amz-Credential',
        'X-Amz-Date',
        'X-Amz-Expires',
        'X-Amz-SignedHeaders',
        'X-Amz-Security-Token',
        'X-Amz-Signature',
      ],
    ],
    [
      'https://b.s3.amazonaws.com/k?AWSAccessKeyId=AKIA&Expires=1&Signature=S',
      'https://b.s3.amazonaws.com/k',
      ['AWSAccessKeyId', 'Expires', 'Signature'],
    ],
    [
      'https://storage.googleapis.com/b/o?X-Goog-Algorithm=A&X-Goog-Credential=C&X-Goog-Date=D&X-Goog-Expires=9&X-Goog-SignedHeaders=host&X-Goog-Signature=S&generation=7',
      'https://storage.googleapis.com/b/o?generation=7',
      [
        'X-Goog-Algorithm',
        'X-Goog-Credential',
        'X-Goog-Date',
        'X-Goog-Expires',
        'X-Goog-SignedHeaders',
        'X-Goog-Signature',
      ],
    ],
    [
      'https://a.blob.core.windows.net/c/b?snapshot=2026&sv=2022-11-02&se=2026&sr=b&sp=r&skoid=o&sig=AB%3D',
      'https://a.blob.core.windows.net/c/b?snapshot=2026',
      ['sv', 'se', 'sr', 'sp', 'skoid', 'sig'],
    ],
    ['https://h.example/x?access_token=T', 'https://h.example/x', ['access_token']],
    [
      'https://raw.githubusercontent.com/a/b/main/x.csv?token=T',
      'https://raw.githubusercontent.com/a/b/main/x.csv',
      ['token'],
    ],
    [
      'https://www.googleapis.com/drive/v3/files/ID?alt=media&key=AIza',
      'https://www.googleapis.com/drive/v3/files/ID?alt=media',
      ['key'],
    ],
    [
      'https://h.example/cb#access_token=T&state=s',
      'https://h.example/cb#state=s',
      ['access_token'],
    ],
  ])('%s', (given, recorded, dropped) => {
    expect(stripCredentials(given)).toEqual({ uri: recorded, dropped });
  });

  test('everything else is kept byte for byte: case, encoding, order, empty parts', () => {
    for (const uri of [
      'https://Data.Example.com/A%7cb/c%20d?b=2&a=1&b=3#frag',
      'https://h.example',
      'https://h.example/x?',
      'hf://datasets/acme/x@3f8c2a7e9d1b4c6a8e0f2b4d6c8a0e2f4b6d8c0a/train/*.parquet',
      'oci://ghcr.io/acme/data@sha256:' + 'ab'.repeat(32),
      // Without `sig`, Azure's short names are nobody's credential.
      'https://h.example/x?sp=1&se=2',
      'urn:isbn:0451450523',
    ])
      expect(stripCredentials(uri)).toEqual({ uri, dropped: [] });
  });

  test('abfs://CONTAINER@ACCOUNT keeps its container, not a key after it', () => {
    const uri = 'abfss://train@acme.dfs.core.windows.net/2026/';
    expect(stripCredentials(uri)).toEqual({ uri, dropped: [] });
    expect(stripCredentials('abfs://train:KEY@acme.dfs.core.windows.net/x')).toEqual({
      uri: 'abfs://train@acme.dfs.core.windows.net/x',
      dropped: ['user info'],
    });
  });

  test('a special scheme needs no //: https:u:p@host is read as WHATWG reads it', () => {
    expect(stripCredentials('https:u:SECRET@host.example/x')).toEqual({
      uri: 'https:host.example/x',
      dropped: ['user info'],
    });
    expect(redactCredentials("'https:u:SECRET@host.example/x'")).toBe("'https:***@host.example/x'");
    expect(remoteWithoutCredentials('https:/u:SECRET@host.example/x')?.uri).toBe(
      'https:/host.example/x',
    );
  });

  test('a URI the parser refuses is not stripped by guesswork: undefined', () => {
    expect(stripCredentials('https://user:pa/ss@host.example/x')).toBeUndefined();
    expect(stripCredentials('https://host.example:99999/x')).toBeUndefined();
  });
});

describe('redactCredentials: what errors and logs show', () => {
  test.each([
    [
      "datasets line 1 's3://KEY:SECRET@Bad_Bucket/x': bad",
      "datasets line 1 's3://***@Bad_Bucket/x': bad",
    ],
    [
      'https://user:p@ss@host/x and https://h/y?sig=S&sp=r',
      'https://***@host/x and https://h/y?sig=***&sp=***',
    ],
    // It does not parse; what looks like a password is still hidden.
    ['https://user:pa/ss@host.example/x', 'https://***@host.example/x'],
    ['abfs://c:KEY@acct/x', 'abfs://c:***@acct/x'],
    ['no uri here: user:pass@host', 'no uri here: user:pass@host'],
    ['oci://reg.example:5000/repo@sha256:ab', 'oci://reg.example:5000/repo@sha256:ab'],
    ['hf://datasets/acme/x@main', 'hf://datasets/acme/x@main'],
    // A scheme longer than any real one still has its user info hidden.
    [`${'x'.repeat(100)}://u:SECRET@h/a`, `${'x'.repeat(100)}://***@h/a`],
  ])('%s', (text, shown) => {
    expect(redactCredentials(text)).toBe(shown);
  });

  // Quadratic matching took about 2 s for 40,000 letters and minutes for 200,000 (a policy's
  // unknown key is quoted in its error): the bound is a hang guard, not a speed figure.
  test('a 200,000-letter word beside a URI is redacted, not rescanned from every letter', () => {
    const word = 'k'.repeat(200_000);
    const text = `${word} http:${word} https://u:SECRET@h/x`;
    expect(redactCredentials(text)).toBe(`${word} http:${word} https://***@h/x`);
  }, 10_000);

  test('every ProvenanceError and every other error line is redacted', () => {
    const e = new ProvenanceError('INPUT_INVALID', "'https://u:SECRET@h/x' is bad", {
      input: 'datasets',
      value: 'https://u:SECRET@h/x',
      fix: 'not https://u:SECRET@h/x',
    });
    expect(e.toLine()).not.toContain('SECRET');
    expect(e.value).toBe('https://***@h/x');
    expect(describeError(new Error('fetch https://h/x?X-Amz-Signature=SECRET failed'))).toMatch(
      /^INTERNAL: fetch https:\/\/h\/x\?X-Amz-Signature=\*\*\* failed Fix: /,
    );
  });
});

describe('free text, JSON values and git remotes', () => {
  test('URIs inside text and JSON strings are stripped; keys and other text are not', () => {
    expect(stripCredentialsInText('--data https://u:S@h.example/x --lr 0.1')).toEqual({
      uri: '--data https://h.example/x --lr 0.1',
      dropped: ['user info'],
    });
    const heard: string[] = [];
    const got = stripCredentialsInJson(
      { lr: 0.1, 'https://k:S@h': 'same', data: ['https://h.example/x?token=S', 'plain'] },
      (path, s) => heard.push(`${path}: ${s.dropped.join(',')}`),
    );
    expect(got).toEqual({
      lr: 0.1,
      'https://k:S@h': 'same',
      data: ['https://h.example/x', 'plain'],
    });
    expect(heard).toEqual(['data[0]: token']);
  });

  test('git remotes: URLs lose their user info, scp-like keeps its SSH user, paths stay', () => {
    expect(remoteWithoutCredentials('https://user:p@ss@git.example.com/a/v.git')).toEqual({
      uri: 'https://git.example.com/a/v.git',
      dropped: ['user info'],
    });
    expect(remoteWithoutCredentials('ssh://git@github.com/acme/v.git')?.uri).toBe(
      'ssh://github.com/acme/v.git',
    );
    expect(remoteWithoutCredentials('git@github.com:acme/v.git')).toEqual({
      uri: 'git@github.com:acme/v.git',
      dropped: [],
    });
    expect(remoteWithoutCredentials('user:pw@host.example:acme/v.git')).toEqual({
      uri: 'host.example:acme/v.git',
      dropped: ['user info'],
    });
    expect(remoteWithoutCredentials('/srv/git/v.git')).toEqual({
      uri: '/srv/git/v.git',
      dropped: [],
    });
    expect(remoteWithoutCredentials('https://user:pa/ss@host.example/v.git')).toBeUndefined();
  });
});
