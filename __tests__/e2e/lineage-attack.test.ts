// Attacks on where the lineage walk reads evidence. An upstream signs its own record, so the
// evidence paths its base-model entries name (and the bases/ it ships) are the attacker's:
// `..`, absolute paths and symbolic links in bases/ must never make verify or `lineage` read a
// file outside the evidence roots, nor print what such a file holds (or its digest).
// Real attest runs; the upstream's record re-signed by the upstream's own key.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { attestDir, keyPair, okIn, resign, sha256, tpIn, withKey } from '../helpers/lineage.js';

let ws: string;
const tp = (...args: string[]) => tpIn(ws)(args);
// A one-line secret: a JSON parse error would quote its start.
const SECRET = `ghp_${'S3cr3tT0k3n'.repeat(3)}`;

const ok = (...args: string[]) => okIn(ws)(...args);

const attest = (dir: string, key: string, more: string[]) => attestDir(ws, dir, key, more);

/**
 * base-out copied to OUT, its grand-base's evidence entry pointed at `path` (recorded digest
 * `digest`) and signed again by the upstream; then the fine-tune attested on it into FT.
 */
async function variant(out: string, path: string, digest: string): Promise<string> {
  await cp(join(ws, 'base-out'), join(ws, out), { recursive: true });
  const file = join(ws, out, 'training.intoto.json');
  const statement = JSON.parse(await readFile(file, 'utf8'));
  const grand = statement.predicate.buildDefinition.resolvedDependencies.find(
    (d: { name: string }) => d.name === 'grand',
  );
  grand.annotations.evidence[0].path = path;
  grand.annotations.evidence[0].digest = { sha256: digest };
  await resign(ws, out, withKey(ws, 'upstream'), statement);
  const ft = `ft-${out}`;
  await ok(
    'attest',
    '--model',
    'ft',
    '--private-key',
    'ft.pem',
    '--python',
    'none',
    '--base-model',
    'base=base',
    '--base-model-evidence',
    `${out}/training.sigstore.json`,
    '--output-dir',
    ft,
  );
  return ft;
}

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'tp-lineage-attack-'));
  execFileSync('git', ['init', '-q'], { cwd: ws });
  await Promise.all(['ft', 'upstream'].map((k) => keyPair(ws, k)));
  await mkdir(join(ws, 'secret'));
  await writeFile(join(ws, 'secret', 'token.txt'), SECRET);
  await writeFile(join(ws, 'secret', 'training.sigstore.json'), SECRET);
  await writeFile(
    join(ws, 'policy.yml'),
    'version: 1\nframeworks:\n  advisories: none\nlineage:\n  signers:\n    - public-key: upstream.pub\n',
  );
  await attest('grand', 'upstream', ['--output-dir', 'grand-out']);
  await attest('base', 'upstream', [
    ...['--base-model', 'grand=grand', '--base-model-evidence', 'grand-out'],
    ...['--output-dir', 'base-out'],
  ]);
  await mkdir(join(ws, 'ft'));
  await writeFile(join(ws, 'ft', 'weights.bin'), 'weights of ft');
}, 120_000);
afterAll(() => (ws ? rm(ws, { recursive: true, force: true }) : undefined));

/** verify and `lineage` (text and JSON) of FT: what each printed, and the unverified paths. */
async function walk(ft: string, more: string[] = []) {
  const bundle = `${ft}/training.sigstore.json`;
  const common = ['--public-key', 'ft.pub', '--policy', 'policy.yml', ...more];
  const v = await tp('verify', '--model', 'ft', '--bundle', bundle, ...common);
  const vj = await tp('verify', '--model', 'ft', '--bundle', bundle, '--format', 'json', ...common);
  const l = await tp('lineage', bundle, ...common);
  const lj = await tp('lineage', bundle, '--format', 'json', ...common);
  const lm = await tp('lineage', bundle, '--format', 'mermaid', ...common);
  const runs = [v, vj, l, lj, lm];
  return {
    codes: runs.map((r) => r.code),
    printed: runs.map((r) => r.stdout + r.stderr).join('\n'),
    unverified: JSON.parse(lj.stdout).unverified.map((u: { path: string[] }) => u.path),
  };
}

