// Datasets at scale, against `find | xargs -0 -P<cores> -n 1000 openssl dgst -sha256` over the
// same files in the same run (the yardstick), with peak RSS:
//   - 20,000 × 16 KiB through the bundled action (attest, sign: false), as a runner runs it;
//   - 200,000 × 1 KiB through the command (attest --dataset DIR --no-sign, and manifest);
//   - with --million: 1,000,000 small files through manifest and attest (peak RSS above all).
//
//   npm run bench:datasets -- [--dir /tmp] [--million] [--reps 3]
//
// Compiled with the tools (tsconfig.tools.json) and run from build/bench/datasets.js.
import { execFileSync, spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { githubContextEnv, REPO_ROOT, runAction } from '../tools/runner/index.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const reps = Number(arg('reps') ?? '3');
const root = mkdtempSync(join(arg('dir') ?? tmpdir(), 'tp-bench-datasets-'));
const cores = availableParallelism();
const CLI = join(REPO_ROOT, 'dist/cli/index.js');
// Reports the child's peak RSS when it exits: measured by the process itself, no GNU time.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kb '+process.resourceUsage().maxRSS+'\\n'))`;

/** `files` files of `size` bytes in folders of 1,000, each file's bytes distinct. */
function makeDataset(name: string, files: number, size: number): string {
  const dir = join(root, name);
  const block = Buffer.alloc(size, 7);
  for (let i = 0; i < files; i++) {
    if (i % 1000 === 0) mkdirSync(join(dir, `part-${i / 1000}`), { recursive: true });
    block.writeUInt32BE(i, 0);
    writeFileSync(join(dir, `part-${Math.floor(i / 1000)}`, `${i}.bin`), block);
  }
  return dir;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const openssl = (dir: string) =>
  time(() =>
    execFileSync('sh', [
      '-c',
      `find "${dir}" -type f -print0 | xargs -0 -P${cores} -n 1000 openssl dgst -sha256 > /dev/null`,
    ]),
  );

/** The command on `args`, timed, with its peak RSS in MB. */
function command(args: string[], cwd: string): { ms: number; rssMB: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, CLI, ...args], {
    cwd,
    env: { ...process.env, ...githubContextEnv() },
    encoding: 'utf8',
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr}`);
  const kb = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, rssMB: Math.round(kb / 1024) };
}

async function action(workspace: string, dataset: string): Promise<number> {
  const t = performance.now();
  const r = await runAction({
    workspace,
    inputs: {
      model: 'model.bin',
      datasets: dataset,
      python: 'none',
      sign: 'false',
      'push-to-github': 'false',
      'upload-artifact': 'false',
      summary: 'false',
    },
    env: githubContextEnv(),
  });
  const ms = performance.now() - t;
  if (r.exitCode !== 0) throw new Error(`attest failed:\n${r.stdout}\n${r.stderr}`);
  rmSync(r.runnerTemp, { recursive: true, force: true });
  return ms;
}

const best = (xs: number[]) => Math.min(...xs);
const ratio = (baseline: number, ours: number) => Number((baseline / ours).toFixed(2));

async function main(): Promise<void> {
  writeFileSync(join(root, 'model.bin'), 'model');
  const result: Record<string, unknown> = { cores };
  const mid = makeDataset('d20k-16k', 20_000, 16 * 1024);
  const small = makeDataset('d200k-1k', 200_000, 1024);
  openssl(mid); // a first pass warms the page cache for everyone
  openssl(small);
  const runs = {
    midOpenssl: [] as number[],
    midAction: [] as number[],
    smallOpenssl: [] as number[],
    smallAttest: [] as number[],
    smallManifest: [] as number[],
  };
  let rss = { attest: 0, manifest: 0 };
  for (let i = 0; i < reps; i++) {
    runs.midOpenssl.push(openssl(mid));
    runs.midAction.push(await action(root, 'd20k-16k'));
    runs.smallOpenssl.push(openssl(small));
    const a = command(
      [
        'attest',
        '--model',
        'model.bin',
        '--dataset',
        'd200k-1k',
        '--no-sign',
        '--python',
        'none',
        '--output-dir',
        join(root, 'out'),
      ],
      root,
    );
    const m = command(['manifest', 'd200k-1k', '--output', join(root, 'small.jsonl')], root);
    runs.smallAttest.push(a.ms);
    runs.smallManifest.push(m.ms);
    rss = { attest: Math.max(rss.attest, a.rssMB), manifest: Math.max(rss.manifest, m.rssMB) };
  }
  result.files20kOf16KiB = {
    opensslMs: Math.round(best(runs.midOpenssl)),
    actionMs: Math.round(best(runs.midAction)),
    actionOverOpenssl: ratio(best(runs.midOpenssl), best(runs.midAction)),
    target: 0.9,
  };
  result.files200kOf1KiB = {
    opensslMs: Math.round(best(runs.smallOpenssl)),
    attestMs: Math.round(best(runs.smallAttest)),
    manifestMs: Math.round(best(runs.smallManifest)),
    attestOverOpenssl: ratio(best(runs.smallOpenssl), best(runs.smallAttest)),
    manifestOverOpenssl: ratio(best(runs.smallOpenssl), best(runs.smallManifest)),
    target: 1.0,
    peakRssMB: rss,
  };
  if (process.argv.includes('--million')) {
    const million = makeDataset('d1m', 1_000_000, 64);
    openssl(million);
    const o = openssl(million);
    const m = command(['manifest', 'd1m', '--output', join(root, 'million.jsonl')], root);
    const a = command(
      [
        'attest',
        '--model',
        'model.bin',
        '--dataset',
        'd1m',
        '--no-sign',
        '--python',
        'none',
        '--output-dir',
        join(root, 'out'),
      ],
      root,
    );
    result.files1MOf64B = {
      opensslMs: Math.round(o),
      manifest: { ms: Math.round(m.ms), peakRssMB: m.rssMB },
      attest: { ms: Math.round(a.ms), peakRssMB: a.rssMB },
      targetPeakRssMB: 300,
    };
  }
  const out = join(REPO_ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'datasets.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
}

await main();
