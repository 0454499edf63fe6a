// `--trust-config FILE`: one Sigstore ClientTrustConfig (as sigstore-python --trust-config and
// model_signing --trust_config read it) names the instance for attest, sign-model and verify.
// On the local stack: attest and sign-model sign keylessly with its Fulcio, Rekor and TSA, and
// verify checks with its trusted root; a malformed file, another media type, or the file with
// the flags it replaces is bad input (exit 2) naming --trust-config, and nothing is written.
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let stack: Stack;
let bin: string;
let ws: string;
const sh = (line: string, env: Record<string, string> = {}) => shell(bin, line, ws, env);
const token = async () => ({ SIGSTORE_ID_TOKEN: await stack.mintToken() });

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp()]);
  ws = await mkdtemp(join(tmpdir(), 'tp-trust-config-'));
  await mkdir(join(ws, 'model'));
  await writeFile(join(ws, 'model/weights.bin'), Buffer.alloc(4096, 3));
  await writeFile(join(ws, 'tc.json'), await readFile(stack.trustConfigPath));
}, 60_000);
afterAll(async () => {
  await stack?.close();
  await rm(ws, { recursive: true, force: true });
});

test('attest --trust-config signs keylessly on the stack; verify --trust-config passes it', async () => {
  const a = await sh(
    'tp attest --model model --python none --trust-config tc.json --output-dir out',
    await token(),
  );
  expect(a).toMatchObject({ code: 0 });
  const bundle = JSON.parse(await readFile(join(ws, 'out/training.sigstore.json'), 'utf8'));
  // Its Rekor and its TSA both answered: the URLs came from the file.
  expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
  expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
  const v = await sh(
    `tp verify --model model --bundle out/training.sigstore.json --trust-config tc.json --repository ${stack.claims.repository}`,
  );
  expect([v.code, v.stdout]).toEqual([0, expect.stringMatching(/^VERIFIED/)]);
  const other = await sh(
    'tp verify --model model --bundle out/training.sigstore.json --trust-config tc.json --repository acme/other',
  );
  expect(other.code).toBe(1);
}, 60_000);

test('sign-model --trust-config signs the model; verify --trust-config checks the signature', async () => {
  const s = await sh(
    'tp sign-model --model model --output model.sig --trust-config tc.json',
    await token(),
  );
  expect(s).toMatchObject({ code: 0 });
  const v = await sh(
    `tp verify --model model --model-signature model.sig --trust-config tc.json --repository ${stack.claims.repository}`,
  );
  expect([v.code, v.stderr]).toEqual([0, '']);
}, 60_000);

describe('bad input: exit 2 naming --trust-config, nothing written', () => {
  const cases: [string, () => Promise<void>, string, RegExp][] = [
    [
      'not JSON',
      () => writeFile(join(ws, 'bad.json'), '{"mediaType": '),
      '',
      /bad\.json is not JSON/,
    ],
    [
      'another media type',
      async () => {
        const tc = JSON.parse(await readFile(stack.trustConfigPath, 'utf8'));
        tc.mediaType = 'application/vnd.dev.sigstore.trustedroot+json';
        await writeFile(join(ws, 'bad.json'), JSON.stringify(tc));
      },
      '',
      /bad\.json: mediaType is "application\/vnd\.dev\.sigstore\.trustedroot\+json"/,
    ],
    [
      'no caUrls',
      async () => {
        const tc = JSON.parse(await readFile(stack.trustConfigPath, 'utf8'));
        tc.signingConfig.caUrls = [];
        await writeFile(join(ws, 'bad.json'), JSON.stringify(tc));
      },
      '',
      /signingConfig\.caUrls names no Fulcio/,
    ],
    [
      'a Fulcio URL with credentials',
      async () => {
        const tc = JSON.parse(await readFile(stack.trustConfigPath, 'utf8'));
        tc.signingConfig.caUrls[0].url = tc.signingConfig.caUrls[0].url.replace(
          '://',
          '://u:hunter2@',
        );
        await writeFile(join(ws, 'bad.json'), JSON.stringify(tc));
      },
      '',
      /holds credentials/,
    ],
    [
      'both --trust-config and --sigstore',
      () => Promise.resolve(),
      '--sigstore public-good',
      /--trust-config and --sigstore both name the instance/,
    ],
  ];
  test.each(cases)('%s', async (_name, write, extra, message) => {
    await write();
    const a = await sh(
      `tp attest --model model --python none --trust-config bad.json ${extra} --output-dir bad-out`,
      await token(),
    );
    expect([a.code, a.stderr]).toEqual([2, expect.stringMatching(message)]);
    expect(a.stderr).toContain("input 'trust-config'");
    expect(a.stderr).not.toContain('hunter2');
    await expect(access(join(ws, 'bad-out'))).rejects.toThrow();
  });

  test('verify with --trust-config and --trusted-root is refused; a bad file too', async () => {
    const both = await sh(
      `tp verify --model model --bundle out/training.sigstore.json --trust-config tc.json --trusted-root ${stack.trustedRootPath}`,
    );
    expect([both.code, both.stderr]).toEqual([
      2,
      expect.stringMatching(/--trust-config and --trusted-root/),
    ]);
    await writeFile(join(ws, 'bad.json'), '[]');
    const bad = await sh(
      'tp verify --model model --bundle out/training.sigstore.json --trust-config bad.json',
    );
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringMatching(/bad\.json: the file is not a JSON object/),
    ]);
  });
});

describe('the actions read trust-config as the command does', () => {
  const env = () =>
    githubContextEnv({
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
    });
  let bundle: string;

  beforeAll(async () => {
    const a = await runAction({
      workspace: ws,
      inputs: {
        model: 'model',
        python: 'none',
        'trust-config': 'tc.json',
        'push-to-github': 'false',
        artifact: 'false',
        'output-dir': 'action-out',
      },
      env: env(),
    });
    if (a.exitCode !== 0) throw new Error(a.stdout);
    bundle = a.outputs['training-bundle-path']!;
  }, 60_000);

  test('attest signs with its Fulcio, Rekor and TSA', async () => {
    const b = JSON.parse(await readFile(bundle, 'utf8'));
    expect(b.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(b.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
  });

  test('verify checks with its trusted root, and refuses another beside it', async () => {
    const inputs = { model: 'model', bundle, 'trust-config': 'tc.json' };
    const v = await runAction({ workspace: ws, action: 'verify', inputs, env: env() });
    expect([v.exitCode, v.outputs.verified]).toEqual([0, 'true']);
    // Another trusted root alongside is refused, naming both, before anything is verified.
    const both = await runAction({
      workspace: ws,
      action: 'verify',
      inputs: { ...inputs, 'trusted-root': 'public-good' },
      env: env(),
    });
    expect(both.exitCode).not.toBe(0);
    expect(both.stdout).toMatch(
      /::error::INPUT_INVALID: input 'trust-config'.*trust-config and trusted-root both name/,
    );
    expect(both.outputs.verified).toBeUndefined();
  }, 60_000);
});
