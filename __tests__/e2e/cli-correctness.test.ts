// The command as a user types it, in the places it is typed: a shell that expands globs, a
// `run:` step of a workflow (where the runner's token variables are set), two runs into one
// output directory (the same verify many times is cli-many-verifies). Each case failed on 0.1.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTrainingFixture, type TrainingFixture } from '../../tools/fixture/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { installTp, sh as shell } from '../helpers/shell.js';
import { vector } from '../helpers/vectors.js';

let stack: Stack;
let fx: TrainingFixture;
let bin: string;
const sh = (line: string, cwd: string, env: Record<string, string> = {}) =>
  shell(bin, line, cwd, env);

const signing = () => `--trust-config ${stack.trustConfigFulcioRekorPath} --python none`;
const verifying = () => `--trusted-root ${stack.trustedRootPath} --repository acme/vision`;

beforeAll(async () => {
  bin = await installTp();
  stack = await startStack();
  fx = await makeTrainingFixture(await mkdtemp(join(tmpdir(), 'tp-cli-ok-')));
}, 60_000);
afterAll(() => stack?.close());

async function workspaceWithShards(): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'tp-shards-'));
  await mkdir(join(ws, 'shards'));
  for (const i of [1, 2, 3]) await writeFile(join(ws, 'shards', `s${i}.safetensors`), `shard ${i}`);
  return ws;
}

describe('a glob the shell expands', () => {
  test('attest and verify refuse the files that arrive without a flag (exit 2), so a tampered shard is never passed', async () => {
    const ws = await workspaceWithShards();
    const token = await stack.mintToken();
    const attested = await sh(
      `tp attest --model shards/*.safetensors ${signing()} --output-dir ../out-${Date.now()}`,
      ws,
      { SIGSTORE_ID_TOKEN: token },
    );
    expect(attested.code).toBe(2);
    expect(attested.stderr).toMatch(
      /unexpected arguments 'shards\/s2\.safetensors', 'shards\/s3\.safetensors'/,
    );
    // Quoted, the glob is ours to expand: three subjects; then shard 3 is changed.
    const out = join(ws, '..', `prov-${Date.now()}`);
    const ok = await sh(
      `tp attest --model 'shards/*.safetensors' ${signing()} --output-dir ${out}`,
      ws,
      {
        SIGSTORE_ID_TOKEN: token,
      },
    );
    if (ok.code !== 0) throw new Error(ok.stderr);
    expect(ok.stdout).toMatch(/subjects:\s+3/);
    await writeFile(join(ws, 'shards/s3.safetensors'), 'tampered');
    const bundle = join(out, 'provenance.sigstore.json');
    const unquoted = await sh(
      `tp verify --model shards/*.safetensors --bundle ${bundle} ${verifying()}`,
      ws,
    );
    expect(unquoted.code).toBe(2);
    expect(unquoted.stdout).not.toMatch(/VERIFIED/);
    const quoted = await sh(
      `tp verify --model 'shards/*.safetensors' --bundle ${bundle} ${verifying()}`,
      ws,
    );
    expect(quoted.code).toBe(1);
    expect(quoted.stdout).toMatch(/NOT VERIFIED/);
    expect(quoted.stdout).toContain('shards/s3.safetensors');
  }, 60_000);

  test('a comma inside a repeated --model value is part of the name', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-comma-'));
    await writeFile(join(ws, 'a,b.bin'), 'weights');
    const r = await sh(
      `tp attest --model 'a,b.bin' --no-sign --python none --format json --output-dir ../c-${Date.now()}`,
      ws,
    );
    if (r.code !== 0) throw new Error(r.stderr);
    expect(JSON.parse(r.stdout).subjects.map((s: { name: string }) => s.name)).toEqual(['a,b.bin']);
  });
});

