// The review's verdict on a real signed bundle: signed through the loopback Sigstore stack
// (real Fulcio certificate, Rekor entry, TSA timestamp), checked by verify itself (engine/review.ts)
// with the stack's trusted root, the model on disk re-hashed. Digests of the model are computed
// with coreutils and Python, not with our hashing code.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { review as reviewAgainstBase } from '../../src/review/review.js';
import { review as reviewAndVerify } from '../../src/engine/review.js';
import { signStatement } from '../../src/sign/sign.js';
import { buildTrainingRecord, serializeStatement } from '../../src/statement/build.js';
import type { Subject } from '../../src/types.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { baseInput, headInput, identity } from '../fixtures/review/pair.js';
import { omsRootByPython, sha256sum } from '../helpers/independent.js';
import { NO_TRUST } from '../helpers/requests.js';
import { actionEdge } from '../../src/request/edge.js';
import { buildTrustRequest, policyFiles } from '../../src/request/verify.js';

let stack: Stack;
let workspace: string;
let bundlePath: string;
let statementPath: string;
let basePath: string;

async function writeModel(ws: string, weights: string): Promise<Subject[]> {
  await mkdir(join(ws, 'out/model'), { recursive: true });
  await writeFile(join(ws, 'out/model/config.json'), '{"hidden_size": 64}\n');
  await writeFile(join(ws, 'out/model/model.safetensors'), weights);
  const root = omsRootByPython(join(ws, 'out/model'));
  const files: Subject[] = ['out/model/config.json', 'out/model/model.safetensors'].map((name) => ({
    name,
    digest: { sha256: sha256sum(join(ws, name)) },
  }));
  if (!root) return files;
  return [
    ...files,
    {
      name: 'out/model',
      digest: { sha256: root },
      annotations: { role: 'model-directory', files: 2, bytes: 20 + weights.length },
    },
  ];
}

beforeAll(async () => {
  stack = await startStack({ claims: { ref: 'refs/pull/7/merge', event_name: 'pull_request' } });
  workspace = await mkdtemp(join(tmpdir(), 'tp-review-verify-'));
  const subjects = await writeModel(workspace, 'weights v2 '.repeat(100));
  const c = stack.claims;
  const input = {
    ...headInput(),
    subjects,
    identity: identity({
      repository: c.repository,
      ref: c.ref,
      sha: c.sha,
      workflowRef: c.workflow_ref,
      jobWorkflowRef: c.job_workflow_ref,
      eventName: c.event_name,
      runId: c.run_id,
      runAttempt: c.run_attempt,
      repositoryId: c.repository_id,
      repositoryOwnerId: c.repository_owner_id,
    }),
  };
  const payload = Buffer.from(serializeStatement(buildTrainingRecord(input)));
  const signed = await signStatement(payload, {
    endpoints: {
      instance: 'custom',
      fulcioUrl: stack.fulcioUrl,
      rekorUrl: stack.rekorUrl,
      tsaUrl: stack.tsaUrl,
    },
    token: await stack.mintToken(),
    // A loopback keep-alive connection can be reset under load: retried at once, as in use.
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  });
  bundlePath = join(workspace, 'out/provenance.sigstore.json');
  statementPath = join(workspace, 'out/provenance.intoto.json');
  basePath = join(workspace, 'base.intoto.json');
  await writeFile(bundlePath, JSON.stringify(signed.bundle));
  await writeFile(statementPath, payload);
  await writeFile(basePath, serializeStatement(buildTrainingRecord(baseInput())));
});

