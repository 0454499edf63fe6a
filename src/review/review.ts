// `mode: review`: this run's provenance, the base branch's, what changed, the verdict (verify's
// own, passed in by engine/review.ts), and one sticky comment on the pull request. The entry point passes everything it read from
// inputs and the event payload (PR number, base ref) as data; nothing here reads the
// environment.
import { getOctokit } from '@actions/github';
import { ProvenanceError } from '../errors.js';
import type { ProvenanceView } from '../statement/view.js';
import { branchName, findBaseProvenance, workflowFileName, type BaseFetchOptions } from './base.js';
import { upsertComment, type Octokit, type UpsertCommentResult } from './comment.js';
import { diffProvenance, type ProvenanceDiff } from './diff.js';
import { loadProvenance, type LoadedProvenance } from './load.js';
import { renderReview, reviewMarker, type BaseDescription } from './markdown.js';
import { claimsVerdict, type ReviewVerdict } from './verdict.js';

export interface ReviewGitHub {
  token: string;
  apiUrl: string;
  serverUrl: string;
  /** OWNER/REPO */
  repository: string;
  /** The pull request to comment on; without it there is no comment. */
  prNumber?: number;
  /** The pull request's base branch (`main` or `refs/heads/main`), for `base: auto`. */
  baseRef?: string;
  /** The workflow's file name or id; by default the head statement's workflow file. */
  workflowFile?: string;
  /** This run, to link the review to it. */
  runId?: string | number;
  /** Name of the provenance artifact (the attest step's `artifact-name`). */
  artifactName?: string;
  /** This job's id (GITHUB_JOB), to compare like with like in a matrix. */
  job?: string;
  /** Login the token acts as: only its comments are edited (see comment.ts). */
  author?: string;
}

export interface ReviewOptions extends BaseFetchOptions {
  /** This run's `provenance.sigstore.json` or `provenance.intoto.json` (or their directory). */
  head: string;
  /** `auto`: the latest successful run's artifact on the base branch; or a file path. */
  base: 'auto' | string;
  /**
   * The head's verdict: the release gate's verification of it (engine/review.ts passes verify's).
   * Without it nothing is verified, and the review says so.
   */
  verdict?: (head: LoadedProvenance) => Promise<ReviewVerdict>;
  /** Post (or update) the pull request comment. */
  comment: boolean;
  github?: ReviewGitHub;
  /** A client to use instead of one made from github.token (tests, GHES proxies). */
  octokit?: Octokit;
  /** Distinguishes this review's comment from other workflows' (default: the workflow file). */
  markerKey?: string;
  now?: Date;
}

export type CommentOutcome = UpsertCommentResult | { action: 'not-requested'; reason: string };

export interface ReviewResult {
  /** The comment body; also what the job summary shows. */
  markdown: string;
  diff: ProvenanceDiff;
  verdict: ReviewVerdict;
  head: ProvenanceView;
  base: BaseDescription & { found: boolean };
  comment: CommentOutcome;
  marker: string;
}

function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new ProvenanceError('INPUT_INVALID', `repository '${repository}' is not OWNER/REPO`, {
      input: 'repository',
      value: repository,
      fix: 'pass OWNER/REPO',
    });
  }
  return { owner, repo };
}

function clientFor(opts: ReviewOptions, github: ReviewGitHub): Octokit {
  return (
    opts.octokit ?? getOctokit(github.token, { baseUrl: github.apiUrl, request: { retries: 0 } })
  );
}

async function resolveBase(
  opts: ReviewOptions,
  head: ProvenanceView,
): Promise<{ view?: ProvenanceView; description: BaseDescription }> {
  if (opts.base !== 'auto') {
    const loaded = await loadProvenance(opts.base, 'base');
    return { view: loaded.view, description: { path: opts.base } };
  }
  const github = opts.github;
  if (!github?.baseRef) {
    return {
      description: { note: 'no base branch to look on (`base: auto` needs a pull request)' },
    };
  }
  const ref = branchName(github.baseRef);
  const workflowPath = github.workflowFile ?? head.identity.workflowPath ?? head.workflow?.path;
  if (!workflowPath) {
    return {
      description: { ref, note: 'the statement names no workflow to look for on the base branch' },
    };
  }
  const { owner, repo } = splitRepository(github.repository);
  const lookup = await findBaseProvenance({
    octokit: clientFor(opts, github),
    token: github.token,
    owner,
    repo,
    workflowFile: workflowFileName(workflowPath),
    branch: ref,
    ...(github.artifactName ? { artifactName: github.artifactName } : {}),
    ...(github.job ? { job: github.job } : {}),
    ...(opts.downloadArtifact ? { downloadArtifact: opts.downloadArtifact } : {}),
    ...(opts.workDir ? { workDir: opts.workDir } : {}),
    ...(opts.retry ? { retry: opts.retry } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  });
  if (lookup.found) {
    return {
      view: lookup.provenance.view,
      description: {
        ref,
        runId: lookup.runId,
        ...(lookup.runUrl ? { runUrl: lookup.runUrl } : {}),
      },
    };
  }
  opts.log?.(`base provenance: ${lookup.reason}`);
  // No successful run at all is the plain "first one"; anything else says what went wrong.
  return lookup.kind === 'no-run'
    ? { description: { ref } }
    : {
        description: {
          ref,
          note: lookup.reason,
          ...(lookup.runId !== undefined ? { runId: lookup.runId } : {}),
          ...(lookup.runUrl ? { runUrl: lookup.runUrl } : {}),
        },
      };
}

const NOT_VERIFIED = 'no verification was run: the review was given no verify to run';

export async function review(opts: ReviewOptions): Promise<ReviewResult> {
  const now = opts.now ?? new Date();
  const head = await loadProvenance(opts.head, 'bundle');
  const base = await resolveBase(opts, head.view);
  const diff = diffProvenance(base.view, head.view);
  const verdict = opts.verdict
    ? await opts.verdict(head)
    : claimsVerdict(head.view, head.bundle !== undefined, undefined, now, [NOT_VERIFIED]);

  const github = opts.github;
  const runUrl =
    github?.runId !== undefined
      ? `${github.serverUrl.replace(/\/+$/, '')}/${github.repository}/actions/runs/${github.runId}`
      : undefined;
  const markerKey =
    opts.markerKey ??
    workflowFileName(head.view.identity.workflowPath ?? head.view.workflow?.path ?? '');
  const marker = reviewMarker(markerKey || undefined);
  const markdown = renderReview({
    head: head.view,
    diff,
    verdict,
    signed: head.bundle !== undefined,
    marker,
    base: base.description,
    ...(runUrl ? { runUrl } : {}),
  });

  const comment = await postComment(opts, markdown, marker);
  return {
    markdown,
    diff,
    verdict,
    head: head.view,
    base: { ...base.description, found: base.view !== undefined },
    comment,
    marker,
  };
}

/** The sticky comment, when asked for and on a pull request. */
async function postComment(
  opts: ReviewOptions,
  markdown: string,
  marker: string,
): Promise<CommentOutcome> {
  const github = opts.github;
  if (!opts.comment) return { action: 'not-requested', reason: 'comment: false' };
  if (!github || github.prNumber === undefined) {
    return {
      action: 'not-requested',
      reason: 'not a pull request: the review is in the job summary',
    };
  }
  const { owner, repo } = splitRepository(github.repository);
  return upsertComment({
    octokit: clientFor(opts, github),
    owner,
    repo,
    issueNumber: github.prNumber,
    body: markdown,
    marker,
    ...(github.author ? { author: github.author } : {}),
    ...(opts.retry ? { retry: opts.retry } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  });
}
