// Lineage, attest's side, through the command as typed (and once through the bundled action):
// a fine-tune names its base models (`--base-model`) and signed evidence about them
// (`--base-model-evidence`, a model.sig inside a base); the training record gets one base-model
// entry per base, output-dir/bases/ the copies, and evidence about another model is refused.
import {
  appendFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPO_ROOT, githubContextEnv, runAction } from '../../tools/runner/index.js';
import { runPeer } from '../helpers/python-peers.js';
import { keyPair, okIn, sha256 } from '../helpers/lineage.js';
import { runBare } from '../helpers/shell.js';

let ws: string;
const tp = (...args: string[]) => runBare(args, ws);
const REV = '4e20de362430cd3b72f300e6b0f18e50e7166e08';
const SNAPSHOT = `hub/models--acme--tiny-base/snapshots/${REV}`;

const FILES: Record<string, string> = {
  'grand/weights.bin': 'grandparent weights',
  'base/weights.bin': 'base weights '.repeat(100),
  'base/config.json': '{"hidden": 8}\n',
  'base/README.md': '---\nlicense: apache 2.0\ntags: [tiny]\n---\n# tiny base\n',
  'other/weights.bin': 'another model',
  'ft/weights.bin': 'fine-tuned weights',
};
/** The snapshot as huggingface_hub writes it: content in blobs/, names in snapshots/ linking there. */
const SNAPSHOT_FILES: Record<string, string> = {
  'config.json': '{"hidden": 4}\n',
  'model.safetensors': 'snapshot weights '.repeat(64),
  'README.md': '---\nlicense: mit\n---\n',
};

async function cacheSnapshot(): Promise<void> {
  const repo = join(ws, SNAPSHOT, '../..');
  await mkdir(join(repo, 'blobs'), { recursive: true });
  await mkdir(join(ws, SNAPSHOT), { recursive: true });
  for (const [name, content] of Object.entries(SNAPSHOT_FILES)) {
    const blob = sha256(content);
    await writeFile(join(repo, 'blobs', blob), content);
    await symlink(`../../blobs/${blob}`, join(ws, SNAPSHOT, name));
  }
}

interface BaseEntry {
  name: string;
  uri?: string;
  digest?: { sha256: string };
  annotations: {
    role: string;
    kind: string;
    files?: number;
    bytes?: number;
    listing?: string;
    license?: string;
    evidence: {
      kind: string;
      path: string;
      digest: { sha256: string };
      signer: { kind: string; keyHint?: string };
    }[];
  };
}

async function record(dir: string) {
  return JSON.parse(await readFile(join(ws, dir, 'training.intoto.json'), 'utf8'));
}

async function basesOf(dir: string): Promise<BaseEntry[]> {
  const r = await record(dir);
  return r.predicate.buildDefinition.resolvedDependencies.filter(
    (d: BaseEntry) => d.annotations?.role === 'base-model',
  );
}

const ok = (...args: string[]) => okIn(ws)(...args);

/** attest ft unsigned into OUT, naming BASES with --base-model. */
const attestFt = (out: string, ...bases: string[]) => [
  'attest',
  '--model',
  'ft',
  ...bases.flatMap((b) => ['--base-model', b]),
  '--no-sign',
  '--python',
  'none',
  '--output-dir',
  out,
];

const digestOf = async (path: string) => (await ok('digest', path)).stdout.trim();
const sha256File = async (path: string) => sha256(await readFile(path));

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-'));
  await keyPair(ws, 'key');
  for (const [name, content] of Object.entries(FILES)) {
    await mkdir(join(ws, name, '..'), { recursive: true });
    await writeFile(join(ws, name), content);
  }
  await cacheSnapshot();
  const signed = (model: string, out: string, ...more: string[]) =>
    ok(
      'attest',
      '--model',
      model,
      '--private-key',
      'key.pem',
      '--python',
      'none',
      '--output-dir',
      out,
      ...more,
    );
  // grand → base (with grand as its base) → ft: a chain of records signed with one key.
  await signed('grand', 'grand-out');
  await signed(
    'base',
    'base-out',
    '--base-model',
    'grand',
    '--base-model-evidence',
    'grand-out/training.sigstore.json',
  );
  await signed('other', 'other-out');
}, 60_000);

