// Keyless model signatures between model_signing 1.1.1 (PyPI, scripts/python-peers) and us, on
// the local stack, both ways. model_signing signs with `sign sigstore --trust_config` (the
// stack's trust_config.json) and our verify accepts it pinned to the workflow identity; our
// keyless sign-model output passes model_signing's `verify sigstore`. A changed byte and a
// wrong identity fail in both tools.
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { runPeer } from '../helpers/python-peers.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let stack: Stack;
let bin: string;
let ws: string;
let identity: string;
const sh = (line: string, env: Record<string, string> = {}) => shell(bin, line, ws, env);
const ms = (...args: string[]) => runPeer('model_signing', args, ws);

/** A copy of the model with one byte more in its weights. */
async function changed(name: string): Promise<string> {
  await cp(join(ws, 'model'), join(ws, name), { recursive: true });
  await appendFile(join(ws, name, 'sub/weights.bin'), 'x');
  return name;
}

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp()]);
  identity = `https://github.com/${stack.claims.job_workflow_ref}`;
  ws = await mkdtemp(join(tmpdir(), 'tp-ms-sigstore-'));
  await mkdir(join(ws, 'model/sub'), { recursive: true });
  await writeFile(join(ws, 'model/config.json'), '{"layers": 2}\n');
  await writeFile(join(ws, 'model/sub/weights.bin'), Buffer.alloc(4096, 7));
}, 60_000);
afterAll(async () => {
  await stack?.close();
  await rm(ws, { recursive: true, force: true });
});

test('model_signing sign sigstore on the stack: our verify accepts it pinned to the workflow, refuses a changed byte and another identity', async () => {
  const s = await ms(
    'sign',
    'sigstore',
    '--trust_config',
    stack.trustConfigPath,
    '--identity_token',
    await stack.mintToken(),
    '--signature',
    'ms.sig',
    'model',
  );
  if (s.code !== 0) throw new Error(s.stdout + s.stderr);
  // sigstore-python only warns when a TSA named in the signing config fails: the stand-in TSA
  // answered it if the bundle carries its timestamp, beside the Rekor entry.
  const bundle = JSON.parse(await readFile(join(ws, 'ms.sig'), 'utf8'));
  expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
  expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
  // Its own verify checks both against the trust config: the stand-in TSA's token included.
  const own = await ms(
    'verify',
    'sigstore',
    '--trust_config',
    stack.trustConfigPath,
    '--identity',
    identity,
    '--identity_provider',
    stack.claims.iss,
    '--signature',
    'ms.sig',
    'model',
  );
  expect([own.code, own.stdout]).toEqual([0, expect.stringMatching(/Verification succeeded/)]);
  const line = (model: string, who = identity) =>
    sh(
      `tp verify --model ${model} --model-signature ms.sig --cert-identity ${who} --cert-oidc-issuer ${stack.claims.iss} --trusted-root ${stack.trustedRootPath}`,
    );
  expect(await line('model')).toMatchObject({ code: 0, stderr: '' });
  const byte = await line(await changed('ms-byte'));
  expect([byte.code, byte.stdout]).toEqual([1, expect.stringMatching(/changed sub\/weights\.bin/)]);
  const other = await line('model', `${identity}x`);
  expect(other.code).toBe(1);
}, 90_000);

test('our keyless sign-model: model_signing verify sigstore accepts it, refuses a changed byte and another identity', async () => {
  const s = await sh(
    `tp sign-model --model model --trust-config ${stack.trustConfigFulcioRekorPath} --output tp.sig`,
    { SIGSTORE_ID_TOKEN: await stack.mintToken() },
  );
  if (s.code !== 0) throw new Error(s.stderr);
  const verify = (model: string, who = identity) =>
    ms(
      'verify',
      'sigstore',
      '--trust_config',
      stack.trustConfigPath,
      '--identity',
      who,
      '--identity_provider',
      stack.claims.iss,
      '--signature',
      'tp.sig',
      model,
    );
  const ok = await verify('model');
  expect([ok.code, ok.stdout]).toEqual([0, expect.stringMatching(/Verification succeeded/)]);
  expect((await verify(await changed('tp-byte'))).code).not.toBe(0);
  expect((await verify('model', `${identity}x`)).code).not.toBe(0);
}, 90_000);
