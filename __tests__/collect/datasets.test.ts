import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { collectDatasets } from '../../src/collect/datasets.js';
import { parseDvcLock } from '../../src/collect/dvc.js';
import { expectInputError } from '../helpers/errors.js';
import { commitmentByPython, omsRootBySha256sum } from '../helpers/independent.js';
import { parseDatasetLines } from '../../src/collect/dataset-spec.js';

/** collectDatasets with the `datasets` input as the action types it (parsed as the action does). */
const collectDatasetsText = async (
  o: Omit<Parameters<typeof collectDatasets>[0], 'datasets'> & { datasets: string },
) =>
  collectDatasets({
    ...o,
    datasets: parseDatasetLines(o.datasets.split('\n'), o.workspace, o.notice),
  });

const tool = (cmd: string, path: string) =>
  execFileSync(cmd, ['-b', path], { encoding: 'utf8' }).split(' ')[0]!;
const sha256sum = (p: string) => tool('sha256sum', p);
const md5sum = (p: string) => tool('md5sum', p);

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const DVC_LOCK = `schema: '2.0'
stages:
  prepare:
    cmd: python src/prepare.py data/data.xml
    deps:
    - path: data/data.xml
      hash: md5
      md5: 22a1a2931c8370d3aeedd7183606fd7f
      size: 14445097
    - path: src/prepare.py
      hash: md5
      md5: F09EA0C15980B43010257CCB9F0055E2
      size: 1576
    params:
      params.yaml:
        prepare.seed: 20170428
        prepare.split: 0.2
    outs:
    - path: data/prepared
      hash: md5
      md5: 153aad06d376b6595932470e459ef42a.dir
      size: 8437363
      nfiles: 2
  featurize:
    cmd: python src/featurization.py data/prepared data/features
    deps:
    - path: data/prepared
      hash: md5
      md5: 153aad06d376b6595932470e459ef42a.dir
      size: 8437363
      nfiles: 2
    - path: src/common.py
      hash: md5
      md5: 0f343b0931126a20f133d67c2b018a3b
      size: 120
    outs:
    - path: data/features
      hash: md5
      md5: f35d4cc2c552ac959ae602162b8543f3.dir
      size: 2232588
      nfiles: 2
  train@lr-0.1:
    cmd: python src/train.py data/features model.pkl
    deps:
    - path: data/features
      hash: md5
      md5: f35d4cc2c552ac959ae602162b8543f3.dir
      size: 2232588
      nfiles: 2
    - path: src/common.py
      hash: md5
      md5: 0f343b0931126a20f133d67c2b018a3b
      size: 120
    - path: https://example.com/vocab.txt
      hash: md5
      etag: '"abc"'
    outs:
    - path: model.pkl
      hash: md5
      md5: 46865edbf3d62fc5c039dd9d2b0567a4
      size: 1763725
`;

