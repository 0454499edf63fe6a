// Lineage in verify, through the CLI as typed: a fine-tuned model's training record names its
// base model (a `base-model` resolvedDependencies entry, docs/lineage.md) with the base's own
// training record as evidence in bases/; that record names ITS base in turn. Every record is
// real and signed for real: the fine-tune with one key, the bases with another, the evidence
// checked with the signers the policy's `lineage:` allows.
import { buildTrustRequest } from '../../src/request/verify.js';
import { NO_TRUST } from '../helpers/requests.js';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  attest as attestAs,
  keyPair,
  resign,
  sha256,
  tpIn,
  withBases as withBasesAs,
  withKey,
  type BaseEntry,
} from '../helpers/lineage.js';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { walkLineageFromBundle } from '../../src/engine/lineage.js';
import { makePki } from '../helpers/pki.js';

let ws: string;
const tp = (args: string[]) => tpIn(ws)(args);
const attest = (model: string, key: string, dir: string, datasets: string[] = []) =>
  attestAs(ws, model, key, dir, datasets);
const withBases = (dir: string, key: string, bases: BaseEntry[]) =>
  withBasesAs(ws, dir, withKey(ws, key), bases);

const policy = async (name: string, text: string) => {
  await writeFile(join(ws, name), `version: 1\nframeworks:\n  advisories: none\n${text}`);
  return name;
};

/** verify MODEL with the record attest wrote in DIR, its signature checked with KEY.pub. */
const verify = (model: string, dir: string, key: string, ...extra: string[]) =>
  tp([
    'verify',
    '--model',
    model,
    '--bundle',
    `${dir}/training.sigstore.json`,
    '--public-key',
    `${key}.pub`,
    ...extra,
  ]);
const verifyFt = (...extra: string[]) => verify('ft.bin', 'ft-out', 'ft', ...extra);

/** A lineage: section that trusts the bases' signer, then MORE of it. */
const upstream = (more = '') => `lineage:\n  signers:\n    - public-key: upstream.pub\n${more}`;

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await Promise.all([keyPair(ws, 'ft'), keyPair(ws, 'upstream'), keyPair(ws, 'other')]);
  // grand ← base ← ft: grand trained on a dataset a policy denies; base and grand signed upstream.
  await attest('grand.bin', 'upstream', 'grand-out', ['hf://datasets/evil/poison']);
  await attest('base.bin', 'upstream', 'base-out', ['hf://datasets/good/clean']);
  await withBases('base-out', 'upstream', [
    { name: 'grand', from: 'grand-out', model: 'grand.bin' },
  ]);
  await attest('ft.bin', 'ft', 'ft-out');
  await withBases('ft-out', 'ft', [
    { name: 'base', from: 'base-out', model: 'base.bin', license: 'Apache-2.0' },
  ]);
}, 120_000);

afterAll(() => rm(ws, { recursive: true, force: true }));

// The done-when cases (another signer, swapped evidence, an inherited denied dataset, no
// evidence) run on records attest made for real: lineage-chain.test.ts and its action twin.
test("passes with the base's signer allowed, and reports the chain", async () => {
  const p = await policy('allow.yml', upstream());
  const r = await verifyFt('--policy', p, '--format', 'json');
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout);
  expect(report.violations).toEqual([]);
  expect(r.code).toBe(0);
  expect(report.lineage.signer).toMatch(/^the key given \(hint [0-9a-f]{64}\)$/);
  const base = report.lineage.bases[0];
  expect(base).toMatchObject({ name: 'base', path: ['ft.bin', 'base'] });
  expect(base.evidence[0]).toMatchObject({ kind: 'training-record', verified: true });
  expect(base.datasets.map((d: { uri: string }) => d.uri)).toEqual(['hf://datasets/good/clean']);
  expect(base.bases[0]).toMatchObject({ name: 'grand', path: ['ft.bin', 'base', 'grand'] });
  expect(base.bases[0].evidence[0].verified).toBe(true);
  const text = await verifyFt('--policy', p);
  expect(text.stdout).toMatch(/^VERIFIED/);
  expect(text.stdout).toContain('ft.bin → base → grand');
});

test('--evidence DIR: the evidence found there by its sha256 when bases/ is not beside the bundle', async () => {
  await rm(join(ws, 'lone'), { recursive: true, force: true });
  await mkdir(join(ws, 'lone'));
  await cp(join(ws, 'ft-out/training.sigstore.json'), join(ws, 'lone/training.sigstore.json'));
  const p = await policy('allow2.yml', upstream());
  const args = ['verify', '--model', 'ft.bin', '--bundle', 'lone/training.sigstore.json'];
  const without = await tp([...args, '--public-key', 'ft.pub', '--policy', p]);
  expect(without.code).toBe(1);
  const withDir = await tp([
    ...args,
    '--public-key',
    'ft.pub',
    '--policy',
    p,
    '--evidence',
    'ft-out/bases',
  ]);
  expect(withDir.stdout).toMatch(/^VERIFIED/);
  expect(withDir.code).toBe(0);
});