const secretSha = () => sha256(SECRET);
const grandSha = async () => sha256(await readFile(join(ws, 'grand-out/training.sigstore.json')));

test.each([
  ['up', '../../../secret/token.txt'],
  ['abs', '<ws>/secret/token.txt'],
  ['inner', 'bases/grand/../../../../secret/token.txt'],
])(
  'an upstream evidence path leaving the record (%s) is not read, and said so',
  async (name, path) => {
    const ft = await variant(name, path.replace('<ws>', ws), secretSha());
    const r = await walk(ft);
    expect(r.codes).toEqual([1, 1, 1, 1, 1]);
    expect(r.unverified).toEqual([['ft', 'base', 'grand']]);
    expect(r.printed).toContain('leaves the record');
    expect(r.printed).not.toContain(SECRET.slice(0, 8));
  },
  60_000,
);

test.each([
  ['a digest that is not the file', false],
  ["the outside file's own digest", true],
])(
  'a symbolic link in bases/ out of the output-dir is not followed (recorded: %s)',
  async (_, matching) => {
    const out = matching ? 'link-match' : 'link-other';
    const ft = await variant(
      out,
      'bases/grand/training.sigstore.json',
      matching ? secretSha() : await grandSha(),
    );
    const grandDir = join(ws, ft, 'bases/base/bases/grand');
    await rm(grandDir, { recursive: true });
    await symlink(join(ws, 'secret'), grandDir);
    const r = await walk(ft);
    expect(r.codes).toEqual([1, 1, 1, 1, 1]);
    expect(r.unverified).toEqual([['ft', 'base', 'grand']]);
    expect(r.printed).not.toContain(SECRET.slice(0, 8));
    // Its digest is not printed either: it would tell whether a guessed secret is the one.
    expect(r.printed).not.toContain(secretSha());
  },
  60_000,
);

test('a symbolic link in --evidence DIR is not followed', async () => {
  // The record names the real grand's record, bases/ beside it removed: only --evidence has it.
  const ft = await variant('bare', 'bases/grand/training.sigstore.json', secretSha());
  await rm(join(ws, ft, 'bases/base/bases'), { recursive: true });
  await mkdir(join(ws, 'ev'));
  await symlink(
    join(ws, 'secret', 'training.sigstore.json'),
    join(ws, 'ev', 'training.sigstore.json'),
  );
  const r = await walk(ft, ['--evidence', 'ev']);
  expect(r.codes).toEqual([1, 1, 1, 1, 1]);
  expect(r.unverified).toEqual([['ft', 'base', 'grand']]);
  expect(r.printed).not.toContain(SECRET.slice(0, 8));
}, 60_000);

// Resource bounds: what the upstream ships or records cannot make the walk read without end.
const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;

test.each([
  ['a file larger than a bundle may be', 'huge'],
  ['a FIFO', 'fifo'],
])(
  '%s as a base’s evidence is not read: the walk ends, the base unverified',
  async (_, name) => {
    const ft = await variant(name, 'bases/grand/training.sigstore.json', secretSha());
    const file = join(ws, ft, 'bases/base/bases/grand/training.sigstore.json');
    await rm(file);
    if (name === 'fifo') execFileSync('mkfifo', [file]);
    else await writeFile(file, '').then(() => truncate(file, MAX_BUNDLE_FILE_BYTES + 1));
    // The same file offered in --evidence DIR too (by name and by the recorded digest).
    await mkdir(join(ws, `ev-${name}`));
    if (name === 'fifo') execFileSync('mkfifo', [join(ws, `ev-${name}`, 'training.sigstore.json')]);
    else await cp(file, join(ws, `ev-${name}`, 'training.sigstore.json'));
    const r = await walk(ft, ['--evidence', `ev-${name}`]);
    expect(r.codes).toEqual([1, 1, 1, 1, 1]);
    expect(r.unverified).toEqual([['ft', 'base', 'grand']]);
    // Said as what it is, not as "not found".
    expect(r.printed).toContain(
      name === 'fifo'
        ? 'is not a regular file; it is not read'
        : 'MiB a bundle may have; it is not read',
    );
  },
  60_000,
);