let root: string;
let ws: string;

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'tp-datasets-')));
  ws = join(root, 'ws');
  await mkdir(join(ws, 'data/val/images'), { recursive: true });
  await mkdir(join(ws, 'pipeline'), { recursive: true });
  await writeFile(join(ws, 'data/train.csv'), 'a,b\n1,2\n'.repeat(500));
  await writeFile(join(ws, 'data/test.csv'), 'a,b\n3,4\n');
  await writeFile(join(ws, 'data/val/labels.csv'), 'id,label\n1,cat\n');
  await writeFile(join(ws, 'data/val/images/1.png'), Buffer.alloc(2048, 7));
  await writeFile(join(ws, 'data/val/images.x'), 'sorts after images/ under the OMS rule');
  await writeFile(join(ws, 'dvc.lock'), DVC_LOCK);
  await writeFile(
    join(ws, 'pipeline/dvc.lock'),
    // The DVC 1.x layout: stages at the top level; paths relative to the lock's directory.
    'train:\n  cmd: python train.py\n  deps:\n  - path: ../data/raw\n    md5: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.dir\n  - path: train.py\n    md5: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n',
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const collect = (datasets: string, datasetsFile?: string) =>
  collectDatasetsText({ datasets, datasetsFile, workspace: ws });

describe('reference URIs: what is recorded without a download must at least be well formed', () => {
  const COMMIT = '3f8c2a7e9d1b4c6a8e0f2b4d6c8a0e2f4b6d8c0a';
  const HEX = 'ab'.repeat(32);

  test('a scheme not in lower case, or a character a URI may not hold, is refused, not rewritten', async () => {
    for (const [line, what, fix] of [
      [
        `HF://datasets/acme/x@${COMMIT}`,
        "the scheme 'HF:' is not lower case",
        `write hf://datasets/acme/x@${COMMIT}`,
      ],
      [
        `S3://acme-raw/2026/ sha256:${HEX}`,
        "the scheme 'S3:' is not lower case",
        'write s3://acme-raw/2026/',
      ],
      ['https://example.com/a|b', '"|" is not a character a URI may hold', '"|" as %7C'],
      ['https://example.com/a{b}', '"{" is not a character a URI may hold', '"{" as %7B'],
      [
        'https://example.com/donn\u00e9es.csv',
        '"\u00e9" is not a character a URI may hold',
        '%C3%A9',
      ],
      ['https://example.com/100%.csv', "a '%' that does not start %XX", '%25'],
    ]) {
      const e = await expectInputError(
        collect(line!),
        'INPUT_INVALID',
        'datasets',
        'datasets line 1',
      );
      expect(e.message).toContain(what);
      expect(e.fix).toContain(fix);
    }
  });

  test('credentials are left out of the URI, and the notice says so without them', async () => {
    const heard: string[] = [];
    const got = await collectDatasetsText({
      datasets: `https://u:SECRET@example.com/a%7Cb.tar?X-Amz-Signature=SECRET&v=1 sha256:${HEX}`,
      workspace: ws,
      notice: (l) => heard.push(l),
    });
    expect(got[0]!.uri).toBe('https://example.com/a%7Cb.tar?v=1');
    expect(got[0]!.name).toBe('https://example.com/a%7Cb.tar?v=1');
    expect(heard).toEqual([
      "datasets line 1: credentials left out of the record (user info, X-Amz-Signature), recorded as 'https://example.com/a%7Cb.tar?v=1': a signed record is public (for a public repository, in the transparency log for good)",
    ]);
  });

  test.each([
    ['hf://', 'hf://datasets/ORG/NAME'],
    ['s3://', 's3://BUCKET'],
    ['hf://datasets/acme', 'hf://datasets/ORG/NAME'],
    ['https://', 'https://HOST/PATH'],
    ['ftp://mirror.example/x.tar', 'not a scheme a dataset is known by'],
    ['javascript:alert(1)', 'a javascript: URI names no dataset'],
    [`javascript:alert(1) sha256:${HEX}`, 'a javascript: URI names no dataset'],
  ])('%s is refused, naming the line and what it lacks', async (line, what) => {
    const e = await expectInputError(
      collect(`raw=${line}`),
      'INPUT_INVALID',
      'datasets',
      'datasets line 1',
    );
    expect(e.message).toContain(what);
  });

  test('an unknown scheme pinned by a digest is recorded as given', async () => {
    const [d] = await collect(`ftp://mirror.example/x.tar sha256:${HEX}`);
    expect(d).toMatchObject({
      uri: 'ftp://mirror.example/x.tar',
      digest: { sha256: HEX },
      unpinned: false,
    });
  });

  test('revisions: 40 hex is a commit; 64 hex is not called a branch; a model repository is flagged', async () => {
    const got = await collect(
      [
        `hf://datasets/acme/x@${HEX}`,
        'hf://datasets/acme/x@main',
        `hf://models/acme/bert@${COMMIT}`,
      ].join('\n'),
    );
    expect(got[0]!.annotations?.note).toMatch(/64 hex characters.*sha256:HEX/);
    expect(got[0]!.annotations?.note).not.toMatch(/branch/);
    expect(got[1]!.annotations?.note).toMatch(/branch or tag/);
    expect(got[2]!.digest).toEqual({ gitCommit: COMMIT });
    expect(got[2]!.annotations?.warning).toMatch(/models repository given as a dataset/);
  });

  test('a datasets-file annotation with a key we write is refused, not silently dropped', async () => {
    await writeFile(
      join(ws, 'reserved.yaml'),
      '- name: raw\n  uri: s3://bucket-a/x\n  annotations:\n    license: MIT\n    team: vision\n',
    );
    const e = await expectInputError(
      collect('', 'reserved.yaml'),
      'INPUT_INVALID',
      'datasets-file',
    );
    expect(e.message).toMatch(/reserved\.yaml:4:5.*annotation key 'license' is reserved/);
    expect(e.fix).toContain("entry's own 'license' key");
  });

  test('a datasets file is held to the same rules, at its line', async () => {
    await writeFile(join(ws, 'bad-uri.yaml'), '- name: raw\n  uri: "hf://datasets/acme"\n');
    const e = await expectInputError(collect('', 'bad-uri.yaml'), 'INPUT_INVALID', 'datasets-file');
    expect(e.message).toMatch(/bad-uri\.yaml:\d+:\d+/);
    await writeFile(
      join(ws, 'upper-uri.yaml'),
      `- name: raw\n  uri: "HF://datasets/acme/x@${COMMIT}"\n`,
    );
    const upper = await expectInputError(
      collect('', 'upper-uri.yaml'),
      'INPUT_INVALID',
      'datasets-file',
    );
    expect(upper.message).toMatch(/upper-uri\.yaml:1:3 'HF:.*not lower case/);
  });
});

describe('digest lists (digests:FILE)', () => {
  const digestsOf = (n: number) =>
    Array.from({ length: n }, (_, i) => createHash('sha256').update(`example ${i}`).digest('hex'));

  test('recorded by the list file, committed to as the set it lists (repeats once)', async () => {
    const listed = digestsOf(50);
    const text = `# one per training example\n${[...listed, listed[3]!].map((d) => `sha256:${d.toUpperCase()}`).join('\n')}\n`;
    await mkdir(join(ws, 'lists'), { recursive: true });
    await writeFile(join(ws, 'lists/train.txt'), text);
    const [d] = await collect('examples=digests:lists/train.txt');
    expect(d).toEqual({
      name: 'examples',
      kind: 'digest-list',
      uri: 'file:lists/train.txt',
      path: 'lists/train.txt',
      digest: { sha256: sha256sum(join(ws, 'lists/train.txt')) },
      unpinned: false,
      commitment: commitmentByPython(listed),
    });
    expect(d!.commitment!.leaves).toBe(50);
  });

  test('a datasets file names a digest list with digests:, with its licence and split', async () => {
    await mkdir(join(ws, 'lists'), { recursive: true });
    const listed = digestsOf(3);
    await writeFile(join(ws, 'lists/val.txt'), listed.map((d) => `sha256:${d}`).join('\n'));
    await writeFile(
      join(ws, 'lists.yaml'),
      '- name: val-examples\n  digests: lists/val.txt\n  license: CC-BY-4.0\n  split: validation\n',
    );
    const [d] = await collect('', 'lists.yaml');
    expect(d).toMatchObject({
      name: 'val-examples',
      kind: 'digest-list',
      license: 'CC-BY-4.0',
      split: 'validation',
      commitment: commitmentByPython(listed),
    });
    await writeFile(join(ws, 'both.yaml'), '- name: x\n  digests: lists/val.txt\n  path: data\n');
    await expectInputError(
      collect('', 'both.yaml'),
      'INPUT_INVALID',
      'datasets-file',
      "exactly one of 'path', 'uri' or 'digests'",
    );
  });

  test('a line that is not sha256:HEX is refused, naming the file and the line', async () => {
    await mkdir(join(ws, 'lists'), { recursive: true });
    await writeFile(join(ws, 'lists/bad.txt'), `sha256:${'a'.repeat(64)}\nmd5:${'b'.repeat(32)}\n`);
    const e = await expectInputError(collect('digests:lists/bad.txt'), 'INPUT_INVALID', 'datasets');
    expect(e.message).toContain('lists/bad.txt line 2');
    await expectInputError(collect('digests:lists/none.txt'), 'NO_MATCH', 'datasets');
    // One list: a glob that names several, or a directory, is refused rather than half-read.
    await mkdir(join(ws, 'two-lists'), { recursive: true });
    for (const n of ['a', 'b'])
      await writeFile(join(ws, `two-lists/${n}.txt`), `sha256:${n.repeat(64)}\n`);
    await expectInputError(
      collect('digests:two-lists/*.txt'),
      'INPUT_INVALID',
      'datasets',
      'names 2 paths',
    );
    await expectInputError(collect('digests:lists'), 'INPUT_INVALID', 'datasets', 'is a directory');
    await expectInputError(
      collect('digests:'),
      'INPUT_INVALID',
      'datasets',
      'digests: names no file',
    );
  });
});

describe('datasets lines', () => {
  test('local file and directory are hashed; names default to the path', async () => {
    const got = await collect('data/train.csv\n\n# a comment\nvalidation = data/val\n');
    const valFiles = ['labels.csv', 'images/1.png', 'images.x'];
    expect(got).toEqual([
      {
        name: 'data/train.csv',
        kind: 'local-file',
        uri: 'file:data/train.csv',
        path: 'data/train.csv',
        digest: { sha256: sha256sum(join(ws, 'data/train.csv')) },
        unpinned: false,
        commitment: commitmentByPython([sha256sum(join(ws, 'data/train.csv'))]),
      },
      {
        name: 'validation',
        kind: 'local-directory',
        uri: 'file:data/val',
        path: 'data/val',
        digest: { sha256: omsRootBySha256sum(join(ws, 'data/val'), valFiles) },
        unpinned: false,
        fileCount: 3,
        totalBytes:
          'id,label\n1,cat\n'.length + 2048 + 'sorts after images/ under the OMS rule'.length,
        commitment: commitmentByPython(valFiles.map((f) => sha256sum(join(ws, 'data/val', f)))),
      },
    ]);
  });

  test('a glob gives one dataset per file, in path order', async () => {
    const got = await collect('data/*.csv');
    expect(got.map((d) => [d.name, d.digest.sha256])).toEqual([
      ['data/test.csv', sha256sum(join(ws, 'data/test.csv'))],
      ['data/train.csv', sha256sum(join(ws, 'data/train.csv'))],
    ]);
  });

  test('references: a Hugging Face commit pins, a branch does not; ALG:HEX pins and is lower-cased', async () => {
    const hex = 'AB'.repeat(32);
    const got = await collect(
      [
        `train=hf://datasets/acme/imgs@${COMMIT.toUpperCase()}`,
        'hf://datasets/acme/imgs@main',
        's3://bucket/raw/',
        `https://example.com/data.tar.gz sha256:${hex}`,
        `oci://ghcr.io/acme/data@sha256:${'cd'.repeat(32)}`,
        'gs://bucket/with,comma/obj',
      ].join('\n'),
    );
    expect(got).toEqual([
      {
        name: 'train',
        kind: 'reference',
        uri: `hf://datasets/acme/imgs@${COMMIT.toUpperCase()}`,
        digest: { gitCommit: COMMIT },
        unpinned: false,
      },
      {
        name: 'hf://datasets/acme/imgs@main',
        kind: 'reference',
        uri: 'hf://datasets/acme/imgs@main',
        digest: {},
        unpinned: true,
        annotations: { revision: 'main', note: expect.stringContaining('not a commit') },
      },
      {
        name: 's3://bucket/raw/',
        kind: 'reference',
        uri: 's3://bucket/raw/',
        digest: {},
        unpinned: true,
      },
      {
        name: 'https://example.com/data.tar.gz',
        kind: 'reference',
        uri: 'https://example.com/data.tar.gz',
        digest: { sha256: hex.toLowerCase() },
        unpinned: false,
      },
      {
        name: `oci://ghcr.io/acme/data@sha256:${'cd'.repeat(32)}`,
        kind: 'reference',
        uri: `oci://ghcr.io/acme/data@sha256:${'cd'.repeat(32)}`,
        digest: { sha256: 'cd'.repeat(32) },
        unpinned: false,
      },
      {
        name: 'gs://bucket/with,comma/obj',
        kind: 'reference',
        uri: 'gs://bucket/with,comma/obj',
        digest: {},
        unpinned: true,
      },
    ]);
  });

  test('a local file with a claimed digest: checked, and the claimed algorithm kept', async () => {
    const f = join(ws, 'data/train.csv');
    const got = await collect(
      `data/train.csv md5:${md5sum(f).toUpperCase()}\nfile:data/test.csv sha256:${sha256sum(join(ws, 'data/test.csv'))}`,
    );
    expect(got[0]!.digest).toEqual({ sha256: sha256sum(f), md5: md5sum(f) });
    expect(got[1]!.name).toBe('data/test.csv');
    const bad = `data/train.csv sha256:${'0'.repeat(64)}`;
    await expectInputError(
      collect(`# header\n${bad}`),
      'INPUT_INVALID',
      'datasets',
      'datasets line 2',
      sha256sum(f),
      '0'.repeat(64),
    );
  });

  test('bad digests name the line and the value', async () => {
    const e = await expectInputError(
      collect('s3://bucket-b/k sha999:abcd'),
      'INPUT_INVALID',
      'datasets',
      "datasets line 1 's3://bucket-b/k sha999:abcd'",
    );
    expect(e.value).toBe('s3://bucket-b/k sha999:abcd');
    expect(e.fix).toContain('sha256');
    await expectInputError(
      collect('\ns3://bucket-b/k sha256:abcd'),
      'INPUT_INVALID',
      'datasets',
      'datasets line 2',
      'sha256:abcd',
    );
    await expectInputError(
      collect('s3://bucket-b/k sha256:' + 'z'.repeat(64)),
      'INPUT_INVALID',
      'datasets',
      'not a sha256 digest',
    );
    await expectInputError(
      collect('s3://bucket-b/k extra words'),
      'INPUT_INVALID',
      'datasets',
      'unexpected text',
    );
    await expectInputError(
      collect('data/val md5:' + 'a'.repeat(32)),
      'INPUT_INVALID',
      'datasets',
      'only its sha256',
    );
  });

  test('names must be unique; one name cannot cover several files', async () => {
    await expectInputError(
      collect('x=s3://bucket-a/\nx=s3://bucket-b/'),
      'INPUT_INVALID',
      'datasets',
      "'x'",
      'datasets line 2',
      'datasets line 1',
    );
    await expectInputError(
      collect('data/train.csv\ndata/*.csv'),
      'INPUT_INVALID',
      'datasets',
      "'data/train.csv'",
    );
    await expectInputError(
      collect('csvs=data/*.csv'),
      'INPUT_INVALID',
      'datasets',
      "'csvs'",
      'data/test.csv, data/train.csv',
    );
  });

  test('local paths follow the path rules of every input', async () => {
    await expectInputError(collect('data/missing.csv'), 'NO_MATCH', 'datasets', 'data/missing.csv');
    // Outside the workspace, a path is read where it is (and must be there).
    await expectInputError(collect('../outside.csv'), 'NO_MATCH', 'datasets', '../outside.csv');
  });

  test('empty input: no datasets', async () => {
    await expect(collect('\n  \n# nothing\n')).resolves.toEqual([]);
  });
});

describe('dvc.lock', () => {
  test('every stage dependency becomes a dvc dataset pinned by its md5', async () => {
    const got = await collect('dvc.lock');
    expect(got).toEqual([
      {
        name: 'data/data.xml',
        kind: 'dvc',
        uri: 'dvc:prepare/data/data.xml',
        path: 'data/data.xml',
        digest: { md5: '22a1a2931c8370d3aeedd7183606fd7f' },
        unpinned: false,
        totalBytes: 14445097,
        annotations: { stage: 'prepare', lockFile: 'dvc.lock' },
      },
      {
        name: 'src/prepare.py',
        kind: 'dvc',
        uri: 'dvc:prepare/src/prepare.py',
        path: 'src/prepare.py',
        digest: { md5: 'f09ea0c15980b43010257ccb9f0055e2' },
        unpinned: false,
        totalBytes: 1576,
        annotations: { stage: 'prepare', lockFile: 'dvc.lock' },
      },
      {
        name: 'data/prepared',
        kind: 'dvc',
        uri: 'dvc:featurize/data/prepared',
        path: 'data/prepared',
        digest: { md5: '153aad06d376b6595932470e459ef42a' },
        unpinned: false,
        totalBytes: 8437363,
        fileCount: 2,
        annotations: { stage: 'featurize', lockFile: 'dvc.lock', dir: true },
      },
      {
        name: 'src/common.py',
        kind: 'dvc',
        uri: 'dvc:featurize/src/common.py',
        path: 'src/common.py',
        digest: { md5: '0f343b0931126a20f133d67c2b018a3b' },
        unpinned: false,
        totalBytes: 120,
        annotations: {
          stage: 'featurize',
          lockFile: 'dvc.lock',
          stages: ['featurize', 'train@lr-0.1'],
        },
      },
      {
        name: 'data/features',
        kind: 'dvc',
        uri: 'dvc:train@lr-0.1/data/features',
        path: 'data/features',
        digest: { md5: 'f35d4cc2c552ac959ae602162b8543f3' },
        unpinned: false,
        totalBytes: 2232588,
        fileCount: 2,
        annotations: { stage: 'train@lr-0.1', lockFile: 'dvc.lock', dir: true },
      },
      {
        name: 'https://example.com/vocab.txt',
        kind: 'dvc',
        uri: 'dvc:train@lr-0.1/https://example.com/vocab.txt',
        digest: {},
        unpinned: true,
        annotations: {
          stage: 'train@lr-0.1',
          lockFile: 'dvc.lock',
          note: expect.stringContaining('no md5'),
        },
      },
    ]);
    // outputs are not datasets
    expect(got.map((d) => d.name)).not.toContain('model.pkl');
  });

  test('the DVC 1.x layout, paths relative to the lock file', async () => {
    const got = await collect('pipeline/dvc.lock');
    expect(got.map((d) => [d.name, d.digest.md5, d.annotations?.dir])).toEqual([
      ['data/raw', 'a'.repeat(32), true],
      ['pipeline/train.py', 'b'.repeat(32), undefined],
    ]);
  });

  test('a malformed lock is reported at its line', () => {
    const bad = "schema: '2.0'\nstages:\n  s:\n    deps:\n    - path: x\n      md5: nothex\n";
    expect(() => parseDvcLock(bad, { relPath: 'dvc.lock' })).toThrow(
      /dvc\.lock:6:12: 'nothex' is not an md5 digest/,
    );
    const conflict =
      'stages:\n  a:\n    deps:\n    - path: x\n      md5: ' +
      'a'.repeat(32) +
      '\n  b:\n    deps:\n    - path: x\n      md5: ' +
      'b'.repeat(32) +
      '\n';
    expect(() => parseDvcLock(conflict, { relPath: 'dvc.lock' })).toThrow(
      /two different digests for 'x'/,
    );
  });

  test('a dvc.lock line takes no name', async () => {
    await expectInputError(
      collect('pipe=dvc.lock'),
      'INPUT_INVALID',
      'datasets',
      'dvc.lock takes no name',
    );
  });
});

describe('datasets-file', () => {
  test('YAML: references, a hashed path with a matching digest, licences, splits, annotations', async () => {
    const valRoot = omsRootBySha256sum(join(ws, 'data/val'), [
      'labels.csv',
      'images/1.png',
      'images.x',
    ]);
    await writeFile(
      join(ws, 'datasets.yaml'),
      `# written by train.py
- name: train
  uri: hf://datasets/acme/imgs@${COMMIT}
  license: cc-by-4.0
  split: train
- path: data/val
  digest: sha256:${valRoot.toUpperCase()}
  split: validation
  annotations: {source: internal, rows: 12}
- name: raw
  uri: s3://bucket/raw/part-0.parquet
  digest: {md5: ${'e'.repeat(32)}, sha256: "${'f'.repeat(64)}"}
`,
    );
    const got = await collect('data/train.csv', 'datasets.yaml');
    expect(got.map((d) => d.name)).toEqual(['data/train.csv', 'train', 'data/val', 'raw']);
    expect(got[1]).toEqual({
      name: 'train',
      kind: 'reference',
      uri: `hf://datasets/acme/imgs@${COMMIT}`,
      digest: { gitCommit: COMMIT },
      unpinned: false,
      // Normalised to its SPDX identifier, with the text as written kept.
      license: 'CC-BY-4.0',
      licenseDeclared: 'cc-by-4.0',
      split: 'train',
    });
    expect(got[2]).toMatchObject({
      kind: 'local-directory',
      digest: { sha256: valRoot },
      split: 'validation',
      annotations: { source: 'internal', rows: 12 },
      fileCount: 3,
    });
    expect(got[3]).toMatchObject({
      digest: { md5: 'e'.repeat(32), sha256: 'f'.repeat(64) },
      unpinned: false,
    });
  });

  test('JSON, with the file outside the workspace (it is read, not recorded)', async () => {
    const path = join(root, 'datasets.json');
    const f = join(ws, 'data/test.csv');
    await writeFile(
      path,
      JSON.stringify(
        [{ name: 'test', path: 'data/test.csv', digest: { sha256: sha256sum(f) } }],
        null,
        2,
      ),
    );
    const got = await collect('', path);
    expect(got).toEqual([
      {
        name: 'test',
        kind: 'local-file',
        uri: 'file:data/test.csv',
        path: 'data/test.csv',
        digest: { sha256: sha256sum(f) },
        unpinned: false,
        commitment: commitmentByPython([sha256sum(f)]),
      },
    ]);
  });

  test('an unknown key is reported with its line, in YAML and in JSON', async () => {
    await writeFile(
      join(ws, 'bad.yaml'),
      '- name: a\n  uri: s3://bucket-a/\n- name: b\n  uri: s3://bucket-b/\n  lisense: mit\n',
    );
    const y = await expectInputError(
      collect('', 'bad.yaml'),
      'INPUT_INVALID',
      'datasets-file',
      'bad.yaml:5:3',
      "unknown key 'lisense'",
    );
    expect(y.value).toBe('bad.yaml');
    expect(y.fix).toContain('license');
    await writeFile(
      join(ws, 'bad.json'),
      '[\n  {\n    "name": "a",\n    "url": "s3://bucket-a/"\n  }\n]\n',
    );
    await expectInputError(
      collect('', 'bad.json'),
      'INPUT_INVALID',
      'datasets-file',
      'bad.json:4:5',
      "unknown key 'url'",
    );
  });

  test('wrong types, missing targets, digest mismatches and syntax errors', async () => {
    const cases: [string, string[]][] = [
      ['{"name": "a"}', ['must be a list']],
      ['- name: a\n', ['exactly one of']],
      [
        '- name: a\n  uri: s3://bucket-a/\n  path: data/test.csv\n',
        ['bad.yaml:1:3', 'exactly one of'],
      ],
      [
        '- name: [a]\n  uri: s3://bucket-a/\n',
        ['bad.yaml:1:9', "'name' must be a non-empty string"],
      ],
      ['- uri: s3://bucket-a/\n  digest: sha256:abc\n', ['bad.yaml:2:11', 'not a sha256 digest']],
      ['- uri: s3://bucket-a/\n  digest: {blake3: ab}\n', ["'blake3' is not a digest algorithm"]],
      [
        `- path: data/test.csv\n  digest: sha256:${'0'.repeat(64)}\n`,
        ['bad.yaml:1:3', 'not the ' + '0'.repeat(64)],
      ],
      [
        '- uri: s3://bucket-a/\n  annotations: [1]\n',
        ['bad.yaml:2:16', "'annotations' must be a mapping"],
      ],
    ];
    for (const [text, parts] of cases) {
      await writeFile(join(ws, 'bad.yaml'), text);
      await expectInputError(collect('', 'bad.yaml'), 'INPUT_INVALID', 'datasets-file', ...parts);
    }
    await writeFile(join(ws, 'bad.yaml'), '- name: a\n  uri: [s3://bucket-a/\n');
    await expectInputError(collect('', 'bad.yaml'), 'PARSE_ERROR', 'datasets-file', 'bad.yaml:');
    await expectInputError(collect('', 'nope.yaml'), 'NO_MATCH', 'datasets-file', "'nope.yaml'");
  });

  test('a name used both in the input and in the file is an error', async () => {
    await writeFile(join(ws, 'dup.yaml'), '- name: data/train.csv\n  uri: s3://bucket-x/\n');
    await expectInputError(
      collect('data/train.csv', 'dup.yaml'),
      'INPUT_INVALID',
      'datasets-file',
      'dup.yaml:1:3',
      'datasets line 1',
    );
  });
});
