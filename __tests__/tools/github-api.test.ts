// The fake GitHub REST API, driven by the real Octokit from @actions/github over real HTTP.

import { createHash } from 'node:crypto';
import { getOctokit } from '@actions/github';
import { uncompress } from 'snappyjs';
import { startFakeGitHub, type FakeGitHub } from '../../tools/github-api/index.js';
import { BUILD_TYPE, GITHUB_WORKFLOW_BUILD_TYPE } from '../../src/statement/layout.js';

const TOKEN = 'ghs_fake_installation_token';
const owner = 'acme';
const repo = 'vision';

const modelBytes = Buffer.from('weights v1');
const modelSha256 = createHash('sha256').update(modelBytes).digest('hex');
const modelSha512 = createHash('sha512').update(modelBytes).digest('hex');

const SLSA = 'https://slsa.dev/provenance/v1';

/** The predicate actions/attest writes (@actions/attest lib/provenance.js), for acme/vision. */
function githubPredicate(): Record<string, unknown> {
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: {
          ref: 'refs/heads/main',
          repository: 'https://github.com/acme/vision',
          path: '.github/workflows/train.yml',
        },
      },
      internalParameters: {
        github: {
          event_name: 'push',
          repository_id: '1',
          repository_owner_id: '2',
          runner_environment: 'github-hosted',
        },
      },
      resolvedDependencies: [
        {
          uri: 'git+https://github.com/acme/vision@refs/heads/main',
          digest: { gitCommit: 'a'.repeat(40) },
        },
      ],
    },
    runDetails: {
      builder: { id: 'https://github.com/acme/vision/.github/workflows/train.yml@refs/heads/main' },
      metadata: { invocationId: 'https://github.com/acme/vision/actions/runs/1/attempts/1' },
    },
  };
}

function bundleFor(
  subjects: Array<Record<string, string>>,
  predicateType: string,
  predicate: unknown = predicateType === SLSA ? githubPredicate() : {},
  names: (i: number) => string = (i) => `file${i}`,
) {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subjects.map((digest, i) => ({ name: names(i), digest })),
    predicateType,
    predicate,
  };
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: 'MII=' }, tlogEntries: [] },
    dsseEnvelope: {
      payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: 'c2ln', keyid: '' }],
    },
  };
}

let fake: FakeGitHub;
let octokit: ReturnType<typeof getOctokit>;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  octokit = getOctokit(TOKEN, { baseUrl: fake.url });
});

afterEach(async () => {
  await fake.close();
});

