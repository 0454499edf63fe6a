// The review's base lookup (src/review/base.ts) through the Actions API of the fake GitHub REST
// API: runs, then artifacts, then the artifact served through the injected downloader.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ArtifactDownloader } from '../../src/review/base.js';
import { review, type ReviewOptions } from '../../src/review/review.js';
import { serializeStatement } from '../../src/statement/build.js';
import { baseStatement, headStatement } from '../fixtures/review/pair.js';

import {
  commentsOn,
  dir,
  fake,
  FAST,
  MARKER,
  sent,
  TOKEN,
  useFakeGitHub,
} from '../helpers/review-github.js';

useFakeGitHub();

interface ArtifactFixture {
  runs?: Array<{ id: number; html_url: string }>;
  artifacts?: Array<{ id: number; name: string; expired: boolean }>;
  /** Files of the artifact, served by the fake API and written by the downloader. */
  files?: Record<string, string>;
}

/** Actions routes the fake server lacks: workflow runs, run artifacts, artifact content. */
function serveBase(f: ArtifactFixture): void {
  fake().route('GET', /^\/repos\/acme\/vision\/actions\/workflows\/[^/]+\/runs$/, (req) => {
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
  fake().route('GET', /^\/repos\/acme\/vision\/actions\/runs\/\d+\/artifacts$/, (req) => {
    const name = req.query.get('name');
    const artifacts = (f.artifacts ?? []).filter((a) => !name || a.name === name);
    return { status: 200, body: { total_count: artifacts.length, artifacts } };
  });
  fake().route('GET', /^\/repos\/acme\/vision\/actions\/artifacts\/\d+\/files$/, () => ({
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
      `${fake().url}/repos/${request.repositoryOwner}/${request.repositoryName}/actions/artifacts/${artifactId}/files`,
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
  const path = join(dir(), 'out', 'provenance.intoto.json');
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
      apiUrl: fake().url,
      serverUrl: 'https://github.com',
      repository: 'acme/vision',
      prNumber: 7,
      baseRef: 'refs/heads/main',
      runId: 124,
    },
    downloadArtifact: fakeDownloader(calls),
    workDir: dir(),
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
    fake().failNext('GET', /\/actions\/workflows\/[^/]+\/runs$/, 403);
    const res = await review(reviewOptions(await writeHead(), []));
    expect(res.diff.base).toBe('none');
    expect(res.markdown).toMatch(/actions: read/);
    expect(res.comment.action).toBe('created');
  });

  test('a 403 on posting the comment: skipped, and the markdown is returned for the job summary', async () => {
    serveBase({ runs: [] });
    fake().failNext('POST', /\/issues\/7\/comments$/, 403);
    const res = await review(reviewOptions(await writeHead(), []));
    expect(res.comment.action).toBe('skipped');
    expect(res.markdown.startsWith(MARKER)).toBe(true);
    expect(res.markdown).toContain('#### Changes since base');
    expect(commentsOn(7)).toHaveLength(0);
  });

  test('base: PATH compares with that file; comment: false posts nothing', async () => {
    const basePath = join(dir(), 'base.intoto.json');
    await writeFile(basePath, serializeStatement(baseStatement()));
    const res = await review(
      reviewOptions(await writeHead(), [], { base: basePath, comment: false }),
    );
    expect(res.diff.base).toBe('present');
    expect(res.comment.action).toBe('not-requested');
    expect(fake().requests).toHaveLength(0);
    expect(res.markdown).toContain(`Compared with \`${basePath}\`.`);
  });

  test('the head may be the attest step’s output directory', async () => {
    const head = await writeHead();
    const res = await review(reviewOptions(dirname(head), [], { base: head, comment: false }));
    expect(res.head.identity.ref).toBe('refs/pull/7/merge');
    expect(res.diff.base).toBe('present');
  });

  test('a head that is not provenance: one clear error naming the input', async () => {
    const bad = join(dir(), 'notes.json');
    await writeFile(bad, '{"hello": "world"}');
    await expect(review(reviewOptions(bad, [], { comment: false }))).rejects.toMatchObject({
      code: 'BUNDLE_INVALID',
    });
    const missing = join(dir(), 'missing.json');
    await expect(review(reviewOptions(missing, [], { comment: false }))).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      input: 'bundle',
    });
    expect(await readFile(bad, 'utf8')).toBe('{"hello": "world"}');
  });
});
