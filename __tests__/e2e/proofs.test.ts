// Proving what a model was not trained on, through the command as a user types it: a dataset of
// 10,000 files attested and signed on the local stack; `prove` and `verify-proof` for a file in
// it and for content not in it; forged proofs refused with their reason; the Python check written
// from docs/commitments.md agreeing on every proof; and the release gate's deny-content.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { checkProofByPython, sha256sum } from '../helpers/independent.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let stack: Stack;
let bin: string;
let ws: string;
const sh = (line: string, env: Record<string, string> = {}) => shell(bin, line, ws, env);
const signing = () => `--trust-config ${stack.trustConfigFulcioRekorPath} --python none`;
const pins = () => `--trusted-root ${stack.trustedRootPath} --repository acme/vision`;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const ABSENT = sha('a poisoned sample that was never in the training set');

interface ProofJson {
  digest: string;
  commitment: Commit & { scheme: string };
  leaves: Array<{ leaf: string; index: number; path: string[] }>;
}
interface Commit {
  root: string;
  leaves: number;
}
/** The commitment the signed-over statement records for a dataset, read as a user would. */
async function recorded(out: string, name: string): Promise<Commit> {
  const st = JSON.parse(await readFile(join(ws, out, 'training.intoto.json'), 'utf8'));
  const deps = st.predicate.buildDefinition.resolvedDependencies as Array<{
    name: string;
    annotations: { commitment?: Commit };
  }>;
  return deps.find((d) => d.name === name)!.annotations.commitment!;
}

async function attest(out: string, datasets: string): Promise<void> {
  const r = await sh(`tp attest --model model ${datasets} ${signing()} --output-dir ${out}`, {
    SIGSTORE_ID_TOKEN: await stack.mintToken(),
  });
  if (r.code !== 0) throw new Error(r.stderr);
}

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp()]);
  ws = await mkdtemp(join(tmpdir(), 'tp-proofs-e2e-'));
  await mkdir(join(ws, 'data/train'), { recursive: true });
  await mkdir(join(ws, 'data/other'), { recursive: true });
  await mkdir(join(ws, 'model'));
  await mkdir(join(ws, 'proofs/gate'), { recursive: true });
  for (let i = 0; i < 10_000; i += 500)
    await Promise.all(
      Array.from({ length: 500 }, (_, j) =>
        writeFile(join(ws, 'data/train', `s${i + j}.txt`), `sample ${i + j}\n`),
      ),
    );
  await writeFile(join(ws, 'data/eval.csv'), 'id,label\n1,cat\n');
  await writeFile(join(ws, 'data/other/x.txt'), 'another run, another dataset\n');
  await writeFile(join(ws, 'model/weights.bin'), 'w'.repeat(4096));
  await attest('out', '--dataset train=data/train --dataset data/eval.csv');
  await attest('out2', '--dataset train=data/other');
}, 120_000);
afterAll(() => stack?.close());

test('the record commits to the 10,000 distinct contents of the dataset', async () => {
  expect((await recorded('out', 'train')).leaves).toBe(10_000);
  expect((await recorded('out', 'data/eval.csv')).leaves).toBe(1);
});

test('a file in the dataset: prove writes a membership proof and verify-proof says it was there', async () => {
  const d = sha256sum(join(ws, 'data/train/s4242.txt'));
  const p = await sh(
    `tp prove --dataset data/train --digest sha256:${d} --output proofs/member.json`,
  );
  expect(p.code).toBe(0);
  const proof = JSON.parse(await readFile(join(ws, 'proofs/member.json'), 'utf8'));
  expect(proof.member).toBe(true);
  // ⌈log₂ 10,000⌉ = 14 hashes.
  expect(proof.leaves[0].path).toHaveLength(14);
  const v = await sh(
    `tp verify-proof --bundle out/training.sigstore.json --proof proofs/member.json ${pins()}`,
  );
  expect(v.code).toBe(0);
  expect(v.stdout).toMatch(
    new RegExp(
      `^sha256:${d} WAS in dataset 'train' \\(10000 committed digests\\) of run \\S+/actions/runs/\\d+/attempts/\\d+, signed by https://github.com/acme/vision/`,
    ),
  );
  const c = await recorded('out', 'train');
  expect(checkProofByPython(join(ws, 'proofs/member.json'), c.root, c.leaves)).toBe('member');
}, 60_000);

test('content not in the dataset: a non-membership proof that verify-proof accepts', async () => {
  const p = await sh(
    `tp prove --dataset data/train --digest sha256:${ABSENT} --output proofs/absent.json`,
  );
  expect(p.code).toBe(0);
  expect(p.stderr).toContain(`sha256:${ABSENT} is NOT in the dataset (10000 committed digests`);
  const proof = JSON.parse(await readFile(join(ws, 'proofs/absent.json'), 'utf8'));
  expect(proof.member).toBe(false);
  const v = await sh(
    `tp verify-proof --bundle out/training.sigstore.json --proof proofs/absent.json ${pins()}`,
  );
  expect([v.code, v.stdout]).toEqual([
    0,
    expect.stringContaining(`sha256:${ABSENT} was NOT in dataset 'train'`),
  ]);
  const c = await recorded('out', 'train');
  expect(checkProofByPython(join(ws, 'proofs/absent.json'), c.root, c.leaves)).toBe('absent');
}, 60_000);