describe('inside a run: step, where the runner token variables are set', () => {
  const runnerEnv = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
  });

  test('attest --format json writes JSON only: no workflow command, no token', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tp-json-out-'));
    const r = await sh(
      `tp attest --model ${fx.modelDir} ${signing()} --format json --output-dir ${out}`,
      fx.workspace,
      runnerEnv(),
    );
    if (r.code !== 0) throw new Error(r.stderr);
    const json = JSON.parse(r.stdout);
    expect(json.provenance.bundlePath).toBe(join(out, 'provenance.sigstore.json'));
    expect(json.training.bundlePath).toBe(join(out, 'training.sigstore.json'));
    for (const text of [r.stdout, r.stderr]) {
      expect(text).not.toMatch(/^::/m);
      // A JWT starts with the base64 of '{"': no token reaches either stream.
      expect(text).not.toContain('eyJ');
    }
  }, 60_000);

  test('--no-sign asks the runner for no token at all', async () => {
    const before = stack.requestCount('oidc');
    const r = await sh(
      `tp attest --model ${fx.modelDir} --no-sign --python none --format json --output-dir ../nosign-${Date.now()}`,
      fx.workspace,
      runnerEnv(),
    );
    if (r.code !== 0) throw new Error(r.stderr);
    expect(JSON.parse(r.stdout).provenance.bundlePath).toBeNull();
    expect(stack.requestCount('oidc')).toBe(before);
  }, 60_000);
});

describe('one output directory, several runs', () => {
  test('an unsigned run after a signed one leaves no bundle of the earlier run', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tp-stale-'));
    const token = await stack.mintToken();
    const signed = await sh(
      `tp attest --model ${fx.modelDir} ${signing()} --output-dir ${out}`,
      fx.workspace,
      {
        SIGSTORE_ID_TOKEN: token,
      },
    );
    if (signed.code !== 0) throw new Error(signed.stderr);
    expect((await readdir(out)).sort()).toHaveLength(4);
    const unsigned = await sh(
      `tp attest --model ${fx.modelDir} --no-sign --python none --output-dir ${out}`,
      fx.workspace,
    );
    if (unsigned.code !== 0) throw new Error(unsigned.stderr);
    expect((await readdir(out)).sort()).toEqual(['provenance.intoto.json', 'training.intoto.json']);
  }, 60_000);

  test("two signed runs at once: one holds output-dir, the other is refused; files are one run's", async () => {
    const out = await mkdtemp(join(tmpdir(), 'tp-race-'));
    for (let round = 0; round < 4; round++) {
      const lrs = ['0.1', '0.2'];
      const runs = await Promise.all(
        lrs.map(async (lr) =>
          sh(
            `tp attest --model ${fx.modelDir} ${signing()} --parameters '{"lr": ${lr}}' --output-dir ${out}`,
            fx.workspace,
            { SIGSTORE_ID_TOKEN: await stack.mintToken() },
          ),
        ),
      );
      // A run that found the other holding output-dir says so (exit 2); none fails otherwise.
      for (const r of runs)
        if (r.code !== 0 && !(r.code === 2 && r.stderr.includes('is held by another run')))
          throw new Error(r.stderr);
      const passed = lrs.filter((_, i) => runs[i]!.code === 0);
      expect(passed.length).toBeGreaterThan(0);
      const record = JSON.parse(await readFile(join(out, 'training.intoto.json'), 'utf8'));
      const lr = String(record.predicate.buildDefinition.externalParameters.parameters.lr);
      // The record is of a run that reported success: a refused run replaced nothing.
      expect(passed).toContain(lr);
      for (const role of ['provenance', 'training']) {
        const statement = await readFile(join(out, `${role}.intoto.json`));
        const bundle = JSON.parse(await readFile(join(out, `${role}.sigstore.json`), 'utf8'));
        expect(Buffer.from(bundle.dsseEnvelope.payload, 'base64').equals(statement)).toBe(true);
      }
      // Both files of the set are of one run: the same certificate signed both.
      const certs = await Promise.all(
        ['provenance', 'training'].map(
          async (role) =>
            JSON.parse(await readFile(join(out, `${role}.sigstore.json`), 'utf8'))
              .verificationMaterial.certificate.rawBytes,
        ),
      );
      expect(certs[0]).toBe(certs[1]);
    }
  }, 120_000);
});

