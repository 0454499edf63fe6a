// Streamed hashing: the walk's order is listDirectory's (PurePosixPath order, ignores, links),
// the streamed root and totals are those of the whole-list path, and progress goes by files.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestDirectory, listDirectory } from '../../src/hash/tree.js';
import { digestDirectoryFlat, hashInOrder } from '../../src/hash/stream.js';
import { walkInOrder } from '../../src/hash/walk.js';
import type { HashProgress } from '../../src/hash/progress.js';
import { omsRootIndependent } from '../helpers/independent.js';
import { ProvenanceError } from '../../src/errors.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stream-'));
  // Names where code-unit, code-point and component order disagree; ignored names; an empty file.
  const files = [
    'tokenizer.json',
    'tokenizer/vocab.txt',
    'a/x',
    'a.b/y',
    'a-b',
    'B',
    'é.txt',
    '\u{1F600}.bin',
    '\uFF5E.bin',
    '.hidden/z',
    '.gitignore',
    '.git/HEAD',
    'deep/1/2/3/4.txt',
    'empty',
  ];
  for (const f of files) {
    await mkdir(join(dir, f, '..'), { recursive: true });
    await writeFile(join(dir, f), f === 'empty' ? '' : `content of ${f}\n`);
  }
  for (let i = 0; i < 50; i++) await writeFile(join(dir, `n${i}`), `n${i}`);
});

async function names(): Promise<string[]> {
  const out: string[] = [];
  for await (const f of walkInOrder(dir)) out.push(f.relPath);
  return out;
}

// Python's own order for the names (PurePosixPath sorts component-wise by code point), with
// OMS's default ignores left out: not our comparator.
const PY_ORDER = `
import os, sys, pathlib, json
root = pathlib.Path(sys.argv[1])
ignore = {'.git', '.gitattributes', '.github', '.gitignore'}
names = []
for d, dirs, files in os.walk(root):
    for f in files:
        rel = pathlib.PurePosixPath(pathlib.Path(d, f).relative_to(root).as_posix())
        if rel.parts[0] not in ignore: names.append(rel)
print(json.dumps([str(n) for n in sorted(names)]))
`;

test('the walk yields the files in PurePosixPath order, ignores left out; listDirectory the same', async () => {
  const python = JSON.parse(execFileSync('python3', ['-c', PY_ORDER, dir], { encoding: 'utf8' }));
  expect(await names()).toEqual(python);
  expect((await listDirectory(dir)).files.map((f) => f.relPath)).toEqual(python);
  expect(python).toContain('.hidden/z');
});

test('streamed in small chunks, root and totals are the whole-list path and an independent one', async () => {
  const whole = await digestDirectory(dir);
  const progress: HashProgress[] = [];
  const flat = await digestDirectoryFlat(dir, {
    chunkFiles: 7,
    onProgress: (p) => progress.push(p),
  });
  expect(flat.root).toBe(whole.root);
  expect(flat.root).toBe(omsRootIndependent(dir));
  expect([flat.files, flat.bytes]).toEqual([whole.files.length, whole.totalBytes]);
  expect(flat.digests.length).toBe(32 * whole.files.length);
  expect(flat.digests.subarray(0, 32).toString('hex')).toBe(whole.files[0]!.sha256);
  // Counted ahead, so every call knows the total; bytes were not counted.
  expect(progress.length).toBe(Math.ceil(whole.files.length / 7));
  expect(progress.every((p) => p.filesTotal === whole.files.length && p.bytesUnknown)).toBe(true);
  expect(progress.at(-1)).toMatchObject({
    filesDone: whole.files.length,
    bytesDone: whole.totalBytes,
  });
});

test('records reach the caller in order whatever the chunk size', async () => {
  const seen: string[] = [];
  await hashInOrder(walkInOrder(dir), (f) => void seen.push(f.relPath), { chunkFiles: 3 });
  expect(seen).toEqual(await names());
});

test('a symbolic link is refused, as by listDirectory', async () => {
  const d = await mkdtemp(join(tmpdir(), 'stream-link-'));
  await writeFile(join(d, 'real'), 'x');
  await symlink('/etc/hostname', join(d, 'link'));
  const walk = async () => {
    for await (const f of walkInOrder(d, { input: 'datasets' })) void f;
  };
  await expect(walk()).rejects.toMatchObject({ code: 'SYMLINK_REFUSED', input: 'datasets' });
  await expect(walk()).rejects.toBeInstanceOf(ProvenanceError);
});