describe('forged proofs, and proofs shown against the wrong record, are refused (exit 1)', () => {
  const forge = async (name: string, change: (p: ProofJson) => void) => {
    const proof = JSON.parse(await readFile(join(ws, 'proofs/absent.json'), 'utf8'));
    change(proof);
    await writeFile(join(ws, `proofs/${name}.json`), JSON.stringify(proof));
    return `proofs/${name}.json`;
  };
  test.each<[string, (p: ProofJson) => void, RegExp]>([
    ['swapped', (p) => p.leaves.reverse(), /not adjacent/],
    ['index', (p) => (p.leaves[0]!.index -= 1), /does not lead to the committed root/],
    ['path', (p) => (p.leaves[1]!.path[3] = sha('edited')), /does not lead to the committed root/],
    ['member', (p) => (p.digest = p.leaves[0]!.leaf), /does not sort between/],
  ])(
    '%s',
    async (name, change, reason) => {
      const file = await forge(name, change);
      const v = await sh(
        `tp verify-proof --bundle out/training.sigstore.json --proof ${file} ${pins()}`,
      );
      expect(v.code).toBe(1);
      expect(v.stdout).toMatch(/^the proof does not hold: /);
      expect(v.stdout).toMatch(reason);
      const c = await recorded('out', 'train');
      expect(checkProofByPython(join(ws, file), c.root, c.leaves)).toMatch(/^invalid/);
    },
    60_000,
  );

  test("another dataset's root", async () => {
    const evalRoot = await recorded('out', 'data/eval.csv');
    const file = await forge('root', (p) => (p.commitment = { ...p.commitment, ...evalRoot }));
    const v = await sh(
      `tp verify-proof --bundle out/training.sigstore.json --proof ${file} ${pins()}`,
    );
    expect([v.code, v.stdout]).toEqual([
      1,
      expect.stringContaining('does not lead to the committed root'),
    ]);
  }, 60_000);

  test("another run's bundle, and another signer", async () => {
    const other = await sh(
      `tp verify-proof --bundle out2/training.sigstore.json --proof proofs/absent.json ${pins()}`,
    );
    expect([other.code, other.stdout]).toEqual([
      1,
      expect.stringContaining('no dataset of this training record commits to root'),
    ]);
    const signer = await sh(
      `tp verify-proof --bundle out/training.sigstore.json --proof proofs/absent.json --trusted-root ${stack.trustedRootPath} --repository acme/other`,
    );
    // The record did not verify, so the proof was not checked: it is not said not to hold.
    expect(signer.code).toBe(1);
    expect(signer.stdout).toMatch(/^the training record did not verify \(signer\): .*acme\/other/);
    expect(signer.stdout).not.toMatch(/does not hold/);
  }, 60_000);

  test('a keyless record with only a public key pins no signer: bad input (exit 2)', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await writeFile(join(ws, 'some.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
    const v = await sh(
      `tp verify-proof --bundle out/training.sigstore.json --proof proofs/absent.json --trusted-root ${stack.trustedRootPath} --public-key some.pub`,
    );
    expect([v.code, v.stdout]).toEqual([2, '']);
    expect(v.stderr).toMatch(/^error: INPUT_MISSING: .*signed keylessly.*--repository/);
  }, 60_000);

  test('a file that is not a proof is bad input (exit 2)', async () => {
    await writeFile(join(ws, 'proofs/not-a-proof.json'), '{"proofType": "x"}');
    const v = await sh(
      `tp verify-proof --bundle out/training.sigstore.json --proof proofs/not-a-proof.json ${pins()}`,
    );
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/proofType/);
  });
});

describe('the release gate: datasets.deny-content', () => {
  // Attested with --python none: the advisories rule has nothing to read, and says so unless off.
  const POLICY_HEAD = 'version: 1\nframeworks:\n  advisories: none\ndatasets:\n';
  const gate = (policy: string, proofs?: string) =>
    sh(
      `tp verify --model model --bundle out/provenance.sigstore.json --bundle out/training.sigstore.json --policy ${policy} ${pins()}${proofs ? ` --proofs ${proofs}` : ''}`,
    );
  beforeAll(async () => {
    await writeFile(join(ws, 'deny.yml'), `${POLICY_HEAD}  deny-content: [sha256:${ABSENT}]\n`);
    for (const [dataset, name] of [
      ['data/train', 'train'],
      ['data/eval.csv', 'eval'],
    ]) {
      const r = await sh(
        `tp prove --dataset ${dataset} --digest sha256:${ABSENT} --output proofs/gate/${name}.json`,
      );
      if (r.code !== 0) throw new Error(r.stderr);
    }
  }, 60_000);

  test('passes with a proof of absence for every committed dataset', async () => {
    const r = await gate('deny.yml', 'proofs/gate');
    if (r.code !== 0) throw new Error(`${r.stdout}\n${r.stderr}`);
  }, 60_000);

  test('fails without them, naming the digest and each dataset', async () => {
    const r = await gate('deny.yml');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`no proof that sha256:${ABSENT} is absent from dataset train`),
    );
    expect(r.stdout).toMatch(
      new RegExp(`no proof that sha256:${ABSENT} is absent from dataset data/eval.csv`),
    );
  }, 60_000);

  test('fails when the denied content was in a dataset, even with its (membership) proof', async () => {
    const member = sha256sum(join(ws, 'data/train/s7.txt'));
    await writeFile(
      join(ws, 'deny-member.yml'),
      `${POLICY_HEAD}  deny-content: [sha256:${member}]\n`,
    );
    await mkdir(join(ws, 'proofs/member-gate'));
    for (const [dataset, name] of [
      ['data/train', 'train'],
      ['data/eval.csv', 'eval'],
    ])
      await sh(
        `tp prove --dataset ${dataset} --digest sha256:${member} --output proofs/member-gate/${name}.json`,
      );
    const r = await gate('deny-member.yml', 'proofs/member-gate');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`sha256:${member} WAS in dataset train`);
    expect(r.stdout).not.toContain('data/eval.csv:');
  }, 60_000);
});
