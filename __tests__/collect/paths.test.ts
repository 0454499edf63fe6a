import { chmod, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenanceError } from '../../src/errors.js';
import { resolvePatterns } from '../../src/collect/paths.js';
import { inputLines as parseLines, inputList as parseList } from '../../src/request/edge.js';
import { expectInputError } from '../helpers/errors.js';

let root: string;
let ws: string;
let outside: string;

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'tp-paths-')));
  ws = join(root, 'ws');
  outside = join(root, 'outside');
  await mkdir(join(ws, 'out/model/sub'), { recursive: true });
  await mkdir(join(ws, 'out/ckpt/a'), { recursive: true });
  await mkdir(join(ws, 'out/ckpt/b'), { recursive: true });
  await mkdir(join(ws, 'data'), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(join(ws, 'out/model/w.bin'), 'weights');
  await writeFile(join(ws, 'out/model/sub/x.bin'), 'x');
  await writeFile(join(ws, 'out/model/.hidden.bin'), 'h');
  await writeFile(join(ws, 'out/ckpt/a/w.bin'), 'a');
  await writeFile(join(ws, 'out/ckpt/b/w.bin'), 'b');
  await writeFile(join(ws, 'data/file[1].csv'), 'literal brackets');
  await writeFile(join(ws, 'data/train.csv'), 't');
  await writeFile(join(ws, 'data/val.csv'), 'v');
  await writeFile(join(outside, 'secret.bin'), 'secret');
  await symlink(join(outside, 'secret.bin'), join(ws, 'data/link-out.csv'));
  await symlink(outside, join(ws, 'linkdir-out'));
  await symlink(join(ws, 'data/train.csv'), join(ws, 'train-link.csv'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('parseList / parseLines', () => {
  test('newlines and commas split; comments and blanks dropped; braces keep their commas', () => {
    expect(parseList(' a.bin, b.bin\n\n# comment, with comma\nout/{x,y}.bin ,c\r\n')).toEqual([
      'a.bin',
      'b.bin',
      'out/{x,y}.bin',
      'c',
    ]);
  });
  test('`\\,` is a comma of a name; inside braces it stays for the glob; other escapes stay', () => {
    const list =
      String.raw`out/a\,b.bin, c\,.bin,d.bin
out/{x\,y,z}.bin, e\*.bin` + '\nf\\';
    expect(parseList(list)).toEqual([
      'out/a,b.bin',
      'c,.bin',
      'd.bin',
      String.raw`out/{x\,y,z}.bin`,
      String.raw`e\*.bin`,
      'f\\',
    ]);
  });
  test('parseLines keeps commas', () => {
    expect(parseLines('s3://b/k,v\n  # no\n data/x \n')).toEqual(['s3://b/k,v', 'data/x']);
  });
});

describe('resolvePatterns', () => {
  const opts = () => ({ workspace: ws, input: 'model' });

  test('plain file and directory, relative and absolute, deduplicated and sorted', async () => {
    const got = await resolvePatterns(
      ['out/model', join(ws, 'out/model/w.bin'), './out/model/w.bin', 'out/model/'],
      opts(),
    );
    expect(got.map((r) => [r.kind, r.relPath])).toEqual([
      ['directory', 'out/model'],
      ['file', 'out/model/w.bin'],
    ]);
    expect(got[0]!.path).toBe(join(ws, 'out/model'));
    expect(got[1]!.pattern).toBe(join(ws, 'out/model/w.bin'));
  });

  test('a glob that matches a directory takes it whole, as naming it would', async () => {
    // 0.1 dropped out/model/sub without a word, and called out/mo* a pattern matching nothing.
    const star = await resolvePatterns(['out/model/*'], opts());
    expect(star.map((r) => [r.kind, r.relPath])).toContainEqual(['directory', 'out/model/sub']);
    expect(star.map((r) => [r.kind, r.relPath])).toContainEqual(['file', 'out/model/w.bin']);
    const prefix = await resolvePatterns(['out/mo*'], opts());
    expect(prefix.map((r) => [r.kind, r.relPath])).toEqual([['directory', 'out/model']]);
  });

  test('a glob of file names matches files, skipping names that start with a dot', async () => {
    const got = await resolvePatterns(['out/**/*.bin'], opts());
    expect(got.map((r) => r.relPath)).toEqual([
      'out/ckpt/a/w.bin',
      'out/ckpt/b/w.bin',
      'out/model/sub/x.bin',
      'out/model/w.bin',
    ]);
    expect(got.every((r) => r.kind === 'file')).toBe(true);
    const dot = await resolvePatterns(['out/model/.*.bin'], opts());
    expect(dot.map((r) => r.relPath)).toEqual(['out/model/.hidden.bin']);
  });

  test('a glob ending in / matches directories only; braces work', async () => {
    const got = await resolvePatterns(['out/ckpt/*/', 'data/{train,val}.csv'], opts());
    expect(got.map((r) => [r.kind, r.relPath])).toEqual([
      ['file', 'data/train.csv'],
      ['file', 'data/val.csv'],
      ['directory', 'out/ckpt/a'],
      ['directory', 'out/ckpt/b'],
    ]);
  });

  test('a pattern naming an existing path literally is taken literally', async () => {
    const got = await resolvePatterns(['data/file[1].csv'], opts());
    expect(got.map((r) => r.relPath)).toEqual(['data/file[1].csv']);
  });

  test('the workspace itself is "."', async () => {
    const got = await resolvePatterns(['.'], opts());
    expect(got).toEqual([{ kind: 'directory', path: ws, relPath: '.', pattern: '.' }]);
  });

  test('nothing given for a required input: INPUT_MISSING; optional: empty', async () => {
    await expectInputError(
      resolvePatterns([], { ...opts(), required: true }),
      'INPUT_MISSING',
      'model',
      '',
    );
    await expect(resolvePatterns([], opts())).resolves.toEqual([]);
  });

  test('a path or glob matching nothing: NO_MATCH', async () => {
    await expectInputError(
      resolvePatterns(['out/missing.bin'], opts()),
      'NO_MATCH',
      'model',
      'out/missing.bin',
    );
    await expectInputError(
      resolvePatterns(['out/**/*.onnx'], opts()),
      'NO_MATCH',
      'model',
      'out/**/*.onnx',
    );
    const e = await expectInputError(
      resolvePatterns(['data/*.csv/'], opts()),
      'NO_MATCH',
      'model',
      'data/*.csv/',
    );
    expect(e.message).toContain('directories only');
  });

  test('paths outside the workspace are read where they are, named from their own directory', async () => {
    const named = async (p: string) =>
      (await resolvePatterns([p], opts())).map((e) => [e.kind, e.relPath, e.path]);
    const secret = join(outside, 'secret.bin');
    expect(await named('../outside/secret.bin')).toEqual([['file', 'secret.bin', secret]]);
    expect(await named(secret)).toEqual([['file', 'secret.bin', secret]]);
    // A glob is named from its literal base, as the same glob typed there would name it.
    expect(await named('out/../../outside/*.bin')).toEqual([['file', 'secret.bin', secret]]);
    expect(await named(outside)).toEqual([['directory', 'outside', outside]]);
    // `..` that comes back in, and a workspace reached through a link, are inside: named from it.
    expect(await named(join(outside, '..', 'ws', 'data', 'train.csv'))).toEqual([
      ['file', 'data/train.csv', join(ws, 'data/train.csv')],
    ]);
    await symlink(ws, join(root, 'ws-link'));
    expect(await named(join(root, 'ws-link', 'data', 'val.csv'))).toEqual([
      ['file', 'data/val.csv', join(ws, 'data/val.csv')],
    ]);
    await expectInputError(
      resolvePatterns([join(outside, 'nothing', 'x.bin')], opts()),
      'NO_MATCH',
      'model',
      join(outside, 'nothing', 'x.bin'),
    );
  });

  test('two outside paths under one name are refused, naming both', async () => {
    await mkdir(join(root, 'other'), { recursive: true });
    await writeFile(join(root, 'other', 'secret.bin'), 'another');
    const a = join(outside, 'secret.bin');
    const b = join(root, 'other', 'secret.bin');
    const e = await expectInputError(resolvePatterns([a, b], opts()), 'INPUT_INVALID', 'model', b);
    expect(e.message).toContain(a);
  });

  test('a symbolic link leaving the workspace is refused, even when links are allowed', async () => {
    for (const allowSymlinks of [false, true]) {
      const o = { ...opts(), allowSymlinks };
      const e = await expectInputError(
        resolvePatterns(['data/link-out.csv'], o),
        'PATH_OUTSIDE_WORKSPACE',
        'model',
        'data/link-out.csv',
      );
      expect(e.message).toContain(join(outside, 'secret.bin'));
      // through a linked directory, named or globbed
      await expectInputError(
        resolvePatterns(['linkdir-out/secret.bin'], o),
        'PATH_OUTSIDE_WORKSPACE',
        'model',
        'linkdir-out/secret.bin',
      );
      await expectInputError(
        resolvePatterns(['data/*.csv'], o),
        'PATH_OUTSIDE_WORKSPACE',
        'model',
        'data/*.csv',
      );
      await expectInputError(
        resolvePatterns(['linkdir-out/*.bin'], o),
        'PATH_OUTSIDE_WORKSPACE',
        'model',
        'linkdir-out/*.bin',
      );
    }
  });

  test('a glob that would walk through a linked directory is refused', async () => {
    await mkdir(join(ws, 'tree'), { recursive: true });
    await symlink(join(ws, 'out/ckpt'), join(ws, 'tree/ckpt-link'));
    try {
      await expectInputError(
        resolvePatterns(['tree/**'], opts()),
        'SYMLINK_REFUSED',
        'model',
        'tree/**',
      );
      await expectInputError(
        resolvePatterns(['tree/*/a/*.bin'], opts()),
        'SYMLINK_REFUSED',
        'model',
        'tree/*/a/*.bin',
      );
    } finally {
      await rm(join(ws, 'tree'), { recursive: true });
    }
  });

  test('a link inside the workspace: SYMLINK_REFUSED unless allowed, then resolved', async () => {
    await expectInputError(
      resolvePatterns(['train-link.csv'], opts()),
      'SYMLINK_REFUSED',
      'model',
      'train-link.csv',
    );
    const got = await resolvePatterns(['train-link.csv'], { ...opts(), allowSymlinks: true });
    expect(got).toEqual([
      {
        kind: 'file',
        path: join(ws, 'data/train.csv'),
        relPath: 'train-link.csv',
        pattern: 'train-link.csv',
      },
    ]);
  });

  test('a name with a comma: named through parseList with `\\,`, or as a brace alternative', async () => {
    await mkdir(join(ws, 'commas'), { recursive: true });
    await writeFile(join(ws, 'commas/a,b.bin'), 'comma');
    await writeFile(join(ws, 'commas/c.bin'), 'c');
    const named = await resolvePatterns(
      parseList(String.raw`commas/a\,b.bin,commas/c.bin`),
      opts(),
    );
    expect(named.map((r) => r.relPath)).toEqual(['commas/a,b.bin', 'commas/c.bin']);
    const braced = await resolvePatterns(parseList(String.raw`commas/{a\,b,c}.bin`), opts());
    expect(braced.map((r) => r.relPath)).toEqual(['commas/a,b.bin', 'commas/c.bin']);
    // Without the escape the comma separates two paths, neither of which exists.
    await expectInputError(
      resolvePatterns(parseList('commas/a,b.bin'), opts()),
      'NO_MATCH',
      'model',
      'commas/a',
    );
  });

  test('a pattern longer than 4,096 characters (PATH_MAX) is INPUT_INVALID; at 4,096 it is looked for', async () => {
    const long = `out/${'x'.repeat(4093)}`;
    expect(long).toHaveLength(4097);
    const e = await expectInputError(
      resolvePatterns([long], opts()),
      'INPUT_INVALID',
      'model',
      '4097 characters',
    );
    // The value is shown cut, so the error stays one line a person reads.
    expect(e.toLine().length).toBeLessThan(400);
    const glob = `out/${'*'.repeat(4093)}`;
    await expectInputError(resolvePatterns([glob], opts()), 'INPUT_INVALID', 'model', '4097');
    // One character less is an ordinary pattern: looked for, not refused for its length.
    const atLimit = await resolvePatterns([long.slice(0, -1)], opts()).catch(
      (x: unknown) => x as ProvenanceError,
    );
    expect(atLimit).toBeInstanceOf(ProvenanceError);
    expect((atLimit as ProvenanceError).code).not.toBe('INPUT_INVALID');
    // A long brace glob below the limit works.
    const alternatives = Array.from({ length: 800 }, (_, i) => `n${i}`).join(',');
    const braces = `out/model/{${alternatives},w}.bin`;
    expect(braces.length).toBeGreaterThan(3000);
    expect(braces.length).toBeLessThanOrEqual(4096);
    const got = await resolvePatterns([braces], opts());
    expect(got.map((r) => r.relPath)).toEqual(['out/model/w.bin']);
  });

  test('exclusion patterns are refused rather than misread', async () => {
    await expectInputError(
      resolvePatterns(['!out/model/w.bin'], opts()),
      'INPUT_INVALID',
      'model',
      '!out/model/w.bin',
    );
  });

  test('an unreadable file: FILE_UNREADABLE', async () => {
    const f = join(ws, 'data/locked.csv');
    await writeFile(f, 'locked');
    await chmod(f, 0o000);
    try {
      // Root reads any file whatever its mode: there, the lstat fails on a name whose parent is
      // a link to itself (ELOOP), the same kind of failure as EACCES for this check.
      const asRoot = process.getuid?.() === 0;
      if (asRoot) await symlink('loop', join(ws, 'data/loop'));
      const pattern = asRoot ? 'data/loop/locked.csv' : 'data/locked.csv';
      await expectInputError(
        resolvePatterns([pattern], opts()),
        'FILE_UNREADABLE',
        'model',
        pattern,
      );
    } finally {
      await chmod(f, 0o644);
      await rm(f);
      await rm(join(ws, 'data/loop'), { force: true });
    }
  });
});
