// Nothing leaks. The bundled action runs as a runner runs it — signing on the local stack,
// pushing to the fake GitHub API with a github-token, with step debug on — and every output,
// file (statement, bundle, GITHUB_OUTPUT/STEP_SUMMARY/ENV/STATE/PATH) and log line is searched
// for the OIDC token (taken from the `::add-mask::` line, the masking protocol itself), its
// parts, the GitHub token and the runner's token-request bearer: on success and on failure
// (Fulcio refusing, a token Fulcio's client quotes in its error, the GitHub API answering 403).
// And inputs never reach a shell: a static check of every child_process use in src/, and
// shell metacharacters in the inputs that would create a file if a shell ever saw them.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isProvenanceError, type ProvenanceError } from '../../src/errors.js';
import { signStatement } from '../../src/sign/sign.js';
import { startFakeGitHub, type FakeGitHub } from '../../tools/github-api/index.js';
import {
  githubContextEnv,
  REPO_ROOT,
  runAction,
  type RunActionResult,
} from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';

const GH_TOKEN = 'ghs_secretsSuiteTokenThatMustNeverBeSeen0123';
let stack: Stack;
let gh: FakeGitHub;
let ws: string;
let searched = 0;

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-secrets-'));
  await mkdir(join(ws, 'out/model'), { recursive: true });
  await writeFile(join(ws, 'out/model/weights.bin'), 'weights');
  [stack, gh] = await Promise.all([startStack(), startFakeGitHub({ token: GH_TOKEN })]);
}, 60_000);

afterAll(async () => {
  await stack?.close();
  await gh?.close();
  await rm(ws, { recursive: true, force: true });
  console.log(
    `secrets: ${searched} runs and errors searched for the OIDC token, the GitHub token and the runner bearer (7 forms): none found`,
  );
});

function run(s: Stack, inputs: Record<string, string> = {}): Promise<RunActionResult> {
  return runAction({
    workspace: ws,
    inputs: {
      model: 'out/model',
      python: 'none',
      'trust-config': s.trustConfigPath,
      'github-token': GH_TOKEN,
      ...inputs,
    },
    env: githubContextEnv({
      GITHUB_API_URL: gh.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: s.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: s.tokenRequestToken,
      // Step debug on: the most a log ever says.
      RUNNER_DEBUG: '1',
    }),
  });
}

/** Every file under a directory, as text. */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'latin1');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The OIDC token the runner handed out, from the mask command that hides it. */
function maskedToken(r: RunActionResult): string {
  const m = /^::add-mask::(\S+)$/m.exec(r.stdout);
  if (!m) throw new Error(`no ::add-mask:: line: the token was never requested\n${r.stdout}`);
  return m[1]!;
}

/** Search everything the run left behind for every secret, in the forms it could take. */
function expectNoSecret(r: RunActionResult, s: Stack, jwt: string | undefined): void {
  searched++;
  const secrets: Record<string, string> = {
    'github-token': GH_TOKEN,
    'github-token (base64)': Buffer.from(GH_TOKEN).toString('base64'),
    'token request bearer': s.tokenRequestToken,
  };
  if (jwt) {
    const [, payload, signature] = jwt.split('.');
    Object.assign(secrets, {
      'OIDC token': jwt,
      'OIDC token signature': signature!,
      'OIDC token payload': payload!,
      'OIDC token (base64)': Buffer.from(jwt).toString('base64'),
    });
  }
  const places: Record<string, string> = {
    // The mask command is how the runner learns the secret; it is the one line allowed.
    stdout: r.stdout.replace(/^::add-mask::.*$/gm, ''),
    stderr: r.stderr,
    outputs: JSON.stringify(r.outputs),
    ...Object.fromEntries(
      Object.entries(filesUnder(r.runnerTemp)).map(([k, v]) => [`RUNNER_TEMP/${k}`, v]),
    ),
    // What reached the GitHub API, apart from the Authorization header it is meant for.
    'API request bodies': JSON.stringify(gh.requests.map((q) => q.body)),
  };
  const found: string[] = [];
  for (const [place, text] of Object.entries(places)) {
    for (const [what, secret] of Object.entries(secrets)) {
      if (secret && text.includes(secret)) found.push(`${what} in ${place}`);
    }
  }
  expect(found).toEqual([]);
}

