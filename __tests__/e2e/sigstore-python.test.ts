// sigstore-python 4.5.1 (PyPI, scripts/python-peers) as an independent verifier of every kind
// of keyless bundle we write on the local stack: build provenance, the training record, the
// ML-BOM and model.sig (attest's and sign-model's), with Rekor alone and with Rekor plus a TSA.
// Its Verifier.verify_dsse checks each against the stack's trusted_root.json with the identity
// and issuer pinned (__tests__/helpers/sigstore_python_check.py); the payload it returns must
// be the one we signed. A wrong identity, a wrong issuer and a changed payload are refused.
// What it has no path for (bundles signed with a key, bundles with no log entry) is refused too,
// and said so here rather than skipped.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { makeTrainingFixture, type TrainingFixture } from '../../tools/fixture/index.js';
import { REPO_ROOT } from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { runPeer, type PeerRun } from '../helpers/python-peers.js';
import { installTp, sh as shell } from '../helpers/shell.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CHECKER = join(REPO_ROOT, '__tests__/helpers/sigstore_python_check.py');
let stack: Stack;
let fx: TrainingFixture;
let bin: string;
let identity: string;
const sh = async (line: string) => {
  const r = await shell(bin, line, fx.workspace, { SIGSTORE_ID_TOKEN: await stack.mintToken() });
  if (r.code !== 0) throw new Error(`${line}\n${r.stdout}\n${r.stderr}`);
  return r;
};
const path = (f: string) => join(fx.workspace, f);
const readJson = async (f: string) => JSON.parse(await readFile(path(f), 'utf8')) as Json;

/** sigstore-python's verdict on a bundle, pinned to `who` (default: the stack's workflow). */
function check(bundle: string, who = { identity: '', issuer: '' }): Promise<PeerRun> {
  return runPeer(
    'python',
    [
      CHECKER,
      path(bundle),
      stack.trustedRootPath,
      who.identity || identity,
      who.issuer || stack.claims.iss,
    ],
    fx.workspace,
  );
}

/** What the bundle's envelope carries, as we wrote it. */
async function ourPayload(bundle: string): Promise<{ sha256: string; statement: Json }> {
  const payload = Buffer.from((await readJson(bundle)).dsseEnvelope.payload, 'base64');
  return {
    sha256: createHash('sha256').update(payload).digest('hex'),
    statement: JSON.parse(payload.toString('utf8')) as Json,
  };
}

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp()]);
  identity = `https://github.com/${stack.claims.job_workflow_ref}`;
  fx = await makeTrainingFixture(await mkdtemp(join(tmpdir(), 'tp-sigstore-python-')));
  const signing = `--trust-config ${stack.trustConfigFulcioRekorPath}`;
  const attest = (trust: string, out: string) =>
    sh(
      `tp attest --model ${fx.inputs.model} --python none --ml-bom --sign-model ${trust} --output-dir ${out}`,
    );
  await attest(signing, 'rekor');
  await sh(`cp ${fx.inputs.model}/model.sig rekor/model.sig`);
  await attest(`--trust-config ${stack.trustConfigPath}`, 'rekor-tsa');
  await sh(`cp ${fx.inputs.model}/model.sig rekor-tsa/model.sig`);
  await sh(`tp sign-model --model ${fx.inputs.model} ${signing} --output sign-model.sig`);
}, 180_000);
afterAll(() => stack?.close());

test('the peer is sigstore-python 4.5.1, as scripts/python-peers.txt pins it', async () => {
  const r = await runPeer('sigstore', ['--version'], fx.workspace);
  expect(r.stdout.trim()).toBe('sigstore 4.5.1');
});

const KINDS = [
  ['build provenance', 'provenance.sigstore.json', 'provenance.intoto.json'],
  ['training record', 'training.sigstore.json', 'training.intoto.json'],
  ['ML-BOM', 'training.cdx.sigstore.json', 'training.cdx.intoto.json'],
  ['model.sig', 'model.sig', undefined],
] as const;

