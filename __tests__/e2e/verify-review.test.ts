// The release gate and the pull-request review, through what ships: dist/index.js in
// The verify and review actions as the runner runs them, and dist/cli/index.js as a user
// types it, on bundles our own attest made on the local stack.
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../tools/github-api/index.js';
import { makeTrainingFixture, type TrainingFixture } from '../../tools/fixture/index.js';
import {
  githubContextEnv,
  REPO_ROOT,
  runAction,
  type RunActionResult,
} from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { omsRootByPython } from '../helpers/independent.js';

const GH_TOKEN = 'ghs_verifyReviewFixtureToken000000000000000';
// The fixture's datasets record no licence: with allow-unrecorded, the rule is not evaluated.
const UNRECORDED_POLICY =
  'version: 1\nframeworks:\n  advisories: none\ndatasets:\n  licenses: [MIT]\n  allow-unrecorded: true\n';
let stack: Stack;
let gh: FakeGitHub;
let fx: TrainingFixture;
let attested: RunActionResult;

const stackEnv = () =>
  githubContextEnv({
    GITHUB_API_URL: gh.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
    GITHUB_REPOSITORY: stack.claims.repository,
  });

beforeAll(async () => {
  stack = await startStack();
  gh = await startFakeGitHub({ token: GH_TOKEN });
  fx = await makeTrainingFixture(await mkdtemp(join(tmpdir(), 'tp-verify-')));
  attested = await runAction({
    workspace: fx.workspace,
    inputs: {
      ...fx.inputs,
      'github-token': GH_TOKEN,
      'trust-config': stack.trustConfigFulcioRekorPath,
    },
    env: stackEnv(),
  });
  if (attested.exitCode !== 0)
    throw new Error(`attest failed:\n${attested.stdout}\n${attested.stderr}`);
}, 120_000);
afterAll(async () => {
  await stack?.close();
  await gh?.close();
});

/** `uses: …/verify@v0`: the sub-action, with its own action.yml's defaults. */
function verifyAction(inputs: Record<string, string>, workspace = fx.workspace) {
  return runAction({
    workspace,
    action: 'verify',
    inputs: {
      model: fx.modelDir,
      bundle: attested.outputs['training-bundle-path']!,
      'trusted-root': stack.trustedRootPath,
      'github-token': GH_TOKEN,
      ...inputs,
    },
    env: stackEnv(),
  });
}

function cli(
  args: string[],
  cwd = fx.workspace,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', TRAINING_PROVENANCE_OFFLINE: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('verify@v0', () => {
  test('our bundle verifies, pinned by default to the current repository', async () => {
    const r = await verifyAction({});
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verified).toBe('true');
    expect(r.outputs.violations).toBe('0');
    expect(r.stdout).toMatch(/requiring the current repository, acme\/vision/);
    // The model's re-hash reports its progress: at least the final line, complete.
    expect(r.stdout).toMatch(new RegExp(`hashing model ${fx.modelDir}: .* \\(100%\\)`));
    const report = JSON.parse(await readFile(r.outputs['report-path']!, 'utf8'));
    expect(report.verified).toBe(true);
    expect(report.signer.san).toBe(`https://github.com/${stack.claims.job_workflow_ref}`);
    expect(r.summary).toMatch(/✅ Training provenance verified/);
  }, 60_000);

  test('another repository: refused, the step fails, and the report names the mismatch', async () => {
    const r = await verifyAction({ repository: 'acme/other' });
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs.verified).toBe('false');
    expect(Number(r.outputs.violations)).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/::error::VERIFY_FAILED: .*acme\/other/);
    // The job summary leads with the verdict, then the violations; the record is folded.
    expect(r.summary.trimStart()).toMatch(
      /^## ❌ Training provenance not verified: \d+ violations?\n\n- \*\*/,
    );
    const folded = r.summary.indexOf('<details><summary>Full record');
    expect(r.summary.indexOf('acme/other')).toBeLessThan(folded);
    expect(r.summary.indexOf('### Signer')).toBeGreaterThan(folded);
  }, 60_000);

  test('a changed model file is named', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-verify-changed-'));
    await cp(fx.workspace, ws, { recursive: true });
    await appendFile(join(ws, fx.modelFiles[1]!), 'x');
    const r = await verifyAction({}, ws);
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toContain('model-00001-of-00002.safetensors');
  }, 60_000);

  test('without a bundle, the model digest is looked up in the attestations API', async () => {
    const r = await verifyAction({ bundle: '' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verified).toBe('true');
    const lookups = gh.requests.filter(
      (q) => q.method === 'GET' && /\/attestations\/sha256(:|%3A)/i.test(q.path),
    );
    expect(lookups.length).toBeGreaterThan(0);
    expect(decodeURIComponent(lookups.at(-1)!.path)).toContain(attested.outputs['model-digest']!);
  }, 60_000);

  test('a policy denying the torch in the environment fails with the advisory', async () => {
    await writeFile(
      join(fx.workspace, 'policy.yml'),
      'version: 1\nframeworks:\n  advisories: none\n  deny:\n    - package: torch\n      versions: "<2.6.0"\n      reason: "CVE-2025-32434 (torch.load weights_only bypass)"\n',
    );
    const r = await verifyAction({ policy: 'policy.yml' });
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toMatch(/CVE-2025-32434/);
  }, 60_000);

  test('a rule not evaluated (no licence recorded, allowed) is never ✅ in the summary or report', async () => {
    await writeFile(join(fx.workspace, 'unrecorded.yml'), UNRECORDED_POLICY);
    const r = await verifyAction({ policy: 'unrecorded.yml' });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(/\| datasets\.licenses \| ➖ not evaluated \| dataset train /);
    expect(r.summary).not.toMatch(/\| datasets\.licenses \| ✅/);
    const report = JSON.parse(await readFile(r.outputs['report-path']!, 'utf8'));
    const licences = report.rules.filter((x: { rule: string }) => x.rule === 'datasets.licenses');
    expect(licences.length).toBeGreaterThan(0);
    for (const x of licences) expect(x).toMatchObject({ status: 'not-evaluated', ok: false });
  }, 60_000);
});

