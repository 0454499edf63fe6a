// The real-world shape of a fine-tune (issue "Lineage", done-when): the base is a Hugging Face
// cache snapshot (hub/models--ORG--NAME/snapshots/REV/, every file a link into the repository's
// blobs/), signed by its publisher with the real model_signing 1.1.1 (`sign key
// --allow_symlinks`, the only way it signs a snapshot) and its model.sig stored as the cache
// stores any file, in blobs/. A small changed copy is the fine-tune, attested with
// `--base-model NAME=PATH` and signed with another key; verify gates the chain with a lineage
// policy and `lineage` prints it. Everything runs through the bundled command as typed.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPeer } from '../helpers/python-peers.js';
import { installTp, sh as shell } from '../helpers/shell.js';

const REV = '4e20de362430cd3b72f300e6b0f18e50e7166e08';
const REPO = 'hf/hub/models--acme--base';
const SNAPSHOT = `${REPO}/snapshots/${REV}`;
const BASE_FILES: Record<string, string> = {
  'config.json': '{"hidden_size": 8, "num_layers": 2}\n',
  'model.safetensors': 'base weights '.repeat(700),
  'README.md': '---\nlicense: apache-2.0\n---\n# acme/base\n',
};

let bin: string;
let ws: string;
const sh = (line: string) => shell(bin, line, ws);
const ms = (...args: string[]) => runPeer('model_signing', args, ws);
const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');

/** Stores `content` as huggingface_hub does: the bytes in blobs/, a relative link in the snapshot. */
async function cacheFile(name: string, content: string | Buffer): Promise<void> {
  const blob = sha256(content);
  await writeFile(join(ws, REPO, 'blobs', blob), content);
  const up = '../'.repeat(name.split('/').length + 1);
  await symlink(`${up}blobs/${blob}`, join(ws, SNAPSHOT, name));
}

/** The base as its publisher ships it: the snapshot, then model.sig made by model_signing. */
async function publishBase(): Promise<void> {
  await mkdir(join(ws, REPO, 'blobs'), { recursive: true });
  await mkdir(join(ws, REPO, 'refs'), { recursive: true });
  await mkdir(join(ws, SNAPSHOT), { recursive: true });
  await writeFile(join(ws, REPO, 'refs/main'), REV);
  for (const [name, content] of Object.entries(BASE_FILES)) await cacheFile(name, content);
  const s = await ms(
    'sign',
    'key',
    '--allow_symlinks',
    '--private_key',
    'vendor.key',
    '--signature',
    `${SNAPSHOT}/model.sig`,
    SNAPSHOT,
  );
  if (s.code !== 0) throw new Error(s.stderr);
  // Downloaded from the Hub, model.sig is one more blob like every other file.
  const sig = await readFile(join(ws, SNAPSHOT, 'model.sig'));
  await rm(join(ws, SNAPSHOT, 'model.sig'));
  await cacheFile('model.sig', sig);
}

/** The fine-tune: the base's files, trained a little (other weights, one more config key). */
async function fineTune(): Promise<void> {
  await mkdir(join(ws, 'ft'), { recursive: true });
  await writeFile(join(ws, 'ft/config.json'), '{"hidden_size": 8, "num_layers": 2, "lora": 4}\n');
  await writeFile(join(ws, 'ft/model.safetensors'), 'tuned weights '.repeat(700));
  await writeFile(join(ws, 'ft/README.md'), BASE_FILES['README.md']!);
}

beforeAll(async () => {
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-hf-'));
  for (const name of ['vendor', 'other', 'ft']) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await writeFile(join(ws, `${name}.key`), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await writeFile(join(ws, `${name}.pub`), publicKey.export({ type: 'spki', format: 'pem' }));
  }
  await publishBase();
  await fineTune();
  // attest ran with --python none: no advisories to check (a policy checks them by default).
  const policy = (key: string) =>
    `version: 1\nframeworks:\n  advisories: none\nlineage:\n  signers:\n    - public-key: ${key}\n`;
  await writeFile(join(ws, 'vendor-policy.yml'), policy('vendor.pub'));
  await writeFile(join(ws, 'other-policy.yml'), policy('other.pub'));
}, 120_000);
afterAll(() => (ws ? rm(ws, { recursive: true, force: true }) : undefined));

/** The root digest model_signing signed in model.sig. */
async function signedRoot(): Promise<string> {
  const bundle = JSON.parse(await readFile(join(ws, SNAPSHOT, 'model.sig'), 'utf8'));
  const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
  return statement.subject[0].digest.sha256;
}

test('the base as published: model_signing and our verify accept its model.sig through the links', async () => {
  const theirs = await ms(
    'verify',
    'key',
    '--allow_symlinks',
    '--public_key',
    'vendor.pub',
    '--signature',
    `${SNAPSHOT}/model.sig`,
    SNAPSHOT,
  );
  expect([theirs.code, theirs.stderr]).toEqual([0, '']);
  const ours = await sh(`tp verify --model ${SNAPSHOT} --public-key vendor.pub`);
  expect([ours.code, ours.stderr]).toEqual([0, '']);
  const other = await sh(`tp verify --model ${SNAPSHOT} --public-key other.pub`);
  expect([other.code, other.stdout]).toEqual([
    1,
    expect.stringMatching(/does not verify with the public key given/),
  ]);
  const digest = await sh(`tp digest ${SNAPSHOT}`);
  expect(digest.stdout.trim()).toBe(`sha256:${await signedRoot()}`);
}, 60_000);

