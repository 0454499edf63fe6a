// Attest survives faults and keeps nothing half-done. The bundled action runs as a runner runs
// it against the local Sigstore stack and the fake GitHub API, with services told to fail:
// 5xx answers, closed connections and rate limits (429 + retry-after), first once (the run
// succeeds after a bounded retry and its log says so) and then for good (one clear error
// naming the service, no bundle, exit non-zero). Timeouts are tested on the signing and
// storage modules themselves, with short timeouts: the action's own are 30 s per request.
// A model file that changes while it is hashed fails the run (engine level, made
// deterministic by changing the file when the hasher reports its plan, after its stat pass).
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { attest, type AttestRequest } from '../../src/engine/attest.js';
import { isProvenanceError, ProvenanceError } from '../../src/errors.js';
import { closeHashPool } from '../../src/hash/index.js';
import { signStatement } from '../../src/sign/sign.js';
import { pushAttestation } from '../../src/store/attestations.js';
import { DEFAULT_RETRY } from '../../src/net/retry.js';
import { verifyProvenance } from '../../src/verify/pipeline.js';
import { startFakeGitHub, type FakeGitHub } from '../../tools/github-api/index.js';
import { githubContextEnv, runAction, type RunActionResult } from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { buildAttestRequest } from '../../src/request/attest.js';
import { actionEdge } from '../../src/request/edge.js';
import { NO_FIELDS } from '../helpers/requests.js';

const GH_TOKEN = 'ghs_faultsSuiteTokenNeverLogged000000000000';
const MODEL: Record<string, string> = {
  'config.json': '{"hidden_size": 4}\n',
  'weights.bin': 'w'.repeat(4096),
};

/**
 * In front of the fake GitHub API: forwards everything, except that the next `times`
 * attestation uploads get their connection closed, or no answer at all.
 */
interface Front {
  url: string;
  fail(kind: 'close' | 'hang', times: number): void;
  close(): Promise<void>;
}