test('max-depth: a chain deeper than the policy allows is reported, naming the path', async () => {
  const p = await policy(
    'depth.yml',
    'lineage:\n  max-depth: 1\n  signers:\n    - public-key: upstream.pub\n',
  );
  const r = await verifyFt('--policy', p);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(
    "lineage.max-depth: ft.bin → base → grand is 2 levels up, more than the policy's max-depth 1",
  );
});

test('a cycle (a base that names the fine-tune as its base) is reported, not followed', async () => {
  // loop ← ft2, and loop names ft2 as its base: a record that lies about its lineage.
  await attest('ft2.bin', 'ft', 'ft2-out');
  await attest('loop.bin', 'upstream', 'loop-out');
  await withBases('loop-out', 'upstream', [{ name: 'ft2', from: 'ft2-out', model: 'ft2.bin' }]);
  await withBases('ft2-out', 'ft', [{ name: 'loop', from: 'loop-out', model: 'loop.bin' }]);
  const p = await policy('cycle.yml', upstream('    - public-key: ft.pub\n'));
  const r = await verify('ft2.bin', 'ft2-out', 'ft', '--policy', p);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(
    /lineage\.cycle: ft2\.bin → loop → ft2: sha256:[0-9a-f]{64} is already a model of this chain/,
  );
});

test('a policy with lineage: on a record without bases: "no base models recorded", nothing shown to pass that needs a base', async () => {
  const p = await policy('none.yml', 'lineage:\n  deny: ["hf://evil/*"]\n  licenses: [MIT]\n');
  const r = await verify('grand.bin', 'grand-out', 'upstream', '--policy', p);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('✓ lineage.deny: no base models recorded, so none is denied');
  expect(r.stdout).toContain('- lineage.require-evidence: no base models recorded');
  expect(r.stdout).toContain('- lineage.licenses: no base models recorded');
  // Without a policy, a record without bases reports no lineage at all.
  const plain = await verify('grand.bin', 'grand-out', 'upstream', '--format', 'json');
  expect(JSON.parse(plain.stdout).lineage).toBeUndefined();
});

test('a lineage: section with a mistake is exit 2 with its line and column', async () => {
  const p = await policy(
    'bad.yml',
    'lineage:\n  deny: ["0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"]\n  max-depth: 0\n',
  );
  const r = await verifyFt('--policy', p);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    "bad.yml:5:10: 'lineage.deny[0]': '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' is a digest without its algorithm; write 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'",
  );
  expect(r.stderr).toContain(
    "bad.yml:6:14: 'lineage.max-depth' must be a whole number of at least 1",
  );
});

test("a model.sig as the evidence: checked with the allowed signer against the base's root; its datasets unknown, never passed", async () => {
  await mkdir(join(ws, 'sigbase'), { recursive: true });
  await writeFile(join(ws, 'sigbase/a.bin'), 'layer a');
  await writeFile(join(ws, 'sigbase/b.bin'), 'layer b');
  const signed = await tp([
    'sign-model',
    '--model',
    'sigbase',
    '--private-key',
    'upstream.pem',
    '--output',
    'sigbase.sig',
  ]);
  expect(signed.code).toBe(0);
  const root = (await tp(['digest', 'sigbase'])).stdout.trim().replace(/^sha256:/, '');
  await attest('ft3.bin', 'ft', 'ft3-out');
  await withBases('ft3-out', 'ft', [
    {
      name: 'sigbase',
      from: 'sigbase',
      model: 'sigbase',
      signature: { file: 'sigbase.sig', root },
    },
  ]);
  const run = (p: string) => verify('ft3.bin', 'ft3-out', 'ft', '--policy', p);
  const ok = await run(await policy('sig.yml', upstream()));
  expect(ok.stdout).toMatch(/^VERIFIED/);
  expect(ok.stdout).toContain(`✓ ft3.bin → sigbase sha256:${root}, signed by key sha256:`);
  const wrong = await run(
    await policy('sig-other.yml', 'lineage:\n  signers:\n    - public-key: other.pub\n'),
  );
  expect(wrong.code).toBe(1);
  expect(wrong.stdout).toContain(
    'lineage.require-evidence: base ft3.bin → sigbase has no evidence that verifies',
  );
  const inherit = await run(
    await policy(
      'sig-inherit.yml',
      'datasets:\n  deny: ["hf://datasets/evil/*"]\nlineage:\n  signers:\n    - public-key: upstream.pub\n  inherit: [datasets]\n',
    ),
  );
  expect(inherit.code).toBe(1);
  expect(inherit.stdout).toContain(
    'lineage.inherit.datasets: base ft3.bin → sigbase has no verified training record, so its datasets cannot be checked',
  );
});

