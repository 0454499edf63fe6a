// Finds the base branch's provenance for `base: auto`: the artifact of the latest
// successful run of the same workflow on the base branch, through the Actions REST API.
// The zip download is an injected function (the real one needs the runner's artifact
// service); the run and artifact lookup is plain REST.
import { DefaultArtifactClient } from '@actions/artifact';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyOctokitError } from '../store/attestations.js';
import { withRetry, type RetryPolicy } from '../net/retry.js';
import type { Octokit } from './comment.js';
import { loadProvenance, provenanceFileIn, type LoadedProvenance } from './load.js';
import { ARTIFACT_PREFIX, defaultArtifactName } from '../store/artifact.js';

const isDefaultName = (name: string) =>
  name === ARTIFACT_PREFIX || name.startsWith(`${ARTIFACT_PREFIX}-`);

/**
 * Like with like: of several provenance artifacts (the jobs of a matrix), this job's; else the
 * only one; else the first, saying which was taken.
 */
function chooseArtifact(
  candidates: Artifact[],
  job: string | undefined,
  log?: (line: string) => void,
): Artifact | undefined {
  if (candidates.length <= 1) return candidates[0];
  const own = job ? candidates.filter((a) => a.name.startsWith(defaultArtifactName(job, ''))) : [];
  const chosen = own[0] ?? candidates[0]!;
  log?.(
    `the base run has ${candidates.length} provenance artifacts (${candidates.map((a) => a.name).join(', ')}): comparing with ${chosen.name}${own.length > 0 ? ", this job's" : ''}`,
  );
  return chosen;
}

