// Datasets at scale through the command as a user types it: a dataset hashed in four shards and
// merged gives the root of one run, of attest's own directory digest, and of an independent
// computation of the OMS rule; merge refuses a missing, duplicated or foreign shard, naming it;
// verify names every difference; attest records a dataset and a model from manifests with no
// data read, and verify re-hashes the model where it is present.
import { appendFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omsRootIndependent, sha256sum } from '../helpers/independent.js';
import { installTp, sh as shell } from '../helpers/shell.js';
import { startStack, type Stack } from '../../tools/stack/index.js';

let bin: string;
let ws: string;
let stack: Stack;
const sh = (line: string, env: Record<string, string> = {}) => shell(bin, line, ws, env);
const trailer = async (f: string) =>
  JSON.parse((await readFile(join(ws, f), 'utf8')).trim().split('\n').pop()!) as {
    files: number;
    bytes: number;
    root: string;
  };

beforeAll(async () => {
  [bin, stack] = await Promise.all([installTp(), startStack()]);
  ws = await mkdtemp(join(tmpdir(), 'tp-manifest-e2e-'));
  // Names where code-point and PurePosixPath order differ, nested folders, an empty file.
  for (const d of ['data/train/a', 'data/train/a.b', 'data/train/tokenizer', 'model'])
    await mkdir(join(ws, d), { recursive: true });
  for (let i = 0; i < 300; i++)
    await writeFile(join(ws, 'data/train', `s${i}.txt`), `sample ${i}\n`);
  await writeFile(join(ws, 'data/train/tokenizer.json'), '{}');
  await writeFile(join(ws, 'data/train/tokenizer/vocab.txt'), 'a b c');
  await writeFile(join(ws, 'data/train/a/x'), 'x');
  await writeFile(join(ws, 'data/train/a.b/y'), 'y');
  await writeFile(join(ws, 'data/train/empty'), '');
  await writeFile(join(ws, 'model/w.bin'), 'weights');
  for (const i of [0, 1, 2, 3]) {
    const r = await sh(`tp manifest data/train --shard ${i}/4 --output shards/${i}.jsonl`);
    if (r.code !== 0) throw new Error(r.stderr);
  }
}, 120_000);
afterAll(() => stack?.close());

test('four shards merged give the root of one run, and of the OMS rule computed independently', async () => {
  const whole = await sh('tp manifest data/train --output whole.jsonl');
  expect(whole.code).toBe(0);
  const merged = await sh(
    'tp manifest merge shards/0.jsonl shards/1.jsonl shards/2.jsonl shards/3.jsonl --output merged.jsonl',
  );
  expect(merged.code).toBe(0);
  // The log line a batch job's log gets: done against the shards' totals.
  expect(merged.stderr).toMatch(/^merge: [\d.]+ KiB \/ [\d.]+ KiB \(100%\)/m);
  expect(whole.stderr).toMatch(/^manifest: 305 \/ 305 files \(100%\)/m);
  expect(await readFile(join(ws, 'merged.jsonl'), 'utf8')).toContain('"mergedFrom":4');
  const one = await trailer('whole.jsonl');
  expect(await trailer('merged.jsonl')).toEqual(one);
  expect(one.files).toBe(305);
  expect(one.root).toBe(`sha256:${omsRootIndependent(join(ws, 'data/train'))}`);
  // The shards cover the dataset once: their file counts add up.
  let files = 0;
  for (const i of [0, 1, 2, 3]) files += (await trailer(`shards/${i}.jsonl`)).files;
  expect(files).toBe(305);
});

test('merge refuses a missing, a duplicated and a foreign shard, naming it (exit 2)', async () => {
  const missing = await sh('tp manifest merge shards/0.jsonl shards/1.jsonl shards/3.jsonl');
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('shard 2/4 missing: 3 of 4 given');
  const twice = await sh(
    'tp manifest merge shards/0.jsonl shards/1.jsonl shards/2.jsonl shards/2.jsonl shards/3.jsonl',
  );
  expect(twice.code).toBe(2);
  expect(twice.stderr).toMatch(
    /shard 2\/4 is given twice: .*shards\/2\.jsonl and .*shards\/2\.jsonl/,
  );
  await mkdir(join(ws, 'other'));
  await writeFile(join(ws, 'other/z.txt'), 'z');
  await sh('tp manifest other --shard 1/4 --output foreign.jsonl');
  const foreign = await sh(
    'tp manifest merge shards/0.jsonl foreign.jsonl shards/2.jsonl shards/3.jsonl',
  );
  expect(foreign.code).toBe(2);
  expect(foreign.stderr).toMatch(/foreign\.jsonl is a foreign shard: root 'other'/);
});

