// The hashing engine against independent references: coreutils' sha256sum/sha512sum/b2sum and
// the BLAKE3 team's b3sum for every digest, a separately written code-point rule for the OMS
// order, and a real OMS signature's root.
import { execFile, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import {
  closeHashPool,
  compareOmsPaths,
  digestDirectory,
  hashFile,
  hashFiles,
  hashFilesWith,
  listDirectory,
  omsRootDigest,
  type HashOptions,
  type HashProgress,
} from '../../src/hash/index.js';
import { getHashPool } from '../../src/hash/pool.js';
import { isProvenanceError } from '../../src/errors.js';
import type { Sha256Hex } from '../../src/types.js';
import { vector } from '../helpers/vectors.js';

const execFileAsync = promisify(execFile);
const MiB = 1024 * 1024;
const CHUNK = 4 * MiB; // the engine's default read size; shapes around it are the edge cases
const SMALL_CHUNK = 64 * 1024; // a small read size, to cross many chunk boundaries cheaply

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hash-test-'));
});
afterAll(async () => {
  await closeHashPool();
  rmSync(root, { recursive: true, force: true });
});

const HEX_LENGTH = { sha256sum: 64, sha512sum: 128, b3sum: 64 };

/** Digests as coreutils (or b3sum, which writes the same lines) computes them, in order. */
function coreutils(tool: keyof typeof HEX_LENGTH, paths: readonly string[]): string[] {
  const out = execFileSync(tool, ['--', ...paths], { encoding: 'utf8', maxBuffer: 64 * MiB });
  // A line starts with '\' when the name needed escaping; the digest follows.
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^\\/, '').slice(0, HEX_LENGTH[tool]));
}

function write(path: string, bytes: Buffer | string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

const asFiles = (paths: readonly string[], base = root) =>
  paths.map((p) => ({ path: p, relPath: relative(base, p) }));

/** Wait until the shared pool's workers have all booted, so that they (not this thread) hash. */
async function warmPool(size: number): Promise<void> {
  const pool = getHashPool(size);
  pool.start();
  for (let i = 0; i < 500 && pool.onlineCount < size; i++)
    await new Promise((r) => setTimeout(r, 10));
  expect(pool.onlineCount).toBe(size);
}

/** Progress never goes back, keeps its totals, and ends complete. */
function expectProgressEnds(calls: readonly HashProgress[], bytes: number, files: number): void {
  for (let i = 1; i < calls.length; i++) {
    expect(calls[i]!.bytesDone).toBeGreaterThanOrEqual(calls[i - 1]!.bytesDone);
    expect(calls[i]!.filesDone).toBeGreaterThanOrEqual(calls[i - 1]!.filesDone);
    expect(calls[i]).toMatchObject({ bytesTotal: bytes, filesTotal: files });
  }
  expect(calls.at(-1)).toEqual({
    bytesDone: bytes,
    bytesTotal: bytes,
    filesDone: files,
    filesTotal: files,
  });
}

async function expectFailure(p: Promise<unknown>, code: string, path: string): Promise<void> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(isProvenanceError(e)).toBe(true);
  if (!isProvenanceError(e)) return;
  expect(e.code).toBe(code);
  expect(e.value).toBe(path);
  expect(e.message).toContain(path);
}

// Every way the engine can hash: the calling thread alone; it and a booted worker (concurrency
// 2 = the caller + 1 worker); it and two workers still booting; and one worker alone. The third
// element is the size of the pool to boot before the run.
const MODES: [string, HashOptions, number | undefined][] = [
  ['calling thread', { pool: 'never' }, undefined],
  ['caller and a booted worker', { pool: 'always', concurrency: 2 }, 1],
  ['caller and 2 booting workers', { pool: 'always', concurrency: 3 }, undefined],
  ['one worker alone', { pool: 'always', concurrency: 1 }, 1],
];

