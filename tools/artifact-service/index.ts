// A loopback stand-in for GitHub's artifact service (v4), speaking what @actions/artifact 2+
// speaks (actions/toolkit packages/artifact: src/internal/shared/artifact-twirp-client.ts,
// upload/blob-upload.ts, download/download-artifact.ts): the Results service's twirp
// endpoints, block-blob storage as @azure/storage-blob writes it (stage block, commit block
// list), and the signed download URL. As strict as the real one where our code depends on it:
//   - the backend ids must be those of the runtime token's `Actions.Results:RUN:JOB` scope
//     (toolkit shared/util.ts getBackendIdsFromToken);
//   - one name once per workflow run: a second CreateArtifact with it is 409 Conflict,
//     "an artifact with this name already exists on the workflow run" (toolkit's "Breaking
//     changes" notes for v2; Jimver/cuda-toolkit#369 hit it in a matrix);
//   - names with " : < > | * ? \r \n \ / are refused (toolkit
//     upload/path-and-artifact-name-validation.ts: "Will be rejected from the server");
//   - an artifact that was never finalized is not listed.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const INVALID_NAME = /[":<>|*?\r\n\\/]/;

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  finalized: boolean;
  size: number;
  /** The blob as uploaded (a zip, for a normal upload). */
  data?: Buffer;
  blobPath: string;
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL */
  url: string;
  /** An ACTIONS_RUNTIME_TOKEN for one job of one run, as the runner hands it out. */
  runtimeToken(run: string, job: string): string;
  artifacts: StoredArtifact[];
  requests: string[];
  close(): Promise<void>;
}

/** An unsigned JWT with the runner's scope claim: the client only decodes it. */
function token(run: string, job: string): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = {
    scp: `Actions.GenericRead:00000000 Actions.Results:${run}:${job}`,
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
  return `${enc({ typ: 'JWT', alg: 'none' })}.${enc(claims)}.`;
}

function scopeOf(req: IncomingMessage): { run: string; job: string } | undefined {
  const m = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''));
  if (!m) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(m[1]!.split('.')[1] ?? '', 'base64url').toString()) as {
      scp?: string;
    };
    const scope = claims.scp?.split(' ').find((s) => s.startsWith('Actions.Results:'));
    const [, run, job] = scope?.split(':') ?? [];
    return run && job ? { run, job } : undefined;
  } catch {
    return undefined;
  }
}

const body = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });

function twirp(res: ServerResponse, status: number, payload: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}

/** A twirp error: HTTP status, then {code, msg} as the client reads it. */
const fail = (res: ServerResponse, status: number, code: string, msg: string) =>
  twirp(res, status, { code, msg });

