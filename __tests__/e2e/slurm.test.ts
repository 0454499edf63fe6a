// The Slurm example run for real: a one-machine cluster (munged, slurmctld, slurmd from
// Debian's packages, which .ci/run installs), docs/examples/slurm/submit.sh submitting the shard
// array and the merge that depends on it, on a generated dataset. The merged root must be that
// of one process and of an independent computation of the OMS rule. Without Slurm the suite
// fails, saying how to install it: it never skips.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../tools/runner/index.js';
import { startSlurm, type SlurmCluster } from '../../tools/slurm/cluster.js';
import { omsRootIndependent } from '../helpers/independent.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let slurm: SlurmCluster;
let bin: string;
let ws: string;
const SHARDS = 4;

beforeAll(async () => {
  [slurm, bin] = await Promise.all([startSlurm(), installTp()]);
  // The examples call the command by its installed name.
  await copyFile(join(bin, 'tp'), join(bin, 'training-provenance'));
  ws = await mkdtemp(join(tmpdir(), 'tp-slurm-e2e-'));
  for (let d = 0; d < 20; d++) {
    await mkdir(join(ws, 'data', `part-${d}`), { recursive: true });
    for (let i = 0; i < 100; i++)
      await writeFile(
        join(ws, 'data', `part-${d}`, `${i}.txt`),
        `part ${d} sample ${i}\n`.repeat(i % 7),
      );
  }
}, 120_000);
afterAll(() => slurm?.stop());

function jobState(id: string): string {
  const out = execFileSync('scontrol', ['show', 'job', id], {
    env: { ...process.env, ...slurm.env },
    encoding: 'utf8',
  });
  return /JobState=(\S+)/.exec(out)?.[1] ?? 'UNKNOWN';
}

async function waitFor(id: string): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const state = jobState(id);
    if (!['PENDING', 'RUNNING', 'CONFIGURING', 'COMPLETING'].includes(state)) return state;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${id} still not done`);
}

test('the example array job writes four shards on the cluster; the dependent merge gives the one-run root', async () => {
  const out = join(ws, 'manifests');
  const submit = join(REPO_ROOT, 'docs/examples/slurm/submit.sh');
  const r = await shell(bin, `bash ${submit}`, ws, {
    ...slurm.env,
    DATASET: join(ws, 'data'),
    OUT: out,
    SHARDS: String(SHARDS),
  });
  if (r.code !== 0) throw new Error(r.stderr);
  const merge = r.stdout.trim();
  expect(merge).toMatch(/^\d+$/);
  expect(await waitFor(merge)).toBe('COMPLETED');
  // Four tasks ran, one shard each, named by their array index.
  expect((await readdir(out)).filter((f) => f.startsWith('shard-')).sort()).toEqual(
    [...Array(SHARDS).keys()].map((i) => `shard-${i}.jsonl`),
  );
  const logs = (await readdir(ws)).filter((f) => /^tp-manifest-\d+_\d\.log$/.test(f));
  expect(logs).toHaveLength(SHARDS);
  const last = async (f: string) =>
    JSON.parse((await readFile(f, 'utf8')).trim().split('\n').pop()!);
  const merged = await last(join(out, 'train.manifest.jsonl'));
  const single = await shell(bin, `tp manifest data --output single.jsonl`, ws);
  expect(single.code).toBe(0);
  expect(merged).toEqual(await last(join(ws, 'single.jsonl')));
  expect(merged.files).toBe(2000);
  expect(merged.root).toBe(`sha256:${omsRootIndependent(join(ws, 'data'))}`);
}, 180_000);