describe('the action, signed, pushing, with step debug on', () => {
  test('success: no secret in any output, file or log', async () => {
    const r = await run(stack);
    if (r.exitCode !== 0) throw new Error(`failed:\n${r.stdout}\n${r.stderr}`);
    expect(r.outputs['attestation-id']).toMatch(/^\d+$/);
    // The files searched include what a leak would most likely hit.
    const files = Object.keys(filesUnder(r.runnerTemp));
    for (const f of [
      'github_output',
      'github_step_summary',
      'github_env',
      'github_state',
      'github_path',
      'training-provenance/provenance.intoto.json',
      'training-provenance/provenance.sigstore.json',
    ])
      expect(files).toContain(f);
    expectNoSecret(r, stack, maskedToken(r));
  }, 60_000);

  test('Fulcio refusing the token', async () => {
    stack.setFault('fulcio', { status: 401 });
    try {
      const r = await run(stack, { 'push-to-github': 'false' });
      expect(r.exitCode).not.toBe(0);
      expectNoSecret(r, stack, maskedToken(r));
    } finally {
      stack.clearFaults();
    }
  }, 60_000);

  test("a token Fulcio's client quotes in its own error (no subject claim)", async () => {
    // @sigstore/sign writes `invalid identity token: <the token>` when the token has no subject.
    const noSub = await startStack({ claims: { sub: '' } });
    try {
      const r = await run(noSub, { 'push-to-github': 'false' });
      expect(r.exitCode).not.toBe(0);
      const error = r.stdout.split('\n').find((l) => l.startsWith('::error')) ?? '';
      expect(error).toMatch(/invalid identity token/);
      expect(error).toContain('***');
      expectNoSecret(r, noSub, maskedToken(r));
    } finally {
      await noSub.close();
    }
  }, 60_000);

  test('the GitHub API answering 403', async () => {
    gh.failNext('POST', /\/attestations$/, 403, 1);
    const r = await run(stack);
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toMatch(/PERMISSION_DENIED/);
    expectNoSecret(r, stack, maskedToken(r));
  }, 60_000);

  test('the GitHub API echoing the Authorization header back in its error', async () => {
    gh.route('POST', /\/attestations$/, (q) => ({
      status: 500,
      body: { message: `upstream said: ${String(q.headers.authorization)}` },
    }));
    try {
      const r = await run(stack);
      expect(r.exitCode).not.toBe(0);
      expectNoSecret(r, stack, maskedToken(r));
    } finally {
      gh.route('POST', /\/attestations$/, () => ({ status: 201, body: { id: 1 } }));
    }
  }, 60_000);
});

