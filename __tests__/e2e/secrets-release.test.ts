// The release workflow attests the action's own dist/ with the action, and verifies it pinned
// to itself. Read as data: the trigger, the least permissions, the two steps and their inputs
// (each an input action.yml declares), and third-party actions pinned to commits.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../../tools/github-api/index.js';
import { githubContextEnv, REPO_ROOT, runAction } from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { tags?: string[]; branches?: string[] } };
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(
  readFileSync(join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8'),
) as Workflow;
const actionYml = (path: string) =>
  parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };
const action = actionYml('action.yml');
const verifyAction = actionYml('verify/action.yml');
const [job] = Object.values(workflow.jobs);
const ours = job!.steps.filter((s) => s.uses === './' || s.uses === './verify');

test('runs on a tag push only, with no default permissions and the job asking for exactly three', () => {
  expect(workflow.on.push?.tags).toEqual(['v*']);
  expect(workflow.on.push?.branches).toBeUndefined();
  expect(workflow.permissions).toEqual({});
  expect(job!.permissions).toEqual({
    contents: 'read',
    'id-token': 'write',
    attestations: 'write',
  });
  // A GitHub-hosted runner: the verify step below denies self-hosted ones.
  expect(job!['runs-on']).toMatch(/^ubuntu-/);
});

test('attests dist/ with the action itself, signed', () => {
  const attest = ours[0]!;
  expect(attest.uses).toBe('./');
  expect(attest.with).toMatchObject({ sign: true });
  expect(String(attest.with!.model)).toMatch(/^dist\/?$|^dist\/index\.js$/);
  for (const k of Object.keys(attest.with!)) expect(Object.keys(action.inputs)).toContain(k);
  // dist/ is checked against the source before it is attested.
  const order = job!.steps.map((s) => s.run ?? s.uses ?? '');
  expect(order.findIndex((x) => x.includes('check-dist'))).toBeLessThan(job!.steps.indexOf(attest));
});

test('then verifies that bundle, pinned to this workflow file at the pushed tag', () => {
  const [attest, verify] = ours;
  expect(verify).toBeDefined();
  expect(verify!.uses).toBe('./verify');
  expect(verify!.with).toMatchObject({
    model: attest!.with!.model,
    bundle: `\${{ steps.${attest!.id}.outputs.bundle-path }}`,
    'signer-workflow': '${{ github.repository }}/.github/workflows/release.yml@${{ github.ref }}',
    'source-ref': '${{ github.ref }}',
    'deny-self-hosted-runners': true,
  });
  for (const k of Object.keys(verify!.with!)) expect(Object.keys(verifyAction.inputs)).toContain(k);
  expect(Object.keys(action.outputs)).toContain('bundle-path');
});

test('third-party actions are pinned to a full commit', () => {
  const external = job!.steps
    .map((s) => s.uses)
    .filter((u): u is string => !!u && !u.startsWith('./'));
  expect(external.length).toBeGreaterThan(0);
  for (const u of external) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
});

test('no dependency cache feeds the release', () => {
  for (const s of job!.steps) expect(s.with?.cache).toBeUndefined();
  expect(job!.steps.some((s) => s.run === 'npm ci')).toBe(true);
});

test('no expression is expanded inside a run script (values reach scripts through env)', () => {
  for (const s of job!.steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{/);
});

describe('the two steps, run as the release workflow runs them (local stack for Sigstore)', () => {
  const TAG = 'refs/tags/v1.2.3';
  const WORKFLOW = `acme/vision/.github/workflows/release.yml@${TAG}`;
  let stack: Stack;
  let gh: FakeGitHub;
  let ws: string;

  beforeAll(async () => {
    ws = await mkdtemp(join(tmpdir(), 'tp-release-'));
    await cp(join(REPO_ROOT, 'dist'), join(ws, 'dist'), { recursive: true });
    await cp(join(REPO_ROOT, 'package-lock.json'), join(ws, 'package-lock.json'));
    [stack, gh] = await Promise.all([
      startStack({ claims: { ref: TAG, workflow_ref: WORKFLOW } }),
      startFakeGitHub({ token: 'ghs_release' }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await gh?.close();
    await rm(ws, { recursive: true, force: true });
  });

  /** A step's `with:`, expressions replaced by what the runner would put there. */
  function inputsOf(step: Step, values: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.with ?? {}))
      out[k] = String(v).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e: string) => {
        if (!(e in values)) throw new Error(`no value for \${{ ${e} }}`);
        return values[e]!;
      });
    return out;
  }

  test('attest signs dist/, and verify pinned to release.yml at the tag accepts it', async () => {
    const [attestStep, verifyStep] = ours;
    const env = githubContextEnv({
      GITHUB_REF: TAG,
      GITHUB_WORKFLOW_REF: WORKFLOW,
      GITHUB_API_URL: gh.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
    });
    // The stack stands in for public-good: same inputs, its URLs and trusted root.
    const attest = await runAction({
      workspace: ws,
      inputs: {
        ...inputsOf(attestStep!, {}),
        sigstore: 'auto',
        'trust-config': stack.trustConfigFulcioRekorPath,
        'github-token': 'ghs_release',
      },
      env,
    });
    if (attest.exitCode !== 0) throw new Error(`attest failed:\n${attest.stdout}`);
    const values = {
      [`steps.${attestStep!.id}.outputs.bundle-path`]: attest.outputs['training-bundle-path']!,
      'github.repository': 'acme/vision',
      'github.ref': TAG,
    };
    const verify = await runAction({
      workspace: ws,
      action: 'verify',
      inputs: { ...inputsOf(verifyStep!, values), 'trusted-root': stack.trustedRootPath },
      env,
    });
    if (verify.exitCode !== 0) throw new Error(`verify failed:\n${verify.stdout}`);
    expect(verify.outputs.verified).toBe('true');

    // Pinned to the tag: the same bundle does not pass for another ref.
    const other = await runAction({
      workspace: ws,
      action: 'verify',
      inputs: {
        ...inputsOf(verifyStep!, { ...values, 'github.ref': 'refs/tags/v9.9.9' }),
        'trusted-root': stack.trustedRootPath,
      },
      env,
    });
    expect(other.exitCode).not.toBe(0);
    expect(other.outputs.verified).toBe('false');
  }, 120_000);
});