// Needs lineage-attest's --base-model (merged by the lead): this branch has no such flag.
test('attest --base-model records the snapshot as an hf-cache base, its model.sig as evidence', async () => {
  const a = await sh(
    `tp attest --model ft --base-model base=${SNAPSHOT} --private-key ft.key --python none --output-dir out`,
  );
  // attest logs as it goes: its stderr is shown only when it failed.
  expect({ code: a.code, failed: a.code === 0 ? '' : a.stderr }).toEqual({ code: 0, failed: '' });
  const statement = JSON.parse(await readFile(join(ws, 'out/training.intoto.json'), 'utf8'));
  const deps = statement.predicate.buildDefinition.resolvedDependencies as {
    annotations?: { role?: string };
  }[];
  const bases = deps.filter((d) => d.annotations?.role === 'base-model');
  const sig = await readFile(join(ws, SNAPSHOT, 'model.sig'));
  expect(bases).toEqual([
    {
      name: 'base',
      uri: `hf://acme/base@${REV}`,
      digest: { sha256: await signedRoot() },
      annotations: expect.objectContaining({
        role: 'base-model',
        kind: 'hf-cache',
        files: 3,
        bytes: Object.values(BASE_FILES).reduce((n, c) => n + Buffer.byteLength(c), 0),
        license: 'Apache-2.0',
        evidence: [
          expect.objectContaining({
            kind: 'model-signature',
            path: 'bases/base/model.sig',
            digest: { sha256: sha256(sig) },
            signer: expect.objectContaining({ kind: 'key' }),
          }),
        ],
      }),
    },
  ]);
  // The evidence travels with the record: one output-dir verifies the chain offline.
  expect(await readFile(join(ws, 'out/bases/base/model.sig'))).toEqual(sig);
  // The fine-tune is its own model, not the base.
  const subject = (statement.subject as { name: string; digest: { sha256: string } }[]).find(
    (s) => s.name === 'ft',
  );
  expect(subject?.digest.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(subject?.digest.sha256).not.toBe(await signedRoot());
}, 60_000);

test('verify gates the chain: the publisher key passes, another key fails naming the base', async () => {
  const line = (policy: string) =>
    sh(
      `tp verify --model ft --bundle out/training.sigstore.json --public-key ft.pub --policy ${policy} --offline`,
    );
  const ok = await line('vendor-policy.yml');
  expect([ok.code, ok.stderr]).toEqual([0, '']);
  const other = await line('other-policy.yml');
  expect(other.code).toBe(1);
  expect(other.stdout).toMatch(
    /lineage\.require-evidence: base ft → base has no evidence that verifies: .*does not verify with the public key given/,
  );
}, 60_000);

test('lineage prints the chain: the base with its digest, signer and verified model.sig', async () => {
  const root = await signedRoot();
  const line = (policy: string, more = '') =>
    sh(
      `tp lineage out/training.sigstore.json --public-key ft.pub --policy ${policy} --offline ${more}`,
    );
  const json = await line('vendor-policy.yml', '--format json');
  expect(json.code).toBe(0);
  const chain = JSON.parse(json.stdout);
  expect(chain).toMatchObject({ verified: true, unverified: [] });
  expect(chain.lineage.bases).toEqual([
    expect.objectContaining({
      name: 'base',
      uri: `hf://acme/base@${REV}`,
      digest: `sha256:${root}`,
      evidence: [expect.objectContaining({ kind: 'model-signature', verified: true })],
      problems: [],
    }),
  ]);

  const text = await line('vendor-policy.yml');
  expect(text.code).toBe(0);
  expect(text.stdout).toContain('base base  ✓ verified');
  expect(text.stdout).toContain(`digest: sha256:${root}`);

  const mermaid = await line('vendor-policy.yml', '--format mermaid --output chain.mmd');
  expect([mermaid.code, mermaid.stdout]).toEqual([0, '']);
  expect(await readFile(join(ws, 'chain.mmd'), 'utf8')).toMatch(
    /^flowchart LR\n[\s\S]*base: base<br\/>[\s\S]*-->\|base model\|/,
  );

  const refused = await line('other-policy.yml', '--format json');
  expect(refused.code).toBe(1);
  expect(JSON.parse(refused.stdout).unverified).toEqual([
    expect.objectContaining({ path: expect.arrayContaining(['base']) }),
  ]);
}, 60_000);

test('a model.sig swapped for one another key made is not the base’s evidence', async () => {
  // Another key over the same files (a plain copy of the snapshot): the root matches, the
  // signer does not.
  await mkdir(join(ws, 'copy'));
  for (const [name, content] of Object.entries(BASE_FILES))
    await writeFile(join(ws, 'copy', name), content);
  const s = await ms(
    'sign',
    'key',
    '--private_key',
    'other.key',
    '--signature',
    'copy/model.sig',
    'copy',
  );
  if (s.code !== 0) throw new Error(s.stderr);
  const swapped = JSON.parse(await readFile(join(ws, 'copy/model.sig'), 'utf8'));
  const payload = JSON.parse(Buffer.from(swapped.dsseEnvelope.payload, 'base64').toString());
  expect(payload.subject[0].digest.sha256).toBe(await signedRoot());
  await rename(join(ws, 'copy/model.sig'), join(ws, 'out/bases/base/model.sig'));
  const r = await sh(
    `tp lineage out/training.sigstore.json --public-key ft.pub --policy vendor-policy.yml --offline --format json`,
  );
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout).verified).toBe(false);
}, 60_000);