test('lineage holds the policy’s max-depth: the grand-base is not checked, said at it', async () => {
  await writeFile(
    join(ws, 'shallow.yml'),
    'version: 1\nframeworks:\n  advisories: none\nlineage:\n  max-depth: 1\n  signers:\n    - public-key: upstream.pub\n',
  );
  const ft = await variant('deep', 'bases/grand/training.sigstore.json', await grandSha());
  const args = ['lineage', `${ft}/training.sigstore.json`, '--public-key', 'ft.pub'];
  const text = await tp(...args, '--policy', 'shallow.yml');
  expect(text.code).toBe(1);
  expect(text.stdout + text.stderr).toContain(
    "ft → base → grand is 2 levels up, more than the policy's max-depth 1",
  );
  expect(text.stdout).not.toMatch(/grand.*✓/);
  // The same chain within the bound verifies: the bound, not the chain, made the difference.
  const within = await tp(...args, '--policy', 'policy.yml');
  expect({ code: within.code, err: within.code === 0 ? '' : within.stdout }).toEqual({
    code: 0,
    err: '',
  });
}, 60_000);

test('lineage holds the bound on bases: a record naming 300 stops at the 257th', async () => {
  await cp(join(ws, 'base-out'), join(ws, 'wide'), { recursive: true });
  const file = join(ws, 'wide', 'training.intoto.json');
  const statement = JSON.parse(await readFile(file, 'utf8'));
  for (let i = 0; i < 300; i++)
    statement.predicate.buildDefinition.resolvedDependencies.push({
      name: `b${i}`,
      uri: `hf://acme/b${i}`,
      digest: { sha256: sha256(`b${i}`) },
      annotations: { role: 'base-model', kind: 'reference' },
    });
  await resign(ws, 'wide', withKey(ws, 'upstream'), statement);
  const r = await tp(
    'lineage',
    'wide/training.sigstore.json',
    '--public-key',
    'upstream.pub',
    '--format',
    'json',
  );
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('base → b255: more than 256 bases in one lineage');
  const json = JSON.parse(r.stdout);
  expect(json.lineage.bases).toHaveLength(301);
  expect(json.verified).toBe(false);
  expect(json.unverified.map((u: { path: string[] }) => u.path)).toContainEqual(['base', 'b299']);
}, 60_000);

// Binding: evidence verifies a base only when it is the allowed signer's word about the digest
// the record names. Here the fine-tune's record (ours, signed with ft.pem) names base `base`;
// the evidence beside it is what the upstream signed, of the wrong thing in each case.

/** The base's recorded digest: the OMS root attest put in its record's subject. */
const baseRoot = async () =>
  JSON.parse(await readFile(join(ws, 'base-out/training.intoto.json'), 'utf8')).subject[0].digest
    .sha256 as string;