export async function startArtifactService(): Promise<ArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const requests: string[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  let nextId = 7000;
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const rpc = async (method: string, req: IncomingMessage, res: ServerResponse) => {
    const scope = scopeOf(req);
    if (!scope) return fail(res, 401, 'unauthenticated', 'missing or invalid runtime token');
    const msg = JSON.parse((await body(req)).toString() || '{}') as Record<string, unknown>;
    if (msg.workflowRunBackendId !== undefined && msg.workflowRunBackendId !== scope.run)
      return fail(
        res,
        403,
        'permission_denied',
        'workflow run backend id does not match the token',
      );
    const inRun = artifacts.filter((a) => a.runBackendId === scope.run);
    switch (method) {
      case 'CreateArtifact': {
        const name = String(msg.name ?? '');
        if (!name || INVALID_NAME.test(name))
          return fail(res, 400, 'invalid_argument', `invalid artifact name: ${name}`);
        if (inRun.some((a) => a.name === name))
          return fail(
            res,
            409,
            'already_exists',
            'an artifact with this name already exists on the workflow run',
          );
        const blobPath = `/devstoreaccount1/actions-results/${randomUUID()}/${name}.zip`;
        artifacts.push({
          id: ++nextId,
          name,
          runBackendId: scope.run,
          jobBackendId: scope.job,
          finalized: false,
          size: 0,
          blobPath,
        });
        return twirp(res, 200, {
          ok: true,
          signedUploadUrl: `${url}${blobPath}?sig=${randomBytes(8).toString('hex')}`,
        });
      }
      case 'FinalizeArtifact': {
        const a = inRun.find((x) => x.name === msg.name && !x.finalized);
        if (!a) return fail(res, 404, 'not_found', 'no artifact of that name is being uploaded');
        if (!a.data)
          return fail(res, 400, 'failed_precondition', 'the artifact has no committed blob');
        a.finalized = true;
        a.size = Number(msg.size ?? a.data.length);
        return twirp(res, 200, { ok: true, artifactId: String(a.id) });
      }
      case 'ListArtifacts': {
        const byName = (msg.nameFilter as { value?: string } | undefined)?.value;
        const byId = (msg.idFilter as { value?: string } | undefined)?.value;
        const list = inRun.filter(
          (a) =>
            a.finalized &&
            (!byName || a.name === byName) &&
            (!byId || String(a.id) === String(byId)),
        );
        return twirp(res, 200, {
          artifacts: list.map((a) => ({
            workflowRunBackendId: a.runBackendId,
            workflowJobRunBackendId: a.jobBackendId,
            databaseId: String(a.id),
            name: a.name,
            size: String(a.size),
            createdAt: new Date().toISOString(),
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const a = inRun.find((x) => x.finalized && x.name === msg.name);
        if (!a) return fail(res, 404, 'not_found', 'artifact not found');
        return twirp(res, 200, { signedUrl: `${url}${a.blobPath}?sig=read` });
      }
      default:
        return fail(res, 404, 'bad_route', `no method ${method}`);
    }
  };

  /** Block-blob calls as @azure/storage-blob makes them: Put Block, Put Block List, Put Blob, Get Blob. */
  const blob = async (req: IncomingMessage, res: ServerResponse, target: URL) => {
    const a = artifacts.find((x) => x.blobPath === target.pathname);
    if (!a) return res.writeHead(404).end();
    if (!target.searchParams.get('sig')) return res.writeHead(403).end();
    const headers = { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2024-05-04' };
    if (req.method === 'GET') {
      res.writeHead(200, {
        ...headers,
        'content-type': 'application/zip',
        'content-length': String(a.data?.length ?? 0),
      });
      return res.end(a.data ?? Buffer.alloc(0));
    }
    const data = await body(req);
    const comp = target.searchParams.get('comp');
    if (comp === 'block') {
      const staged = blocks.get(a.blobPath) ?? new Map<string, Buffer>();
      staged.set(target.searchParams.get('blockid') ?? '', data);
      blocks.set(a.blobPath, staged);
    } else if (comp === 'blocklist') {
      const ids = [
        ...data.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g),
      ].map((m) => m[1]!);
      const staged = blocks.get(a.blobPath) ?? new Map();
      a.data = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)));
    } else {
      a.data = data;
    }
    return res
      .writeHead(201, {
        ...headers,
        etag: `"${randomUUID()}"`,
        'last-modified': new Date().toUTCString(),
      })
      .end();
  };

  server.on('request', (req, res) => {
    const target = new URL(req.url ?? '/', url);
    requests.push(
      `${req.method} ${target.pathname}${target.search ? '?' + target.searchParams.get('comp') : ''}`,
    );
    const done = (p: Promise<unknown> | void) =>
      Promise.resolve(p).catch((e: unknown) => fail(res, 500, 'internal', (e as Error).message));
    if (req.method === 'POST' && target.pathname.startsWith(SERVICE))
      return done(rpc(target.pathname.slice(SERVICE.length), req, res));
    if (target.pathname.startsWith('/devstoreaccount1/')) return done(blob(req, res, target));
    res.writeHead(404).end();
  });

  return {
    url,
    runtimeToken: token,
    artifacts,
    requests,
    close: async () => {
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** What the REST side needs to know of the fake GitHub API it is attached to. */
export interface RestRoutes {
  route(
    method: string,
    path: RegExp,
    handler: (req: { path: string }) => {
      status: number;
      body?: unknown;
      headers?: Record<string, string>;
    },
  ): void;
}

/**
 * The REST side (the API `review` and `@actions/artifact`'s cross-run download use):
 * `GET /repos/{o}/{r}/actions/workflows/{file}/runs` (the runs given, newest first),
 * `GET /repos/{o}/{r}/actions/runs/{id}/artifacts` (finalized artifacts only) and
 * `GET /repos/{o}/{r}/actions/artifacts/{id}/zip`, which answers 302 to the blob, as
 * GitHub's does (toolkit download-artifact.ts refuses any other status).
 */
export function attachRestRoutes(
  svc: ArtifactService,
  gh: RestRoutes,
  repo: string,
  runs: Array<{ id: number; backendId: string; workflowFile: string }>,
): void {
  const [owner, name] = repo.split('/');
  const base = `^/repos/${owner}/${name}/actions`;
  gh.route('GET', new RegExp(`${base}/workflows/([^/]+)/runs$`), (req) => {
    const file = decodeURIComponent(/workflows\/([^/]+)\/runs$/.exec(req.path)![1]!);
    const list = runs.filter((r) => r.workflowFile === file).reverse();
    return {
      status: 200,
      body: {
        total_count: list.length,
        workflow_runs: list.map((r) => ({
          id: r.id,
          html_url: `https://github.com/${repo}/actions/runs/${r.id}`,
          conclusion: 'success',
        })),
      },
    };
  });
  gh.route('GET', new RegExp(`${base}/runs/(\\d+)/artifacts$`), (req) => {
    const id = Number(/runs\/(\d+)\/artifacts$/.exec(req.path)![1]);
    const run = runs.find((r) => r.id === id);
    const list = svc.artifacts.filter((a) => a.finalized && a.runBackendId === run?.backendId);
    return {
      status: 200,
      body: {
        total_count: list.length,
        artifacts: list.map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.size,
          expired: false,
        })),
      },
    };
  });
  gh.route('GET', new RegExp(`${base}/artifacts/(\\d+)/zip$`), (req) => {
    const a = svc.artifacts.find(
      (x) => x.finalized && x.id === Number(/artifacts\/(\d+)\/zip$/.exec(req.path)![1]),
    );
    if (!a) return { status: 404, body: { message: 'Not Found' } };
    return { status: 302, headers: { location: `${svc.url}${a.blobPath}?sig=read` } };
  });
}