describe('the command line', () => {
  const base = () => [
    '--model',
    fx.modelDir,
    '--bundle',
    attested.outputs['training-bundle-path']!,
    '--trusted-root',
    stack.trustedRootPath,
  ];

  test('verify: exit 0 when the signer is pinned, JSON on request', async () => {
    const r = await cli(['verify', ...base(), '--repository', 'acme/vision', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verified).toBe(true);
  }, 60_000);

  test('verify: exit 1 for another signer, exit 2 with no signer pinned or a bad flag', async () => {
    const other = await cli([
      'verify',
      ...base(),
      '--signer-workflow',
      'acme/vision/.github/workflows/release.yml',
    ]);
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/NOT VERIFIED/);
    // Bad usage, as verify-proof says it: nothing was judged, and the flags to give are named.
    const unpinned = await cli(['verify', ...base()]);
    expect(unpinned.code).toBe(2);
    expect(unpinned.stdout).toBe('');
    expect(unpinned.stderr).toMatch(/no expected signer was given/);
    expect(unpinned.stderr).toMatch(
      /--repository OWNER\/REPO.*--signer-workflow.*--cert-identity.*--public-key.*--cert-chain/,
    );
    const bad = await cli(['verify', '--modle', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/modle/);
  }, 60_000);

  test('inspect prints signer, subjects, datasets and frameworks without judging', async () => {
    const r = await cli(['inspect', attested.outputs['training-bundle-path']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/NOT VERIFIED/);
    expect(r.stdout).toContain(`https://github.com/${stack.claims.job_workflow_ref}`);
    expect(r.stdout).toContain(fx.modelDir);
    expect(r.stdout).toContain('imagenet-subset');
    expect(r.stdout).toMatch(/torch 2\.3\.1\+cu121/);
  }, 60_000);

  test('diff shows a changed parameter and a new model digest', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-diff-'));
    await cp(fx.workspace, ws, { recursive: true });
    await writeFile(
      join(ws, 'params.yaml'),
      'learning_rate: 0.001\nepochs: 3\nbatch_size: 32\noptimizer:\n  name: adamw\n  weight_decay: 0.01\n',
    );
    await appendFile(join(ws, fx.modelFiles[0]!), ' ');
    const a = await cli(
      [
        'attest',
        '--model',
        fx.modelDir,
        '--parameters',
        'params.yaml',
        '--python',
        'none',
        '--no-sign',
        '--output-dir',
        'new',
      ],
      ws,
      githubContextEnv(),
    );
    expect(a.code).toBe(0);
    const b = await cli(
      [
        'attest',
        '--model',
        fx.modelDir,
        '--parameters',
        'params.yaml',
        '--python',
        'none',
        '--no-sign',
        '--output-dir',
        'old',
      ],
      fx.workspace,
      githubContextEnv(),
    );
    expect(b.code).toBe(0);
    const d = await cli([
      'diff',
      join(fx.workspace, 'old/provenance.intoto.json'),
      join(ws, 'new/provenance.intoto.json'),
    ]);
    expect(d.code).toBe(0);
    expect(d.stdout).toMatch(/learning_rate: 0\.0003 -> 0\.001/);
    expect(d.stdout).toContain(fx.modelDir);
    const j = await cli(['diff', '--format', 'json', join(fx.workspace, 'old'), join(ws, 'new')]);
    expect(JSON.parse(j.stdout).base).toBe('present');
  }, 90_000);
});

describe('review@v0', () => {
  test('one sticky comment on the pull request: created, then updated in place', async () => {
    const event = join(fx.workspace, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 7, base: { ref: 'main' } } }));
    const run = () =>
      runAction({
        workspace: fx.workspace,
        action: 'review',
        inputs: {
          bundle: attested.outputs['training-bundle-path']!,
          base: 'auto',
          'trusted-root': stack.trustedRootPath,
          'github-token': GH_TOKEN,
        },
        env: { ...stackEnv(), GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' },
      });
    const first = await run();
    expect(first.stdout).toMatch(/review comment created/);
    const second = await run();
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/review comment updated/);
    const ours = gh.state.comments.filter((c) => c.issue === 7);
    expect(ours).toHaveLength(1);
    // marker, verdict, what changed since the base, then the full record folded
    const body = ours[0]!.body;
    const lines = body.split('\n');
    expect(lines[0]).toMatch(/^<!-- training-provenance:review/);
    expect(lines[2]).toBe('### Training provenance: ✅ verified');
    const at = ['\n#### Changes since base\n', '\n<details><summary>Full record', '\n#### Model\n'];
    const where = at.map((h) => body.indexOf(h));
    expect(where.every((i) => i > 0)).toBe(true);
    expect([...where].sort((a, b) => a - b)).toEqual(where);
  }, 120_000);

  test('a rule not evaluated is never ✅ in the comment', async () => {
    const event = join(fx.workspace, 'event-8.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 8, base: { ref: 'main' } } }));
    await writeFile(join(fx.workspace, 'unrecorded.yml'), UNRECORDED_POLICY);
    const r = await runAction({
      workspace: fx.workspace,
      action: 'review',
      inputs: {
        bundle: attested.outputs['training-bundle-path']!,
        base: 'auto',
        'trusted-root': stack.trustedRootPath,
        policy: 'unrecorded.yml',
        'github-token': GH_TOKEN,
      },
      env: { ...stackEnv(), GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' },
    });
    expect(r.exitCode).toBe(0);
    const body = gh.state.comments.find((c) => c.issue === 8)!.body;
    expect(body).toMatch(/\| `datasets\.licenses` \| ➖ not evaluated \| /);
    expect(body).not.toMatch(/`datasets\.licenses` \| ✅/);
    expect(body).toMatch(/rules? not evaluated/);
  }, 120_000);
});

