// The review's GitHub side against the fake REST API over real HTTP, with real Octokit: a fresh
// fake server and work directory for each test, and the small lookups the tests share.
import { getOctokit } from '@actions/github';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RetryPolicy } from '../../src/net/retry.js';
import { reviewMarker } from '../../src/review/markdown.js';
import {
  startFakeGitHub,
  type FakeGitHub,
  type RecordedRequest,
} from '../../tools/github-api/index.js';

export const TOKEN = 'ghs_faketoken0123456789';
export const FAST: RetryPolicy = { retries: 2, baseDelayMs: 1, maxDelayMs: 5, retryAfterCapMs: 5 };
export const MARKER = reviewMarker('train.yml');

let current: { fake: FakeGitHub; dir: string } | undefined;

/** Registers a fresh fake GitHub API and work directory around each test of the file. */
export function useFakeGitHub(): void {
  beforeEach(async () => {
    current = {
      fake: await startFakeGitHub({ token: TOKEN }),
      dir: await mkdtemp(join(tmpdir(), 'tp-review-')),
    };
  });
  afterEach(async () => {
    await current?.fake.close();
    if (current) await rm(current.dir, { recursive: true, force: true });
    current = undefined;
  });
}

export const fake = (): FakeGitHub => current!.fake;
export const dir = (): string => current!.dir;

export function octokit() {
  return getOctokit(TOKEN, { baseUrl: fake().url });
}

export function commentsOn(issue: number) {
  return fake().state.comments.filter((c) => c.repo === 'acme/vision' && c.issue === issue);
}

export function sent(method: string, path: RegExp): RecordedRequest[] {
  return fake().requests.filter((r) => r.method === method && path.test(r.path));
}

export function seedComment(body: string, login: string, issue = 7): number {
  const id = 10_000 + fake().state.comments.length;
  const at = new Date('2026-11-25T10:00:00Z').toISOString();
  fake().state.comments.push({
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
