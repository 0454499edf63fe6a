// `training-provenance digest PATH` through the bundled command: the model's OMS root digest,
// the value attest records as model-digest and Python computes without our code; the ignore
// options as sign-model has them; bad input refused (exit 2) with the input named. What
// model_signing itself computes is checked in model-signing-python.test.ts.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omsRootByPython } from '../helpers/independent.js';
import { runBare } from '../helpers/shell.js';

let ws: string;
const tp = (...args: string[]) => runBare(args, ws);
const DEFAULT_IGNORES = ['.git', '.gitattributes', '.github', '.gitignore', 'model.sig'];

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-digest-'));
  await mkdir(join(ws, 'm/tokenizer'), { recursive: true });
  await mkdir(join(ws, 'm/.git'), { recursive: true });
  await writeFile(join(ws, 'm/tokenizer.json'), '{}');
  await writeFile(join(ws, 'm/tokenizer/vocab.txt'), 'a\n');
  await writeFile(join(ws, 'm/README.md'), 'card\n');
  await writeFile(join(ws, 'm/.git/HEAD'), 'ref: refs/heads/main\n');
  await writeFile(join(ws, 'm/model.sig'), '{}');
});
afterAll(() => rm(ws, { recursive: true, force: true }));

test('the root attest records as model-digest, and Python computes', async () => {
  const r = await tp('digest', 'm');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`sha256:${omsRootByPython(join(ws, 'm'), DEFAULT_IGNORES)}\n`);
  const attest = await tp(
    ...['attest', '--model', 'm', '--no-sign', '--python', 'none', '--output-dir', 'out'],
    '--format',
    'json',
  );
  if (attest.code !== 0) throw new Error(attest.stderr);
  expect(`${JSON.parse(attest.stdout).modelDigest}\n`).toBe(r.stdout);
});

test('--ignore-paths leaves files out, relative or absolute inside the model', async () => {
  const want = `sha256:${omsRootByPython(join(ws, 'm'), [...DEFAULT_IGNORES, 'README.md'])}\n`;
  expect((await tp('digest', 'm', '--ignore-paths', 'README.md')).stdout).toBe(want);
  expect((await tp('digest', 'm', '--ignore-paths', join(ws, 'm/README.md'))).stdout).toBe(want);
});

test('a link is refused, and followed with --allow-symlinks', async () => {
  await mkdir(join(ws, 'linked'));
  await writeFile(join(ws, 'linked/w.bin'), 'weights');
  await symlink('w.bin', join(ws, 'linked/latest.bin'));
  const refused = await tp('digest', 'linked');
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('SYMLINK_REFUSED');
  const r = await tp('digest', 'linked', '--allow-symlinks', '--format', 'json');
  expect(r.code).toBe(0);
  // Python reads a linked file through its link, under the link's name.
  expect(JSON.parse(r.stdout)).toEqual({
    path: join(ws, 'linked'),
    digest: `sha256:${omsRootByPython(join(ws, 'linked'), DEFAULT_IGNORES)}`,
    hashType: 'sha256',
    files: 2,
  });
});

test.each<[string[], RegExp]>([
  [[], /INPUT_MISSING.*digest takes the model/],
  [['m', 'm/tokenizer'], /unexpected argument 'm\/tokenizer': every value needs its flag/],
  [['m', '--hash-type', 'md5'], /hash-type.*'md5' is not one OMS lists.*sha256, blake2b, blake3/],
  [['m', '--format', 'xml'], /'xml' is not a format/],
  [['missing-dir'], /missing-dir/],
  [['m', '--shard-size', '10'], /Unknown option '--shard-size'/],
])('digest %j is refused (exit 2), naming the input', async (args, reason) => {
  const r = await tp('digest', ...args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(reason);
  expect(r.stdout).toBe('');
});

test('--help lists the flags, and the command is in the help', async () => {
  const help = await tp('digest', '--help');
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/--hash-type sha256\|blake2b\|blake3/);
  expect((await tp('--help')).stdout).toMatch(/\n {2}digest +print a model's OpenSSF/);
});