/** ft attested with no base, then given base `base` (digest `digest`) with evidence FILE. */
async function claim(
  out: string,
  evidence: string,
  o: { digest?: string; kind?: string; file?: string } = {},
): Promise<string> {
  const file = o.file ?? 'training.sigstore.json';
  await ok(
    ...['attest', '--model', 'ft', '--private-key', 'ft.pem', '--python', 'none'],
    ...['--output-dir', out],
  );
  await mkdir(join(ws, out, 'bases/base'), { recursive: true });
  await cp(join(ws, evidence), join(ws, out, 'bases/base', file));
  // Its own bases/, as attest carries them.
  await cp(join(ws, dirname(evidence), 'bases'), join(ws, out, 'bases/base/bases'), {
    recursive: true,
  }).catch(() => undefined);
  const statement = JSON.parse(await readFile(join(ws, out, 'training.intoto.json'), 'utf8'));
  statement.predicate.buildDefinition.resolvedDependencies.push({
    name: 'base',
    uri: 'hf://acme/base@main',
    ...(o.digest ? { digest: { sha256: o.digest } } : {}),
    annotations: {
      role: 'base-model',
      kind: o.digest ? 'local-directory' : 'reference',
      evidence: [
        {
          kind: o.kind ?? 'training-record',
          path: `bases/base/${file}`,
          digest: { sha256: sha256(await readFile(join(ws, evidence))) },
          signer: { kind: 'key' },
        },
      ],
    },
  });
  await resign(ws, out, withKey(ws, 'ft'), statement);
  return out;
}

test('control: the base’s own record, bound to its recorded digest, verifies', async () => {
  const out = await claim('bind-ok', 'base-out/training.sigstore.json', {
    digest: await baseRoot(),
  });
  const r = await walk(out);
  expect(r.codes).toEqual([0, 0, 0, 0, 0]);
  expect(r.unverified).toEqual([]);
}, 60_000);

test('a record by the allowed signer of another model with the same file names does not bind', async () => {
  await attest('other', 'upstream', ['--output-dir', 'other-out']);
  const out = await claim('bind-other', 'other-out/training.sigstore.json', {
    digest: await baseRoot(),
  });
  const r = await walk(out);
  expect(r.codes).toEqual([1, 1, 1, 1, 1]);
  expect(r.unverified).toEqual([['ft', 'base']]);
  expect(r.printed).toContain(`not the base's recorded digest sha256:${await baseRoot()}`);
}, 60_000);