test('an edited manifest is refused at the line that does not hold', async () => {
  const text = await readFile(join(ws, 'whole.jsonl'), 'utf8');
  await writeFile(join(ws, 'edited.jsonl'), text.replace(/"size":9,/, '"size":10,'));
  const r = await sh('tp manifest verify edited.jsonl data/train');
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/manifest .*edited\.jsonl line \d+: the trailer says 305 files/);
});

test('verify: a seeded sample can be drawn again; --all names what changed and what moved, in the words verify uses', async () => {
  const a = await sh(
    'tp manifest verify merged.jsonl data/train --sample 20 --seed 7 --format json',
  );
  const b = await sh(
    'tp manifest verify merged.jsonl data/train --sample 20 --seed 7 --format json',
  );
  expect(a.code).toBe(0);
  expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
  expect(JSON.parse(a.stdout)).toMatchObject({
    listed: 305,
    checked: 20,
    seed: 7,
    differences: [],
  });
  await writeFile(join(ws, 'data/train/s5.txt'), 'poisoned\n');
  await rename(join(ws, 'data/train/s6.txt'), join(ws, 'data/train/s6.moved'));
  const r = await sh('tp manifest verify merged.jsonl data/train');
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^DIFFERENT: all 304 of 305 listed files re-hashed/);
  expect(r.stdout).toContain('  changed s5.txt (manifest 9 bytes');
  // A file moved is named as verify names it, one line, not a removal and an unrelated addition.
  expect(r.stdout).toContain('  renamed s6.txt → s6.moved (9 bytes sha256:');
  expect(r.stdout).not.toMatch(/removed s6\.txt|added s6\.moved/);
  await writeFile(join(ws, 'data/train/s5.txt'), 'sample 5\n');
  // A sample names the move too, whichever files it draws.
  const sample = await sh('tp manifest verify merged.jsonl data/train --sample 2 --format json');
  expect(JSON.parse(sample.stdout).differences).toEqual([
    expect.objectContaining({ kind: 'renamed', from: 's6.txt', path: 's6.moved' }),
  ]);
  await rename(join(ws, 'data/train/s6.moved'), join(ws, 'data/train/s6.txt'));
});

test('verify --sample names every file added and removed, whichever files the sample draws', async () => {
  await rm(join(ws, 'data/train/s7.txt'));
  await writeFile(join(ws, 'data/train/tokenizer/extra.txt'), 'not in the manifest');
  try {
    const r = await sh('tp manifest verify merged.jsonl data/train --sample 3 --seed 11');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^DIFFERENT: a sample of 3 \(seed 11\) of 305 listed files re-hashed/);
    expect(r.stdout).toContain('  removed s7.txt (listed in the manifest, not on disk)');
    expect(r.stdout).toContain('  added tokenizer/extra.txt (on disk, not in the manifest)');
    const json = await sh('tp manifest verify merged.jsonl data/train --sample 3 --format json');
    expect(JSON.parse(json.stdout).differences.map((d: { kind: string }) => d.kind)).toEqual([
      'removed',
      'added',
    ]);
  } finally {
    await writeFile(join(ws, 'data/train/s7.txt'), 'sample 7\n');
    await rm(join(ws, 'data/train/tokenizer/extra.txt'));
  }
  expect((await sh('tp manifest verify merged.jsonl data/train --sample 3')).code).toBe(0);
});

test('verify --sample 0 is refused: it would re-hash nothing and say SAME', async () => {
  const r = await sh('tp manifest verify merged.jsonl data/train --sample 0');
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(
    /^error: INPUT_INVALID: input '--sample': --sample '0' re-hashes no file.* Fix: .*--sample 1000.*--all/,
  );
});

