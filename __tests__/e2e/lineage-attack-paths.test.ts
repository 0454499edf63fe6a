// Attacks on where the lineage walk reads evidence. An upstream signs its own record, so the
// evidence paths its base-model entries name (and the bases/ it ships) are the attacker's:
// `..`, absolute paths and symbolic links in bases/ must never make verify or `lineage` read a
// file outside the evidence roots, nor print what such a file holds (or its digest).
// Real attest runs; the upstream's record re-signed by the upstream's own key.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyPair, resign, sha256, tpIn, withKey } from '../helpers/lineage.js';

let ws: string;
const tp = (...args: string[]) => tpIn(ws)(args);
// A one-line secret: a JSON parse error would quote its start.
const SECRET = `ghp_${'S3cr3tT0k3n'.repeat(3)}`;

async function ok(...args: string[]) {
  const r = await tp(...args);
  if (r.code !== 0) throw new Error(`tp ${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
  return r;
}

async function attest(dir: string, key: string, more: string[]) {
  await mkdir(join(ws, dir), { recursive: true });
  await writeFile(join(ws, dir, 'weights.bin'), `weights of ${dir}`);
  return ok('attest', '--model', dir, '--private-key', `${key}.pem`, '--python', 'none', ...more);
}

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
    const grandSha = sha256(await readFile(join(ws, 'grand-out/training.sigstore.json')));
    const ft = await variant(
      out,
      'bases/grand/training.sigstore.json',
      matching ? secretSha() : grandSha,
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