test('a model.sig of a directory holding the base’s files and one more does not bind', async () => {
  await cp(join(ws, 'base'), join(ws, 'base-plus'), { recursive: true });
  await writeFile(join(ws, 'base-plus', 'extra.bin'), 'one more');
  await ok(
    ...['sign-model', '--model', 'base-plus', '--private-key', 'upstream.pem'],
    ...['--output', 'plus.sig'],
  );
  const out = await claim('bind-sig', 'plus.sig', {
    digest: await baseRoot(),
    kind: 'model-signature',
    file: 'model.sig',
  });
  const r = await walk(out);
  expect(r.codes).toEqual([1, 1, 1, 1, 1]);
  expect(r.unverified).toEqual([['ft', 'base']]);
  expect(r.printed).toMatch(/it signs root sha256:[0-9a-f]{64}, not the base's recorded digest/);
}, 60_000);

test('a base with no recorded digest is not verified by any evidence', async () => {
  const out = await claim('bind-ref', 'base-out/training.sigstore.json');
  const r = await walk(out);
  expect(r.codes).toEqual([1, 1, 1, 1, 1]);
  expect(r.unverified).toEqual([['ft', 'base']]);
  expect(r.printed).toContain('the record gives the base no sha256 digest');
}, 60_000);

test('evidence recorded as a training record that is a build provenance is not shown as one', async () => {
  // The upstream's build provenance of the base: its subject the base's digest, signed by it.
  const statement = JSON.parse(await readFile(join(ws, 'base-out/training.intoto.json'), 'utf8'));
  statement.predicateType = 'https://slsa.dev/provenance/v1';
  statement.predicate.buildDefinition.buildType =
    'https://actions.github.io/buildtypes/workflow/v1';
  await mkdir(join(ws, 'prov'));
  await resign(ws, 'prov', withKey(ws, 'upstream'), statement);
  const out = await claim('bind-kind', 'prov/training.sigstore.json', {
    digest: await baseRoot(),
  });
  const r = await walk(out);
  expect(r.codes).toEqual([1, 1, 1, 1, 1]);
  expect(r.unverified).toEqual([['ft', 'base']]);
  expect(r.printed).toContain('not a training record');
  // Recorded as what it is, the same bundle verifies the base.
  const honest = await claim('bind-kind-honest', 'prov/training.sigstore.json', {
    digest: await baseRoot(),
    kind: 'build-provenance',
  });
  expect((await walk(honest)).codes).toEqual([0, 0, 0, 0, 0]);
}, 60_000);

// Reporting: a base that could not be checked is never shown passed, whatever the format.
test('require-evidence: false: an unchecked grand-base passes the gate but is never ✓', async () => {
  await writeFile(
    join(ws, 'lax.yml'),
    'version: 1\nframeworks:\n  advisories: none\nlineage:\n  require-evidence: false\n  signers:\n    - public-key: upstream.pub\n',
  );
  const ft = await variant('lax', 'bases/grand/training.sigstore.json', await grandSha());
  await rm(join(ws, ft, 'bases/base/bases'), { recursive: true });
  const bundle = `${ft}/training.sigstore.json`;
  const common = ['--public-key', 'ft.pub', '--policy', 'lax.yml'];
  const text = await tp('verify', '--model', 'ft', '--bundle', bundle, ...common);
  const json = await tp(
    'verify',
    '--model',
    'ft',
    '--bundle',
    bundle,
    ...common,
    '--format',
    'json',
  );
  const line = (f: string) => tp('lineage', bundle, ...common, '--format', f);
  const [lt, lj, lm] = [await line('text'), await line('json'), await line('mermaid')];
  const action = await runAction({
    workspace: ws,
    action: 'verify',
    inputs: { model: 'ft', bundle, 'public-key': 'ft.pub', policy: 'lax.yml' },
    env: githubContextEnv(),
    timeoutMs: 60_000,
  });
  const grand = /ft → base → grand/;
  // The gate passes (the policy allows it), and says what it did not check.
  expect([text.code, json.code, action.exitCode]).toEqual([0, 0, 0]);
  for (const out of [text.stdout, action.stdout, action.summary]) {
    expect(out).toMatch(/not verified/i);
    expect(out).toMatch(grand);
    for (const l of out.split('\n').filter((x) => grand.test(x))) expect(l).not.toMatch(/✓|✅/);
    // The project's partial pass: shown over the bases judged, with how many were not.
    // The rule asked nothing (require-evidence: false): its line says so, never "every base verifies".
    for (const l of out.split('\n').filter((x) => /[✓✅] lineage\.require-evidence/.test(x))) {
      expect(l).toContain('evidence not required (require-evidence: false)');
      expect(l).not.toContain('every base has evidence that verifies');
      expect(l).toContain('(1 of 2 not evaluated)');
    }
  }
  const rules = JSON.parse(json.stdout).rules.filter(
    (r: { rule: string }) => r.rule === 'lineage.require-evidence',
  );
  expect(rules.map((r: { status: string }) => r.status)).toEqual(['passed', 'not-evaluated']);
  expect(rules[0].reason).toContain('(1 of 2 not evaluated)');
  expect(rules[1].reason).toMatch(/^base ft → base → grand has no evidence that verifies/);
  // lineage does not apply the gate: it says the chain is not verified.
  expect([lt.code, lj.code, lm.code]).toEqual([1, 1, 1]);
  expect(JSON.parse(lj.stdout).unverified.map((u: { path: string[] }) => u.path)).toEqual([
    ['ft', 'base', 'grand'],
  ]);
  for (const l of lt.stdout.split('\n').filter((x) => /grand/.test(x))) expect(l).not.toMatch(/✓/);
  expect(lm.stdout).toMatch(/base: grand<br\/>[^"]*NOT verified/);
  expect(lm.stdout).not.toMatch(/base: grand<br\/>[^"]*✅/);
}, 120_000);
