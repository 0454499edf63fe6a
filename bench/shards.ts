// A shard-serialized model signature verified: every signed byte range re-read and hashed on the
// hashing pool, against the floor of `openssl dgst -sha256` over the same bytes, one process per core
// (xargs -P), timed in the same run, with the process's peak RSS.
//
//   npm run bench:shards -- [--gib 2] [--shard-mib 64]
//
// Compiled with the tools (tsconfig.tools.json) and run from build/bench/shards.js.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomFillSync } from 'node:crypto';
import { closeHashPool } from '../src/hash/index.js';
import { diskShards } from '../src/oms/shards.js';
import { REPO_ROOT } from '../tools/runner/index.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const files = 4;
const bytesPerFile = Math.round((arg('--gib', 2) * 2 ** 30) / files);
const shardSize = arg('--shard-mib', 64) * 2 ** 20;

const dir = mkdtempSync(join(tmpdir(), 'bench-shards-'));
const block = randomFillSync(Buffer.alloc(8 * 2 ** 20));
const paths = Array.from({ length: files }, (_, k) => join(dir, `w${k}.bin`));
for (const p of paths) {
  const fd = openSync(p, 'w');
  for (let done = 0; done < bytesPerFile; done += block.length)
    writeSync(fd, block, 0, Math.min(block.length, bytesPerFile - done));
  closeSync(fd);
}
// Warm the page cache for both runs alike.
execFileSync('cat', paths, { stdio: 'ignore', maxBuffer: 1 });

const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
};
const [, floorMs] = await time(() =>
  execFileSync('/bin/sh', [
    '-c',
    `printf '%s\\0' "$@" | xargs -0 -n1 -P${availableParallelism()} openssl dgst -sha256 >/dev/null`,
    'sh',
    ...paths,
  ]),
);
const listed = paths.map((p, k) => ({ path: p, relPath: `w${k}.bin` }));
const names = new Set<string>();
for (const f of listed)
  for (let s = 0; s < bytesPerFile; s += shardSize)
    names.add(`${f.relPath}:${s}:${Math.min(s + shardSize, bytesPerFile)}`);
const [shards, shardMs] = await time(() =>
  diskShards(listed, { shardSize, hashType: 'sha256' }, names),
);
// The way 0.1 to this change read shards: streams on the calling thread, several at once.
const [, mainThreadMs] = await time(async () => {
  const ranges = [...names].map((n) => {
    const [file, start, end] = n.split(':');
    return { path: join(dir, file!), start: Number(start), end: Number(end) };
  });
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < ranges.length; i = next++) {
      const r = ranges[i]!;
      const h = createHash('sha256');
      for await (const c of createReadStream(r.path, {
        start: r.start,
        end: r.end - 1,
        highWaterMark: 2 ** 20,
      }))
        h.update(c as Buffer);
      h.digest('hex');
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
});
await closeHashPool();
rmSync(dir, { recursive: true, force: true });

const totalBytes = bytesPerFile * files;
const result = {
  bytes: totalBytes,
  shards: shards.length,
  shardBytes: shardSize,
  cores: availableParallelism(),
  floorOpensslParallelMs: Math.round(floorMs),
  verifyShardsMs: Math.round(shardMs),
  callingThreadOnlyMs: Math.round(mainThreadMs),
  throughputVsFloor: Number((floorMs / shardMs).toFixed(2)),
  callingThreadOnlyVsFloor: Number((floorMs / mainThreadMs).toFixed(2)),
  mibPerSecond: Math.round(totalBytes / 2 ** 20 / (shardMs / 1000)),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
const out = join(REPO_ROOT, 'bench', 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'shards.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