test('without a policy: the chain is reported and a base not verified is listed, never silent', async () => {
  const r = await verifyFt();
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('✗ ft.bin → base sha256:');
  expect(r.stdout).toMatch(
    /Base models not verified:\n {2}- ft\.bin → base: .*cannot be checked without lineage\.signers/,
  );
  expect(r.stdout).not.toContain('Warnings (known advisories');
});

test('allow, deny and licenses judge every base up the chain, each failure naming its path', async () => {
  const p = await policy(
    'rules.yml',
    upstream('  allow: ["hf://acme/*"]\n  deny: ["hf://acme/grand@*"]\n  licenses: [MIT]\n'),
  );
  const r = await verifyFt('--policy', p);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(
    "lineage.deny: base ft.bin → base → grand is denied by 'hf://acme/grand@*'",
  );
  expect(r.stdout).toContain(
    "lineage.licenses: base ft.bin → base has licence 'Apache-2.0', which the allowed licences (MIT) do not satisfy",
  );
  expect(r.stdout).toContain(
    'lineage.licenses: base ft.bin → base → grand records no licence, so it cannot be shown to be one of MIT',
  );
  expect(r.stdout).toContain('✓ lineage.allow: every base is allowed');
  const outside = await policy('outside.yml', upstream('  allow: ["hf://meta-llama/*"]\n'));
  expect((await verifyFt('--policy', outside)).stdout).toContain(
    'lineage.allow: base ft.bin → base (hf://acme/base@main) matches no allowed pattern (hf://meta-llama/*)',
  );
});

test('inherit: [frameworks] judges each base by its own record (fails closed where none was recorded)', async () => {
  const p = await policy('fw.yml', upstream('  inherit: [frameworks]\n'));
  await writeFile(
    join(ws, p),
    'version: 1\nframeworks:\n  advisories: none\n  deny:\n    - package: torch\n      versions: "<2.6"\nlineage:\n  signers:\n    - public-key: upstream.pub\n  inherit: [frameworks]\n',
  );
  const r = await verifyFt('--policy', p);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(
    'lineage.inherit.frameworks: frameworks.deny[0]: base ft.bin → base → grand: torch cannot be shown absent: no Python environment was recorded',
  );
});

test('the verify action: the `evidence` input', async () => {
  const p = await policy('action.yml', upstream());
  await rm(join(ws, 'alone'), { recursive: true, force: true });
  await mkdir(join(ws, 'alone'));
  await cp(join(ws, 'ft-out/training.sigstore.json'), join(ws, 'alone/training.sigstore.json'));
  const run = (evidence: string) =>
    runAction({
      workspace: ws,
      action: 'verify',
      inputs: {
        model: 'ft.bin',
        bundle: 'alone/training.sigstore.json',
        'public-key': 'ft.pub',
        policy: p,
        evidence,
      },
      env: githubContextEnv(),
    });
  const ok = await run('ft-out/bases');
  expect(ok.exitCode).toBe(0);
  expect(ok.stdout).toContain('✓ ft.bin → base → grand sha256:');
  const none = await run('');
  expect(none.exitCode).not.toBe(0);
  expect(none.stdout).toContain(
    'base ft.bin → base has no evidence that verifies: evidence bases/base/training.sigstore.json: not found',
  );
});

test("a one-file base's model.sig binds the file's sha256", async () => {
  await writeFile(join(ws, 'onefile.bin'), 'one-file base weights');
  const signed = await tp([
    'sign-model',
    '--model',
    'onefile.bin',
    '--private-key',
    'upstream.pem',
    '--output',
    'onefile.sig',
  ]);
  expect(signed.code).toBe(0);
  await attest('ft4.bin', 'ft', 'ft4-out');
  const root = sha256(await readFile(join(ws, 'onefile.bin')));
  await withBases('ft4-out', 'ft', [
    {
      name: 'onefile',
      from: 'ft4-out',
      model: 'onefile.bin',
      signature: { file: 'onefile.sig', root },
    },
  ]);
  const p = await policy('one.yml', upstream());
  const r = await verify('ft4.bin', 'ft4-out', 'ft', '--policy', p);
  expect(r.stdout).toContain(`✓ ft4.bin → onefile sha256:${root}, signed by key sha256:`);
  expect(r.code).toBe(0);
});

