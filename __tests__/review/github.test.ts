// The review against a fake GitHub REST API over real HTTP, with real Octokit: the sticky
// comment (created, then updated in place; refused tokens fall back; other people's
// comments untouched) and the base lookup through the Actions API (runs, then artifacts,
// then the artifact served by the fake server through the injected downloader).
import { getOctokit } from '@actions/github';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ArtifactDownloader } from '../../src/review/base.js';
import { upsertComment } from '../../src/review/comment.js';
import { reviewMarker } from '../../src/review/markdown.js';
import { review, type ReviewOptions } from '../../src/review/review.js';
import { serializeStatement } from '../../src/statement/build.js';
import type { RetryPolicy } from '../../src/net/retry.js';
import {
  startFakeGitHub,
  type FakeGitHub,
  type RecordedRequest,
} from '../../tools/github-api/index.js';
import { baseStatement, headStatement } from '../fixtures/review/pair.js';

const TOKEN = 'ghs_faketoken0123456789';
const FAST: RetryPolicy = { retries: 2, baseDelayMs: 1, maxDelayMs: 5, retryAfterCapMs: 5 };
const MARKER = reviewMarker('train.yml');

let fake: FakeGitHub;
let dir: string;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  dir = await mkdtemp(join(tmpdir(), 'tp-review-'));
});