afterAll(async () => {
  await stack?.close();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

const common = () => ({ base: basePath, comment: false, now: new Date() });

/** The review as the action runs it: the head verified by verify, with these inputs. */
function review(o: {
  head: string;
  workspace?: string;
  trustedRoot?: string;
  repository?: string;
  policy?: string;
}) {
  const ws = o.workspace ?? workspace;
  const now = new Date();
  const edge = actionEdge(ws);
  const fields = { ...NO_TRUST, repository: o.repository ?? '', offline: true };
  return reviewAndVerify(
    { head: o.head, base: basePath, comment: false, now },
    {
      ...buildTrustRequest({ ...fields, trustedRoot: o.trustedRoot ?? '' }, edge),
      ...policyFiles({ policy: o.policy ?? '', proofs: '', advisories: [] }, edge),
    },
    { workspace: ws, serverUrl: 'https://github.com', apiUrl: '', now, log: () => {} },
  );
}

describe('review verdict through the verify engine', () => {
  test('bundle + trusted root + expected signer + model on disk: ✅ verified', async () => {
    const res = await review({
      head: bundlePath,
      trustedRoot: stack.trustedRootPath,
      repository: 'acme/vision',
    });
    expect(res.verdict).toMatchObject({
      status: 'verified',
      verified: true,
      signatureChecked: true,
      violations: [],
    });
    expect(
      res.verdict.rules.some(
        (r) => r.rule === 'model out/model/model.safetensors' || r.rule === 'model out/model',
      ),
    ).toBe(true);
    expect(res.markdown.split('\n')[2]).toBe('### Training provenance: ✅ verified');
  });

  test('the wrong expected repository: ❌, naming the repository check', async () => {
    const res = await review({
      head: bundlePath,
      trustedRoot: stack.trustedRootPath,
      repository: 'acme/other',
    });
    expect(res.verdict.status).toBe('failed');
    expect(res.verdict.violations.join('\n')).toMatch(/acme\/other/);
    expect(res.markdown.split('\n')[2]).toBe('### Training provenance: ❌ verification failed');
  });

  test('a policy denying the recorded torch fails the verified bundle, through verify', async () => {
    const policy = join(workspace, 'policy.yml');
    await writeFile(
      policy,
      'version: 1\nframeworks:\n  advisories: none\n  deny:\n    - package: torch\n      versions: "<2.4"\n      reason: "test deny"\n',
    );
    const res = await review({
      head: bundlePath,
      trustedRoot: stack.trustedRootPath,
      repository: 'acme/vision',
      policy,
    });
    expect(res.verdict.status).toBe('failed');
    expect(res.verdict.rules.find((r) => r.rule === 'frameworks.deny[0]')?.ok).toBe(false);
    expect(res.verdict.violations.join('\n')).toMatch(/test deny/);
  });

  test('the model changed on disk after signing: ❌, naming the file', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-review-tampered-'));
    try {
      await writeModel(ws, 'weights TAMPERED '.repeat(100));
      const res = await review({
        workspace: ws,
        head: bundlePath,
        trustedRoot: stack.trustedRootPath,
        repository: 'acme/vision',
      });
      expect(res.verdict.status).toBe('failed');
      expect(res.verdict.violations.join('\n')).toMatch(/model/);
    } finally {
      await rm(ws, { recursive: true, force: true });
    }
  });

  test('no signer at all: bad usage, as in verify, not a verdict', async () => {
    await expect(review({ head: bundlePath, trustedRoot: stack.trustedRootPath })).rejects.toThrow(
      /no expected signer was given/,
    );
  });

  test('without verify to run: ⚠ unverified, saying so; a bare statement is unsigned', async () => {
    const res = await reviewAgainstBase({ ...common(), head: bundlePath });
    expect(res.verdict).toMatchObject({ status: 'unverified', signatureChecked: false });
    expect(res.verdict.notes.join(' ')).toMatch(/no verification was run/);
    expect(res.markdown.split('\n')[2]).toBe('### Training provenance: ⚠ unverified');
    // the decoded bundle reads the same as the statement it signs
    const fromStatement = await review({ head: statementPath, repository: 'acme/vision' });
    expect(fromStatement.head).toEqual(res.head);
    expect(fromStatement.verdict.status).toBe('unsigned');
  });

  test('the model not in the workspace: unverified, not a crash', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tp-review-empty-'));
    try {
      const res = await review({
        workspace: empty,
        head: bundlePath,
        trustedRoot: stack.trustedRootPath,
        repository: 'acme/vision',
      });
      expect(res.verdict.status).toBe('unverified');
      expect(res.verdict.notes.join(' ')).toMatch(/not in the workspace/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
