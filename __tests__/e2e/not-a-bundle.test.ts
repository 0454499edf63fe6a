// The wrong file is bad input (exit 2), never a failed verification (exit 1): a JSON file that
// is not a bundle, given to every command that reads one and to the verify and review
// sub-actions; a model.sig inside the model that is not a signature, named as the model
// signature (not as the provenance bundle); and an OIDC token that is not a token, from each
// source a user gives one. Records are signed with a key, as on a machine without CI.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubContextEnv, runAction, type RunActionResult } from '../../tools/runner/index.js';
import { runBare, type ShellRun } from '../helpers/shell.js';

let ws: string;
const tp = (args: string[], extra: Record<string, string> = {}) => runBare(args, ws, extra);
const SAMPLE = 'sha256:' + 'ab'.repeat(32);

/** JSON documents that are not Sigstore bundles, as the issue lists them. */
const NOT_BUNDLES: Array<[string, string]> = [
  ['array', '[]'],
  ['null', 'null'],
  ['string', '"x"'],
  ['empty object', '{}'],
  ['object without mediaType', '{"verificationMaterial": {}}'],
];

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-not-a-bundle-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await mkdir(join(ws, 'model'));
  await writeFile(join(ws, 'model/w.bin'), 'weights');
  await mkdir(join(ws, 'data'));
  for (const i of [1, 2, 3]) await writeFile(join(ws, `data/${i}.txt`), `example ${i}\n`);
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(ws, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  await writeFile(join(ws, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  for (const [name, text] of NOT_BUNDLES) await writeFile(join(ws, `${slug(name)}.json`), text);
  await writeFile(
    join(ws, 'lines.jsonl'),
    Array.from({ length: 5 }, (_, i) => `{"n":${i}}`).join('\n'),
  );
  const a = await tp([
    'attest',
    '--model',
    'model',
    '--dataset',
    'train=data',
    '--private-key',
    'key.pem',
    '--python',
    'none',
    '--output-dir',
    'out',
  ]);
  if (a.code !== 0) throw new Error(a.stderr);
  const p = await tp(['prove', '--dataset', 'data', '--digest', SAMPLE, '--output', 'proof.json']);
  if (p.code !== 0) throw new Error(p.stderr);
}, 60_000);
afterAll(() => rm(ws, { recursive: true, force: true }));

const slug = (name: string) => name.replace(/\s+/g, '-');

/** Exit 2 with one `error:` line with the code and input named, and the file. */
function expectBadInput(r: ShellRun, names: RegExp): void {
  expect({ code: r.code, stderr: r.stderr }).toEqual({
    code: 2,
    stderr: expect.stringMatching(/^error: /),
  });
  expect(r.stderr.split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
  expect(r.stderr).toMatch(names);
}

describe.each(NOT_BUNDLES)('a JSON %s (%s) given as a bundle', (name) => {
  const file = `${slug(name)}.json`;
  const named = new RegExp(`BUNDLE_INVALID: input '(bundle|OLD)': .*${file}`);

  test('verify: exit 2', async () => {
    const r = await tp(['verify', '--model', 'model', '--bundle', file, '--public-key', 'key.pub']);
    expectBadInput(r, named);
    expect(r.stdout).not.toMatch(/NOT VERIFIED/);
  });

  test('verify-proof: exit 2', async () => {
    const r = await tp([
      'verify-proof',
      '--bundle',
      file,
      '--proof',
      'proof.json',
      '--repository',
      'acme/vision',
    ]);
    expectBadInput(r, named);
    expect(r.stdout).not.toMatch(/does not hold/);
  });

  test('inspect, bom and diff: exit 2', async () => {
    expectBadInput(await tp(['inspect', file]), new RegExp(file));
    expectBadInput(await tp(['bom', file]), new RegExp(file));
    expectBadInput(await tp(['diff', file, 'out/training.sigstore.json']), new RegExp(file));
  });
});

test('a .jsonl none of whose lines is a bundle is bad input too', async () => {
  const r = await tp([
    'verify',
    '--model',
    'model',
    '--bundle',
    'lines.jsonl',
    '--public-key',
    'key.pub',
  ]);
  expectBadInput(r, /BUNDLE_INVALID: input 'bundle': .*lines\.jsonl/);
});

test('the real record still verifies, and a real record among wrong files is still found', async () => {
  const ok = await tp([
    'verify',
    '--model',
    'model',
    '--bundle',
    'out/training.sigstore.json',
    '--public-key',
    'key.pub',
  ]);
  expect([ok.code, ok.stdout]).toEqual([0, expect.stringMatching(/^VERIFIED/)]);
});

describe('a model.sig inside the model that is not a signature', () => {
  const verify = (...extra: string[]) =>
    tp([
      'verify',
      '--model',
      'model',
      '--bundle',
      'out/training.sigstore.json',
      '--public-key',
      'key.pub',
      ...extra,
    ]);
  afterEach(() => rm(join(ws, 'model/model.sig'), { force: true }));

  test.each([
    ['text', 'garbage\n'],
    ['an empty object', '{}'],
  ])('(%s) is blamed on the model signature, naming its flags', async (_name, text) => {
    await writeFile(join(ws, 'model/model.sig'), text);
    const r = await verify();
    expectBadInput(r, /input 'model-signature': .*model\/model\.sig/);
    expect(r.stderr).not.toMatch(/input 'bundle'/);
    expect(r.stderr).toMatch(/model signature/);
    expect(r.stderr).toMatch(/--model-signature FILE/);
    expect(r.stderr).toMatch(/--no-model-signature/);
    const skipped = await verify('--no-model-signature');
    expect([skipped.code, skipped.stdout]).toEqual([0, expect.stringMatching(/^VERIFIED/)]);
  });
});

describe('an OIDC token that is not a token: bad input, named by where it came from', () => {
  beforeAll(async () => {
    await writeFile(join(ws, 'tok-garbage'), 'not a jwt at all\n');
    await writeFile(join(ws, 'tok-empty'), '\n');
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    await writeFile(join(ws, 'tok-array'), `${b64({ alg: 'none' })}.${b64([1, 2])}.sig`);
  });
  const attest = (extra: string[], env: Record<string, string> = {}) =>
    tp(
      ['attest', '--model', 'model', '--python', 'none', '--output-dir', 'tok-out', ...extra],
      env,
    );

  test.each([
    ['garbage', 'tok-garbage', /is not an OIDC token.*three dot-separated parts/],
    ['empty', 'tok-empty', /is empty/],
    ['a JWT whose payload is not an object', 'tok-array', /is not an OIDC token/],
    ['missing', 'tok-missing', /cannot read/],
    ['a directory', 'data', /cannot read/],
  ])('--identity-token-file %s', async (_name, file, why) => {
    const r = await attest(['--identity-token-file', file]);
    expectBadInput(r, new RegExp(`input '--identity-token-file': .*${file}`));
    expect(r.stderr).toMatch(why);
    expect(r.stderr).not.toContain('not a jwt at all');
  });

  test('sign-model --identity-token-file garbage', async () => {
    const r = await tp(['sign-model', '--model', 'model', '--identity-token-file', 'tok-garbage']);
    expectBadInput(r, /input '--identity-token-file': .*tok-garbage.*is not an OIDC token/);
    expect(r.stderr).not.toContain('not a jwt at all');
  });

  test('SIGSTORE_ID_TOKEN garbage', async () => {
    const r = await attest([], { SIGSTORE_ID_TOKEN: 'not a jwt at all' });
    expectBadInput(r, /input 'SIGSTORE_ID_TOKEN': .*is not an OIDC token/);
    expect(r.stderr).not.toContain('not a jwt at all');
  });
});

describe('the verify and review sub-actions (dist/index.js, as a runner runs them)', () => {
  const run = (action: 'verify' | 'review', inputs: Record<string, string>) =>
    runAction({
      workspace: ws,
      action,
      inputs,
      env: githubContextEnv(),
      timeoutMs: 60_000,
    });
  const errors = (r: RunActionResult) =>
    r.stdout.split('\n').filter((l) => l.startsWith('::error'));

  test('verify: a JSON array as the bundle fails as bad input, not as a failed verification', async () => {
    const r = await run('verify', {
      model: 'model',
      bundle: 'array.json',
      'public-key': 'key.pub',
    });
    expect(r.exitCode).not.toBe(0);
    expect(errors(r)).toEqual([
      expect.stringMatching(/BUNDLE_INVALID: input 'bundle': .*array\.json/),
    ]);
    expect(r.stdout).not.toMatch(/VERIFY_FAILED/);
  });

  test('review: a JSON array as the bundle fails naming it', async () => {
    const r = await run('review', { bundle: 'array.json', base: 'none' });
    expect(r.exitCode).not.toBe(0);
    expect(errors(r)).toEqual([
      expect.stringMatching(/BUNDLE_INVALID: input 'bundle': .*array\.json/),
    ]);
  });

  test('verify: a corrupt model.sig in the model names the model signature and its inputs', async () => {
    await writeFile(join(ws, 'model/model.sig'), '{}');
    try {
      const r = await run('verify', {
        model: 'model',
        bundle: 'out/training.sigstore.json',
        'public-key': 'key.pub',
        'model-signature': 'true',
      });
      expect(r.exitCode).not.toBe(0);
      const [line, ...more] = errors(r);
      expect(more).toEqual([]);
      expect(line).toMatch(/input 'model-signature': .*model\/model\.sig/);
      expect(line).toMatch(/model-signature: false/);
      expect(line).not.toMatch(/VERIFY_FAILED|input 'bundle'/);
    } finally {
      await rm(join(ws, 'model/model.sig'), { force: true });
    }
  });
});