describe('attestations', () => {
  test('a stored bundle is found by each subject digest, and only in its repository', async () => {
    const bundle = bundleFor(
      [{ sha256: modelSha256, sha512: modelSha512 }, { sha256: 'cd'.repeat(32) }],
      'https://slsa.dev/provenance/v1',
    );
    const created = await octokit.rest.repos.createAttestation({ owner, repo, bundle });
    expect(created.status).toBe(201);
    expect(typeof created.data.id).toBe('number');

    for (const digest of [
      `sha256:${modelSha256}`,
      `sha512:${modelSha512}`,
      `sha256:${'cd'.repeat(32)}`,
    ]) {
      const listed = await octokit.request(
        'GET /repos/{owner}/{repo}/attestations/{subject_digest}',
        {
          owner,
          repo,
          subject_digest: digest,
        },
      );
      expect(listed.status).toBe(200);
      expect(listed.data.attestations).toHaveLength(1);
      expect(listed.data.attestations?.[0]?.bundle).toEqual(bundle);
      expect(typeof listed.data.attestations?.[0]?.repository_id).toBe('number');
    }
    expect(fake.state.attestations).toEqual([
      expect.objectContaining({ id: created.data.id, repo: 'acme/vision' }),
    ]);

    await expect(
      octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
        owner,
        repo: 'other',
        subject_digest: `sha256:${modelSha256}`,
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
        owner,
        repo,
        subject_digest: `sha256:${'00'.repeat(32)}`,
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test('predicate_type filters the listing', async () => {
    await octokit.rest.repos.createAttestation({
      owner,
      repo,
      bundle: bundleFor([{ sha256: modelSha256 }], 'https://slsa.dev/provenance/v1'),
    });
    await octokit.rest.repos.createAttestation({
      owner,
      repo,
      bundle: bundleFor([{ sha256: modelSha256 }], 'https://model_signing/signature/v1.0'),
    });
    const all = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      owner,
      repo,
      subject_digest: `sha256:${modelSha256}`,
    });
    expect(all.data.attestations).toHaveLength(2);
    const slsa = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      owner,
      repo,
      subject_digest: `sha256:${modelSha256}`,
      predicate_type: 'https://slsa.dev/provenance/v1',
    });
    expect(slsa.data.attestations).toHaveLength(1);
  });

  // Each refusal below is one GitHub answers; the rule's source is cited in tools/github-api/rules.ts.
  const refused = async (bundle: unknown, message: RegExp) => {
    await expect(
      octokit.rest.repos.createAttestation({ owner, repo, bundle: bundle as never }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(message),
    });
    expect(fake.state.attestations).toHaveLength(0);
  };

  test("0.1's statement (SLSA provenance with our buildType) is refused: unsupported build type", async () => {
    const predicate = githubPredicate() as { buildDefinition: Record<string, unknown> };
    predicate.buildDefinition.buildType = BUILD_TYPE;
    await refused(
      bundleFor([{ sha256: modelSha256 }], SLSA, predicate),
      new RegExp(
        `^Invalid Argument - unsupported build type: ${BUILD_TYPE.replace(/[.]/g, '\\.')}`,
      ),
    );
  });

  test("fields beyond GitHub's shape are refused, at any depth", async () => {
    const extra = githubPredicate() as {
      buildDefinition: { internalParameters: Record<string, unknown> };
    };
    extra.buildDefinition.internalParameters.training_provenance = { python: { present: false } };
    await refused(
      bundleFor([{ sha256: modelSha256 }], SLSA, extra),
      /internalParameters\.training_provenance/,
    );
    const deps = githubPredicate() as { buildDefinition: { resolvedDependencies: unknown[] } };
    deps.buildDefinition.resolvedDependencies.push({ uri: 'pkg:pypi/torch@2.3.1' });
    await refused(bundleFor([{ sha256: modelSha256 }], SLSA, deps), /resolvedDependencies\[1\]/);
  });

  test('a repeated subject and more than 1,024 subjects are refused; a custom predicate is not validated', async () => {
    await refused(
      bundleFor(
        [{ sha256: modelSha256 }, { sha256: modelSha256 }],
        SLSA,
        githubPredicate(),
        () => 'm',
      ),
      /duplicate subject in statement/,
    );
    const many = Array.from({ length: 1025 }, (_, i) => ({
      sha256: createHash('sha256').update(String(i)).digest('hex'),
    }));
    await refused(
      bundleFor(many, 'https://example.com/custom/v1', { anything: true }),
      /too many subjects/,
    );
    const custom = await octokit.rest.repos.createAttestation({
      owner,
      repo,
      bundle: bundleFor([{ sha256: modelSha256 }], 'https://example.com/custom/v1', {
        anything: true,
      }),
    });
    expect(custom.status).toBe(201);
  });

  test('bundleUrlOnly: listings carry bundle null and a bundle_url serving the bundle snappy-compressed, paginated', async () => {
    const strict = await startFakeGitHub({ token: TOKEN, bundleUrlOnly: true });
    try {
      const client = getOctokit(TOKEN, { baseUrl: strict.url });
      const bundles = [0, 1, 2].map((i) =>
        bundleFor([{ sha256: modelSha256 }], `https://example.com/kind-${i}/v1`, { i }),
      );
      for (const bundle of bundles)
        await client.rest.repos.createAttestation({ owner, repo, bundle });
      const page = await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
        owner,
        repo,
        subject_digest: `sha256:${modelSha256}`,
        per_page: 2,
      });
      expect(page.data.attestations).toHaveLength(2);
      expect(page.headers.link).toMatch(/page=2>; rel="next"/);
      const first = page.data.attestations![0]!;
      expect(first.bundle).toBeNull();
      // A pre-signed blob link: fetched without the token, as gh fetches it.
      const res = await fetch(first.bundle_url!);
      expect(res.headers.get('content-type')).toBe('application/octet-stream');
      const raw = new Uint8Array(await res.arrayBuffer());
      expect(() => JSON.parse(Buffer.from(raw).toString('utf8'))).toThrow();
      expect(JSON.parse(Buffer.from(uncompress(raw)).toString('utf8'))).toEqual(bundles[0]);
    } finally {
      await strict.close();
    }
  });

  test('a bundle without a DSSE statement is refused with 422', async () => {
    await expect(
      octokit.rest.repos.createAttestation({ owner, repo, bundle: { mediaType: 'x' } }),
    ).rejects.toMatchObject({ status: 422 });
    expect(fake.state.attestations).toHaveLength(0);
  });
});