test('a base directory signed with a key: the record names it, its evidence and its own chain are copied', async () => {
  const fineTune = () =>
    ok(
      'attest',
      '--model',
      'ft',
      '--base-model',
      'base=base',
      '--base-model-evidence',
      'base-out/training.sigstore.json',
      '--private-key',
      'key.pem',
      '--python',
      'none',
      '--output-dir',
      'ft-out',
      '--ml-bom',
    );
  await fineTune();
  // Run again into the same output-dir: the copies are replaced, not refused.
  await fineTune();
  const [base, ...more] = await basesOf('ft-out');
  expect(more).toEqual([]);
  const evidenceSha = await sha256File(join(ws, 'base-out/training.sigstore.json'));
  expect(base).toEqual({
    name: 'base',
    digest: { sha256: (await digestOf('base')).replace(/^sha256:/, '') },
    annotations: {
      role: 'base-model',
      kind: 'local-directory',
      files: 3,
      bytes: ['weights.bin', 'config.json', 'README.md']
        .map((f) => Buffer.byteLength(FILES[`base/${f}`]!))
        .reduce((a, b) => a + b),
      listing: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      license: 'Apache-2.0',
      evidence: [
        {
          kind: 'training-record',
          path: 'bases/base/training.sigstore.json',
          digest: { sha256: evidenceSha },
          signer: { kind: 'key', keyHint: expect.stringMatching(/^[0-9a-f]{64}$/) },
        },
      ],
    },
  });
  // The copies, byte for byte, and the base's own bases/ along with it.
  expect(await sha256File(join(ws, 'ft-out/bases/base/training.sigstore.json'))).toBe(evidenceSha);
  expect(await readFile(join(ws, 'ft-out/bases/base/bases/grand/training.sigstore.json'))).toEqual(
    await readFile(join(ws, 'grand-out/training.sigstore.json')),
  );
  // The base's record names grand the same way, so the chain reads the same at each level.
  const [grand] = await basesOf('base-out');
  expect(grand!.digest!.sha256).toBe((await digestOf('grand')).replace(/^sha256:/, ''));
  // The ML-BOM carries the base as a component with its hash, and as the model's ancestor.
  const bom = JSON.parse(await readFile(join(ws, 'ft-out/training.cdx.json'), 'utf8'));
  const hash = [{ alg: 'SHA-256', content: base!.digest!.sha256 }];
  expect(bom.components).toContainEqual(
    expect.objectContaining({ 'bom-ref': 'base-model:base', name: 'base', hashes: hash }),
  );
  const ft = bom.components.find((c: { 'bom-ref': string }) => c['bom-ref'] === 'model:ft');
  expect(ft.pedigree.ancestors).toEqual([expect.objectContaining({ name: 'base', hashes: hash })]);
  // The signed record verifies with the key, and the published schema accepts it.
  const v = await tp(
    'verify',
    '--model',
    'ft',
    '--bundle',
    'ft-out/training.sigstore.json',
    '--public-key',
    'key.pub',
  );
  expect([v.code, v.stderr]).toEqual([0, '']);
  const schema = JSON.parse(
    await readFile(join(REPO_ROOT, 'docs/training-v1.schema.json'), 'utf8'),
  );
  const validate = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTuples: false,
  }).compile(schema);
  expect([validate(await record('ft-out')), validate.errors ?? []]).toEqual([true, []]);
});

afterAll(() => (ws ? rm(ws, { recursive: true, force: true }) : undefined));

test('evidence about another model is refused (exit 2), naming the file and both digests; nothing is written', async () => {
  const r = await tp(
    'attest',
    '--model',
    'ft',
    '--base-model',
    'base=base',
    '--base-model-evidence',
    'other-out/training.sigstore.json',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    'refused-out',
  );
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    `${join(ws, 'other-out/training.sigstore.json')} is evidence about another model`,
  );
  expect(r.stderr).toContain(await digestOf('other'));
  expect(r.stderr).toContain(`'base' ${await digestOf('base')}`);
  expect(await readdir(ws)).not.toContain('refused-out');
  // An earlier run's copy given as evidence would be overwritten while it is read.
  const copy = await tp(
    'attest',
    '--model',
    'ft',
    '--base-model',
    'base=base',
    '--base-model-evidence',
    'ft-out/bases/base/training.sigstore.json',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    'ft-out',
  );
  expect([copy.code, copy.stderr]).toEqual([2, expect.stringContaining('is inside output-dir')]);
  // The unsigned statement instead of its bundle: bad input, named as this input.
  const statement = await tp(
    'attest',
    '--model',
    'ft',
    '--base-model',
    'base=base',
    '--base-model-evidence',
    'base-out/training.intoto.json',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    'refused-out',
  );
  expect([statement.code, statement.stderr]).toEqual([
    2,
    expect.stringMatching(/input 'base-model-evidence'.*is an unsigned in-toto statement/),
  ]);
  // Evidence with no base at all matches none: refused too.
  const none = await tp(
    'attest',
    '--model',
    'ft',
    '--base-model-evidence',
    'base-out/training.sigstore.json',
    '--no-sign',
    '--python',
    'none',
    '--output-dir',
    'refused-out',
  );
  expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('no base model is given')]);
});

