import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

import { copyFile, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { collectModel } from '../../src/collect/model.js';
import { expectInputError } from '../helpers/errors.js';
import { omsRootBySha256sum } from '../helpers/independent.js';
import { vector } from '../helpers/vectors.js';
import { inputList } from '../../src/request/edge.js';

const sha256sum = (path: string) =>
  execFileSync('sha256sum', ['-b', path], { encoding: 'utf8' }).slice(0, 64);

let ws: string;
const modelFiles = [
  'config.json',
  'd0/f00',
  'd0.x',
  'weights/model-00001.safetensors',
  'weights/model-00002.safetensors',
];

beforeAll(async () => {
  ws = await realpath(await mkdtemp(join(tmpdir(), 'tp-model-')));
  for (const [i, f] of modelFiles.entries()) {
    await mkdir(join(ws, 'out/model', f, '..'), { recursive: true });
    await writeFile(join(ws, 'out/model', f), `content ${i} `.repeat(1000 * (i + 1)));
  }
  // Ignored by OMS, so neither a subject nor part of the root.
  await mkdir(join(ws, 'out/model/.git'), { recursive: true });
  await writeFile(join(ws, 'out/model/.git/HEAD'), 'ref: refs/heads/main\n');
  await writeFile(join(ws, 'out/model/.gitattributes'), '*.safetensors filter=lfs\n');
  await writeFile(join(ws, 'out/extra.onnx'), 'onnx');
  await mkdir(join(ws, 'empty'), { recursive: true });
  await mkdir(join(ws, 'linked'), { recursive: true });
  await writeFile(join(ws, 'linked/a.bin'), 'a');
  await symlink(join(ws, 'out/extra.onnx'), join(ws, 'linked/b.bin'));
});

afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});

test('a directory: every file a subject named from the workspace, plus the directory with its OMS root', async () => {
  const progress: number[] = [];
  const got = await collectModel(inputList('out/model'), {
    workspace: ws,
    onProgress: (p) => progress.push(p.filesDone),
  });
  const root = omsRootBySha256sum(join(ws, 'out/model'), modelFiles);
  const fileNames = [
    'out/model/config.json',
    'out/model/d0/f00',
    'out/model/d0.x',
    'out/model/weights/model-00001.safetensors',
    'out/model/weights/model-00002.safetensors',
  ];
  // The listing digest, by its definition: name, NUL, raw sha256, file by file in OMS order.
  const listing = createHash('sha256');
  for (const name of fileNames) {
    listing.update(`${name.slice('out/model/'.length)}\0`);
    listing.update(Buffer.from(sha256sum(join(ws, name)), 'hex'));
  }
  expect(got.subjects).toEqual([
    ...fileNames.map((name) => ({ name, digest: { sha256: sha256sum(join(ws, name)) } })),
    {
      name: 'out/model',
      digest: { sha256: root },
      annotations: {
        role: 'model-directory',
        files: 5,
        bytes: modelFiles.reduce((n, _f, i) => n + `content ${i} `.length * 1000 * (i + 1), 0),
        ignorePaths: ['.git', '.gitattributes', '.github', '.gitignore'],
        listing: `sha256:${listing.digest('hex')}`,
      },
    },
  ]);
  expect(got.modelDigest).toBe(`sha256:${root}`);
  expect(got.directories).toHaveLength(1);
  expect(got.directories[0]!.root).toBe(root);
  // files inside a DirectoryDigest are named relative to the directory, in OMS order
  expect(got.directories[0]!.files.map((f) => f.relPath)).toEqual([
    'config.json',
    'd0/f00',
    'd0.x',
    'weights/model-00001.safetensors',
    'weights/model-00002.safetensors',
  ]);
  expect(got.files.map((f) => f.relPath)).toEqual(fileNames);
  expect(progress.at(-1)).toBe(5);
});

test('a file named directly and through its directory appears once; several entries give no model digest', async () => {
  const got = await collectModel(inputList('out/model/config.json, out/model\nout/*.onnx'), {
    workspace: ws,
  });
  const names = got.subjects.map((s) => s.name);
  expect(names.filter((n) => n === 'out/model/config.json')).toHaveLength(1);
  expect(names).toEqual([
    'out/extra.onnx',
    'out/model/config.json',
    'out/model/d0/f00',
    'out/model/d0.x',
    'out/model/weights/model-00001.safetensors',
    'out/model/weights/model-00002.safetensors',
    'out/model',
  ]);
  expect(got.subjects[0]!.digest.sha256).toBe(sha256sum(join(ws, 'out/extra.onnx')));
  expect(got.modelDigest).toBe('');
});