test('a record naming more bases than one walk examines is cut short, said', async () => {
  await attest('wide.bin', 'ft', 'wide-out');
  const statement = JSON.parse(await readFile(join(ws, 'wide-out/training.intoto.json'), 'utf8'));
  for (let i = 0; i < 300; i++)
    statement.predicate.buildDefinition.resolvedDependencies.push({
      name: `b${i}`,
      uri: `hf://acme/b${i}`,
      digest: { sha256: sha256(`b${i}`) },
      annotations: { role: 'base-model', kind: 'reference' },
    });
  await resign(ws, 'wide-out', withKey(ws, 'ft'), statement);
  const p = await policy('wide.yml', 'lineage:\n  require-evidence: false\n');
  const r = await verify('wide.bin', 'wide-out', 'ft', '--policy', p);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(
    'lineage.max-bases: wide.bin → b256: more than 256 bases in one lineage',
  );
});

test('walkLineageFromBundle, as the lineage command calls it: the verified tree; a bound named at the base past it', async () => {
  // The trust as the lineage command builds it from its flags (src/request/verify.ts).
  const trustOf = (publicKey: string) =>
    buildTrustRequest({ ...NO_TRUST, publicKey, offline: true }, { base: ws });
  const o = {
    evidence: [],
    trust: trustOf(join(ws, 'ft.pub')),
    tufCacheDir: '',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    log: () => undefined,
  };
  const allow = join(ws, await policy('walk.yml', upstream('  max-depth: 1\n')));
  const root = await walkLineageFromBundle(join(ws, 'ft-out/training.sigstore.json'), {
    ...o,
    policy: allow,
  });
  expect(root.evidence[0]).toMatchObject({ kind: 'training-record', verified: true });
  expect(root.bases[0]!.evidence[0]!.verified).toBe(true);
  // A bound is the problem of the base past it, said there once (not again at the root).
  expect(root.problems).toEqual([]);
  expect(root.bases[0]!.bases[0]!.problems).toEqual([
    expect.stringContaining(
      "ft.bin → base → grand is 2 levels up, more than the policy's max-depth 1",
    ),
  ]);
  // Another key: the root's own record does not verify, and nothing above it is walked.
  const wrong = await walkLineageFromBundle(join(ws, 'ft-out/training.sigstore.json'), {
    ...o,
    policy: '',
    trust: trustOf(join(ws, 'other.pub')),
  });
  expect(wrong.evidence[0]!.verified).toBe(false);
  expect(wrong.problems[0]).toContain('does not verify with the public key given');
  expect(wrong.bases).toEqual([]);
});

test("a base signed by a certificate of the user's PKI: lineage.signers cert-chain decides", async () => {
  const pki = await makePki();
  const leaf = await pki.leaf();
  await writeFile(join(ws, 'pki-leaf.key'), leaf.key.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(join(ws, 'pki-leaf.pem'), leaf.cert.toString('pem'));
  await writeFile(join(ws, 'pki-root.pem'), pki.root.toString('pem'));
  await writeFile(join(ws, 'stranger-root.pem'), (await makePki()).root.toString('pem'));
  await writeFile(join(ws, 'pkibase.bin'), 'weights of pkibase.bin');
  const a = await tp([
    'attest',
    '--model',
    'pkibase.bin',
    '--private-key',
    'pki-leaf.key',
    '--signing-cert',
    'pki-leaf.pem',
    '--python',
    'none',
    '--output-dir',
    'pkibase-out',
  ]);
  expect(a.code).toBe(0);
  await attest('ft5.bin', 'ft', 'ft5-out');
  await withBases('ft5-out', 'ft', [
    { name: 'pkibase', from: 'pkibase-out', model: 'pkibase.bin' },
  ]);
  const run = async (anchors: string) =>
    verify(
      'ft5.bin',
      'ft5-out',
      'ft',
      '--policy',
      await policy(`pki-${anchors}.yml`, `lineage:\n  signers:\n    - cert-chain: ${anchors}\n`),
    );
  const ok = await run('pki-root.pem');
  expect(ok.stdout).toMatch(
    /✓ ft5\.bin → pkibase sha256:[0-9a-f]{64}, signed by a certificate of the anchors in pki-root\.pem/,
  );
  expect(ok.code).toBe(0);
  const stranger = await run('stranger-root.pem');
  expect(stranger.code).toBe(1);
  expect(stranger.stdout).toContain(
    'lineage.require-evidence: base ft5.bin → pkibase has no evidence that verifies',
  );
});