test('a Hugging Face cache snapshot signed by model_signing: hf://org/name@rev, its model.sig as evidence', async () => {
  const s = await runPeer(
    'model_signing',
    // A snapshot's names are links into blobs/: model_signing follows them when told to.
    [
      'sign',
      'key',
      '--private_key',
      'key.pem',
      '--allow_symlinks',
      '--signature',
      `${SNAPSHOT}/model.sig`,
      SNAPSHOT,
    ],
    ws,
  );
  if (s.code !== 0) throw new Error(s.stderr);
  // Uploaded with the model, the signature is a blob of the repository as its files are.
  const sigText = await readFile(join(ws, SNAPSHOT, 'model.sig'));
  const sigBlob = sha256(sigText);
  await writeFile(join(ws, SNAPSHOT, '../../blobs', sigBlob), sigText);
  await rm(join(ws, SNAPSHOT, 'model.sig'));
  await symlink(`../../blobs/${sigBlob}`, join(ws, SNAPSHOT, 'model.sig'));
  await ok(...attestFt('hf-out', SNAPSHOT));
  const [base] = await basesOf('hf-out');
  const sigSha = await sha256File(join(ws, SNAPSHOT, 'model.sig'));
  expect(base).toEqual({
    name: 'tiny-base',
    uri: `hf://acme/tiny-base@${REV}`,
    digest: { sha256: (await digestOf(SNAPSHOT)).replace(/^sha256:/, '') },
    annotations: expect.objectContaining({
      kind: 'hf-cache',
      files: 3,
      license: 'MIT',
      evidence: [
        {
          kind: 'model-signature',
          path: 'bases/tiny-base/model.sig',
          digest: { sha256: sigSha },
          signer: { kind: 'key', keyHint: expect.any(String) },
        },
      ],
    }),
  });
  expect(await sha256File(join(ws, 'hf-out/bases/tiny-base/model.sig'))).toBe(sigSha);
  // The same snapshot changed after it was signed: its model.sig no longer signs its files.
  await appendFile(join(ws, SNAPSHOT, 'config.json'), ' ');
  const r = await tp(...attestFt('hf-out-2', SNAPSHOT));
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`${join(ws, SNAPSHOT, 'model.sig')} is evidence about another model`);
});

test('a reference base with no evidence is recorded as given, without failing', async () => {
  const sha = 'ab'.repeat(32);
  await ok(
    ...attestFt(
      'ref-out',
      `hf://acme/tokenizer@${REV}`,
      `weights=s3://bucket/models/llm sha256:${sha.toUpperCase()}`,
    ),
  );
  expect(await basesOf('ref-out')).toEqual([
    {
      name: 'tokenizer',
      uri: `hf://acme/tokenizer@${REV}`,
      annotations: { role: 'base-model', kind: 'reference', evidence: [] },
    },
    {
      name: 'weights',
      uri: 's3://bucket/models/llm',
      digest: { sha256: sha },
      annotations: { role: 'base-model', kind: 'reference', evidence: [] },
    },
  ]);
  expect(await readdir(join(ws, 'ref-out'))).not.toContain('bases');
  // A reference that pins nothing is refused, naming the input and the fix.
  const r = await tp(...attestFt('ref-out-2', 's3://bucket/models/llm'));
  expect([r.code, r.stderr]).toEqual([
    2,
    expect.stringMatching(/base-models.*has no digest.*sha256:HEX/s),
  ]);
});

test('the bundled action records bases from its multi-line inputs', async () => {
  const r = await runAction({
    workspace: ws,
    env: githubContextEnv(),
    inputs: {
      model: 'ft',
      'base-models': `base=base\nhf://acme/tokenizer@${REV}`,
      // The base's output-dir as a whole: the bundles attest wrote there.
      'base-model-evidence': 'base-out',
      sign: 'false',
      python: 'none',
      'output-dir': 'action-out',
      'push-to-github': 'false',
      artifact: 'false',
      summary: 'false',
    },
  });
  if (r.exitCode !== 0) throw new Error(r.stdout + r.stderr);
  const bases = await basesOf('action-out');
  expect(bases.map((b) => [b.name, b.annotations.kind, b.annotations.evidence.length])).toEqual([
    ['base', 'local-directory', 1],
    ['tokenizer', 'reference', 0],
  ]);
  expect(await readdir(join(ws, 'action-out/bases/base'))).toEqual([
    'bases',
    'training.sigstore.json',
  ]);
});