async function startFront(upstream: string): Promise<Front> {
  let fault: { kind: 'close' | 'hang'; times: number } | undefined;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    if (
      fault &&
      fault.times > 0 &&
      req.method === 'POST' &&
      /\/attestations$/.test(req.url ?? '')
    ) {
      fault.times--;
      if (fault.kind === 'close') req.socket.destroy();
      return; // 'hang': never answer
    }
    const up = request(
      `${upstream}${req.url}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    fail: (kind, times) => (fault = { kind, times }),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

let stack: Stack;
let gh: FakeGitHub;
let front: Front;
let ws: string;
/** Faults a run recovered from, counted for the report. */
let survived = 0;
/** Persistent faults that failed the run cleanly. */
let failedClosed = 0;

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-faults-'));
  for (const [name, content] of Object.entries(MODEL)) {
    await mkdir(join(ws, 'out/model'), { recursive: true });
    await writeFile(join(ws, 'out/model', name), content);
  }
  [stack, gh] = await Promise.all([startStack(), startFakeGitHub({ token: GH_TOKEN })]);
  front = await startFront(gh.url);
}, 60_000);

afterEach(() => stack.clearFaults());

afterAll(async () => {
  await stack?.close();
  await front?.close();
  await gh?.close();
  await rm(ws, { recursive: true, force: true });
  await closeHashPool();
  console.log(
    `faults: ${survived} transient faults survived, ${failedClosed} persistent faults failed closed`,
  );
});

function run(
  inputs: Record<string, string> = {},
  on: { stack: Stack; apiUrl: string } = { stack, apiUrl: front.url },
): Promise<RunActionResult> {
  const stack = on.stack;
  return runAction({
    workspace: ws,
    inputs: {
      model: 'out/model',
      python: 'none',
      'trust-config': stack.trustConfigPath,
      'github-token': GH_TOKEN,
      ...inputs,
    },
    env: githubContextEnv({
      GITHUB_API_URL: on.apiUrl,
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
    }),
    timeoutMs: 60_000,
  });
}

const errorLine = (r: RunActionResult) =>
  r.stdout.split('\n').find((l) => l.startsWith('::error')) ?? '';
/** What a run whose signing failed leaves: both statements, unsigned, ready for a retry. */
const UNSIGNED_FILES = ['provenance.intoto.json', 'training.intoto.json'];
const outputFiles = (r: RunActionResult) => {
  const dir = join(r.runnerTemp, 'training-provenance');
  return existsSync(dir) ? readdirSync(dir) : [];
};

/** The bundle a run wrote verifies against the stack: nothing half-done was kept. */
async function expectWholeBundle(path: string, trustedRoot = stack.trustedRootPath): Promise<void> {
  const bundle = JSON.parse(await readFile(path, 'utf8')) as SerializedBundle;
  const report = await verifyProvenance({
    bundles: [bundle],
    model: [{ kind: 'directory', path: join(ws, 'out/model'), relPath: 'out/model' }],
    workspace: ws,
    identity: { repository: 'acme/vision' },
    trustedRoot,
  });
  expect(report.violations).toEqual([]);
  expect(report.verified).toBe(true);
}

function expectSucceeded(r: RunActionResult): void {
  if (r.exitCode !== 0) throw new Error(`the run failed:\n${r.stdout}\n${r.stderr}`);
  expect(r.outputs['training-bundle-path']).toBeTruthy();
  expect(r.outputs['attestation-id']).toMatch(/^\d+$/);
}

describe('transient faults: the run succeeds after a bounded retry, and the log says so', () => {
  test('a 5xx from Fulcio, Rekor, the TSA and the attestations API, once each', async () => {
    stack.setFault('fulcio', { status: 503, times: 1 });
    stack.setFault('rekor', { status: 500, times: 1 });
    stack.setFault('tsa', { status: 502, times: 1 });
    gh.failNext('POST', /\/attestations$/, 504, 1);
    const r = await run();
    expectSucceeded(r);
    expect(r.stdout).toContain(`fulcio at ${stack.fulcioUrl}: HTTP 503, retry 1/3`);
    expect(r.stdout).toContain(`rekor at ${stack.rekorUrl}: HTTP 500, retry 1/3`);
    expect(r.stdout).toContain(`tsa at ${stack.tsaUrl}: HTTP 502, retry 1/3`);
    expect(r.stdout).toMatch(/POST \S+\/repos\/acme\/vision\/attestations: HTTP 504, retry 1\/3/);
    expect(r.stdout).not.toMatch(/retry 2\//);
    await expectWholeBundle(r.outputs['training-bundle-path']!);
    survived += 4;
  }, 60_000);

  test('a closed connection from each of the four, once each', async () => {
    stack.setFault('fulcio', { closeConnection: true, times: 1 });
    stack.setFault('rekor', { closeConnection: true, times: 1 });
    stack.setFault('tsa', { closeConnection: true, times: 1 });
    front.fail('close', 1);
    const r = await run();
    expectSucceeded(r);
    for (const [service, url] of [
      ['fulcio', stack.fulcioUrl],
      ['rekor', stack.rekorUrl],
      ['tsa', stack.tsaUrl],
    ]) {
      expect(r.stdout).toMatch(new RegExp(`${service} at ${url}: a network error.*, retry 1/3`));
    }
    expect(r.stdout).toMatch(/attestations: a network error.*, retry 1\/3/);
    await expectWholeBundle(r.outputs['training-bundle-path']!);
    survived += 4;
  }, 60_000);

  test('429 with retry-after: 1 from each of the four: each wait is the one asked for', async () => {
    for (const s of ['fulcio', 'rekor', 'tsa'] as const)
      stack.setFault(s, { status: 429, retryAfterSeconds: 1, times: 1 });
    gh.failNext('POST', /\/attestations$/, 429, 1, { headers: { 'retry-after': '1' } });
    const started = Date.now();
    const r = await run();
    const elapsed = Date.now() - started;
    expectSucceeded(r);
    for (const [service, url] of [
      ['fulcio', stack.fulcioUrl],
      ['rekor', stack.rekorUrl],
      ['tsa', stack.tsaUrl],
    ]) {
      expect(r.stdout).toContain(`${service} at ${url}: HTTP 429, retry 1/3 in 1000 ms`);
    }
    expect(r.stdout).toMatch(/attestations: HTTP 429, retry 1\/3 in 1000 ms/);
    // The waits really happened (the default backoff would be 500 ms): Fulcio's, then Rekor's
    // and the TSA's together (the two witnesses are asked at once), then the API's.
    expect(elapsed).toBeGreaterThanOrEqual(3000);
    await expectWholeBundle(r.outputs['training-bundle-path']!);
    survived += 4;
  }, 60_000);

  test('the OIDC token endpoint failing once', async () => {
    stack.setFault('oidc', { status: 503, times: 1 });
    const r = await run({ 'push-to-github': 'false' });
    expect(r.exitCode).toBe(0);
    expect(stack.requestCount('oidc')).toBeGreaterThanOrEqual(2);
    survived += 1;
  }, 60_000);
});

describe('persistent faults: one clear error naming the service, no bundle (the statements kept), exit non-zero', () => {
  // Each case has a stack (and an API) of its own, so that all of them can run at once: most of
  // their time is the backoff between retries.
  interface Case {
    stack: Stack;
    api: FakeGitHub;
    r: RunActionResult;
    /** Requests the failing service received during the run. */
    requests: number;
  }
  const servers: Array<{ close(): Promise<void> }> = [];
  const cases = new Map<string, Promise<Case>>();
  const persistent = (
    name: string,
    fault: (s: Stack, api: FakeGitHub) => void,
    count: (s: Stack, api: FakeGitHub) => number,
    inputs: Record<string, string> = { 'push-to-github': 'false' },
  ) => {
    const pending = (async (): Promise<Case> => {
      const [s, api] = await Promise.all([startStack(), startFakeGitHub({ token: GH_TOKEN })]);
      servers.push(s, api);
      fault(s, api);
      const before = count(s, api);
      const r = await run(inputs, { stack: s, apiUrl: api.url });
      return { stack: s, api, r, requests: count(s, api) - before };
    })();
    pending.catch(() => {});
    cases.set(name, pending);
  };

  beforeAll(() => {
    for (const [service, status] of [
      ['fulcio', 503],
      ['rekor', 500],
      ['tsa', 504],
    ] as const) {
      persistent(
        `${service} ${status}`,
        (s) => s.setFault(service, { status }),
        (s) => s.requestCount(service),
      );
    }
    persistent(
      'fulcio close',
      (s) => s.setFault('fulcio', { closeConnection: true }),
      (s) => s.requestCount('fulcio'),
    );
    persistent(
      'fulcio 401',
      (s) => s.setFault('fulcio', { status: 401 }),
      (s) => s.requestCount('fulcio'),
    );
    persistent(
      'api 503',
      (_s, api) => api.failNext('POST', /\/attestations$/, 503, 4),
      (_s, api) => api.requests.length,
      {},
    );
  });
  afterAll(async () => {
    await Promise.allSettled([...cases.values()]);
    await Promise.all(servers.map((x) => x.close()));
  });

  test.each([
    ['fulcio', 503],
    ['rekor', 500],
    ['tsa', 504],
  ] as const)(
    '%s answering %i every time',
    async (service, status) => {
      const { stack: s, r, requests } = await cases.get(`${service} ${status}`)!;
      expect(r.exitCode).not.toBe(0);
      const url = { fulcio: s.fulcioUrl, rekor: s.rekorUrl, tsa: s.tsaUrl }[service];
      expect(errorLine(r)).toContain(`SERVICE_FAILED`);
      expect(errorLine(r)).toContain(`signing failed at ${service} at ${url}`);
      expect(errorLine(r)).toContain(`(${status})`);
      // Bounded: the first try and three retries, no more. Fulcio is asked once for both
      // statements; each statement has its own Rekor entry and timestamp.
      expect(requests).toBe(service === 'fulcio' ? 4 : 8);
      expect(r.stdout).toMatch(/retry 3\/3/);
      expect(outputFiles(r).sort()).toEqual(UNSIGNED_FILES);
      expect(r.outputs['training-bundle-path']).toBeUndefined();
      failedClosed += 1;
    },
    60_000,
  );

  test('Fulcio closing every connection', async () => {
    const { stack: s, r, requests } = await cases.get('fulcio close')!;
    expect(r.exitCode).not.toBe(0);
    expect(errorLine(r)).toContain(`signing failed at fulcio at ${s.fulcioUrl}`);
    expect(requests).toBe(4);
    expect(outputFiles(r).sort()).toEqual(UNSIGNED_FILES);
    failedClosed += 1;
  }, 60_000);

  test('Fulcio refusing the token (401) is not retried', async () => {
    const { stack: s, r, requests } = await cases.get('fulcio 401')!;
    expect(r.exitCode).not.toBe(0);
    expect(errorLine(r)).toContain(`fulcio at ${s.fulcioUrl}`);
    expect(errorLine(r)).toMatch(/audience sigstore/);
    expect(requests).toBe(1);
    expect(outputFiles(r).sort()).toEqual(UNSIGNED_FILES);
    failedClosed += 1;
  }, 60_000);

  test('the attestations API answering 503 every time: the error names it; the signed bundle is kept whole', async () => {
    const { stack: s, api, r, requests } = await cases.get('api 503')!;
    // Bounded: the first try and three retries.
    expect(requests).toBe(4);
    expect(r.exitCode).not.toBe(0);
    expect(errorLine(r)).toContain(`STORAGE_FAILED`);
    expect(errorLine(r)).toContain(
      `the attestations API at ${api.url} failed to store the build provenance: HTTP 503`,
    );
    expect(r.stdout).toMatch(/retry 3\/3/);
    // No output points at a half-stored attestation...
    expect(r.outputs['attestation-id']).toBeUndefined();
    // ...and what stays in output-dir is whole: the statement and a bundle that verifies
    // (it is already in the transparency log; the error says it was kept for a re-upload).
    expect(outputFiles(r).sort()).toEqual([
      'provenance.intoto.json',
      'provenance.sigstore.json',
      'training.intoto.json',
      'training.sigstore.json',
    ]);
    for (const name of ['provenance.sigstore.json', 'training.sigstore.json'])
      await expectWholeBundle(join(r.runnerTemp, 'training-provenance', name), s.trustedRootPath);
    failedClosed += 1;
  }, 60_000);
});

describe('timeouts (signing and storage modules, with short timeouts)', () => {
  const FAST_RETRY = { baseDelayMs: 20, maxDelayMs: 80 };
  const endpoints = () => ({
    instance: 'custom' as const,
    fulcioUrl: stack.fulcioUrl,
    rekorUrl: stack.rekorUrl,
    tsaUrl: stack.tsaUrl,
  });
  const sign = async (log: string[], body: string) =>
    signStatement(Buffer.from(body), {
      endpoints: endpoints(),
      token: await stack.mintToken(),
      // Long enough that a loaded 2-core CI machine's stand-in Fulcio answers in time (0.4 s did
      // not, with the suite's other workers signing at once), short enough to test the bound.
      timeoutMs: 1500,
      // Waits of milliseconds: what is tested is that a timeout is retried, not the backoff.
      retry: FAST_RETRY,
      log: (l) => log.push(l),
    });

  test.each(['fulcio', 'rekor', 'tsa'] as const)(
    '%s not answering in time once: retried, logged, signed',
    async (service) => {
      stack.setFault(service, { delayMs: 3000, times: 1 });
      const log: string[] = [];
      const { bundle } = await sign(log, `{"timeout":"${service}"}`);
      expect(log.join('\n')).toMatch(
        new RegExp(`${service} at \\S+: a network error \\(timed out\\), retry 1/3`),
      );
      expect(bundle.dsseEnvelope?.payload).toBeTruthy();
      survived += 1;
    },
    30_000,
  );

  test('the TSA never answering in time: fails naming it, within the bound', async () => {
    stack.setFault('tsa', { delayMs: 3000 });
    const log: string[] = [];
    const started = Date.now();
    const e = await sign(log, '{"timeout":"forever"}').catch((x: unknown) => x);
    expect(isProvenanceError(e)).toBe(true);
    expect((e as ProvenanceError).message).toContain(`signing failed at tsa at ${stack.tsaUrl}`);
    // 4 tries of 1.5 s and waits of 20 + 40 + 80 ms, after Fulcio and Rekor answered.
    expect(log.join('\n')).toMatch(/retry 3\/3 in 80 ms/);
    expect(Date.now() - started).toBeLessThan(15_000);
    failedClosed += 1;
  }, 30_000);

  test('a retry-after beyond the cap is waited only up to the cap', async () => {
    stack.setFault('fulcio', { status: 429, retryAfterSeconds: 3600, times: 1 });
    const log: string[] = [];
    const started = Date.now();
    await signStatement(Buffer.from('{"cap":1}'), {
      endpoints: endpoints(),
      token: await stack.mintToken(),
      retry: { retryAfterCapMs: 1200 },
      log: (l) => log.push(l),
    });
    expect(log.join('\n')).toContain('HTTP 429, retry 1/3 in 1200 ms');
    expect(Date.now() - started).toBeLessThan(5000);
    survived += 1;
  }, 30_000);

  // The API indexes an attestation by its subjects' digests: the statement needs one.
  const bundleToPush = async () =>
    (
      await sign(
        [],
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v1',
          subject: [{ name: 'm', digest: { sha256: 'a'.repeat(64) } }],
          // A custom predicate type: the API validates only SLSA provenance's shape.
          predicateType: 'https://example.com/faults-test/v1',
          predicate: {},
        }),
      )
    ).bundle;

  test('the attestations API hanging once: retried and stored', async () => {
    const bundle = await bundleToPush();
    front.fail('hang', 1);
    const log: string[] = [];
    const before = gh.state.attestations.length;
    const r = await pushAttestation(bundle, {
      token: GH_TOKEN,
      repository: 'acme/vision',
      apiUrl: front.url,
      serverUrl: 'https://github.com',
      timeoutMs: 500,
      retry: { ...DEFAULT_RETRY, ...FAST_RETRY },
      log: (l) => log.push(l),
    });
    expect(r.attestationId).toMatch(/^\d+$/);
    expect(log.join('\n')).toMatch(/a network error \(timed out\), retry 1\/3/);
    expect(gh.state.attestations.length).toBe(before + 1);
    survived += 1;
  }, 30_000);

  test('the attestations API hanging for good: STORAGE_FAILED naming it', async () => {
    const bundle = await bundleToPush();
    front.fail('hang', 10);
    const e = await pushAttestation(bundle, {
      token: GH_TOKEN,
      repository: 'acme/vision',
      apiUrl: front.url,
      serverUrl: 'https://github.com',
      timeoutMs: 300,
      retry: { ...DEFAULT_RETRY, ...FAST_RETRY, retries: 2 },
    }).catch((x: unknown) => x);
    expect(isProvenanceError(e)).toBe(true);
    expect((e as ProvenanceError).code).toBe('STORAGE_FAILED');
    expect((e as ProvenanceError).message).toContain(`the attestations API at ${front.url} failed`);
    expect((e as ProvenanceError).message).toContain('timed out');
    front.fail('hang', 0);
    failedClosed += 1;
  }, 30_000);
});

describe('a model that changes while it is hashed fails the run, and nothing is written', () => {
  const inputs = (outputDir: string): Promise<AttestRequest> =>
    buildAttestRequest(
      {
        ...NO_FIELDS,
        model: ['out/model'],
        python: 'none',
        sign: true,
        sigstore: 'custom',
        fulcioUrl: stack.fulcioUrl,
        rekorUrl: stack.rekorUrl,
        artifactName: 'training-provenance',
        outputDir,
      },
      actionEdge(ws),
    );

  // The hasher reports its plan (totals known, nothing read) right after its stat pass: a
  // change made then is a change between the stat and the read.
  // The change is synchronous: it is complete before the hasher reads.
  async function attestWhileChanging(
    change: (file: string) => void,
    named = 'weights.bin',
    at: 'planned' | 'read' = 'planned',
  ) {
    const outputDir = join(ws, 'out-changing');
    const weights = join(ws, 'out/model/weights.bin');
    let changed = false;
    try {
      const e = await attest(await inputs(outputDir), {
        workspace: ws,
        env: githubContextEnv(),
        pathEnv: process.env.PATH ?? '',
        getIdToken: () => stack.mintToken(),
        artifactRuntimeAvailable: false,
        toolVersion: '0.0.0-faults',
        log: () => {},
        onProgress: (label, p) => {
          const due = at === 'planned' ? p.bytesDone === 0 : p.bytesDone === p.bytesTotal;
          if (label === 'model' && !changed && due) {
            changed = true;
            change(weights);
          }
        },
      }).catch((x: unknown) => x);
      expect(changed).toBe(true);
      expect(isProvenanceError(e)).toBe(true);
      expect((e as ProvenanceError).code).toBe('FILE_CHANGED');
      expect((e as ProvenanceError).toLine()).toContain(named);
      expect((e as ProvenanceError).toLine()).toMatch(/input 'model'/);
      expect(existsSync(outputDir) ? readdirSync(outputDir) : []).toEqual([]);
    } finally {
      await writeFile(weights, MODEL['weights.bin']!);
    }
  }

  test('a file that grows', async () => {
    await attestWhileChanging((f) => appendFileSync(f, 'more'));
  }, 30_000);

  test('a file that appears while the directory is hashed', async () => {
    const extra = join(ws, 'out/model/late.bin');
    try {
      await attestWhileChanging(() => writeFileSync(extra, 'written late'), 'late.bin appeared');
    } finally {
      rmSync(extra, { force: true });
    }
  }, 30_000);

  test('a file that goes while the directory is hashed', async () => {
    const doomed = join(ws, 'out/model/doomed.bin');
    writeFileSync(doomed, 'soon gone');
    // The hasher has listed and read it; it goes after the last byte was read.
    try {
      await attestWhileChanging(() => rmSync(doomed), 'doomed.bin went away', 'read');
    } finally {
      rmSync(doomed, { force: true });
    }
  }, 30_000);

  test('a file rewritten to the same size with a new modification time', async () => {
    await attestWhileChanging((f) => {
      writeFileSync(f, readFileSync(f).fill(0x78));
      const later = new Date(Date.now() + 5000);
      utimesSync(f, later, later);
    });
  }, 30_000);
});