describe('digests equal coreutils on every shape', () => {
  let shapes: string[];
  beforeAll(() => {
    const dir = join(root, 'shapes');
    const c = SMALL_CHUNK;
    const sizes = [0, 1, 55, 64, 4096, c - 1, c, c + 1, 2 * c, 2 * c + 1, 5 * c + 3];
    sizes.push(CHUNK - 1, CHUNK, CHUNK + 1);
    shapes = sizes.map((n) => write(join(dir, `s-${n}.bin`), randomBytes(n)));
  });

  test.each(MODES)('sha256, %s', async (_name, opts, warm) => {
    if (warm) await warmPool(warm);
    if (opts.concurrency === 3) await closeHashPool();
    const want = coreutils('sha256sum', shapes);
    for (const chunkSize of [undefined, SMALL_CHUNK]) {
      const got = await hashFiles(asFiles(shapes), { ...opts, chunkSize });
      expect(got.map((f) => f.sha256)).toEqual(want);
      expect(got.map((f) => f.size)).toEqual(shapes.map((p) => statSync(p).size));
      expect(got.map((f) => f.path)).toEqual(shapes);
    }
  });

  test.each(MODES)('sha512 and both at once, %s', async (_name, opts, warm) => {
    if (warm) await warmPool(warm);
    const sha512 = coreutils('sha512sum', shapes);
    const sha256 = coreutils('sha256sum', shapes);
    for (const chunkSize of [undefined, SMALL_CHUNK]) {
      const only512 = await hashFilesWith(asFiles(shapes), ['sha512'], { ...opts, chunkSize });
      expect(only512.map((f) => f.digest)).toEqual(sha512.map((d) => ({ sha512: d })));
      const both = await hashFilesWith(asFiles(shapes), ['sha256', 'sha512'], {
        ...opts,
        chunkSize,
      });
      expect(both.map((f) => f.digest)).toEqual(
        sha256.map((d, i) => ({ sha256: d, sha512: sha512[i] })),
      );
    }
  });

  test.each(MODES)('byte ranges (OMS shards) and blake2b, %s', async (_name, opts, warm) => {
    if (warm) await warmPool(warm);
    // Ranges on both sides of a chunk, at the start, inside and at the end, and an empty one;
    // each digest by coreutils over the bytes `tail | head` cut out.
    const big = shapes.find((p) => statSync(p).size === 5 * SMALL_CHUNK + 3)!;
    const ranges: Array<[number, number]> = [
      [0, 100],
      [100, SMALL_CHUNK + 7],
      [SMALL_CHUNK - 1, 3 * SMALL_CHUNK + 1],
      [4 * SMALL_CHUNK, 5 * SMALL_CHUNK + 3],
      [5, 5],
    ];
    const cut = (tool: string, [start, end]: [number, number]) =>
      execFileSync(
        '/bin/sh',
        ['-c', `tail -c +${start + 1} "$1" | head -c ${end - start} | ${tool}`, 'sh', big],
        { encoding: 'utf8' },
      ).split(' ')[0];
    const files = ranges.map(([start, end]) => ({
      path: big,
      relPath: `r${start}`,
      range: { start, end },
    }));
    for (const chunkSize of [undefined, SMALL_CHUNK]) {
      const got = await hashFilesWith(files, ['sha256', 'blake2b512'], { ...opts, chunkSize });
      expect(got.map((f) => f.size)).toEqual(ranges.map(([s, e]) => e - s));
      expect(got.map((f) => f.digest.sha256)).toEqual(ranges.map((r) => cut('sha256sum', r)));
      expect(got.map((f) => f.digest.blake2b512)).toEqual(ranges.map((r) => cut('b2sum', r)));
    }
    const whole = await hashFilesWith(asFiles(shapes), ['blake2b512'], opts);
    expect(whole.map((f) => f.digest.blake2b512)).toEqual(
      execFileSync('b2sum', ['--', ...shapes], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((l) => l.split(' ')[0]),
    );
  });

  test.each(MODES)(
    'blake3, alone, beside sha256 and on byte ranges, %s',
    async (_n, opts, warm) => {
      if (warm) await warmPool(warm);
      const blake3 = coreutils('b3sum', shapes);
      const sha256 = coreutils('sha256sum', shapes);
      for (const chunkSize of [undefined, SMALL_CHUNK]) {
        const only = await hashFilesWith(asFiles(shapes), ['blake3'], { ...opts, chunkSize });
        expect(only.map((f) => f.digest)).toEqual(blake3.map((d) => ({ blake3: d })));
        const both = await hashFilesWith(asFiles(shapes), ['blake3', 'sha256'], {
          ...opts,
          chunkSize,
        });
        expect(both.map((f) => f.digest)).toEqual(
          blake3.map((d, i) => ({ blake3: d, sha256: sha256[i] })),
        );
      }
      // A range across chunks: the bytes b3sum reads from stdin.
      const big = shapes.find((p) => statSync(p).size === 5 * SMALL_CHUNK + 3)!;
      const [start, end] = [SMALL_CHUNK - 1, 3 * SMALL_CHUNK + 1];
      const [range] = await hashFilesWith(
        [{ path: big, relPath: 'r', range: { start, end } }],
        ['blake3'],
        { ...opts, chunkSize: SMALL_CHUNK },
      );
      const cut = `tail -c +${start + 1} "$1" | head -c ${end - start} | b3sum`;
      expect(range!.digest.blake3).toBe(
        execFileSync('/bin/sh', ['-c', cut, 'sh', big], { encoding: 'utf8' }).split(' ')[0],
      );
    },
  );

  test('a range past the end of the file fails, naming it', async () => {
    const small = shapes.find((p) => statSync(p).size === 55)!;
    await expectFailure(
      hashFilesWith([{ path: small, relPath: 's', range: { start: 50, end: 60 } }], ['sha256']),
      'FILE_CHANGED',
      small,
    );
  });

  test('hashFile, one file at a time', async () => {
    const sha256 = coreutils('sha256sum', shapes);
    const sha512 = coreutils('sha512sum', shapes);
    for (const [i, p] of shapes.entries()) {
      expect(await hashFile(p)).toEqual({ digest: sha256[i], size: statSync(p).size });
      expect((await hashFile(p, 'sha512', { chunkSize: SMALL_CHUNK })).digest).toBe(sha512[i]);
    }
  });

  test('overlapping hashFile calls on this thread do not share buffers', async () => {
    const large = shapes.filter((p) => statSync(p).size > CHUNK);
    const got = await Promise.all([...large, ...large].map((p) => hashFile(p)));
    expect(got.map((g) => g.digest)).toEqual(coreutils('sha256sum', [...large, ...large]));
  });

  test('overlapping blake3 calls on this thread do not share a hasher', async () => {
    const mixed = [...shapes, ...shapes].reverse();
    const got = await Promise.all(mixed.map((p) => hashFile(p, 'blake3', { chunkSize: 4096 })));
    expect(got.map((g) => g.digest)).toEqual(coreutils('b3sum', mixed));
  });

  test('the result keeps the input order whatever the completion order', async () => {
    // Largest files are dispatched first, so completion order differs from input order.
    const order = [...shapes].reverse().concat(shapes.slice(0, 3));
    for (const [, opts, warm] of MODES) {
      if (warm) await warmPool(warm);
      const got = await hashFiles(asFiles(order), opts);
      expect(got.map((f) => f.path)).toEqual(order);
      expect(got.map((f) => f.sha256)).toEqual(coreutils('sha256sum', order));
    }
  });
});

/** Python's PurePosixPath order, written independently: lists of components, names by code point. */
function pythonPathOrder(a: string, b: string): number {
  const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
  const cmpList = <T>(x: T[], y: T[], cmp: (p: T, q: T) => number): number => {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = cmp(x[i]!, y[i]!);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  };
  const byNumber = (p: number, q: number) => p - q;
  return cmpList(a.split('/'), b.split('/'), (p, q) =>
    cmpList(codePoints(p), codePoints(q), byNumber),
  );
}

describe('a tree: many files, deep, unicode, batched on the pool', () => {
  let dir: string;
  let names: string[];
  beforeAll(() => {
    dir = join(root, 'tree');
    names = [
      'd0/f00',
      'd0.x',
      'd1/f00/deeper/still/file.bin',
      'd1.x',
      'with space/a b.txt',
      'caf\u00e9/\u00fcber.json',
      'emoji/\u{1F600}.bin',
      'emoji/\uFFFD.bin',
      'emoji/\uE000.bin',
      'ignore-me/x',
    ];
    for (let i = 0; i < 300; i++) names.push(`many/${i % 7}/${String(i).padStart(3, '0')}.dat`);
    names.push('big/one.bin');
    for (const n of names) {
      const size = n === 'big/one.bin' ? CHUNK + 17 : (n.length * 37) % 9000;
      write(join(dir, n), randomBytes(size));
    }
  });

  const expected = (ignore: string[]) => {
    const kept = names.filter((n) => !ignore.some((i) => n === i || n.startsWith(`${i}/`)));
    kept.sort(pythonPathOrder);
    const digests = coreutils(
      'sha256sum',
      kept.map((n) => join(dir, n)),
    );
    const rootDigest = createHash('sha256');
    for (const d of digests) rootDigest.update(Buffer.from(d, 'hex'));
    return { kept, digests, root: rootDigest.digest('hex') };
  };

  test.each(MODES)('digestDirectory, %s', async (_name, opts, warm) => {
    if (warm) await warmPool(warm);
    const want = expected(['ignore-me']);
    const got = await digestDirectory(dir, { ...opts, ignorePaths: ['ignore-me'] });
    expect(got.files.map((f) => f.relPath)).toEqual(want.kept);
    expect(got.files.map((f) => f.sha256)).toEqual(want.digests);
    expect(got.root).toBe(want.root);
    expect(got.ignorePaths).toEqual(['ignore-me']);
    expect(got.totalBytes).toBe(want.kept.reduce((n, k) => n + statSync(join(dir, k)).size, 0));
  });

  test('the automatic choice agrees', async () => {
    const want = expected([]);
    const got = await digestDirectory(dir, { ignorePaths: [], concurrency: 2 });
    expect(got.root).toBe(want.root);
  });

  test('the OMS order puts d0/f00 before d0.x, and non-BMP names by code point', () => {
    const sorted = [...names].sort(compareOmsPaths);
    expect(sorted).toEqual([...names].sort(pythonPathOrder));
    expect(sorted.indexOf('d0/f00')).toBeLessThan(sorted.indexOf('d0.x'));
    expect(sorted.indexOf('d1/f00/deeper/still/file.bin')).toBeLessThan(sorted.indexOf('d1.x'));
    // Plain string order would have put them the other way round.
    expect('d0.x' < 'd0/f00').toBe(true);
    expect(compareOmsPaths('d0/f00', 'd0.x')).toBeLessThan(0);
    expect(compareOmsPaths('d0', 'd0/f00')).toBeLessThan(0);
    // U+1F600 is above U+FFFD and U+E000 as a code point, below them as UTF-16 units.
    expect('\u{1F600}' < '\uFFFD').toBe(true);
    expect(compareOmsPaths('\u{1F600}', '\uFFFD')).toBeGreaterThan(0);
    expect(compareOmsPaths('a/\uE000', 'a/\u{10000}')).toBeLessThan(0);
    expect(compareOmsPaths('x\u{1F600}', 'x\u{1F601}')).toBeLessThan(0);
    expect(compareOmsPaths('same/path', 'same/path')).toBe(0);
  });

  test('omsRootDigest equals the independent root whatever the order given', () => {
    const want = expected([]);
    const shuffled = want.kept
      .map((relPath, i) => ({ relPath, sha256: want.digests[i]! as Sha256Hex }))
      .reverse();
    expect(omsRootDigest(shuffled)).toBe(want.root);
  });

  test('listDirectory refuses a symbolic link and names it', async () => {
    const linked = join(root, 'linked');
    write(join(linked, 'real.txt'), 'x');
    symlinkSync(join(linked, 'real.txt'), join(linked, 'alias.txt'));
    const e = await listDirectory(linked, { input: 'model' }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(isProvenanceError(e) && e.code).toBe('SYMLINK_REFUSED');
    expect(isProvenanceError(e) && e.message).toContain(join(linked, 'alias.txt'));
    expect(isProvenanceError(e) && e.input).toBe('model');
    // Ignoring the link's path is the way out.
    const ok = await listDirectory(linked, { ignorePaths: ['alias.txt'] });
    expect(ok.files.map((f) => f.relPath)).toEqual(['real.txt']);
  });
});

const interopDir = vector('model-signing', 'v1.0.0-sigstore');
const interop = describe;
interop('a real OMS signature', () => {
  test('the root digest equals the one model_signing v1.0.0 signed', async () => {
    const got = await digestDirectory(interopDir, { ignorePaths: ['model.sig'] });
    expect(got.root).toBe('61d4849d9d90076d6215f4d525f13d6574af8e3f67aef3e6f36fc40a14fdd226');
    expect(got.files.map((f) => f.relPath)).toEqual(['signme-1', 'signme-2']);
  });
});

describe('a file that changes while hashed, or cannot be read', () => {
  // The engine stats every file, calls onProgress once with the totals, and only then reads:
  // changing a file in that first call is a deterministic "changed while hashed".
  const onFirstProgress = (act: () => void) => {
    let done = false;
    return (p: HashProgress) => {
      if (done) return;
      done = true;
      expect(p.bytesDone).toBe(0);
      act();
    };
  };

  const fixture = (name: string) => {
    const dir = join(root, 'change', name);
    const small = write(join(dir, 'small.bin'), randomBytes(1000));
    const large = write(join(dir, 'large.bin'), randomBytes(3 * SMALL_CHUNK + 5));
    const others = Array.from({ length: 40 }, (_, i) =>
      write(join(dir, `o${i}.bin`), randomBytes(200)),
    );
    return { small, large, files: asFiles([...others, small, large], dir) };
  };

  const cases: [string, (path: string) => void, string][] = [
    ['grew', (p) => appendFileSync(p, 'more'), 'FILE_CHANGED'],
    ['shrank', (p) => truncateSync(p, 10), 'FILE_CHANGED'],
    [
      'rewritten with the same size',
      (p) => {
        const { size, mtimeMs } = statSync(p);
        writeFileSync(p, randomBytes(size));
        utimesSync(p, new Date(), new Date(mtimeMs + 10_000));
      },
      'FILE_CHANGED',
    ],
    [
      'replaced by a rename',
      (p) => {
        writeFileSync(`${p}.new`, randomBytes(statSync(p).size));
        renameSync(`${p}.new`, p);
      },
      'FILE_CHANGED',
    ],
    ['deleted', (p) => unlinkSync(p), 'FILE_UNREADABLE'],
  ];

  let n = 0;
  for (const [what, act, code] of cases) {
    for (const [mode, opts, warm] of [MODES[0]!, MODES[3]!]) {
      for (const which of ['small', 'large'] as const) {
        test(`${which} file ${what}, ${mode}`, async () => {
          if (warm) await warmPool(warm);
          const fx = fixture(`${n++}`);
          const target = fx[which];
          const run = hashFiles(fx.files, {
            ...opts,
            chunkSize: SMALL_CHUNK,
            onProgress: onFirstProgress(() => act(target)),
          });
          await expectFailure(run, code, target);
        });
      }
    }
  }

  test('hashFile sees a change too', async () => {
    const fx = fixture('single');
    const run = hashFile(fx.large, 'sha256', {
      chunkSize: SMALL_CHUNK,
      onProgress: onFirstProgress(() => appendFileSync(fx.large, 'x')),
    });
    await expectFailure(run, 'FILE_CHANGED', fx.large);
  });

  test('a missing file is FILE_UNREADABLE and names the file and input', async () => {
    const missing = join(root, 'no-such-file');
    await expectFailure(hashFile(missing), 'FILE_UNREADABLE', missing);
    const e = await hashFiles([{ path: missing, relPath: 'x' }], { input: 'datasets' }).catch(
      (err: unknown) => err,
    );
    expect(isProvenanceError(e) && e.toLine()).toMatch(
      /^FILE_UNREADABLE: input 'datasets': cannot read .*no-such-file/,
    );
  });

  test('a directory is not hashed as a file', async () => {
    await expectFailure(hashFile(root), 'INPUT_INVALID', root);
  });

  test('an unchanged run after failures still hashes correctly on the same pool', async () => {
    await warmPool(1);
    const fx = fixture('after');
    const got = await hashFiles(fx.files, { pool: 'always', concurrency: 1 });
    expect(got.map((f) => f.sha256)).toEqual(
      coreutils(
        'sha256sum',
        fx.files.map((f) => f.path),
      ),
    );
  });
});

describe('progress from the engine', () => {
  test('starts at zero with the totals, ends complete, never goes back, is throttled', async () => {
    const dir = join(root, 'progress');
    const paths = Array.from({ length: 70 }, (_, i) =>
      write(join(dir, `${i}.bin`), randomBytes(i * 100)),
    );
    paths.push(write(join(dir, 'big.bin'), randomBytes(20 * SMALL_CHUNK + 1)));
    const total = paths.reduce((n, p) => n + statSync(p).size, 0);
    for (const [, opts, warm] of MODES) {
      if (warm) await warmPool(warm);
      const calls: HashProgress[] = [];
      await hashFiles(asFiles(paths), {
        ...opts,
        chunkSize: SMALL_CHUNK,
        onProgress: (p) => calls.push({ ...p }),
      });
      expect(calls[0]).toEqual({
        bytesDone: 0,
        bytesTotal: total,
        filesDone: 0,
        filesTotal: paths.length,
      });
      expectProgressEnds(calls, total, paths.length);
      // The run takes well under a minute: with that interval only the first and last calls remain.
      const few: HashProgress[] = [];
      await hashFiles(asFiles(paths), {
        ...opts,
        progressIntervalMs: 60_000,
        onProgress: (p) => few.push(p),
      });
      expect(few).toHaveLength(2);
    }
  });

  test('a listener that throws fails the run with its error', async () => {
    const dir = join(root, 'progress-throws');
    const paths = Array.from({ length: 3 }, (_, i) =>
      write(join(dir, `${i}.bin`), randomBytes(10)),
    );
    const boom = new Error('listener failed');
    const e = await hashFiles(asFiles(paths), {
      onProgress: () => {
        throw boom;
      },
    }).catch((err: unknown) => err);
    expect(e).toBe(boom);
  });
});

describe('the pool', () => {
  // Which thread hashed what shows in the bytes sent to the workers: one large file each.
  const twoLarge = () => {
    const dir = join(root, 'two-large');
    return [0, 1].map((i) => write(join(dir, `${i}.bin`), randomBytes(20 * MiB + i)));
  };

  test('two large files of one run hash side by side, not one after the other on a worker', async () => {
    const paths = twoLarge();
    await warmPool(1);
    const pool = getHashPool(1);
    const before = pool.bytesSent;
    const got = await hashFiles(asFiles(paths), { concurrency: 2 });
    expect(got.map((f) => f.sha256)).toEqual(coreutils('sha256sum', paths));
    expect([20 * MiB, 20 * MiB + 1]).toContain(pool.bytesSent - before);
  });

  test('two runs at once share the threads: each large file gets one', async () => {
    const paths = twoLarge();
    await warmPool(1);
    const pool = getHashPool(1);
    const before = pool.bytesSent;
    const got = await Promise.all(paths.map((p) => hashFiles(asFiles([p]), { concurrency: 2 })));
    expect(got.map(([f]) => f!.sha256)).toEqual(coreutils('sha256sum', paths));
    expect([20 * MiB, 20 * MiB + 1]).toContain(pool.bytesSent - before);
  });

  test('closed while a run waits for its workers: the run starts new ones and completes', async () => {
    const dir = join(root, 'closing');
    const paths = Array.from({ length: 300 }, (_, i) =>
      write(join(dir, `${i}.bin`), randomBytes(300)),
    );
    await closeHashPool();
    const run = hashFiles(asFiles(paths), { pool: 'always', concurrency: 1 });
    await closeHashPool();
    const got = await run;
    expect(got.map((f) => f.sha256)).toEqual(coreutils('sha256sum', paths));
  });
});

describe("many files: workers hash while the rest are stat'ed", () => {
  // Past about 1,500 files the pool is certain, so the stat pass and hashing overlap; a large
  // file found last still goes first in the queue.
  let paths: string[];
  beforeAll(() => {
    const dir = join(root, 'many');
    paths = Array.from({ length: 2500 }, (_, i) =>
      write(join(dir, `d${i % 7}`, `${i}.bin`), randomBytes(i % 300)),
    );
    paths.push(write(join(dir, 'zz-large.bin'), randomBytes(20 * MiB + 3)));
  });

  test("digests, order and progress are those of a run that stat'ed first", async () => {
    const calls: HashProgress[] = [];
    const got = await hashFiles(asFiles(paths), {
      concurrency: 2,
      onProgress: (p) => calls.push({ ...p }),
    });
    expect(got.map((f) => f.sha256)).toEqual(coreutils('sha256sum', paths));
    expect(got.map((f) => f.path)).toEqual(paths);
    const total = paths.reduce((n, p) => n + statSync(p).size, 0);
    expect(calls[0]).toMatchObject({ bytesTotal: total, filesTotal: paths.length });
    expectProgressEnds(calls, total, paths.length);
  });

  test('a listener that throws, even undefined, fails the run', async () => {
    const outcome = await hashFiles(asFiles(paths), {
      concurrency: 2,
      onProgress: () => {
        throw undefined;
      },
    }).then(
      () => 'resolved',
      (e: unknown) => ['rejected', e],
    );
    expect(outcome).toEqual(['rejected', undefined]);
  });

  test('a missing file at the end fails the run with its name, and the pool hashes on', async () => {
    const missing = join(root, 'many', 'not-there.bin');
    await expectFailure(
      hashFiles(asFiles([...paths, missing]), { concurrency: 2, input: 'datasets' }),
      'FILE_UNREADABLE',
      missing,
    );
    const again = await hashFiles(asFiles(paths.slice(0, 1600)), { concurrency: 2 });
    expect(again.map((f) => f.sha256)).toEqual(coreutils('sha256sum', paths.slice(0, 1600)));
  });
});

describe('the process', () => {
  // The worker alone hashes here (concurrency 1), in a process started with --input-type=module,
  // a flag workers inherit and that turns their eval'd code into an ES module.
  test('exits promptly after hashing on the pool: idle workers do not keep it alive', async () => {
    const dir = join(root, 'exit');
    const paths = Array.from({ length: 300 }, (_, i) =>
      write(join(dir, `${i}.bin`), randomBytes(64)),
    );
    const listFile = write(join(root, 'exit-list.json'), JSON.stringify(paths));
    // Node runs the TypeScript sources directly; the hook maps the '.js' import specifiers.
    const script = `
      import { registerHooks } from 'node:module';
      import { readFileSync } from 'node:fs';
      registerHooks({ resolve(s, c, next) {
        try { return next(s, c); } catch (e) {
          if (s.startsWith('.') && s.endsWith('.js')) return next(s.slice(0, -3) + '.ts', c);
          throw e;
        }
      } });
      const { hashFiles } = await import(${JSON.stringify(join(process.cwd(), 'src/hash/index.ts'))});
      const paths = JSON.parse(readFileSync(${JSON.stringify(listFile)}, 'utf8'));
      const out = await hashFiles(paths.map((p) => ({ path: p, relPath: p })), { pool: 'always', concurrency: 1 });
      console.log(out.map((f) => f.sha256).join(' '));
      globalThis.returnedAt = performance.now();
      process.on('exit', () => console.log('exit-after-ms', Math.round(performance.now() - globalThis.returnedAt)));
    `;
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--experimental-transform-types', '--no-warnings', '--input-type=module', '-e', script],
      { timeout: 30_000 },
    );
    const [digests, exitLine] = stdout.trim().split('\n');
    expect(digests!.split(' ')).toEqual(coreutils('sha256sum', paths));
    const exitAfter = Number(exitLine!.replace('exit-after-ms ', ''));
    // Workers linger for a few idle seconds, but must not hold the process that long.
    expect(exitAfter).toBeLessThan(1000);
  });
});