describe('authentication', () => {
  test('a wrong token gets 401 Bad credentials; the right one is seen as `token <t>`', async () => {
    const intruder = getOctokit('ghs_wrong', { baseUrl: fake.url });
    await expect(
      intruder.rest.issues.listComments({ owner, repo, issue_number: 1 }),
    ).rejects.toMatchObject({ status: 401, message: expect.stringContaining('Bad credentials') });
    await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(fake.requests.map((r) => r.headers.authorization)).toEqual([
      'token ghs_wrong',
      `token ${TOKEN}`,
    ]);
  });

  test('without a configured token any caller is served', async () => {
    const open = await startFakeGitHub();
    try {
      const anonymous = getOctokit('anything', { baseUrl: open.url });
      const res = await anonymous.rest.issues.listComments({ owner, repo, issue_number: 1 });
      expect(res.data).toEqual([]);
    } finally {
      await open.close();
    }
  });
});

describe('issue comments', () => {
  test('create, list (paginated) and update, as a sticky comment would', async () => {
    for (const text of ['first', 'second', 'third']) {
      const res = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: 7,
        body: text,
      });
      expect(res.status).toBe(201);
      expect(res.data.user?.login).toBe('github-actions[bot]');
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 8, body: 'elsewhere' });

    const listed = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
      per_page: 2,
    });
    expect(listed.map((c) => c.body)).toEqual(['first', 'second', 'third']);
    expect(fake.requests.filter((r) => r.method === 'GET').map((r) => r.query.get('page'))).toEqual(
      [null, '2'],
    );

    const target = listed[1];
    if (!target) throw new Error('no second comment');
    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: target.id,
      body: 'second, edited',
    });
    expect(updated.status).toBe(200);
    expect(updated.data.body).toBe('second, edited');
    expect(fake.state.comments.find((c) => c.id === target.id)?.body).toBe('second, edited');
    expect(fake.state.comments.filter((c) => c.issue === 7)).toHaveLength(3);

    await expect(
      octokit.rest.issues.updateComment({ owner, repo, comment_id: 999999, body: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('scripting', () => {
  test('failNext answers the next matching requests with the given status, then recovers', async () => {
    fake.failNext('POST', /\/attestations$/, 503, 2, {
      body: { message: 'try later' },
      headers: { 'retry-after': '1' },
    });
    const bundle = bundleFor([{ sha256: modelSha256 }], 'https://slsa.dev/provenance/v1');
    for (let i = 0; i < 2; i++) {
      await expect(
        octokit.rest.repos.createAttestation({ owner, repo, bundle }),
      ).rejects.toMatchObject({
        status: 503,
        response: { headers: expect.objectContaining({ 'retry-after': '1' }) },
      });
    }
    // Other routes are not affected.
    await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    const res = await octokit.rest.repos.createAttestation({ owner, repo, bundle });
    expect(res.status).toBe(201);
    expect(fake.state.attestations).toHaveLength(1);
  });

  test('route overrides a default route and sees the recorded request', async () => {
    fake.route('GET', /^\/repos\/acme\/vision\/issues\/5\/comments$/, (req) => ({
      status: 200,
      body: [{ id: 1, body: `page size ${req.query.get('per_page')}`, user: { login: 'x' } }],
    }));
    const res = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 5,
      per_page: 50,
    });
    expect(res.data[0]?.body).toBe('page size 50');
    // Another issue still gets the default route.
    const other = await octokit.rest.issues.listComments({ owner, repo, issue_number: 6 });
    expect(other.data).toEqual([]);
  });

  test('requests record method, path, query and JSON body', async () => {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 3, body: 'hello' });
    const [recorded] = fake.requests;
    expect(recorded).toMatchObject({
      method: 'POST',
      path: '/repos/acme/vision/issues/3/comments',
      body: { body: 'hello' },
    });
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/nothing-here', { owner, repo }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
