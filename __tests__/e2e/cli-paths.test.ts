// Paths on the command line, as a user types them from wherever they stand: every file flag is
// read where it is named (absolute, or relative to the current directory), and `--workspace`
// only decides how subjects are named. A model outside the workspace is named relative to its
// own directory, so its record verifies from anywhere; a link never makes an outside file look
// inside the workspace.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBare } from '../helpers/shell.js';

let top: string;
const at = (...p: string[]) => join(top, ...p);
const tp = (cwd: string, ...args: string[]) => runBare(args, at(cwd));

/** The subject names of a signed record (the DSSE payload of a bundle). */
async function subjectNames(bundle: string): Promise<string[]> {
  const b = JSON.parse(await readFile(bundle, 'utf8'));
  const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8'));
  return (statement.subject as { name: string }[]).map((s) => s.name).sort();
}

beforeAll(async () => {
  top = await mkdtemp(join(tmpdir(), 'tp-paths-'));
  for (const d of ['x/model', 'keys', 'elsewhere', 'ws/out/model', 'data/train'])
    await mkdir(at(d), { recursive: true });
  await writeFile(at('x/model/weights.bin'), 'weights');
  await writeFile(at('x/model/config.json'), '{"layers": 2}');
  await writeFile(at('ws/out/model/weights.bin'), 'other weights');
  await writeFile(at('data/train/a.txt'), 'sample a\n');
  await writeFile(at('data/train/b.txt'), 'sample b\n');
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(at('keys/key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  await writeFile(at('keys/key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
});

test('a model at an absolute path outside the current directory: attested, named relative to its own directory, verified from anywhere', async () => {
  const attest = await tp(
    'elsewhere',
    'attest',
    '--model',
    at('x/model'),
    '--private-key',
    at('keys/key.pem'),
    '--python',
    'none',
    '--output-dir',
    at('out-abs'),
  );
  expect(attest.stderr).not.toContain('PATH_OUTSIDE_WORKSPACE');
  expect(attest.code).toBe(0);
  expect(await subjectNames(at('out-abs/training.sigstore.json'))).toEqual([
    'model',
    'model/config.json',
    'model/weights.bin',
  ]);
  const bundle = at('out-abs/training.sigstore.json');
  // From a third directory, every path absolute.
  const fromTmp = await tp(
    'ws',
    'verify',
    '--model',
    at('x/model'),
    '--bundle',
    bundle,
    '--public-key',
    at('keys/key.pub'),
  );
  expect(fromTmp.stdout + fromTmp.stderr).toMatch(/^VERIFIED/);
  expect(fromTmp.code).toBe(0);
  // From the model's own directory, every path relative to it.
  const fromParent = await tp(
    'x',
    'verify',
    '--model',
    'model',
    '--bundle',
    '../out-abs/training.sigstore.json',
    '--public-key',
    '../keys/key.pub',
  );
  expect(fromParent.stdout + fromParent.stderr).toMatch(/^VERIFIED/);
  expect(fromParent.code).toBe(0);
});

test('a changed file of a model outside the workspace still fails, naming it', async () => {
  await writeFile(at('x/model/weights.bin'), 'weights, tampered');
  const r = await tp(
    'elsewhere',
    'verify',
    '--model',
    at('x/model'),
    '--bundle',
    at('out-abs/training.sigstore.json'),
    '--public-key',
    at('keys/key.pub'),
  );
  await writeFile(at('x/model/weights.bin'), 'weights');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('model/weights.bin');
});

test('sign-model of an absolute directory, verified by its signature alone from elsewhere', async () => {
  const signed = await tp(
    'elsewhere',
    'sign-model',
    '--model',
    at('x/model'),
    '--output',
    at('sigs/model.sig'),
    '--private-key',
    at('keys/key.pem'),
  );
  expect(signed.stderr).toBe('');
  expect(signed.code).toBe(0);
  const r = await tp(
    'ws',
    'verify',
    '--model',
    at('x/model'),
    '--model-signature',
    at('sigs/model.sig'),
    '--public-key',
    at('keys/key.pub'),
  );
  expect(r.stderr).not.toContain('PATH_OUTSIDE_WORKSPACE');
  expect(r.code).toBe(0);
});

test('attest --dataset manifest:../m.jsonl reads the manifest beside the current directory', async () => {
  const m = await tp('elsewhere', 'manifest', at('data/train'), '--output', '../m.jsonl');
  expect(m.stderr).not.toContain('PATH_OUTSIDE_WORKSPACE');
  expect(m.code).toBe(0);
  const r = await tp(
    'elsewhere',
    'attest',
    '--model',
    '../x/model',
    '--dataset',
    'train=manifest:../m.jsonl',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    '../out-manifest',
  );
  expect(r.stderr).not.toContain('PATH_OUTSIDE_WORKSPACE');
  expect(r.code).toBe(0);
  const statement = JSON.parse(await readFile(at('out-manifest/training.intoto.json'), 'utf8'));
  const deps = statement.predicate.buildDefinition.resolvedDependencies as {
    name?: string;
    digest?: { sha256?: string };
    annotations?: { role?: string };
  }[];
  const train = deps.filter((d) => d.annotations?.role === 'dataset');
  expect(train.map((d) => d.name)).toEqual(['train']);
  const trailer = JSON.parse((await readFile(at('m.jsonl'), 'utf8')).trim().split('\n').pop()!);
  expect(`sha256:${train[0]!.digest!.sha256}`).toBe(trailer.root);
});

test('attest --model-manifest NAME=FILE: a subject name with a slash, the manifest read where the user stands', async () => {
  const m = await tp('elsewhere', 'manifest', at('data/train'), '--output', 'mm.jsonl');
  expect(m.code).toBe(0);
  const r = await tp(
    'elsewhere',
    'attest',
    '--workspace',
    '../ws',
    '--model-manifest',
    'models/train=mm.jsonl',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    '../out-model-manifest',
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const statement = JSON.parse(
    await readFile(at('out-model-manifest/training.intoto.json'), 'utf8'),
  );
  expect(statement.subject.map((s: { name: string }) => s.name)).toEqual(['models/train']);
});

test('a record attested in a workspace verifies from another directory with --workspace, paths relative to where the user stands', async () => {
  const attest = await tp(
    'ws',
    'attest',
    '--model',
    'out/model',
    '--private-key',
    '../keys/key.pem',
    '--python',
    'none',
    '--output-dir',
    'prov',
  );
  expect(attest.code).toBe(0);
  expect(await subjectNames(at('ws/prov/training.sigstore.json'))).toEqual([
    'out/model',
    'out/model/weights.bin',
  ]);
  const r = await tp(
    'elsewhere',
    'verify',
    '--workspace',
    '../ws',
    '--model',
    '../ws/out/model',
    '--bundle',
    '../ws/prov/training.sigstore.json',
    '--public-key',
    '../keys/key.pub',
  );
  expect(r.stdout + r.stderr).toMatch(/^VERIFIED/);
  expect(r.code).toBe(0);
});

test('with --workspace elsewhere, dataset lines and file flags are still read from the current directory', async () => {
  await writeFile(at('elsewhere/params.yaml'), 'lr: 0.01\n');
  await writeFile(at('elsewhere/requirements.txt'), 'torch==2.4.0\n');
  const m = await tp('elsewhere', 'manifest', '../data/train', '--output', 'm2.jsonl');
  expect(m.code).toBe(0);
  const r = await tp(
    'elsewhere',
    'attest',
    '--workspace',
    '../ws',
    '--model',
    '../ws/out/model',
    '--dataset',
    'train=manifest:m2.jsonl',
    '--parameters',
    'params.yaml',
    '--requirements',
    'requirements.txt',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    '../out-ws',
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const statement = JSON.parse(await readFile(at('out-ws/training.intoto.json'), 'utf8'));
  // The model inside the workspace is named from it; the files outside, from their directory.
  expect(statement.subject.map((s: { name: string }) => s.name).sort()).toEqual([
    'out/model',
    'out/model/weights.bin',
  ]);
  const text = JSON.stringify(statement.predicate);
  expect(text).toContain('"params.yaml"');
  expect(text).toContain('requirements.txt');
  expect(text).not.toContain('../');
});

test('with --workspace elsewhere, a dataset named by a file: URI is read from the current directory too', async () => {
  await mkdir(at('elsewhere/uri'), { recursive: true });
  await writeFile(at('elsewhere/uri/a,b.csv'), 'x,y\n1,2\n');
  const r = await tp(
    'elsewhere',
    'attest',
    '--workspace',
    '../ws',
    '--model',
    '../ws/out/model',
    '--dataset',
    'table=file:uri/a%2Cb.csv',
    '--byproducts',
    'uri/a,b.csv',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    '../out-uri',
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const statement = JSON.parse(await readFile(at('out-uri/training.intoto.json'), 'utf8'));
  const text = JSON.stringify(statement.predicate);
  // One file, its comma kept: the dataset and the byproduct are the file in the current directory.
  const sha = createHash('sha256').update('x,y\n1,2\n').digest('hex');
  expect(text.split(sha).length - 1).toBe(2);
  expect(text).toContain('"a,b.csv"');
});

test('real paths decide: a link into the workspace names the file inside it, a link out of it is refused', async () => {
  // The workspace reached through a link from outside: still inside, named as inside.
  await symlink(at('ws'), at('ws-link'));
  const through = await tp(
    'ws',
    'verify',
    '--model',
    at('ws-link/out/model'),
    '--bundle',
    'prov/training.sigstore.json',
    '--public-key',
    '../keys/key.pub',
  );
  expect(through.stdout + through.stderr).toMatch(/^VERIFIED/);
  expect(through.code).toBe(0);
  // A link in the workspace to a model outside it is not a name inside the workspace.
  await symlink(at('x/model'), at('ws/model-link'));
  const out = await tp(
    'ws',
    'attest',
    '--model',
    'model-link',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    '../out-link',
  );
  expect(out.code).toBe(2);
  expect(out.stderr).toMatch(/SYMLINK_REFUSED|PATH_OUTSIDE_WORKSPACE/);
  expect(out.stderr).toContain('model-link');
});

test('two models outside the workspace that would share a name are refused, naming both', async () => {
  await mkdir(at('y/model'), { recursive: true });
  await writeFile(at('y/model/weights.bin'), 'y weights');
  const r = await tp(
    'elsewhere',
    'attest',
    '--model',
    at('x/model'),
    '--model',
    at('y/model'),
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    '../out-twice',
  );
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(at('x/model'));
  expect(r.stderr).toContain(at('y/model'));
});