test('a single file gives its own digest as the model digest; a file inside the one directory does not count twice', async () => {
  const one = await collectModel(inputList('out/extra.onnx'), { workspace: ws });
  expect(one.subjects).toEqual([
    { name: 'out/extra.onnx', digest: { sha256: sha256sum(join(ws, 'out/extra.onnx')) } },
  ]);
  expect(one.modelDigest).toBe(`sha256:${sha256sum(join(ws, 'out/extra.onnx'))}`);
  const dirAndInner = await collectModel(inputList('out/model\nout/model/config.json'), {
    workspace: ws,
  });
  expect(dirAndInner.modelDigest).toBe(
    `sha256:${omsRootBySha256sum(join(ws, 'out/model'), modelFiles)}`,
  );
});

test('errors: nothing given, an empty directory, a link inside a model directory', async () => {
  await expectInputError(
    collectModel(inputList(' \n'), { workspace: ws }),
    'INPUT_MISSING',
    'model',
    '',
  );
  await expectInputError(
    collectModel(inputList('empty'), { workspace: ws }),
    'INPUT_INVALID',
    'model',
    'empty',
  );
  await expectInputError(
    collectModel(inputList('linked'), { workspace: ws }),
    'SYMLINK_REFUSED',
    'model',
    'linked/b.bin',
  );
});

const vectors = vector('model-signing', 'v1.0.0-sigstore');
const interop = test;
interop(
  "the directory subject equals model_signing's root digest on its own test vector",
  async () => {
    await mkdir(join(ws, 'oms'), { recursive: true });
    for (const f of ['signme-1', 'signme-2']) await copyFile(join(vectors, f), join(ws, 'oms', f));
    const got = await collectModel(inputList('oms'), { workspace: ws });
    expect(got.subjects.at(-1)).toMatchObject({
      name: 'oms',
      digest: { sha256: '61d4849d9d90076d6215f4d525f13d6574af8e3f67aef3e6f36fc40a14fdd226' },
    });
  },
);

describe('GitHub’s limit of 1,024 subjects per attestation', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await realpath(await mkdtemp(join(tmpdir(), 'tp-limit-')));
    await mkdir(join(ws, 'shards'));
    for (let i = 0; i < 1030; i++)
      await writeFile(join(ws, 'shards', `s${String(i).padStart(4, '0')}.bin`), `${i}`);
    await writeFile(join(ws, 'config.json'), '{}');
  });
  afterAll(() => rm(ws, { recursive: true, force: true }));

  test('past the limit, a directory is attested by its root alone; files named directly stay', async () => {
    const m = await collectModel(inputList('shards\nconfig.json'), { workspace: ws });
    expect(m.subjects.map((s) => s.name)).toEqual(['config.json', 'shards']);
    expect(m.omittedFileSubjects).toBe(1030);
    const dir = m.subjects[1]!;
    expect(dir.annotations).toMatchObject({
      role: 'model-directory',
      files: 1030,
      fileSubjects: 'omitted',
    });
    const names = Array.from({ length: 1030 }, (_, i) => `s${String(i).padStart(4, '0')}.bin`);
    expect(dir.digest.sha256).toBe(omsRootBySha256sum(join(ws, 'shards'), names));
    // Every file was still hashed: the root covers them all.
    expect(m.files).toHaveLength(1031);
  });

  test('within the limit nothing is omitted', async () => {
    const m = await collectModel(inputList('config.json'), { workspace: ws });
    expect(m.omittedFileSubjects).toBe(0);
    expect(m.subjects).toHaveLength(1);
  });

  test('more than 1,024 files named one by one is refused, naming the fix', async () => {
    const err = await expectInputError(
      collectModel(inputList('shards/*.bin'), { workspace: ws }),
      'INPUT_INVALID',
      'model',
      'exceed the 1024',
    );
    expect(err.fix).toMatch(/name the directory/);
  });
});
