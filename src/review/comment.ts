// The one sticky review comment on a pull request: found again by the hidden marker its
// body starts with, edited in place on re-runs, created when missing. Where the token may
// not comment (a fork's read-only token), the caller is told so and puts the review in the
// job summary instead: that is a skip, not a failure.
import { getOctokit } from '@actions/github';
import { ProvenanceError } from '../errors.js';
import { classifyOctokitError } from '../store/attestations.js';
import { withRetry, type RetryPolicy } from '../net/retry.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface UpsertCommentOptions {
  /** An authenticated client; or token + apiUrl to make one. */
  octokit?: Octokit;
  token?: string;
  apiUrl?: string;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  /** The hidden marker the body starts with (markdown.ts `reviewMarker`). */
  marker: string;
  /**
   * Login of the account the token acts as (`github-actions[bot]` for GITHUB_TOKEN). When
   * given, only its comments are edited; a marker-led comment of anyone else is left alone.
   */
  author?: string;
  retry?: Partial<RetryPolicy>;
  log?: (line: string) => void;
}

export type UpsertCommentResult =
  | { action: 'created' | 'updated'; id: number; url: string }
  | { action: 'skipped'; reason: string; status?: number };

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login?: string; type?: string } | null;
}

/** HTTP statuses that mean "this token may not comment here", not "GitHub is down". */
const NOT_ALLOWED = new Set([401, 403, 404]);

function clientFor(opts: UpsertCommentOptions): Octokit {
  if (opts.octokit) return opts.octokit;
  if (!opts.token) {
    throw new ProvenanceError('INPUT_MISSING', 'no token to comment on the pull request with', {
      input: 'github-token',
      fix: 'pass github-token (the default ${{ github.token }} needs `permissions: pull-requests: write`)',
    });
  }
  // Retries are ours (bounded, logged), so Octokit's own are off.
  return getOctokit(opts.token, {
    ...(opts.apiUrl ? { baseUrl: opts.apiUrl } : {}),
    request: { retries: 0 },
  });
}

/** A comment we wrote: its body begins with the marker (a human quoting it does not). */
export function isOurComment(c: IssueComment, marker: string, author?: string): boolean {
  if (!(c.body ?? '').startsWith(marker)) return false;
  return author === undefined || c.user?.login === author;
}

/**
 * The comment to edit: marker-led, by `author` when known. Without it, a bot's comment is
 * preferred over a person's (GITHUB_TOKEN and apps write as bots; a person who starts a
 * comment with our marker does not get it overwritten). The oldest wins, so duplicates
 * left by two racing jobs always resolve to the same one.
 */
export function pickOurComment<C extends IssueComment>(
  comments: readonly C[],
  marker: string,
  author?: string,
): C | undefined {
  const candidates = comments.filter((c) => isOurComment(c, marker, author));
  const bots = candidates.filter((c) => c.user?.type === 'Bot');
  return [...(bots.length > 0 ? bots : candidates)].sort((a, b) => a.id - b.id)[0];
}

function skipReason(status: number, what: string): string {
  const why =
    status === 404
      ? 'not found, or not visible to this token'
      : 'the token may not write comments here (a pull request from a fork gets a read-only token)';
  return `${what} was refused with HTTP ${status}: ${why}. Grant \`permissions: pull-requests: write\`; the review is in the job summary.`;
}

export async function upsertComment(opts: UpsertCommentOptions): Promise<UpsertCommentResult> {
  if (!opts.body.startsWith(opts.marker)) {
    throw new ProvenanceError('INTERNAL', 'the review comment does not start with its marker', {
      value: opts.marker,
    });
  }
  const octokit = clientFor(opts);
  const { owner, repo } = opts;
  const where = `${owner}/${repo}#${opts.issueNumber}`;
  const call = guarded(opts);
  const listed = await call(`list comments of ${where}`, `listing the comments of ${where}`, () =>
    octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: opts.issueNumber,
      per_page: 100,
    }),
  );
  if (listed.skipped) return listed.skipped;
  const ours = pickOurComment(listed.value, opts.marker, opts.author);
  if (ours) {
    const updated = await call(
      `update comment ${ours.id} on ${where}`,
      `editing comment ${ours.id} on ${where}`,
      () =>
        octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: opts.body }),
      // Deleted between listing and editing: write a new one below.
      404,
    );
    if (updated.skipped) return updated.skipped;
    if (updated.value)
      return { action: 'updated', id: updated.value.data.id, url: updated.value.data.html_url };
    opts.log?.(`comment ${ours.id} on ${where} is gone; creating a new one`);
  }
  const created = await call(`create a comment on ${where}`, `commenting on ${where}`, () =>
    octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: opts.issueNumber,
      body: opts.body,
    }),
  );
  if (created.skipped) return created.skipped;
  return { action: 'created', id: created.value.data.id, url: created.value.data.html_url };
}

type Guarded<T> =
  | { skipped: UpsertCommentResult & { action: 'skipped' }; value?: undefined }
  | { skipped?: undefined; value: T };

/**
 * A GitHub call with the review's retries (`what` names it in the retry log, `doing` in the
 * reason). A refusal the token cannot help (NOT_ALLOWED) skips the comment instead of failing
 * the step; `passStatus` gives an undefined value.
 */
function guarded(opts: UpsertCommentOptions) {
  return async <T>(
    what: string,
    doing: string,
    fn: () => Promise<T>,
    passStatus?: number,
  ): Promise<Guarded<T>> => {
    try {
      const value = await withRetry(what, fn, classifyOctokitError, {
        ...(opts.retry ? { policy: opts.retry } : {}),
        ...(opts.log ? { log: opts.log } : {}),
      });
      return { value };
    } catch (e) {
      const status = classifyOctokitError(e).status;
      if (status !== undefined && status === passStatus) return { value: undefined as T };
      if (status !== undefined && NOT_ALLOWED.has(status))
        return { skipped: { action: 'skipped', reason: skipReason(status, doing), status } };
      throw failed(doing, e);
    }
  };
}

function failed(what: string, e: unknown): ProvenanceError {
  const f = classifyOctokitError(e);
  return new ProvenanceError(
    'SERVICE_FAILED',
    `${what} failed: ${f.status ? `HTTP ${f.status}` : (e as Error).message}`,
    { input: 'comment', fix: 're-run the job; the review is in the job summary', cause: e },
  );
}