export interface ArtifactDownloadRequest {
  /** Directory to unpack into; it exists and is empty. */
  path: string;
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

/** Downloads and unpacks one artifact of another run; resolves to where it went. */
export type ArtifactDownloader = (
  artifactId: number,
  request: ArtifactDownloadRequest,
) => Promise<{ downloadPath?: string }>;

/** The real download, through the runner's artifact service (`actions: read`). */
export const downloadWithArtifactClient: ArtifactDownloader = async (artifactId, request) => {
  const client = new DefaultArtifactClient();
  return client.downloadArtifact(artifactId, {
    path: request.path,
    findBy: {
      token: request.token,
      workflowRunId: request.workflowRunId,
      repositoryOwner: request.repositoryOwner,
      repositoryName: request.repositoryName,
    },
  });
};

/** How the base run's artifact is fetched; the review takes these and passes them on. */
export interface BaseFetchOptions {
  /** Fetches the base artifact; the runner's artifact service by default. */
  downloadArtifact?: ArtifactDownloader;
  /** Where to unpack the artifact; a fresh directory under the system's temp by default. */
  workDir?: string;
  /** Retries of the GitHub API calls. */
  retry?: Partial<RetryPolicy>;
  log?: (line: string) => void;
}

export interface FindBaseOptions extends BaseFetchOptions {
  octokit: Octokit;
  token: string;
  owner: string;
  repo: string;
  /** The workflow's file name (`train.yml`) or numeric id. */
  workflowFile: string;
  /** The base branch, e.g. `main` (a `refs/heads/` prefix is dropped). */
  branch: string;
  /** The base run's artifact name, when the attest step named it; else the default names. */
  artifactName?: string;
  /** This job's id: among several default-named artifacts (a matrix), its own is compared. */
  job?: string;
}

export type BaseLookup =
  | {
      found: true;
      provenance: LoadedProvenance;
      runId: number;
      runUrl?: string;
      artifactId: number;
    }
  | {
      found: false;
      /**
       * no-run: no successful run on the branch (or the workflow does not exist there yet);
       * no-artifact: the run kept no provenance artifact (or it expired); error: the lookup failed.
       */
      kind: 'no-run' | 'no-artifact' | 'error';
      reason: string;
      runId?: number;
      runUrl?: string;
    };

interface WorkflowRun {
  id: number;
  html_url?: string;
  head_sha?: string;
}

interface Artifact {
  id: number;
  name: string;
  expired?: boolean;
}

/** `.github/workflows/train.yml` → `train.yml`, the name the Actions API takes. */
export function workflowFileName(workflowPath: string): string {
  const at = workflowPath.lastIndexOf('@');
  const path = at > 0 ? workflowPath.slice(0, at) : workflowPath;
  return path.slice(path.lastIndexOf('/') + 1);
}

export function branchName(ref: string): string {
  return ref.replace(/^refs\/heads\//, '');
}

function httpReason(e: unknown, what: string): string {
  const f = classifyOctokitError(e);
  if (f.status === 401 || f.status === 403) {
    return `${what} was refused (HTTP ${f.status}): grant the job \`permissions: actions: read\``;
  }
  return `${what} failed: ${f.status ? `HTTP ${f.status}` : (e as Error).message}`;
}

/** The base branch's latest successful run, its provenance artifact, and the record in it. */
export async function findBaseProvenance(opts: FindBaseOptions): Promise<BaseLookup> {
  const branch = branchName(opts.branch);
  const run = await latestRun(opts, branch);
  if ('found' in run) return run;
  const runRef = { runId: run.id, ...(run.html_url ? { runUrl: run.html_url } : {}) };
  const artifact = await provenanceArtifact(opts, run, branch);
  if ('found' in artifact) return { ...artifact, ...runRef };
  try {
    const dir = await mkdtemp(join(opts.workDir ?? tmpdir(), 'base-provenance-'));
    const download = opts.downloadArtifact ?? downloadWithArtifactClient;
    const res = await download(artifact.id, {
      path: dir,
      token: opts.token,
      workflowRunId: run.id,
      repositoryOwner: opts.owner,
      repositoryName: opts.repo,
    });
    const file = await provenanceFileIn(res.downloadPath ?? dir, 'base');
    const provenance = await loadProvenance(file, 'base');
    return { found: true, provenance, artifactId: artifact.id, ...runRef };
  } catch (e) {
    return {
      found: false,
      kind: 'error',
      reason: `the \`${artifactNameOf(opts)}\` artifact of run ${run.id} could not be read: ${(e as Error).message}`,
      ...runRef,
    };
  }
}

type NotFound = Extract<BaseLookup, { found: false }>;

const artifactNameOf = (opts: FindBaseOptions) => opts.artifactName ?? `${ARTIFACT_PREFIX}-*`;

/** A GitHub API call with the review's retry policy. */
function caller(opts: FindBaseOptions) {
  return <T>(what: string, fn: () => Promise<T>): Promise<T> =>
    withRetry(what, fn, classifyOctokitError, {
      ...(opts.retry ? { policy: opts.retry } : {}),
      ...(opts.log ? { log: opts.log } : {}),
    });
}

async function latestRun(opts: FindBaseOptions, branch: string): Promise<WorkflowRun | NotFound> {
  const { octokit, owner, repo } = opts;
  let run: WorkflowRun | undefined;
  try {
    const res = await caller(opts)(`list runs of ${opts.workflowFile} on ${branch}`, () =>
      octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner,
        repo,
        workflow_id: opts.workflowFile,
        branch,
        status: 'success',
        per_page: 1,
      }),
    );
    run = (res.data as { workflow_runs?: WorkflowRun[] }).workflow_runs?.[0];
  } catch (e) {
    // The workflow file is new in this pull request: the base branch has never run it.
    if (classifyOctokitError(e).status === 404) {
      return {
        found: false,
        kind: 'no-run',
        reason: `${opts.workflowFile} does not exist on ${branch}`,
      };
    }
    return {
      found: false,
      kind: 'error',
      reason: httpReason(e, `looking up runs of ${opts.workflowFile} on ${branch}`),
    };
  }
  return (
    run ?? {
      found: false,
      kind: 'no-run',
      reason: `no successful run of ${opts.workflowFile} on ${branch}`,
    }
  );
}

async function provenanceArtifact(
  opts: FindBaseOptions,
  run: WorkflowRun,
  branch: string,
): Promise<Artifact | NotFound> {
  const { octokit, owner, repo } = opts;
  try {
    const res = await caller(opts)(`list artifacts of run ${run.id}`, () =>
      octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
        owner,
        repo,
        run_id: run.id,
        ...(opts.artifactName ? { name: opts.artifactName } : {}),
        per_page: 100,
      }),
    );
    const artifacts = (res.data as { artifacts?: Artifact[] }).artifacts ?? [];
    // The API filters by name; filter again in case a server ignores the parameter.
    const named = artifacts.filter((a) =>
      opts.artifactName ? a.name === opts.artifactName : isDefaultName(a.name),
    );
    const artifact = chooseArtifact(
      named.filter((a) => !a.expired),
      opts.job,
      opts.log,
    );
    if (artifact) return artifact;
    const why = named.length > 0 ? 'has expired' : 'was not uploaded';
    return {
      found: false,
      kind: 'no-artifact',
      reason: `the \`${artifactNameOf(opts)}\` artifact of run ${run.id} on ${branch} ${why}`,
    };
  } catch (e) {
    return {
      found: false,
      kind: 'error',
      reason: httpReason(e, `listing the artifacts of run ${run.id}`),
    };
  }
}
