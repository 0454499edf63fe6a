// A one-machine Slurm cluster for tests: munged, slurmctld and slurmd from Debian's slurm-wlm
// and munge packages, configured in a temporary folder (no cgroups: process tracking by
// /proc, no task plugin), one node named as this host with its cores, one partition.
// .ci/run installs the packages; without them, start() fails and says so: no silent skip.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SlurmCluster {
  /** SLURM_CONF for sbatch, squeue and scontrol. */
  env: { SLURM_CONF: string };
  dir: string;
  stop(): Promise<void>;
}

const DAEMONS = ['slurmctld', 'slurmd'] as const;

function need(cmd: string): void {
  if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0)
    throw new Error(
      `${cmd} is not installed: run scripts/debian-packages (scripts/dev test runs it; it installs Debian's slurm-wlm and munge) or apt-get install slurm-wlm munge`,
    );
}

function config(dir: string, node: string): string {
  return [
    'ClusterName=tp-test',
    `SlurmctldHost=${node}`,
    'SlurmUser=root',
    'SlurmdUser=root',
    'AuthType=auth/munge',
    `StateSaveLocation=${dir}/state`,
    `SlurmdSpoolDir=${dir}/spool`,
    ...DAEMONS.map(
      (d) => `${d === 'slurmd' ? 'SlurmdPidFile' : 'SlurmctldPidFile'}=${dir}/${d}.pid`,
    ),
    `SlurmctldLogFile=${dir}/slurmctld.log`,
    `SlurmdLogFile=${dir}/slurmd.log`,
    'ProctrackType=proctrack/linuxproc',
    'TaskPlugin=task/none',
    'JobAcctGatherType=jobacct_gather/none',
    'AccountingStorageType=accounting_storage/none',
    'SelectType=select/cons_tres',
    'SelectTypeParameters=CR_CPU',
    'MpiDefault=none',
    'ReturnToService=2',
    `NodeName=${node} CPUs=${availableParallelism()} State=UNKNOWN`,
    `PartitionName=test Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
    '',
  ].join('\n');
}

function startMunge(): void {
  if (spawnSync('munge', ['-n'], { stdio: 'ignore' }).status === 0) return;
  execFileSync('sh', [
    '-c',
    'mkdir -p /run/munge && chown munge:munge /run/munge && runuser -u munge -- /usr/sbin/munged',
  ]);
}

async function waitIdle(env: NodeJS.ProcessEnv, dir: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = spawnSync('sinfo', ['-h', '-o', '%T'], { env, encoding: 'utf8' });
    if (r.status === 0 && /^idle/m.test(r.stdout)) return;
    await new Promise((res) => setTimeout(res, 200));
  }
  const log = (d: string) => readFile(join(dir, `${d}.log`), 'utf8').catch(() => '(no log)');
  throw new Error(
    `the Slurm node did not become idle:\n${await log('slurmctld')}\n${await log('slurmd')}`,
  );
}

export async function startSlurm(): Promise<SlurmCluster> {
  for (const cmd of ['munged', 'slurmctld', 'slurmd', 'sbatch']) need(cmd);
  const dir = await mkdtemp(join(tmpdir(), 'tp-slurm-'));
  await mkdir(join(dir, 'state'));
  await mkdir(join(dir, 'spool'));
  const conf = join(dir, 'slurm.conf');
  await writeFile(conf, config(dir, hostname().split('.')[0]!));
  const env = { ...process.env, SLURM_CONF: conf };
  startMunge();
  for (const d of DAEMONS) execFileSync(d, ['-f', conf], { env, stdio: 'inherit' });
  await waitIdle(env, dir);
  return {
    env: { SLURM_CONF: conf },
    dir,
    async stop() {
      for (const d of DAEMONS) {
        const pidFile = join(dir, `${d}.pid`);
        if (!existsSync(pidFile)) continue;
        const pid = Number((await readFile(pidFile, 'utf8')).trim());
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
}
