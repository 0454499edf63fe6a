import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenanceError } from '../src/errors.js';
import { readInputFile, readInputJson, type InputFile } from '../src/input-file.js';
import { expectInputError } from './helpers/errors.js';

let dir: string;
const FILE: InputFile = { input: 'proof', what: 'proof', fix: 'give a proof', maxBytes: 16 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'input-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('a file is read as text, without the byte-order mark an editor may put first', async () => {
  await writeFile(join(dir, 'bom.json'), '\uFEFF{"a": 1}');
  await expect(readInputFile(join(dir, 'bom.json'), FILE)).resolves.toBe('{"a": 1}');
  await expect(readInputJson(join(dir, 'bom.json'), FILE)).resolves.toEqual({ a: 1 });
});

test('a missing file, a directory and a FIFO are unreadable, named, and never waited on', async () => {
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  await mkdir(join(dir, 'sub'));
  for (const [path, why] of [
    [join(dir, 'missing'), 'ENOENT'],
    [join(dir, 'sub'), 'not a regular file'],
    [fifo, 'not a regular file'],
  ]) {
    const e = await expectInputError(readInputFile(path!, FILE), 'FILE_UNREADABLE', 'proof');
    expect(e.message.startsWith(`cannot read proof ${path}: `)).toBe(true);
    expect(e.message).toContain(why);
    expect(e.fix).toBe('give a proof');
  }
});

test('a file over the cap is refused before it is read: the reader says how, or it is unreadable', async () => {
  const big = join(dir, 'big.json');
  await writeFile(big, 'x'.repeat(17));
  await expectInputError(readInputFile(big, FILE), 'FILE_UNREADABLE', 'proof', '17 bytes');
  const own = new ProvenanceError('INPUT_INVALID', 'too big for a proof', {
    input: 'proof',
    fix: 'give a smaller one',
  });
  await expect(readInputFile(big, { ...FILE, tooLarge: () => own })).rejects.toBe(own);
});

test('a file that is not JSON is a PARSE_ERROR naming the input and the file', async () => {
  await writeFile(join(dir, 'bad.json'), '{"a": ');
  await expectInputError(
    readInputJson(join(dir, 'bad.json'), FILE),
    'PARSE_ERROR',
    'proof',
    `proof ${join(dir, 'bad.json')} is not JSON`,
  );
});
