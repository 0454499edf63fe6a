import { generateKeyPair, SignJWT } from 'jose';
import {
  decodeJwtClaims,
  identityFromClaims,
  identityFromEnvironment,
  splitWorkflowRef,
  workflowPath,
} from '../../src/collect/identity.js';
import { ProvenanceError } from '../../src/errors.js';
import { remoteWithoutCredentials as stripped } from '../../src/uri-credentials.js';

const remoteWithoutCredentials = (url: string) => stripped(url)?.uri;

const claims: Record<string, unknown> = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/vision:ref:refs/heads/main',
  aud: 'sigstore',
  repository: 'acme/vision',
  repository_id: '681234567',
  repository_owner: 'acme',
  repository_owner_id: '91234567',
  repository_visibility: 'private',
  ref: 'refs/heads/main',
  sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  workflow_ref: 'acme/vision/.github/workflows/train.yml@refs/heads/main',
  job_workflow_ref: 'acme/vision/.github/workflows/train.yml@refs/heads/main',
  event_name: 'workflow_dispatch',
  run_id: '987654321',
  run_attempt: '2',
  runner_environment: 'self-hosted',
};

const env: Record<string, string> = {
  GITHUB_SERVER_URL: 'https://ghe.example.com',
  GITHUB_REPOSITORY: 'acme/vision',
  GITHUB_REPOSITORY_ID: '17',
  GITHUB_REPOSITORY_OWNER: 'acme',
  GITHUB_REPOSITORY_OWNER_ID: '23',
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
  GITHUB_WORKFLOW_REF: 'acme/vision/.github/workflows/release.yml@refs/tags/v1.0.0',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  RUNNER_ENVIRONMENT: 'github-hosted',
};

function caught(fn: () => unknown): ProvenanceError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ProvenanceError);
    return e as ProvenanceError;
  }
  throw new Error('expected a ProvenanceError');
}

describe('decodeJwtClaims', () => {
  test('reads the claims of a real signed JWT', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'test' })
      .setIssuedAt()
      .sign(privateKey);
    const decoded = decodeJwtClaims(token);
    expect(decoded.repository).toBe('acme/vision');
    expect(decoded.job_workflow_ref).toBe(claims.job_workflow_ref);
    expect(typeof decoded.iat).toBe('number');
  });

  test('refuses malformed tokens without quoting them', () => {
    const secretish =
      'eyJhbGciOiJFUzI1NiJ9.bm90IGpzb24gYXQgYWxs.c2lnbmF0dXJlLXRoYXQtbXVzdC1ub3QtbGVhaw';
    for (const token of [
      secretish,
      'only-one-part',
      'a.!!!.c',
      'a.WzFd.c' /* [1]: not an object */,
    ]) {
      const e = caught(() => decodeJwtClaims(token));
      expect(e.code).toBe('OIDC_UNAVAILABLE');
      const printed = `${e.toLine()} ${e.message} ${String(e.cause ?? '')} ${e.value ?? ''}`;
      expect(printed).not.toContain(token);
      expect(printed).not.toContain('c2lnbmF0dXJl');
    }
  });
});

describe('identityFromClaims', () => {
  test('maps every claim', () => {
    const id = identityFromClaims(claims, { serverUrl: 'https://github.com/' });
    expect(id).toEqual({
      source: 'oidc-token',
      serverUrl: 'https://github.com',
      repository: 'acme/vision',
      repositoryId: '681234567',
      repositoryOwner: 'acme',
      repositoryOwnerId: '91234567',
      repositoryVisibility: 'private',
      ref: 'refs/heads/main',
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      workflowRef: 'acme/vision/.github/workflows/train.yml@refs/heads/main',
      jobWorkflowRef: 'acme/vision/.github/workflows/train.yml@refs/heads/main',
      workflowPath: '.github/workflows/train.yml',
      eventName: 'workflow_dispatch',
      runId: '987654321',
      runAttempt: '2',
      runnerEnvironment: 'self-hosted',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:acme/vision:ref:refs/heads/main',
    });
  });

  test('a reusable workflow: job_workflow_ref differs from workflow_ref', () => {
    const id = identityFromClaims({
      ...claims,
      job_workflow_ref: 'acme/shared/.github/workflows/train-gpu.yml@refs/tags/v2',
    });
    expect(id.jobWorkflowRef).toBe('acme/shared/.github/workflows/train-gpu.yml@refs/tags/v2');
    expect(id.workflowRef).toBe('acme/vision/.github/workflows/train.yml@refs/heads/main');
    // The path is the caller's, as GitHub's buildType records it.
    expect(id.workflowPath).toBe('.github/workflows/train.yml');
    expect(id.serverUrl).toBe('https://github.com');
  });

  test('a tag containing @ (changesets) keeps its path and ref apart', () => {
    const ref = 'refs/tags/@acme/vision-model@1.4.0';
    const id = identityFromClaims({
      ...claims,
      ref,
      workflow_ref: `acme/vision/.github/workflows/release.yml@${ref}`,
    });
    expect(id.workflowPath).toBe('.github/workflows/release.yml');
    expect(id.ref).toBe(ref);
  });

  test('missing claims are named', () => {
    const partial = { ...claims };
    delete partial.sha;
    delete partial.run_id;
    const e = caught(() => identityFromClaims(partial));
    expect(e.code).toBe('OIDC_UNAVAILABLE');
    expect(e.message).toContain('sha');
    expect(e.message).toContain('run_id');
    expect(e.fix).toMatch(/id-token: write/);
  });

  test('a claim of the wrong shape is refused with its name', () => {
    const e = caught(() => identityFromClaims({ ...claims, sha: 'ABC' }));
    expect(e.input).toBe('sha');
    expect(e.value).toBe('ABC');
  });
});