describe('the signing module never repeats the token a service echoes', () => {
  test('Fulcio answering with the token in its error message', async () => {
    // A service that quotes the request in its error, as some proxies do.
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.statusCode = 400;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ message: `cannot use ${body}` }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const token = await stack.mintToken();
    try {
      const e = await signStatement(Buffer.from('{}'), {
        endpoints: { instance: 'custom', fulcioUrl: url, rekorUrl: stack.rekorUrl },
        token,
        retry: { retries: 0 },
      }).catch((x: unknown) => x);
      searched++;
      expect(isProvenanceError(e)).toBe(true);
      const line = (e as ProvenanceError).toLine();
      expect(line).toContain(`fulcio at ${url}`);
      expect(line).toContain('***');
      expect(line).not.toContain(token);
      expect(line).not.toContain(token.split('.')[2]!);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('the command line with a malformed token', () => {
  const cli = (env: Record<string, string>): Promise<{ code: number; out: string }> =>
    new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [
          join(REPO_ROOT, 'dist/cli/index.js'),
          'attest',
          '--model',
          'out/model',
          '--python',
          'none',
          '--trust-config',
          stack.trustConfigFulcioRekorPath,
        ],
        { cwd: ws, env: { PATH: process.env.PATH ?? '', ...githubContextEnv(), ...env } },
      );
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code: code ?? -1, out }));
    });

  test.each([
    ['not a JWT', 'opaque-secret-token-value-0123456789'],
    [
      'a JWT whose payload is not JSON',
      'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXBheWxvYWQtdGV4dA.c2lnbmF0dXJlLXNlY3JldA',
    ],
  ])('%s: refused without repeating it', async (_name, token) => {
    const r = await cli({ SIGSTORE_ID_TOKEN: token });
    searched++;
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/OIDC/);
    expect(r.out).not.toContain(token);
    for (const part of token.split('.').filter((p) => p.length > 8))
      expect(r.out).not.toContain(part);
    // Nor the decoded payload.
    expect(r.out).not.toContain('secret-payload-text');
  });
});

describe('inputs never reach a shell', () => {
  /** Every TypeScript file under src/. */
  const sources = (): Record<string, string> => {
    const out: Record<string, string> = {};
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) out[relative(REPO_ROOT, p)] = readFileSync(p, 'utf8');
      }
    };
    walk(join(REPO_ROOT, 'src'));
    return out;
  };

  test('static: child_process is used only through execFile/spawn, never with shell: true', () => {
    const allowed = new Set(['execFile', 'execFileSync', 'spawn', 'spawnSync']);
    const problems: string[] = [];
    let users = 0;
    for (const [file, text] of Object.entries(sources())) {
      if (/\bshell\s*:\s*(true|['"`])/.test(text)) problems.push(`${file}: shell option`);
      if (/require\(\s*['"](node:)?child_process['"]\s*\)/.test(text))
        problems.push(`${file}: require('child_process')`);
      if (/import\s*\(\s*['"](node:)?child_process['"]\s*\)/.test(text))
        problems.push(`${file}: dynamic import of child_process`);
      for (const m of text.matchAll(
        /import\s+(?:type\s+)?([^;]*?)\s+from\s+['"](?:node:)?child_process['"]/g,
      )) {
        users++;
        const clause = m[1]!;
        if (/^\*|^\w+\s*$|^\w+\s*,/.test(clause.trim()))
          problems.push(`${file}: imports the whole module (${clause.trim()})`);
        const names = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
        for (const n of names.split(',').map((x) =>
          x
            .trim()
            .split(/\s+as\s+/)[0]!
            .replace(/^type\s+/, ''),
        )) {
          if (n && !allowed.has(n)) problems.push(`${file}: imports ${n}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The check looked at something: the Python and accelerator probes run programs.
    expect(users).toBeGreaterThanOrEqual(1);
  });

  test('dynamic: shell metacharacters in the inputs are names, not commands', async () => {
    const marker = join(ws, `PWNED-${process.pid}`);
    // Every way a shell would run a command, in one value.
    const p = `$(touch ${marker})\`touch ${marker}\`;touch ${marker}|touch ${marker}&&touch ${marker}`;
    const cases: Record<string, string>[] = [
      { model: `out/model\n${p}` },
      { python: p },
      { requirements: p },
      { datasets: `name=${p}` },
      { 'datasets-file': p },
      { parameters: JSON.stringify({ cmd: p }) },
      { byproducts: p },
      { 'output-dir': join(ws, p) },
    ];
    for (const inputs of cases) {
      await runAction({
        workspace: ws,
        inputs: { model: 'out/model', python: 'none', sign: 'false', ...inputs },
        env: githubContextEnv(),
      });
      searched++;
      expect({ inputs, created: existsSync(marker) }).toEqual({ inputs, created: false });
    }
  }, 90_000);
});