describe('OpenSSF model signing beside the provenance', () => {
  test('attest writes model.sig with the same root; verify checks both and says they bind', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-oms-'));
    await cp(fx.workspace, ws, { recursive: true });
    const r = await runAction({
      workspace: ws,
      inputs: {
        ...fx.inputs,
        python: 'none',
        'sign-model': 'true',
        'github-token': GH_TOKEN,
        'trust-config': stack.trustConfigFulcioRekorPath,
      },
      env: stackEnv(),
    });
    if (r.exitCode !== 0) throw new Error(`attest failed:\n${r.stdout}\n${r.stderr}`);
    const sig = JSON.parse(await readFile(join(ws, fx.modelDir, 'model.sig'), 'utf8'));
    const oms = JSON.parse(Buffer.from(sig.dsseEnvelope.payload, 'base64').toString());
    expect(oms.predicateType).toBe('https://model_signing/signature/v1.0');
    expect(`sha256:${oms.subject[0].digest.sha256}`).toBe(r.outputs['model-digest']);

    const args = [
      'verify',
      '--model',
      fx.modelDir,
      '--bundle',
      r.outputs['training-bundle-path']!,
      '--trusted-root',
      stack.trustedRootPath,
      '--repository',
      'acme/vision',
    ];
    const ok = await cli(args, ws);
    if (ok.code !== 0) throw new Error(`verify failed:\n${ok.stdout}\n${ok.stderr}`);
    expect(ok.stdout).toMatch(/Model signatures/);
    expect(ok.stdout).toMatch(/bind/);

    // Looked up by digest, the directory is digested as attest digested it: model.sig, now
    // inside it, is not part of the root.
    const byDigest = await verifyAction({ bundle: '' }, ws);
    if (byDigest.exitCode !== 0) throw new Error(`lookup failed:\n${byDigest.stdout}`);
    expect(byDigest.stdout).toContain(`looking up ${r.outputs['model-digest']}`);

    await appendFile(join(ws, fx.modelFiles[0]!), '\n');
    const bad = await cli(args, ws);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('config.json');
  }, 120_000);
  test("names whose orders differ: model.sig in the specification's order, the digest in model_signing's, and they bind", async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-oms-order-'));
    await cp(fx.workspace, ws, { recursive: true });
    const model = join(ws, fx.modelDir);
    await mkdir(join(model, 'tokenizer'), { recursive: true });
    await writeFile(join(model, 'tokenizer.json'), '{"version": "1.0"}');
    await writeFile(join(model, 'tokenizer/vocab.txt'), 'a\nb\n');
    const r = await runAction({
      workspace: ws,
      inputs: {
        ...fx.inputs,
        python: 'none',
        'sign-model': 'true',
        'push-to-github': 'false',
        'trust-config': stack.trustConfigFulcioRekorPath,
      },
      env: stackEnv(),
    });
    if (r.exitCode !== 0) throw new Error(`attest failed:\n${r.stdout}\n${r.stderr}`);
    const sig = JSON.parse(await readFile(join(model, 'model.sig'), 'utf8'));
    const oms = JSON.parse(Buffer.from(sig.dsseEnvelope.payload, 'base64').toString());
    const names: string[] = oms.predicate.resources.map((x: { name: string }) => x.name);
    expect(names.indexOf('tokenizer.json')).toBeLessThan(names.indexOf('tokenizer/vocab.txt'));
    // Each root as Python computes it: the signature's by code point, the digest by component.
    const ignores = ['.git', '.gitattributes', '.github', '.gitignore', 'model.sig'];
    expect(oms.subject[0].digest.sha256).toBe(omsRootByPython(model, ignores, 'code-point'));
    expect(r.outputs['model-digest']).toBe(`sha256:${omsRootByPython(model, ignores)}`);
    expect(`sha256:${oms.subject[0].digest.sha256}`).not.toBe(r.outputs['model-digest']);
    const args = [
      'verify',
      '--model',
      fx.modelDir,
      '--bundle',
      r.outputs['training-bundle-path']!,
      '--trusted-root',
      stack.trustedRootPath,
      '--repository',
      'acme/vision',
    ];
    const ok = await cli([...args, '--format', 'json'], ws);
    if (ok.code !== 0) throw new Error(`verify failed:\n${ok.stdout}\n${ok.stderr}`);
    const binding = JSON.parse(ok.stdout).modelSignatures[0].binding;
    expect(binding.bound).toBe(true);
    expect(binding.statement).toMatch(/lists them in code-point order/);
    // The text report shows both roots, each named.
    const text = await cli(args, ws);
    expect(text.stdout).toContain(
      `root sha256:${oms.subject[0].digest.sha256} as signed; directory digest ${r.outputs['model-digest']}`,
    );
  }, 120_000);
});

test('sign-model: true with a single model file is refused, naming the fix', async () => {
  const r = await runAction({
    workspace: fx.workspace,
    inputs: {
      model: fx.modelFiles[0]!,
      python: 'none',
      'sign-model': 'true',
      'push-to-github': 'false',
      'trust-config': stack.trustConfigFulcioRekorPath,
    },
    env: stackEnv(),
  });
  expect(r.exitCode).not.toBe(0);
  expect(r.stdout).toMatch(
    /::error::INPUT_INVALID: input 'sign-model'.*no directory.*Fix: name the model directory.*sign-model --model FILE/,
  );
}, 60_000);