describe('identityFromEnvironment', () => {
  test('a server URL with credentials is refused, never recorded or echoed', () => {
    for (const url of [
      'https://admin:SECRET@ghe.example.com',
      'https://ghe.example.com?token=SECRET',
    ]) {
      const e = caught(() => identityFromEnvironment({ ...env, GITHUB_SERVER_URL: url }));
      expect(e.code).toBe('INPUT_INVALID');
      expect(e.toLine()).toContain('GITHUB_SERVER_URL');
      expect(`${e.toLine()} ${e.value}`).not.toContain('SECRET');
    }
  });

  test('maps the runner variables; job_workflow_ref falls back to GITHUB_WORKFLOW_REF', () => {
    const id = identityFromEnvironment(env);
    expect(id).toEqual({
      source: 'environment',
      serverUrl: 'https://ghe.example.com',
      repository: 'acme/vision',
      repositoryId: '17',
      repositoryOwner: 'acme',
      repositoryOwnerId: '23',
      ref: 'refs/tags/v1.0.0',
      sha: 'ffffffffffffffffffffffffffffffffffffffff',
      workflowRef: 'acme/vision/.github/workflows/release.yml@refs/tags/v1.0.0',
      jobWorkflowRef: 'acme/vision/.github/workflows/release.yml@refs/tags/v1.0.0',
      workflowPath: '.github/workflows/release.yml',
      eventName: 'push',
      runId: '42',
      runAttempt: '1',
      runnerEnvironment: 'github-hosted',
    });
  });

  test('GITHUB_SERVER_URL defaults to github.com', () => {
    const rest: Record<string, string | undefined> = { ...env };
    delete rest.GITHUB_SERVER_URL;
    expect(identityFromEnvironment(rest).serverUrl).toBe('https://github.com');
  });

  test('missing variables: one error naming them all and how to fix it', () => {
    const e = caught(() =>
      identityFromEnvironment({ ...env, GITHUB_SHA: undefined, RUNNER_ENVIRONMENT: '  ' }),
    );
    expect(e.code).toBe('INPUT_MISSING');
    expect(e.message).toContain('GITHUB_SHA');
    expect(e.message).toContain('RUNNER_ENVIRONMENT');
    expect(e.fix).toMatch(/inside GitHub Actions/);
    expect(e.fix).toMatch(/local run/);
  });

  test('a malformed repository is refused', () => {
    const e = caught(() => identityFromEnvironment({ ...env, GITHUB_REPOSITORY: 'just-a-name' }));
    expect(e.input).toBe('GITHUB_REPOSITORY');
  });
});

describe('workflowPath', () => {
  test('strips owner/repo/ and the ref', () => {
    expect(workflowPath('o/r/.github/workflows/a.yml@refs/heads/main')).toBe(
      '.github/workflows/a.yml',
    );
  });

  test('@ inside the path', () => {
    expect(workflowPath('o/r/.github/workflows/a@b.yml@refs/heads/main')).toBe(
      '.github/workflows/a@b.yml',
    );
  });

  test('@ inside the ref, found without knowing the ref', () => {
    expect(splitWorkflowRef('o/r/.github/workflows/rel.yml@refs/tags/@scope/pkg@1.0.0')).toEqual({
      repository: 'o/r',
      path: '.github/workflows/rel.yml',
      ref: 'refs/tags/@scope/pkg@1.0.0',
    });
  });

  test('@ in both, with the ref known', () => {
    const ref = 'refs/tags/@scope/pkg@1.0.0';
    expect(workflowPath(`o/r/.github/workflows/x@y.yml@${ref}`, { repository: 'o/r', ref })).toBe(
      '.github/workflows/x@y.yml',
    );
  });

  test('a ref that is not refs/… falls back to the last @', () => {
    expect(splitWorkflowRef('o/r/.github/workflows/a.yml@main')).toEqual({
      repository: 'o/r',
      path: '.github/workflows/a.yml',
      ref: 'main',
    });
  });

  test('no ref or no owner/repo is an error', () => {
    expect(caught(() => workflowPath('o/r/.github/workflows/a.yml')).code).toBe('INPUT_INVALID');
    expect(caught(() => workflowPath('a.yml@refs/heads/main')).code).toBe('INPUT_INVALID');
  });
});

describe('a local run’s remote', () => {
  it('loses a URL’s user, password or token, and keeps scp-like git@host:path as git wrote it', () => {
    expect(
      remoteWithoutCredentials('https://oauth2:glpat-SECRET@gitlab.example.com/acme/v.git'),
    ).toBe('https://gitlab.example.com/acme/v.git');
    expect(remoteWithoutCredentials('https://ghp_TOKEN@github.com/acme/v')).toBe(
      'https://github.com/acme/v',
    );
    expect(remoteWithoutCredentials('ssh://git@github.com/acme/v.git')).toBe(
      'ssh://github.com/acme/v.git',
    );
    expect(remoteWithoutCredentials('git@github.com:acme/v.git')).toBe('git@github.com:acme/v.git');
    expect(remoteWithoutCredentials('https://github.com/acme/v')).toBe('https://github.com/acme/v');
  });
});