afterEach(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

function octokit() {
  return getOctokit(TOKEN, { baseUrl: fake.url });
}

function commentsOn(issue: number) {
  return fake.state.comments.filter((c) => c.repo === 'acme/vision' && c.issue === issue);
}

function sent(method: string, path: RegExp): RecordedRequest[] {
  return fake.requests.filter((r) => r.method === method && path.test(r.path));
}

function seedComment(body: string, login: string, issue = 7): number {
  const id = 10_000 + fake.state.comments.length;
  const at = new Date('2026-11-25T10:00:00Z').toISOString();
  fake.state.comments.push({
    id,
    repo: 'acme/vision',
    issue,
    body,
    user: { login },
    created_at: at,
    updated_at: at,
  });
  return id;
}

const upsert = (body: string, extra: Partial<Parameters<typeof upsertComment>[0]> = {}) =>
  upsertComment({
    octokit: octokit(),
    owner: 'acme',
    repo: 'vision',
    issueNumber: 7,
    body,
    marker: MARKER,
    retry: FAST,
    ...extra,
  });

describe('upsertComment', () => {
  test('first run creates the comment, the second updates that same one (a PATCH), leaving exactly one', async () => {
    const first = await upsert(`${MARKER}\nfirst`);
    expect(first.action).toBe('created');
    const second = await upsert(`${MARKER}\nsecond`);
    expect(second.action).toBe('updated');
    if (first.action !== 'created' || second.action !== 'updated') throw new Error('unreachable');
    expect(second.id).toBe(first.id);
    expect(second.url).toBe(`https://github.com/acme/vision/pull/7#issuecomment-${first.id}`);
    const ours = commentsOn(7).filter((c) => c.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${MARKER}\nsecond`);
    expect(sent('PATCH', new RegExp(`/issues/comments/${first.id}$`))).toHaveLength(1);
    expect(sent('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
  });

  test('a human comment that quotes the marker is not ours: left alone, ours is created beside it', async () => {
    const quote = `Why does the bot write \`${MARKER}\`?`;
    const humanId = seedComment(quote, 'octocat');
    const res = await upsert(`${MARKER}\nreview`);
    expect(res.action).toBe('created');
    expect(fake.state.comments.find((c) => c.id === humanId)!.body).toBe(quote);
    expect(sent('PATCH', /.*/)).toHaveLength(0);
    expect(commentsOn(7)).toHaveLength(2);
  });

  test('with the author known, a marker-led comment by someone else is not edited either', async () => {
    const forged = `${MARKER}\nwritten by a person`;
    const otherId = seedComment(forged, 'mallory');
    const res = await upsert(`${MARKER}\nreview`, { author: 'github-actions[bot]' });
    expect(res.action).toBe('created');
    expect(fake.state.comments.find((c) => c.id === otherId)!.body).toBe(forged);
    expect(sent('PATCH', /.*/)).toHaveLength(0);
  });

  test('without the author, a bot’s marker-led comment is preferred over a person’s', async () => {
    const forged = `${MARKER}\nwritten by a person, first`;
    const personId = seedComment(forged, 'mallory');
    const botId = seedComment(`${MARKER}\nold review`, 'github-actions[bot]');
    const res = await upsert(`${MARKER}\nnew review`);
    expect(res).toMatchObject({ action: 'updated', id: botId });
    expect(fake.state.comments.find((c) => c.id === personId)!.body).toBe(forged);
  });

  test('another workflow’s review (another marker key) is not ours', async () => {
    const otherMarker = reviewMarker('evaluate.yml');
    const otherId = seedComment(`${otherMarker}\nits review`, 'github-actions[bot]');
    const res = await upsert(`${MARKER}\nreview`);
    expect(res.action).toBe('created');
    expect(fake.state.comments.find((c) => c.id === otherId)!.body).toBe(
      `${otherMarker}\nits review`,
    );
  });

  test('our comment on the second page of a busy pull request is found (pagination), not duplicated', async () => {
    for (let i = 0; i < 120; i++) seedComment(`comment ${i}`, 'octocat');
    const oursId = seedComment(`${MARKER}\nold review`, 'github-actions[bot]');
    for (let i = 0; i < 5; i++) seedComment(`later ${i}`, 'octocat');
    const res = await upsert(`${MARKER}\nnew review`);
    expect(res).toMatchObject({ action: 'updated', id: oursId });
    expect(sent('GET', /\/issues\/7\/comments$/).length).toBeGreaterThanOrEqual(2);
    expect(commentsOn(7).filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
  });

  test('a 403 on create (a fork’s read-only token) is a skip with a reason, not a failure', async () => {
    fake.failNext('POST', /\/issues\/7\/comments$/, 403, 1, {
      body: { message: 'Resource not accessible by integration', status: '403' },
    });
    const res = await upsert(`${MARKER}\nreview`);
    expect(res.action).toBe('skipped');
    if (res.action !== 'skipped') throw new Error('unreachable');
    expect(res.status).toBe(403);
    expect(res.reason).toMatch(/HTTP 403/);
    expect(res.reason).toMatch(/pull-requests: write/);
    expect(commentsOn(7)).toHaveLength(0);
  });

  test('a 404 on listing (no such pull request, or invisible) is a skip too', async () => {
    fake.failNext('GET', /\/issues\/7\/comments$/, 404);
    await expect(upsert(`${MARKER}\nreview`)).resolves.toMatchObject({
      action: 'skipped',
      status: 404,
    });
  });

  test('5xx is retried, boundedly', async () => {
    fake.failNext('POST', /\/issues\/7\/comments$/, 502, 2);
    const res = await upsert(`${MARKER}\nreview`);
    expect(res.action).toBe('created');
    expect(sent('POST', /\/issues\/7\/comments$/)).toHaveLength(3);

    fake.failNext('PATCH', /\/issues\/comments\/\d+$/, 503, 5);
    await expect(upsert(`${MARKER}\nagain`)).rejects.toThrow(/HTTP 503/);
    expect(sent('PATCH', /.*/)).toHaveLength(3);
  });

  test('our comment deleted between listing and editing: a new one is created', async () => {
    const oursId = seedComment(`${MARKER}\nold`, 'github-actions[bot]');
    fake.failNext('PATCH', new RegExp(`/issues/comments/${oursId}$`), 404);
    const res = await upsert(`${MARKER}\nnew`);
    expect(res.action).toBe('created');
  });

  test('a body that does not start with its marker is refused (it could never be found again)', async () => {
    await expect(upsert('no marker here')).rejects.toThrow(/marker/);
  });
});

// --- the base lookup and the whole review ------------------------------------------------

interface ArtifactFixture {
  runs?: Array<{ id: number; html_url: string }>;
  artifacts?: Array<{ id: number; name: string; expired: boolean }>;
  /** Files of the artifact, served by the fake API and written by the downloader. */
  files?: Record<string, string>;
}

/** Actions routes the fake server lacks: workflow runs, run artifacts, artifact content. */
function serveBase(f: ArtifactFixture): void {
  fake.route('GET', /^\/repos\/acme\/vision\/actions\/workflows\/[^/]+\/runs$/, (req) => {
    const runs =
      req.query.get('branch') === 'main' && req.query.get('status') === 'success'
        ? (f.runs ?? [])
        : [];
    const perPage = Number(req.query.get('per_page') ?? 30);
    return {
      status: 200,
      body: { total_count: runs.length, workflow_runs: runs.slice(0, perPage) },
    };
  });
  fake.route('GET', /^\/repos\/acme\/vision\/actions\/runs\/\d+\/artifacts$/, (req) => {
    const name = req.query.get('name');
    const artifacts = (f.artifacts ?? []).filter((a) => !name || a.name === name);
    return { status: 200, body: { total_count: artifacts.length, artifacts } };
  });
  fake.route('GET', /^\/repos\/acme\/vision\/actions\/artifacts\/\d+\/files$/, () => ({
    status: 200,
    body: f.files ?? {},
  }));
}

interface DownloadCall {
  artifactId: number;
  request: Parameters<ArtifactDownloader>[1];
}

/** Fetches the artifact's files from the fake API (with the token) and unpacks them. */
function fakeDownloader(calls: DownloadCall[]): ArtifactDownloader {
  return async (artifactId, request) => {
    calls.push({ artifactId, request });
    const res = await fetch(
      `${fake.url}/repos/${request.repositoryOwner}/${request.repositoryName}/actions/artifacts/${artifactId}/files`,
      { headers: { authorization: `Bearer ${request.token}` } },
    );
    if (!res.ok) throw new Error(`artifact download: HTTP ${res.status}`);
    const files = (await res.json()) as Record<string, string>;
    for (const [name, content] of Object.entries(files)) {
      await mkdir(dirname(join(request.path, name)), { recursive: true });
      await writeFile(join(request.path, name), content);
    }
    return { downloadPath: request.path };
  };
}

async function writeHead(): Promise<string> {
  const path = join(dir, 'out', 'provenance.intoto.json');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, serializeStatement(headStatement()));
  return path;
}

function reviewOptions(
  head: string,
  calls: DownloadCall[],
  over: Partial<ReviewOptions> = {},
): ReviewOptions {
  return {
    head,
    base: 'auto',
    comment: true,
    github: {
      token: TOKEN,
      apiUrl: fake.url,
      serverUrl: 'https://github.com',
      repository: 'acme/vision',
      prNumber: 7,
      baseRef: 'refs/heads/main',
      runId: 124,
    },
    downloadArtifact: fakeDownloader(calls),
    workDir: dir,
    workspace: dir,
    retry: FAST,
    now: new Date('2026-11-26T12:30:00Z'),
    ...over,
  };
}

const BASE_RUN = { id: 100, html_url: 'https://github.com/acme/vision/actions/runs/100' };

describe('review against the fake GitHub API', () => {
  test("a matrix base run: of its default-named artifacts, this job's is compared, and the log says so", async () => {
    serveBase({
      runs: [BASE_RUN],
      artifacts: [
        { id: 601, name: 'training-provenance-train-0123456789ab', expired: false },
        { id: 602, name: 'training-provenance-finetune-ba9876543210', expired: false },
        { id: 603, name: 'other-artifact', expired: false },
      ],
      files: { 'provenance.intoto.json': serializeStatement(baseStatement()) },
    });
    const calls: DownloadCall[] = [];
    const log: string[] = [];
    const head = await writeHead();
    const opts = reviewOptions(head, calls, { log: (l) => log.push(l) });
    const res = await review({ ...opts, github: { ...opts.github!, job: 'finetune' } });
    expect(res.base).toMatchObject({ found: true });
    expect(calls.map((c) => c.artifactId)).toEqual([602]);
    expect(log.join('\n')).toContain(
      "the base run has 2 provenance artifacts (training-provenance-train-0123456789ab, training-provenance-finetune-ba9876543210): comparing with training-provenance-finetune-ba9876543210, this job's",
    );
  });

  test('base: auto finds the latest successful run on the base branch, its artifact, and compares', async () => {
    serveBase({
      runs: [BASE_RUN],
      artifacts: [{ id: 555, name: 'training-provenance', expired: false }],
      files: { 'provenance.intoto.json': serializeStatement(baseStatement()) },
    });
    const calls: DownloadCall[] = [];
    const head = await writeHead();
    const res = await review(reviewOptions(head, calls));

    const runs = sent('GET', /\/actions\/workflows\/train\.yml\/runs$/);
    expect(runs).toHaveLength(1);
    expect(Object.fromEntries(runs[0]!.query)).toEqual({
      branch: 'main',
      status: 'success',
      per_page: '1',
    });
    // No name given: every artifact of the run is listed and the default-named ones
    // (training-provenance, training-provenance-JOB-DIGEST) are taken.
    expect(sent('GET', /\/actions\/runs\/100\/artifacts$/)[0]!.query.get('name')).toBeNull();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      artifactId: 555,
      request: {
        token: TOKEN,
        workflowRunId: 100,
        repositoryOwner: 'acme',
        repositoryName: 'vision',
      },
    });

    expect(res.base).toMatchObject({ found: true, ref: 'main', runId: 100 });
    expect(res.diff.base).toBe('present');
    if (res.diff.base !== 'present') throw new Error('unreachable');
    expect(res.diff.frameworks.upgraded.map((c) => c.name)).toContain('torch');
    expect(res.markdown).toContain(
      'Compared with [run 100](https://github.com/acme/vision/actions/runs/100) on `main`.',
    );
    expect(res.verdict.status).toBe('unsigned');
    expect(res.marker).toBe(MARKER);

    expect(res.comment.action).toBe('created');
    const posted = commentsOn(7);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toBe(res.markdown);

    // A re-run edits the same comment.
    const again = await review(reviewOptions(head, calls));
    expect(again.comment.action).toBe('updated');
    expect(commentsOn(7)).toHaveLength(1);
    expect(sent('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
  });

  test('no successful run on the base branch: "no base" said plainly, nothing downloaded', async () => {
    serveBase({ runs: [] });
    const calls: DownloadCall[] = [];
    const res = await review(reviewOptions(await writeHead(), calls));
    expect(res.diff).toEqual({ base: 'none' });
    expect(res.base.found).toBe(false);
    expect(res.markdown).toContain('No base provenance found on `main`: this is the first one.');
    expect(calls).toHaveLength(0);
    expect(sent('GET', /\/artifacts$/)).toHaveLength(0);
  });

  test('a workflow that does not exist on the base branch yet (404) is the first one too', async () => {
    const calls: DownloadCall[] = [];
    const res = await review(reviewOptions(await writeHead(), calls));
    expect(sent('GET', /\/actions\/workflows\/train\.yml\/runs$/)).toHaveLength(1);
    expect(res.markdown).toContain('No base provenance found on `main`: this is the first one.');
  });

  test('an expired artifact: no base, and the comment says why', async () => {
    serveBase({
      runs: [BASE_RUN],
      artifacts: [{ id: 556, name: 'training-provenance', expired: true }],
    });
    const calls: DownloadCall[] = [];
    const res = await review(reviewOptions(await writeHead(), calls));
    expect(calls).toHaveLength(0);
    expect(res.diff.base).toBe('none');
    expect(res.markdown).toContain(
      'No base provenance to compare with: the \\`training-provenance-\\*\\` artifact of run 100 on main has expired',
    );
  });

  test('the token may not read Actions (403): no base, the reason names the permission; the comment is still posted', async () => {
    fake.failNext('GET', /\/actions\/workflows\/[^/]+\/runs$/, 403);
    const res = await review(reviewOptions(await writeHead(), []));
    expect(res.diff.base).toBe('none');
    expect(res.markdown).toMatch(/actions: read/);
    expect(res.comment.action).toBe('created');
  });

  test('a 403 on posting the comment: skipped, and the markdown is returned for the job summary', async () => {
    serveBase({ runs: [] });
    fake.failNext('POST', /\/issues\/7\/comments$/, 403);
    const res = await review(reviewOptions(await writeHead(), []));
    expect(res.comment.action).toBe('skipped');
    expect(res.markdown.startsWith(MARKER)).toBe(true);
    expect(res.markdown).toContain('#### Changes since base');
    expect(commentsOn(7)).toHaveLength(0);
  });

  test('base: PATH compares with that file; comment: false posts nothing', async () => {
    const basePath = join(dir, 'base.intoto.json');
    await writeFile(basePath, serializeStatement(baseStatement()));
    const res = await review(
      reviewOptions(await writeHead(), [], { base: basePath, comment: false }),
    );
    expect(res.diff.base).toBe('present');
    expect(res.comment.action).toBe('not-requested');
    expect(fake.requests).toHaveLength(0);
    expect(res.markdown).toContain(`Compared with \`${basePath}\`.`);
  });

  test('the head may be the attest step’s output directory', async () => {
    const head = await writeHead();
    const res = await review(reviewOptions(dirname(head), [], { base: head, comment: false }));
    expect(res.head.identity.ref).toBe('refs/pull/7/merge');
    expect(res.diff.base).toBe('present');
  });

  test('a head that is not provenance: one clear error naming the input', async () => {
    const bad = join(dir, 'notes.json');
    await writeFile(bad, '{"hello": "world"}');
    await expect(review(reviewOptions(bad, [], { comment: false }))).rejects.toMatchObject({
      code: 'BUNDLE_INVALID',
    });
    const missing = join(dir, 'missing.json');
    await expect(review(reviewOptions(missing, [], { comment: false }))).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      input: 'bundle',
    });
    expect(await readFile(bad, 'utf8')).toBe('{"hello": "world"}');
  });
});
