// The attest request both entry points build: lists stay lists (a comma in a name is part of it),
// each relative path is resolved once against the edge's base, each choice is a union value, and
// a bad value is refused naming its input (exit 2) before anything is read.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorCode } from '../../src/errors.js';
import { buildAttestRequest, type AttestFields } from '../../src/request/attest.js';
import { actionEdge, inputList } from '../../src/request/edge.js';
import { NO_FIELDS } from '../helpers/requests.js';
import { expectInputError } from '../helpers/errors.js';

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tp-request-'));
  await mkdir(join(base, 'conf'));
  await writeFile(join(base, 'conf/params.yaml'), 'lr: 0.1\n');
});
afterAll(() => rm(base, { recursive: true, force: true }));

const build = (f: Partial<AttestFields>) =>
  buildAttestRequest({ ...NO_FIELDS, model: ['m'], ...f }, actionEdge(base));

test('a comma inside a path stays one path: given as an item, or escaped in the action input', async () => {
  expect((await build({ model: ['out/a,b.bin'] })).model).toEqual([join(base, 'out/a,b.bin')]);
  const fromInput = inputList(String.raw`out/a\,b.bin, out/{c,d}.bin`);
  expect((await build({ model: fromInput })).model).toEqual([
    join(base, 'out/a,b.bin'),
    join(base, 'out/{c,d}.bin'),
  ]);
});

test('each relative path is resolved once, against the base; absolute ones are kept', async () => {
  const r = await build({
    model: ['out/model/', '/abs/m.bin'],
    requirements: ['requirements.txt'],
    byproducts: ['logs/*.json'],
    datasetsFile: 'data.yaml',
    outputDir: 'prov',
    modelManifest: ['out/m=manifests/m.jsonl', 'other.jsonl'],
  });
  expect(r.model).toEqual([join(base, 'out/model/'), '/abs/m.bin']);
  expect(r.requirements).toEqual([join(base, 'requirements.txt')]);
  expect(r.byproducts).toEqual([join(base, 'logs/*.json')]);
  expect(r.datasetsFile).toBe(join(base, 'data.yaml'));
  expect(r.outputDir).toBe(join(base, 'prov'));
  expect(r.modelManifests).toEqual([
    { name: 'out/m', path: join(base, 'manifests/m.jsonl') },
    { path: join(base, 'other.jsonl') },
  ]);
  expect((await build({ defaultOutputDir: '/runner/tmp/tp' })).outputDir).toBe('/runner/tmp/tp');
});

test('datasets arrive parsed, local paths absolute, references as typed, lines counted as typed', async () => {
  const hf = 'hf://datasets/acme/tiny@0123456789abcdef0123456789abcdef01234567';
  const r = await build({
    datasets: ['train=data/train', '', '# a comment', 'file:data/a%2Cb.csv', hf, 'digests:d.txt'],
  });
  expect(r.datasets.map((d) => [d.where, d.name, d.target])).toEqual([
    ['datasets line 1', 'train', { local: join(base, 'data/train') }],
    ['datasets line 4', undefined, { local: join(base, 'data/a,b.csv') }],
    ['datasets line 5', undefined, { uri: hf }],
    ['datasets line 6', undefined, { digestList: join(base, 'd.txt') }],
  ]);
});

test('python: auto, none, or an interpreter (a bare name is also looked up on PATH)', async () => {
  expect((await build({ python: '' })).python).toEqual({ kind: 'auto' });
  expect((await build({ python: ' None ' })).python).toEqual({ kind: 'none' });
  expect((await build({ python: '.venv/bin/python' })).python).toEqual({
    kind: 'interpreter',
    path: join(base, '.venv/bin/python'),
    typed: '.venv/bin/python',
    onPath: false,
  });
  expect((await build({ python: 'python3.11' })).python).toMatchObject({ onPath: true });
});

test('parameters: none, a file that is there, or inline text', async () => {
  expect((await build({})).parameters).toEqual({ kind: 'none' });
  expect((await build({ parameters: 'conf/params.yaml' })).parameters).toEqual({
    kind: 'file',
    path: join(base, 'conf/params.yaml'),
    typed: 'conf/params.yaml',
  });
  expect((await build({ parameters: 'lr: 0.1' })).parameters).toEqual({
    kind: 'inline',
    text: 'lr: 0.1',
  });
});

test('sigstore: a named instance, or custom with its checked URLs', async () => {
  for (const kind of ['auto', 'public-good', 'github'] as const)
    expect((await build({ sigstore: kind })).sigstore).toEqual({ kind });
  expect((await build({})).sigstore).toEqual({ kind: 'auto' });
  const custom = { sigstore: 'custom', fulcioUrl: 'https://f.example/', tsaUrl: 'https://t' };
  expect((await build(custom)).sigstore).toEqual({
    kind: 'custom',
    fulcioUrl: 'https://f.example',
    rekorUrl: undefined,
    tsaUrl: 'https://t',
  });
});

test('a key: none, a key alone, or with its certificate and chain, each absolute', async () => {
  expect((await build({})).key).toBeUndefined();
  expect((await build({ privateKey: 'k.pem' })).key).toEqual({
    privateKey: join(base, 'k.pem'),
    certChain: [],
  });
  const full = await build({ privateKey: 'k.pem', signingCert: 'c.pem', certChain: ['i.pem'] });
  expect(full.key).toEqual({
    privateKey: join(base, 'k.pem'),
    signingCert: join(base, 'c.pem'),
    certChain: [join(base, 'i.pem')],
  });
});

// Each code is one the command exits 2 on (src/cli/index.ts USAGE_CODES): bad usage, not a failure.
test.each<[string, Partial<AttestFields>, ErrorCode, string, string]>([
  ['an unknown instance', { sigstore: 'rekor' }, 'INPUT_INVALID', 'sigstore', 'rekor'],
  ['custom without Fulcio', { sigstore: 'custom' }, 'INPUT_MISSING', 'fulcio-url', 'custom'],
  [
    'a URL that is not http(s)',
    { sigstore: 'custom', fulcioUrl: 'ftp://f' },
    'INPUT_INVALID',
    'fulcio-url',
    'ftp://f',
  ],
  [
    'a certificate without its key',
    { signingCert: 'c.pem' },
    'INPUT_INVALID',
    'signing-cert',
    'c.pem',
  ],
  [
    'a chain without its certificate',
    { privateKey: 'k.pem', certChain: ['i.pem'] },
    'INPUT_INVALID',
    'cert-chain',
    'i.pem',
  ],
  [
    'a dataset digest that is not hex',
    { datasets: ['d.bin sha256:xyz'] },
    'INPUT_INVALID',
    'datasets',
    'sha256:xyz',
  ],
  [
    'a parameters file that is not there',
    { parameters: 'conf/missing.yaml' },
    'NO_MATCH',
    'parameters',
    'missing.yaml',
  ],
])('%s is refused naming the input and the value', async (_, fields, code, input, value) => {
  const e = await expectInputError(build(fields), code, input);
  expect(`${e.toLine()} ${e.value ?? ''}`).toContain(value);
});