describe('verify without a policy', () => {
  test('says which known advisories affect the recorded frameworks, as warnings, and passes', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tp-adv-'));
    const r = await sh(
      `tp attest --model ${fx.modelDir} --python .venv --trust-config ${stack.trustConfigFulcioRekorPath} --output-dir ${out}`,
      fx.workspace,
      { SIGSTORE_ID_TOKEN: await stack.mintToken() },
    );
    if (r.code !== 0) throw new Error(r.stderr);
    const bundle = join(out, 'training.sigstore.json');
    const text = await sh(
      `tp verify --model ${fx.modelDir} --bundle ${bundle} ${verifying()}`,
      fx.workspace,
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^VERIFIED/);
    expect(text.stdout).toMatch(
      /Warnings \(known advisories; a policy makes them violations\):\n {2}! torch 2\.3\.1\+cu121 is affected by GHSA-53q9-r3pm-6pq6 \(CVE-2025-32434/,
    );
    const json = await sh(
      `tp verify --model ${fx.modelDir} --bundle ${bundle} ${verifying()} --format json`,
      fx.workspace,
    );
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.violations).toEqual([]);
    expect(report.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('CVE-2025-32434')]),
    );
  }, 60_000);
});

describe('what users pass that 0.1 refused or misread', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'tp-inputs-'));
    const r = await sh(
      `tp attest --model ${fx.modelDir} --dataset data/val.csv ${signing()} --output-dir ${out}`,
      fx.workspace,
      {
        SIGSTORE_ID_TOKEN: await stack.mintToken(),
      },
    );
    if (r.code !== 0) throw new Error(r.stderr);
  }, 60_000);

  test('inspect reads an unsigned statement, and says it is unsigned', async () => {
    const r = await sh(`tp inspect ${out}/training.intoto.json`, fx.workspace);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/UNSIGNED statement/);
    expect(r.stdout).toMatch(/datasets \(1\):\n {2}data\/val\.csv/);
  });

  test('inspect model.sig lists the signed files and the ignored paths', async () => {
    const sig = vector('model-signing', 'v1.1.0-sigstore', 'model.sig');
    const r = await sh(`tp inspect ${sig}`, fx.workspace);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /signed files \(2\):\n {2}signme-1 {2}sha256:[0-9a-f]{64}\n {2}signme-2/,
    );
    expect(r.stdout).toMatch(/ignored paths: .*ignore-me/);
    const json = JSON.parse((await sh(`tp inspect ${sig} --format json`, fx.workspace)).stdout);
    expect(json.modelSignature.resources.map((x: { name: string }) => x.name)).toEqual([
      'signme-1',
      'signme-2',
    ]);
  });

  test('a UTF-8 byte-order mark is not part of the JSON: verify, inspect and diff read the file', async () => {
    const bom = join(out, 'bom.sigstore.json');
    await writeFile(bom, `\uFEFF${await readFile(join(out, 'training.sigstore.json'), 'utf8')}`);
    const v = await sh(
      `tp verify --model ${fx.modelDir} --bundle ${bom} ${verifying()}`,
      fx.workspace,
    );
    expect(v.stdout).toMatch(/^VERIFIED/);
    expect((await sh(`tp inspect ${bom}`, fx.workspace)).code).toBe(0);
    expect((await sh(`tp diff ${bom} ${out}/training.sigstore.json`, fx.workspace)).code).toBe(0);
  }, 60_000);

  test('diff reads a .jsonl holding both statements of a run', async () => {
    const lines = await Promise.all(
      ['provenance', 'training'].map(async (r) =>
        JSON.stringify(JSON.parse(await readFile(join(out, `${r}.sigstore.json`), 'utf8'))),
      ),
    );
    const jsonl = join(out, 'both.sigstore.jsonl');
    await writeFile(jsonl, `${lines.join('\n')}\n`);
    const r = await sh(`tp diff ${jsonl} ${jsonl}`, fx.workspace);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  test('with --format json, an error is a JSON object on stdout too (and text on stderr), exit 2', async () => {
    await writeFile(join(out, 'garbage.json'), 'not json');
    const r = await sh(
      `tp verify --model ${fx.modelDir} --bundle ${out}/garbage.json ${verifying()} --format json`,
      fx.workspace,
    );
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: expect.objectContaining({
        code: 'BUNDLE_INVALID',
        input: 'bundle',
        fix: expect.any(String),
      }),
    });
    expect(r.stderr).toMatch(/^error: BUNDLE_INVALID/);
  });

  test('a program that is not Python is named in one short line, not with the probe script', async () => {
    const r = await sh(
      `tp attest --model ${fx.modelDir} --no-sign --python /bin/ls --output-dir ../ls-${Date.now()}`,
      fx.workspace,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/input 'python': python interpreter '\/bin\/ls' could not be run/);
    expect(r.stderr.length).toBeLessThan(800);
    expect(r.stderr).not.toContain('site_dirs');
  });

  test('a file name that is not UTF-8 is named as such, not as a missing file', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-latin1-'));
    await mkdir(join(ws, 'm'));
    await writeFile(join(ws, 'm', Buffer.from('caf\xe9.bin', 'latin1').toString('latin1')), 'x');
    await writeFile(
      Buffer.concat([Buffer.from(join(ws, 'm') + '/'), Buffer.from([0x63, 0x61, 0x66, 0xe9])]),
      'x',
    );
    const r = await sh(
      `tp attest --model m --no-sign --python none --output-dir ../l1-${Date.now()}`,
      ws,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /INPUT_INVALID: input 'model': a file name in .*\/m is not valid UTF-8/,
    );
    expect(r.stderr).not.toMatch(/ENOENT/);
  });
});