test('a reader that closes early (| head) ends the command as SIGPIPE would, with no stack trace', async () => {
  // More lines than a pipe holds, so a write fails after head has gone.
  await mkdir(join(ws, 'many'), { recursive: true });
  for (let i = 0; i < 2000; i++) await writeFile(join(ws, 'many', `f${i}.txt`), `${i}\n`);
  const r = await sh(
    '{ tp manifest many 2>epipe.err; echo $? > epipe.rc; } | head -c 10 >/dev/null; cat epipe.rc epipe.err',
  );
  const [code, ...stderr] = r.stdout.split('\n');
  expect(code).toBe('141');
  expect(stderr.join('\n')).not.toMatch(/EPIPE|at .*\(node:/);
});

test('verify --sample with --all is refused instead of quietly taking one of them', async () => {
  const r = await sh('tp manifest verify merged.jsonl data/train --sample 3 --all');
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^error: INPUT_INVALID: input '--sample'.* Fix: .*not both/);
});

test('attest records the dataset and the model from manifests, reading no data; verify re-hashes the model', async () => {
  await sh('tp manifest model --root-name model --output model.jsonl');
  // The data is not here: attest must not need it.
  await rename(join(ws, 'data'), join(ws, 'data.away'));
  const r = await sh(
    `tp attest --model-manifest model.jsonl --dataset 'train=manifest:merged.jsonl s3://acme-data/train/' --python none --trust-config ${stack.trustConfigFulcioRekorPath} --output-dir prov`,
    { SIGSTORE_ID_TOKEN: await stack.mintToken() },
  );
  await rename(join(ws, 'data.away'), join(ws, 'data'));
  if (r.code !== 0) throw new Error(r.stderr);
  const st = JSON.parse(await readFile(join(ws, 'prov/training.intoto.json'), 'utf8'));
  const one = await trailer('merged.jsonl');
  const deps = st.predicate.buildDefinition.resolvedDependencies as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const train = deps.find((d) => d.name === 'train')!;
  expect(train).toMatchObject({
    uri: 's3://acme-data/train/',
    digest: { sha256: one.root.slice(7) },
    annotations: {
      kind: 'manifest',
      files: 305,
      bytes: one.bytes,
      manifest: { path: 'merged.jsonl', sha256: sha256sum(join(ws, 'merged.jsonl')) },
    },
  });
  const byproducts = st.predicate.runDetails.byproducts as Array<Record<string, unknown>>;
  expect(byproducts).toContainEqual(
    expect.objectContaining({
      name: 'merged.jsonl',
      digest: { sha256: sha256sum(join(ws, 'merged.jsonl')) },
    }),
  );
  expect(st.subject).toEqual([
    expect.objectContaining({
      name: 'model',
      digest: { sha256: (await trailer('model.jsonl')).root.slice(7) },
    }),
  ]);
  const pins = `--trusted-root ${stack.trustedRootPath} --repository acme/vision`;
  const ok = await sh(`tp verify --model model --bundle prov/training.sigstore.json ${pins}`);
  expect(ok.stdout).toMatch(/^VERIFIED/);
  await appendFile(join(ws, 'model/w.bin'), 'tampered');
  const bad = await sh(`tp verify --model model --bundle prov/training.sigstore.json ${pins}`);
  expect(bad.code).toBe(1);
  await writeFile(join(ws, 'model/w.bin'), 'weights');
});

test('prove works on a dataset recorded from its manifest: the proof holds against the signed record', async () => {
  const d = sha256sum(join(ws, 'data/train/s42.txt'));
  const p = await sh(
    `tp prove --dataset manifest:merged.jsonl --digest sha256:${d} --output member.json`,
  );
  expect(p.code).toBe(0);
  expect(JSON.parse(await readFile(join(ws, 'member.json'), 'utf8')).member).toBe(true);
  const v = await sh(
    `tp verify-proof --bundle prov/training.sigstore.json --proof member.json --trusted-root ${stack.trustedRootPath} --repository acme/vision`,
  );
  expect(v.code).toBe(0);
  expect(v.stdout).toMatch(
    new RegExp(`^sha256:${d} WAS in dataset 'train' \\(305 committed digests\\)`),
  );
});

test('attest refuses a shard where the whole manifest is wanted, and an edited manifest (exit 2)', async () => {
  const shard = await sh(
    'tp attest --model model --dataset manifest:shards/0.jsonl --no-sign --python none --output-dir p2',
  );
  expect(shard.code).toBe(2);
  expect(shard.stderr).toContain("is shard 0/4 of 'train', not the whole dataset");
  const edited = await sh(
    'tp attest --model model --dataset manifest:edited.jsonl --no-sign --python none --output-dir p3',
  );
  expect(edited.code).toBe(2);
  expect(edited.stderr).toMatch(/edited\.jsonl line \d+: the trailer says/);
  await rm(join(ws, 'p2'), { recursive: true, force: true });
});
