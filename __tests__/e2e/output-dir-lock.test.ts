// One output-dir, one run at a time, through the command as a user types it: a second attest
// into a directory a run holds is refused (exit 2, naming the holder's pid, host and start
// time) and the first run's record survives; a lock whose process is gone is taken over; a
// lock of another host is not guessed about; no run, passed or failed, leaves its lock behind.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROBE_MARKER } from '../../src/collect/python-probe.js';
import { installTp, sh as shell } from '../helpers/shell.js';

const LOCK = '.training-provenance.lock';
let bin: string;
let ws: string;
const sh = (line: string) => shell(bin, line, ws);
const RUN_FILES = ['provenance.intoto.json', 'training.intoto.json'];

interface Holder {
  pid: number;
  host: string;
  started: string;
}

beforeAll(async () => {
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'tp-lock-'));
  for (const m of ['first', 'second']) {
    await mkdir(join(ws, m));
    await writeFile(join(ws, m, 'w.bin'), `${m} weights`);
  }
  // An interpreter that answers attest's probe only once the gate file exists: the run that
  // asks it waits in collect (after it took output-dir) for as long as the test needs.
  const answer = JSON.stringify({ version_info: [3, 12, 0, 'final', 0], path: [] });
  await writeFile(
    join(ws, 'gated-python'),
    `#!/bin/sh\nwhile [ ! -e '${join(ws, 'gate')}' ]; do sleep 0.05; done\necho '${PROBE_MARKER}${answer}'\n`,
    { mode: 0o755 },
  );
});

/** Polls (bounded) until `path` exists; false if it never did. */
async function appears(path: string, ms = 20_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;)
    if (existsSync(path)) return true;
    else await new Promise((r) => setTimeout(r, 50));
  return false;
}

const subjects = async (dir: string) =>
  (
    JSON.parse(await readFile(join(ws, dir, 'training.intoto.json'), 'utf8')) as {
      subject: Array<{ name: string }>;
    }
  ).subject.map((s) => s.name);

test('a second attest into an output-dir a run holds is refused, naming the holder; the first keeps its record', async () => {
  const first = sh('tp attest --model first --no-sign --python ./gated-python --output-dir prov');
  const held = await appears(join(ws, 'prov', LOCK));
  const holderText = held ? await readFile(join(ws, 'prov', LOCK), 'utf8') : '{}';
  const second = await sh('tp attest --model second --no-sign --python none --output-dir prov');
  await writeFile(join(ws, 'gate'), '');
  const one = await first;
  // Today's fault first: the second run replaced the first's record and reported success.
  expect({ code: second.code, stderr: second.stderr }).toEqual({
    code: 2,
    stderr: expect.stringMatching(/^error: INPUT_INVALID: input 'output-dir': /),
  });
  expect(held).toBe(true);
  const holder = JSON.parse(holderText) as Holder;
  expect(holder.host).toBe(hostname());
  expect(new Date(holder.started).getTime()).toBeLessThanOrEqual(Date.now());
  expect(second.stderr).toContain(
    `output-dir '${join(ws, 'prov')}' is held by another run: pid ${holder.pid} on ${holder.host}, started ${holder.started}`,
  );
  expect(second.stderr).toMatch(
    /Fix: wait for that run to end, or give this run its own output-dir/,
  );
  expect(one.code).toBe(0);
  expect(await subjects('prov')).toEqual(['first/w.bin', 'first']);
  // The refused run left the holder's lock alone, and the holder removed it when it ended.
  expect((await readdir(join(ws, 'prov'))).sort()).toEqual(RUN_FILES);
}, 60_000);

test('a lock whose process is gone is taken over; the run then leaves none', async () => {
  await mkdir(join(ws, 'stale'));
  const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
  const lock: Holder = { pid: gone, host: hostname(), started: '2026-01-01T00:00:00.000Z' };
  await writeFile(join(ws, 'stale', LOCK), JSON.stringify(lock));
  const r = await sh('tp attest --model first --no-sign --python none --output-dir stale');
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  expect((await readdir(join(ws, 'stale'))).sort()).toEqual(RUN_FILES);
}, 60_000);

test("another host's lock is not taken over: the run is refused, naming it and how to clear it", async () => {
  await mkdir(join(ws, 'shared'));
  const lock: Holder = { pid: 4242, host: 'node-17', started: '2026-01-01T00:00:00.000Z' };
  await writeFile(join(ws, 'shared', LOCK), JSON.stringify(lock));
  const r = await sh('tp attest --model first --no-sign --python none --output-dir shared');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    'is held by another run: pid 4242 on node-17, started 2026-01-01T00:00:00.000Z',
  );
  expect(r.stderr).toContain(`if no run is writing there, remove ${join(ws, 'shared', LOCK)}`);
  expect(JSON.parse(await readFile(join(ws, 'shared', LOCK), 'utf8'))).toEqual(lock);
}, 60_000);

test('a run that fails after taking output-dir leaves no lock behind', async () => {
  // A folder that was there stays, empty; one the refused run made is removed with its lock.
  await mkdir(join(ws, 'failed'));
  const fail = (dir: string) =>
    sh(
      `tp attest --model first --no-sign --python none --parameters '{unclosed' --output-dir ${dir}`,
    );
  const r = await fail('failed');
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/input 'parameters'/);
  expect(await readdir(join(ws, 'failed'))).toEqual([]);
  expect((await fail('failed-new')).code).toBe(2);
  expect(existsSync(join(ws, 'failed-new'))).toBe(false);
}, 60_000);
