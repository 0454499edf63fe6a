// A model as most people get it: a Hugging Face cache snapshot, whose files are links into the
// repository's blobs/ (models--ORG--NAME/snapshots/REV/* -> ../../blobs/HASH). Attested signed on
// the local stack and verified through the command as typed, its root equal to Python's OMS rule
// over the snapshot's names; a link out of the repository's blobs/ is still refused.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { omsRootByPython } from '../helpers/independent.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let stack: Stack;
let bin: string;
let ws: string;
const SNAPSHOT = 'hf/hub/models--acme--tiny/snapshots/8d2f61c0a4b9e7d35f1c2a8b6e0d4f7a9c3b5e1d';
const sh = (line: string, env: Record<string, string> = {}) => shell(bin, line, ws, env);

/** A cache laid out as huggingface_hub writes it: content in blobs/, names in snapshots/. */
async function cacheRepo(): Promise<void> {
  const repo = join(ws, 'hf/hub/models--acme--tiny');
  const files: Record<string, string> = {
    'config.json': '{"hidden_size": 8}\n',
    'model.safetensors': 'weights '.repeat(512),
    'tokenizer/vocab.txt': 'a\nb\nc\n',
  };
  await mkdir(join(repo, 'blobs'), { recursive: true });
  await mkdir(join(repo, 'refs'), { recursive: true });
  await writeFile(join(repo, 'refs/main'), SNAPSHOT.split('/').pop()!);
  for (const [name, content] of Object.entries(files)) {
    const blob = createHash('sha256').update(content).digest('hex');
    await writeFile(join(repo, 'blobs', blob), content);
    const link = join(ws, SNAPSHOT, name);
    await mkdir(join(link, '..'), { recursive: true });
    const up = '../'.repeat(name.split('/').length + 1);
    await symlink(`${up}blobs/${blob}`, link);
  }
}

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp()]);
  ws = await mkdtemp(join(tmpdir(), 'tp-hf-'));
  await cacheRepo();
}, 60_000);
afterAll(() => stack?.close());

test('a cache snapshot attests and verifies, hashed through its links under its own names', async () => {
  const token = await stack.mintToken();
  const a = await sh(
    `tp attest --model ${SNAPSHOT} --trust-config ${stack.trustConfigFulcioRekorPath} --python none --output-dir out --format json`,
    { SIGSTORE_ID_TOKEN: token },
  );
  if (a.code !== 0) throw new Error(a.stderr);
  const subjects = JSON.parse(a.stdout).subjects as Array<{
    name: string;
    digest: { sha256: string };
  }>;
  expect(subjects.map((s) => s.name)).toEqual([
    `${SNAPSHOT}/config.json`,
    `${SNAPSHOT}/model.safetensors`,
    `${SNAPSHOT}/tokenizer/vocab.txt`,
    SNAPSHOT,
  ]);
  expect(subjects[3]!.digest.sha256).toBe(omsRootByPython(join(ws, SNAPSHOT)));
  const v = await sh(
    `tp verify --model ${SNAPSHOT} --bundle out/provenance.sigstore.json --trusted-root ${stack.trustedRootPath} --repository acme/vision`,
  );
  expect([v.code, v.stderr]).toEqual([0, '']);
  // A changed blob is a changed model.
  const blob = join(ws, 'hf/hub/models--acme--tiny/blobs', subjects[0]!.digest.sha256);
  await writeFile(blob, `${await readFile(blob, 'utf8')} `);
  const changed = await sh(
    `tp verify --model ${SNAPSHOT} --bundle out/provenance.sigstore.json --trusted-root ${stack.trustedRootPath} --repository acme/vision`,
  );
  expect(changed.code).toBe(1);
  expect(changed.stdout).toMatch(/config\.json/);
}, 60_000);

test.each([
  ['/etc/hostname', '/etc/hostname'],
  ["another repository's blobs", '../../../models--other--x/blobs/deadbeef'],
])('a link to %s is refused (exit 2)', async (_what, target) => {
  await mkdir(join(ws, 'hf/hub/models--other--x/blobs'), { recursive: true });
  await writeFile(join(ws, 'hf/hub/models--other--x/blobs/deadbeef'), 'elsewhere');
  const link = join(ws, SNAPSHOT, 'extra.bin');
  await symlink(target, link);
  try {
    const r = await sh(`tp attest --model ${SNAPSHOT} --no-sign --python none --output-dir out2`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SYMLINK_REFUSED: .*extra\.bin is a symbolic link \(it leads to .*\)/);
    expect(r.stderr).toMatch(/only links to files in .*models--acme--tiny\/blobs are followed/);
  } finally {
    await rm(link);
  }
});
