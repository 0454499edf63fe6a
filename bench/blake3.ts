// BLAKE3 (hash-wasm's WebAssembly build) against sha256 and BLAKE2b-512 (node:crypto, OpenSSL),
// through the hashing engine as verify and sign-model use it (every core), on a few large files
// and on many small ones, with b3sum (the BLAKE3 team's multi-threaded tool) as the native floor.
// Each run is a child process of its own, so that its peak RSS is its own; ratios are against
// sha256 in the same run.
//
//   npm run bench:blake3 -- [--mib 1024] [--small 4000] [--reps 3]
//
// Compiled with the tools (tsconfig.tools.json) and run from build/bench/blake3.js.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  closeHashPool,
  hashFilesWith,
  listDirectory,
  type HashAlgorithm,
} from '../src/hash/index.js';
import { REPO_ROOT } from '../tools/runner/index.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};

/** In a child: hash every file of `dir` under `alg`, print the time and the peak RSS. */
async function child(alg: HashAlgorithm, dir: string): Promise<void> {
  const { files } = await listDirectory(dir);
  const t = performance.now();
  await hashFilesWith(files, [alg]);
  const ms = performance.now() - t;
  await closeHashPool();
  // VmHWM, this process image's own peak: getrusage's maxRSS keeps the parent's across exec.
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]!;
  console.log(JSON.stringify({ ms, maxRssMB: Number(hwm) / 1024 }));
}

function makeModels(root: string, mib: number, small: number) {
  const large = join(root, 'large');
  const many = join(root, 'small');
  mkdirSync(large);
  mkdirSync(many);
  const block = randomFillSync(Buffer.alloc(8 * 2 ** 20));
  for (let k = 0; k < 4; k++) {
    const fd = openSync(join(large, `w${k}.bin`), 'w');
    for (let done = 0; done < mib * 2 ** 18; done += block.length) writeSync(fd, block);
    closeSync(fd);
  }
  const bytes = randomFillSync(Buffer.alloc(16 * 1024));
  for (let k = 0; k < small; k++) writeFileSync(join(many, `f${k}.bin`), bytes);
  // Warm the page cache for every run alike.
  execFileSync('/bin/sh', ['-c', `cat "$1"/* "$2"/* > /dev/null`, 'sh', large, many]);
  return { large, many };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Run = { ms: number; maxRssMB: number };

function runChild(alg: HashAlgorithm, dir: string): Run {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', alg, dir], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Run;
}

const ALGORITHMS: HashAlgorithm[] = ['sha256', 'blake2b512', 'blake3'];

/**
 * Per algorithm, the median time and the largest peak RSS of `reps` child runs, taken in turns
 * (sha256, blake2b, blake3, sha256, ...) so that a change of load on the machine hits all alike.
 */
function measure(dir: string, reps: number): Record<string, { ms: number; maxRssMB: number }> {
  const runs = new Map<HashAlgorithm, Run[]>(ALGORITHMS.map((a) => [a, []]));
  for (let k = 0; k < reps; k++) for (const a of ALGORITHMS) runs.get(a)!.push(runChild(a, dir));
  return Object.fromEntries(
    ALGORITHMS.map((a) => {
      const rs = runs.get(a)!;
      const ms = Math.round(median(rs.map((r) => r.ms)));
      return [a, { ms, maxRssMB: Math.round(Math.max(...rs.map((r) => r.maxRssMB))) }];
    }),
  );
}

function b3sumMs(dir: string, reps: number): number {
  const runs = Array.from({ length: reps }, () => {
    const t = performance.now();
    execFileSync('/bin/sh', ['-c', `b3sum "$1"/* > /dev/null`, 'sh', dir]);
    return performance.now() - t;
  });
  return Math.round(median(runs));
}

async function main(): Promise<void> {
  const mib = arg('--mib', 1024);
  const small = arg('--small', 4000);
  const reps = arg('--reps', 3);
  const root = mkdtempSync(join(tmpdir(), 'bench-blake3-'));
  try {
    const dirs = makeModels(root, mib, small);
    const result: Record<string, unknown> = { cores: availableParallelism(), reps };
    for (const [name, dir, bytes] of [
      ['large', dirs.large, mib * 2 ** 20],
      ['small', dirs.many, small * 16 * 1024],
    ] as const) {
      const m = measure(dir, reps);
      const [sha256, blake2b, blake3] = [m.sha256!, m.blake2b512!, m.blake3!];
      const b3sum = b3sumMs(dir, reps);
      const mibps = (ms: number) => Math.round(bytes / 2 ** 20 / (ms / 1000));
      result[name] = {
        files: name === 'large' ? 4 : small,
        bytes,
        sha256: { ...sha256, mibPerSecond: mibps(sha256.ms) },
        blake2b: { ...blake2b, mibPerSecond: mibps(blake2b.ms) },
        blake3: { ...blake3, mibPerSecond: mibps(blake3.ms) },
        b3sumMs: b3sum,
        blake3TimeVsSha256: Number((blake3.ms / sha256.ms).toFixed(2)),
        blake2bTimeVsSha256: Number((blake2b.ms / sha256.ms).toFixed(2)),
        blake3TimeVsB3sum: Number((blake3.ms / b3sum).toFixed(2)),
      };
    }
    const out = join(REPO_ROOT, 'bench', 'out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'blake3.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const i = process.argv.indexOf('--child');
if (i >= 0) await child(process.argv[i + 1] as HashAlgorithm, process.argv[i + 2]!);
else await main();