describe.each(['rekor', 'rekor-tsa'])('attest on the local stack (%s)', (dir) => {
  test.each(KINDS)(
    '%s: verify_dsse accepts it, pinned to the workflow, and returns the payload we signed',
    async (_kind, bundle, statementFile) => {
      const r = await check(`${dir}/${bundle}`);
      expect([r.code, r.stderr]).toEqual([0, '']);
      const verified = JSON.parse(r.stdout) as Json;
      const ours = await ourPayload(`${dir}/${bundle}`);
      expect(verified.payloadType).toBe('application/vnd.in-toto+json');
      expect(verified.sha256).toBe(ours.sha256);
      expect(verified.subjects).toEqual(ours.statement.subject);
      if (statementFile) {
        expect(verified.subjects).toEqual((await readJson(`${dir}/${statementFile}`)).subject);
      }
    },
    60_000,
  );
});

test("sign-model's model.sig: verify_dsse accepts it and returns the statement over the model", async () => {
  const r = await check('sign-model.sig');
  expect([r.code, r.stderr]).toEqual([0, '']);
  const verified = JSON.parse(r.stdout) as Json;
  expect(verified.sha256).toBe((await ourPayload('sign-model.sig')).sha256);
  // The same model signed twice: the same OMS root digest as attest's model.sig.
  expect(verified.subjects).toEqual((await ourPayload('rekor/model.sig')).statement.subject);
}, 60_000);

describe('refusals: it did verify, so it refuses what is wrong', () => {
  test.each([
    ['another workflow', () => ({ identity: `${identity}x`, issuer: '' }), /SANs do not match/],
    [
      'another issuer',
      () => ({ identity: '', issuer: 'https://accounts.google.com' }),
      /issuer|1\.3\.6\.1\.4\.1\.57264/i,
    ],
  ])('pinned to %s: refused', async (_what, who, why) => {
    const r = await check('rekor/training.sigstore.json', who());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^refused: /);
    expect(r.stderr).toMatch(why);
  });

  test.each(KINDS.map(([kind, bundle]) => [kind, bundle]))(
    '%s with one byte of the payload changed: refused',
    async (_kind, bundle) => {
      const b = await readJson(`rekor/${bundle}`);
      const payload = Buffer.from(b.dsseEnvelope.payload, 'base64');
      const at = payload.indexOf('sha256') + 10; // inside the first subject's digest
      payload[at] = payload[at]! ^ 1;
      b.dsseEnvelope.payload = payload.toString('base64');
      await writeFile(path(`tampered-${bundle}`), JSON.stringify(b));
      const r = await check(`tampered-${bundle}`);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^refused: /);
    },
  );
});

describe('what sigstore-python has no path for: refused, not skipped', () => {
  // Its Bundle needs a signing certificate and exactly one log entry (sigstore/models.py,
  // Bundle._verify); an empty list is left out of the JSON, so the model refuses first.
  test('a bundle signed with a key (no certificate, no log entry): InvalidBundle', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    await writeFile(path('key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await sh(
      `tp attest --model ${fx.inputs.model} --python none --private-key key.pem --output-dir keyed`,
    );
    const r = await check('keyed/training.sigstore.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^refused: InvalidBundle: .*\s+verificationMaterial\.tlogEntries\s+Field required/,
    );
  }, 60_000);

  test('a bundle with a TSA timestamp and no log entry (GitHub private-repo shape): InvalidBundle', async () => {
    await sh(
      `tp attest --model ${fx.inputs.model} --python none --trust-config ${stack.trustConfigFulcioTsaPath} --output-dir tsa-only`,
    );
    const r = await check('tsa-only/training.sigstore.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^refused: InvalidBundle: .*\s+verificationMaterial\.tlogEntries\s+Field required/,
    );
  }, 60_000);
});