describe('attest --resume: what a failed signing kept is signed later, without hashing again', () => {
  test('Fulcio down: the statements stay; --resume signs them with the model gone, and they verify', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-resume-'));
    await mkdir(join(ws, 'model'));
    await writeFile(join(ws, 'model', 'w.bin'), 'weights');
    const out = join(ws, '..', `resume-out-${Date.now()}`);
    stack.setFault('fulcio', { status: 503 });
    const failed = await sh(`tp attest --model model ${signing()} --output-dir ${out}`, ws, {
      SIGSTORE_ID_TOKEN: await stack.mintToken(),
    }).finally(() => stack.clearFaults());
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('the unsigned statements are kept in output-dir');
    expect((await readdir(out)).sort()).toEqual(['provenance.intoto.json', 'training.intoto.json']);

    // The model is moved away: a resume that hashed it would fail.
    const { rename } = await import('node:fs/promises');
    await rename(join(ws, 'model'), join(ws, 'model.away'));
    const resumed = await sh(`tp attest --resume ${signing()} --output-dir ${out}`, ws, {
      SIGSTORE_ID_TOKEN: await stack.mintToken(),
    });
    if (resumed.code !== 0) throw new Error(resumed.stderr);
    expect((await readdir(out)).sort()).toHaveLength(4);
    await rename(join(ws, 'model.away'), join(ws, 'model'));
    const v = await sh(
      `tp verify --model model --bundle ${out}/training.sigstore.json ${verifying()}`,
      ws,
    );
    expect(v.stdout).toMatch(/^VERIFIED/);
  }, 120_000);

  test('a token of another commit may not sign what was kept', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-resume2-'));
    await mkdir(join(ws, 'model'));
    await writeFile(join(ws, 'model', 'w.bin'), 'weights');
    const out = join(ws, '..', `resume2-out-${Date.now()}`);
    const unsigned = await sh(
      `tp attest --model model --no-sign --python none --output-dir ${out}`,
      ws,
      {
        GITHUB_SHA: 'b'.repeat(40),
      },
    );
    if (unsigned.code !== 0) throw new Error(unsigned.stderr);
    const r = await sh(`tp attest --resume ${signing()} --output-dir ${out}`, ws, {
      SIGSTORE_ID_TOKEN: await stack.mintToken(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /input 'resume': the kept statements are for acme\/vision@b{40}, the token for acme\/vision@/,
    );
  }, 60_000);
});
