// End-to-end cost of attest against the hashing it cannot avoid: the bundled action, run as a
// runner runs it and signing on the local Sigstore stack, on a 2 GiB model and a 2 GiB dataset,
// measured against our engine hashing the same bytes in one call. Both in one run, so the
// ratio holds on a shared, noisy machine.
//
//   npm run bench:attest -- [--scale 0.25] [--reps 3] [--dir /tmp] [--keep]
//
// Compiled with the tools (tsconfig.tools.json) and run from build/bench/attest.js.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeHashPool, hashFiles } from '../src/hash/index.js';
import { githubContextEnv, REPO_ROOT, runAction } from '../tools/runner/index.js';
import { startStack } from '../tools/stack/index.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const scale = Number(arg('scale') ?? '1');
const reps = Number(arg('reps') ?? '3');
const GiB = 1024 ** 3;

async function writeBig(path: string, bytes: number): Promise<void> {
  const block = randomBytes(64 * 1024 * 1024);
  const out = createWriteStream(path);
  for (let left = bytes; left > 0; left -= block.length) {
    const chunk = left >= block.length ? block : block.subarray(0, left);
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}

const best = (xs: number[]) => Math.min(...xs);

async function main(): Promise<void> {
  const root = await mkdtemp(join(arg('dir') ?? tmpdir(), 'tp-bench-attest-'));
  const size = Math.round(2 * GiB * scale);
  const stack = await startStack();
  try {
    await mkdir(join(root, 'out/model'), { recursive: true });
    await mkdir(join(root, 'data'), { recursive: true });
    const model = join(root, 'out/model/model.safetensors');
    const dataset = join(root, 'data/train.bin');
    await writeBig(model, size);
    await writeBig(dataset, size);
    await writeFile(join(root, 'out/model/config.json'), '{}');
    // Warm the page cache: the comparison is about CPU, not the disk.
    await hashFiles([
      { path: model, relPath: 'm' },
      { path: dataset, relPath: 'd' },
    ]);

    const engineMs: number[] = [];
    const attestMs: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      await hashFiles([
        { path: model, relPath: 'out/model/model.safetensors' },
        { path: join(root, 'out/model/config.json'), relPath: 'out/model/config.json' },
        { path: dataset, relPath: 'data/train.bin' },
      ]);
      engineMs.push(performance.now() - t0);

      const t1 = performance.now();
      const r = await runAction({
        workspace: root,
        inputs: {
          model: 'out/model',
          datasets: 'data/train.bin',
          python: 'none',
          sigstore: 'custom',
          'fulcio-url': stack.fulcioUrl,
          'rekor-url': stack.rekorUrl,
          'push-to-github': 'false',
          'upload-artifact': 'false',
          summary: 'false',
        },
        env: githubContextEnv({
          ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
        }),
      });
      attestMs.push(performance.now() - t1);
      if (r.exitCode !== 0) throw new Error(`attest failed:\n${r.stdout}\n${r.stderr}`);
      await rm(r.runnerTemp, { recursive: true, force: true });
    }
    await closeHashPool();
    const bytes = 2 * size;
    const ratio = best(attestMs) / best(engineMs);
    const result = {
      bytes,
      engine: {
        bestMs: Math.round(best(engineMs)),
        runsMs: engineMs.map(Math.round),
        GBps: bytes / best(engineMs) / 1e6,
      },
      attest: {
        bestMs: Math.round(best(attestMs)),
        runsMs: attestMs.map(Math.round),
        GBps: bytes / best(attestMs) / 1e6,
      },
      ratio,
      target: 1.15,
    };
    console.log(
      `attest end to end vs the engine's own hashing, ${(bytes / GiB).toFixed(2)} GiB (model + dataset), best of ${reps}`,
    );
    console.log(`| method | best ms | GB/s |\n| --- | --- | --- |`);
    console.log(
      `| engine hashFiles (same files, one call) | ${result.engine.bestMs} | ${result.engine.GBps.toFixed(2)} |`,
    );
    console.log(
      `| node dist/index.js attest, signed on the local stack | ${result.attest.bestMs} | ${result.attest.GBps.toFixed(2)} |`,
    );
    console.log(`ratio attest / engine: ${ratio.toFixed(3)} (target ≤ 1.15)`);
    await mkdir(join(REPO_ROOT, 'bench/out'), { recursive: true });
    await writeFile(
      join(REPO_ROOT, 'bench/out/attest.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    await stack.close();
    if (!process.argv.includes('--keep')) await rm(root, { recursive: true, force: true });
  }
}

await main();
