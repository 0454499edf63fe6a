import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorCode } from '../../src/errors.js';
import {
  collectParameters as collectSource,
  parametersSource,
} from '../../src/collect/parameters.js';
import { expectInputError } from '../helpers/errors.js';

/** What the user typed, read as the entry points read it (relative to the workspace), then collected. */
const collectParameters = async (
  raw: string,
  opts: { workspace: string; notice?: (line: string) => void },
) => collectSource(await parametersSource(raw, opts.workspace), opts);

const sha256sum = (path: string) =>
  execFileSync('sha256sum', ['-b', path], { encoding: 'utf8' }).slice(0, 64);

const expectParametersError = (p: Promise<unknown>, code: ErrorCode, value: string) =>
  expectInputError(p, code, 'parameters', value);

let root: string;
let ws: string;

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'tp-params-')));
  ws = join(root, 'ws');
  await mkdir(join(ws, 'conf'), { recursive: true });
  await writeFile(
    join(ws, 'params.yaml'),
    '# training\nlr: 0.001\nepochs: 3\nmodel:\n  layers: [64, 64]\n  dropout: null\n  name: resnet\n',
  );
  await writeFile(
    join(ws, 'conf/params.json'),
    '{\n  "lr": 1e-3,\n  "seed": 42,\n  "tags": ["a", "b"]\n}\n',
  );
  await writeFile(join(ws, 'list.yaml'), '- 1\n- 2\n');
  await writeFile(join(ws, 'broken.json'), '{\n  "lr": 0.1,\n  "epochs": 3,,\n}\n');
  await writeFile(join(ws, 'inf.yaml'), 'lr: 0.1\nclip: .inf\n');
  await writeFile(join(ws, 'big.yaml'), 'seed: 12345678901234567890\n');
  await writeFile(join(root, 'outside.yaml'), 'lr: 1\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const opts = () => ({ workspace: ws });

test('empty input: nothing recorded', async () => {
  await expect(collectParameters('  \n', opts())).resolves.toBeUndefined();
});

test('a YAML file: its mapping, and its name and sha256 as the source', async () => {
  const got = await collectParameters('params.yaml', opts());
  expect(got).toEqual({
    parameters: {
      lr: 0.001,
      epochs: 3,
      model: { layers: [64, 64], dropout: null, name: 'resnet' },
    },
    source: { name: 'params.yaml', digest: { sha256: sha256sum(join(ws, 'params.yaml')) } },
  });
});

test('a JSON file, named by absolute path inside the workspace', async () => {
  const got = await collectParameters(join(ws, 'conf/params.json'), opts());
  expect(got?.parameters).toEqual({ lr: 0.001, seed: 42, tags: ['a', 'b'] });
  expect(got?.source).toEqual({
    name: 'conf/params.json',
    digest: { sha256: sha256sum(join(ws, 'conf/params.json')) },
  });
});

test('inline JSON and inline YAML mappings have no source', async () => {
  await expect(collectParameters('{"lr": 0.01, "batch": 32}', opts())).resolves.toEqual({
    parameters: { lr: 0.01, batch: 32 },
  });
  await expect(collectParameters('lr: 0.01\noptimizer: adamw\n', opts())).resolves.toEqual({
    parameters: { lr: 0.01, optimizer: 'adamw' },
  });
});

test('not a mapping: PARSE_ERROR naming the value and the fix', async () => {
  const e = await expectParametersError(
    collectParameters('list.yaml', opts()),
    'PARSE_ERROR',
    'list.yaml',
  );
  expect(e.message).toContain('a list');
  await expectParametersError(
    collectParameters('just words', opts()),
    'PARSE_ERROR',
    "'just words'",
  );
  await expectParametersError(collectParameters('[1, 2]', opts()), 'PARSE_ERROR', "'[1, 2]'");
});

test('a syntax error is reported with its line and column', async () => {
  const e = await expectParametersError(
    collectParameters('broken.json', opts()),
    'PARSE_ERROR',
    'broken.json:3:',
  );
  expect(e.message).toMatch(/broken\.json:3:\d+: /);
  const inline = await expectParametersError(
    collectParameters('{"lr": 0.1,, }', opts()),
    'PARSE_ERROR',
    `'{"lr": 0.1,, }':1:`,
  );
  expect(inline.toLine()).toContain('Fix: ');
});

test('values that JSON cannot carry exactly are refused with their position', async () => {
  const e = await expectParametersError(
    collectParameters('inf.yaml', opts()),
    'INPUT_INVALID',
    'inf.yaml:2:7',
  );
  expect(e.message).toContain('not a finite number');
  const big = await expectParametersError(
    collectParameters('big.yaml', opts()),
    'INPUT_INVALID',
    'big.yaml:1:7',
  );
  expect(big.fix).toContain('quote');
});

test('a path that is not there; one outside the workspace is read there, named from its directory', async () => {
  await expectParametersError(
    collectParameters('conf/missing.yaml', opts()),
    'NO_MATCH',
    'conf/missing.yaml',
  );
  const source = {
    name: 'outside.yaml',
    digest: { sha256: sha256sum(join(root, 'outside.yaml')) },
  };
  for (const given of [join(root, 'outside.yaml'), '../outside.yaml'])
    await expect(collectParameters(given, opts())).resolves.toEqual({
      parameters: { lr: 1 },
      source,
    });
});

describe('credentials in URIs among the parameters', () => {
  test('are left out of the recorded values, and the notice names the parameter, not the secret', async () => {
    const heard: string[] = [];
    const got = await collectParameters(
      '{"lr": 0.1, "data": {"url": "https://trainer:SECRET1@data.example.com/x?v=2&token=SECRET2"}}',
      { workspace: ws, notice: (l) => heard.push(l) },
    );
    expect(got?.parameters).toEqual({ lr: 0.1, data: { url: 'https://data.example.com/x?v=2' } });
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/^parameters data\.url: .*user info, token/);
    expect(heard[0]).not.toContain('SECRET');
  });

  test('an inline mapping quoted in an error never shows part of a credential it cuts', async () => {
    // The quote is cut at 57 characters, inside the password: no '@' would be left to find it by.
    const text = `{"data_url": "https://trainer:SECRET${'x'.repeat(40)}@data.example.com/x", "lr": [`;
    const e = await expectInputError(
      collectParameters(text, { workspace: ws }),
      'PARSE_ERROR',
      'parameters',
    );
    expect(`${e.toLine()} ${e.value}`).not.toContain('SECRET');
  });
});
