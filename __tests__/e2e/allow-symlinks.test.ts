// OMS allow_symlinks (spec §6.1.1, model_signing's --allow_symlinks) through the command: links
// that stay inside the model directory are followed and signed under their own names, recorded
// as allow_symlinks: true, and verify follows them the same way; a link out of the directory or
// one that makes a cycle is refused, with the flag or without.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBare } from '../helpers/shell.js';

let ws: string;
const tp = (...args: string[]) => runBare(args, ws);

// The root as model_signing computes it with allow_symlinks: os.walk following links, names
// relative to the model, PurePosixPath order, sha256 over the file digests. Python, not our code.
const ROOT_PY = `
import hashlib, os, sys, pathlib
root = pathlib.Path(sys.argv[1])
names = []
for d, dirs, files in os.walk(root, followlinks=True):
    for f in files:
        rel = pathlib.PurePosixPath(pathlib.Path(d, f).relative_to(root).as_posix())
        if str(rel) != 'model.sig': names.append(rel)
h = hashlib.sha256()
for rel in sorted(names):
    h.update(hashlib.sha256((root / rel).read_bytes()).digest())
print(h.hexdigest())
`;

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-symlinks-'));
  await mkdir(join(ws, 'model/shards'), { recursive: true });
  await writeFile(join(ws, 'model/shards/part-0.bin'), 'part zero');
  await writeFile(join(ws, 'model/config.json'), '{"layers": 2}');
  await symlink('shards/part-0.bin', join(ws, 'model/weights.bin'));
  await symlink('shards', join(ws, 'model/latest'));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(join(ws, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(ws, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
});

async function signedStatement() {
  const b = JSON.parse(await readFile(join(ws, 'model/model.sig'), 'utf8'));
  return JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8'));
}

test('without the flag, a link is refused (exit 2), as the specification says by default', async () => {
  const r = await tp('sign-model', '--model', 'model', '--private-key', 'key.pem');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('SYMLINK_REFUSED');
});

test('with it: links inside the model are signed under their names, and verify follows them', async () => {
  const r = await tp(
    'sign-model',
    '--model',
    'model',
    '--private-key',
    'key.pem',
    '--allow-symlinks',
  );
  if (r.code !== 0) throw new Error(r.stderr);
  const s = await signedStatement();
  expect(s.predicate.serialization.allow_symlinks).toBe(true);
  expect(s.predicate.resources.map((x: { name: string }) => x.name)).toEqual([
    'config.json',
    'latest/part-0.bin',
    'shards/part-0.bin',
    'weights.bin',
  ]);
  const independent = execFileSync('python3', ['-c', ROOT_PY, join(ws, 'model')], {
    encoding: 'utf8',
  }).trim();
  expect(s.subject[0].digest.sha256).toBe(independent);
  const v = await tp(
    'verify',
    '--model',
    'model',
    '--model-signature',
    'model/model.sig',
    '--public-key',
    'key.pub',
  );
  expect(v.code).toBe(0);
  // The file behind a link changes: the signature no longer holds, naming the link too.
  await writeFile(join(ws, 'model/shards/part-0.bin'), 'part zero, altered');
  const bad = await tp(
    'verify',
    '--model',
    'model',
    '--model-signature',
    'model/model.sig',
    '--public-key',
    'key.pub',
  );
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain('weights.bin');
  await writeFile(join(ws, 'model/shards/part-0.bin'), 'part zero');
});

test('a link out of the model, or one that makes a cycle, is refused even with the flag', async () => {
  await symlink('/etc/hostname', join(ws, 'model/outside'));
  const out = await tp(
    'sign-model',
    '--model',
    'model',
    '--private-key',
    'key.pem',
    '--allow-symlinks',
  );
  expect(out.code).toBe(2);
  expect(out.stderr).toMatch(/model\/outside is a symbolic link that leaves the model directory/);
  await rm(join(ws, 'model/outside'));
  await symlink('..', join(ws, 'model/shards/up'));
  const cycle = await tp(
    'sign-model',
    '--model',
    'model',
    '--private-key',
    'key.pem',
    '--allow-symlinks',
  );
  expect(cycle.code).toBe(2);
  expect(cycle.stderr).toMatch(/(shards|latest)\/up is a symbolic link that makes a cycle/);
  await rm(join(ws, 'model/shards/up'));
});
