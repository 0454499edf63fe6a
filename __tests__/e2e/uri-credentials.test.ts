// Credentials in URIs are never recorded. A record is signed, and for a public repository its
// transparency-log entry is public for good: a token in a dataset URI, a pre-signed S3, GCS or
// Azure URL, a dvc import's repository, a hyperparameter or the git remote would be published
// with it. The command as a user types it records each URI without its user info and signing
// parameters (and says so on stderr, without the secret), refuses a URI RFC 3986 does not allow
// (naming it with its secret redacted), and the secret is then nowhere: not in the statement,
// not in any file of output-dir, not on stdout or stderr. Then once through the bundled action.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import { installTp, sh, type ShellRun } from '../helpers/shell.js';

const HEX = 'ab'.repeat(32);
const COMMIT = '3f8c2a7e9d1b4c6a8e0f2b4d6c8a0e2f4b6d8c0a';

/** Each secret, and the URI it is given in. */
const SECRETS = {
  userinfo: 'glpatSECRETuserinfo01',
  awsKeyId: 'AKIASECRETKEYID02',
  awsToken: 'SECRETsessiontoken03',
  awsSignature: 'f00dSECRETsig04',
  googSignature: 'beefSECRETgoog05',
  azureSig: 'SECRETazure06',
  s3Secret: 'SECRETs3key07',
  dvcPath: 'SECRETdvcpath08',
  dvcRepo: 'ghpSECRETdvcrepo09',
  parameter: 'SECRETparam10',
  remote: 'SECRETremote11',
  fileAnnotation: 'SECRETannotation12',
  indexUrl: 'SECRETindex13',
  manifestLocation: 'SECRETmanifest14',
};
const S = SECRETS;

const PRESIGNED_S3 =
  'https://acme-data.s3.us-east-1.amazonaws.com/train/shard-0.tar?versionId=3HL4kqtJlcpXroDTDmJ' +
  `&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${S.awsKeyId}%2F20261205%2Fus-east-1%2Fs3%2Faws4_request` +
  `&X-Amz-Date=20261205T000000Z&X-Amz-Expires=3600&X-Amz-Security-Token=${S.awsToken}` +
  `&X-Amz-SignedHeaders=host&X-Amz-Signature=${S.awsSignature}`;
const SIGNED_GCS =
  'https://storage.googleapis.com/acme-data/val.tar?X-Goog-Algorithm=GOOG4-RSA-SHA256' +
  '&X-Goog-Credential=trainer%40acme.iam.gserviceaccount.com%2F20261205%2Fauto%2Fstorage%2Fgoog4_request' +
  `&X-Goog-Date=20261205T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${S.googSignature}`;
const AZURE_SAS =
  'https://acme.blob.core.windows.net/data/test.tar?sv=2022-11-02&st=2026-12-05T00%3A00%3A00Z' +
  `&se=2026-12-06T00%3A00%3A00Z&sr=b&sp=r&sig=${S.azureSig}%3D`;

/** Every file under a directory, as text. */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'latin1');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Where a secret was found: stdout, stderr, or a file of the output directory. */
function leaks(r: { stdout: string; stderr: string }, dirs: string[]): string[] {
  const places: Record<string, string> = { stdout: r.stdout, stderr: r.stderr };
  for (const dir of dirs)
    for (const [f, text] of Object.entries(filesUnder(dir))) places[`${dir}/${f}`] = text;
  const found: string[] = [];
  for (const [place, text] of Object.entries(places))
    for (const [what, secret] of Object.entries(SECRETS))
      if (text.includes(secret)) found.push(`${what} in ${place}`);
  return found;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

/** No CI variable at all: a run on a laptop, whose source is what git says. */
const NO_CI = Object.fromEntries(Object.keys(githubContextEnv()).map((k) => [k, '']));

let bin: string;
let ws: string;
beforeAll(async () => {
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'tp-uri-creds-'));
  await writeFile(join(ws, 'model.bin'), 'weights');
  await writeFile(
    join(ws, 'datasets.yaml'),
    [
      '- name: raw',
      `  uri: s3://AKIAEXAMPLE:${S.s3Secret}@acme-raw/2026/`,
      `  digest: sha256:${HEX}`,
      '  annotations:',
      `    mirror: https://mirror:${S.fileAnnotation}@mirror.example.com/raw/`,
      '- name: val',
      `  uri: "${SIGNED_GCS}"`,
    ].join('\n'),
  );
  await writeFile(
    join(ws, 'dvc.lock'),
    [
      "schema: '2.0'",
      'stages:',
      '  prepare:',
      '    cmd: python prepare.py',
      '    deps:',
      `    - path: https://loader:${S.dvcPath}@files.example.com/labels.csv`,
      '      md5: 22a1a2931c8370d3aeedd7183606fd7f',
      '    - path: data/imported',
      '      md5: 153aad06d376b6595932470e459ef42a.dir',
      '      repo:',
      `        url: https://${S.dvcRepo}@github.com/acme/datasets`,
      `        rev_lock: ${COMMIT}`,
    ].join('\n'),
  );
  await writeFile(
    join(ws, 'params.yaml'),
    `lr: 0.001\ndata_url: https://trainer:${S.parameter}@data.example.com/train/\n`,
  );
  // Recorded by its digest: its text, index credentials included, is not in the record.
  await writeFile(
    join(ws, 'requirements.txt'),
    `--index-url https://pypi:${S.indexUrl}@pypi.example.com/simple\n--extra-index-url https://${S.indexUrl}@x.example/simple\ntorch==2.3.1\n`,
  );
  await mkdir(join(ws, 'data/train'), { recursive: true });
  await writeFile(join(ws, 'data/train/a.txt'), 'example');
  const m = await sh(bin, 'tp manifest data/train --output train.manifest.jsonl', ws, NO_CI);
  if (m.code !== 0) throw new Error(m.stderr);
  git(ws, 'init', '-q', '-b', 'main');
  // `user:p@ss@host`: the password holds an `@`; the host is after the last one.
  git(ws, 'remote', 'add', 'origin', `https://trainer:p@${S.remote}@git.example.com/acme/v.git`);
  git(ws, 'add', 'model.bin');
  git(ws, 'commit', '-qm', 'model');
});
afterAll(() => rm(ws, { recursive: true, force: true }));

const q = (s: string) => `'${s}'`;

async function attest(datasets: string[], extra = ''): Promise<ShellRun> {
  const flags = datasets.map((d) => `--dataset ${q(d)}`).join(' ');
  return sh(
    bin,
    `tp attest --model model.bin --no-sign --python none --output-dir out ${flags} ${extra}`,
    ws,
    NO_CI,
  );
}

describe('the command as typed', () => {
  let r: ShellRun;
  let statement: string;
  let deps: Array<{ name?: string; uri?: string; annotations?: Record<string, unknown> }>;
  beforeAll(async () => {
    await rm(join(ws, 'out'), { recursive: true, force: true });
    r = await attest(
      [
        `web=https://oauth2:${S.userinfo}@data.example.com/d/train.tar.gz sha256:${HEX}`,
        `s3=${PRESIGNED_S3}`,
        `azure=${AZURE_SAS}`,
        'dvc.lock',
        `train=manifest:train.manifest.jsonl s3://AKIAEXAMPLE:${S.manifestLocation}@acme-train/2026/`,
      ],
      '--datasets-file datasets.yaml --parameters params.yaml --requirements requirements.txt',
    );
    statement = await readFile(join(ws, 'out/training.intoto.json'), 'utf8').catch(() => '');
    deps = statement ? JSON.parse(statement).predicate.buildDefinition.resolvedDependencies : [];
  }, 60_000);

  test('succeeds, and no secret is in the statement, output-dir, stdout or stderr', () => {
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(leaks(r, [join(ws, 'out')])).toEqual([]);
  });

  test('each URI is recorded without its credentials, and otherwise as typed', () => {
    const uri = (name: string) => deps.find((d) => d.name === name)?.uri;
    expect(uri('web')).toBe('https://data.example.com/d/train.tar.gz');
    expect(uri('s3')).toBe(
      'https://acme-data.s3.us-east-1.amazonaws.com/train/shard-0.tar?versionId=3HL4kqtJlcpXroDTDmJ',
    );
    expect(uri('azure')).toBe('https://acme.blob.core.windows.net/data/test.tar');
    expect(uri('raw')).toBe('s3://acme-raw/2026/');
    expect(uri('train')).toBe('s3://acme-train/2026/');
    expect(uri('val')).toBe('https://storage.googleapis.com/acme-data/val.tar');
    expect(deps.find((d) => d.name === 'raw')?.annotations?.mirror).toBe(
      'https://mirror.example.com/raw/',
    );
    expect(deps.map((d) => d.name)).toContain('https://files.example.com/labels.csv');
    const imported = deps.find((d) => d.name === 'data/imported');
    expect(imported?.annotations?.repo).toEqual({
      url: 'https://github.com/acme/datasets',
      rev_lock: COMMIT,
    });
    const p = JSON.parse(statement).predicate;
    expect(p.buildDefinition.externalParameters.parameters.data_url).toBe(
      'https://data.example.com/train/',
    );
    expect(p.buildDefinition.internalParameters.training_provenance.local.git.remote).toBe(
      'https://git.example.com/acme/v.git',
    );
  });

  test('stderr says, for each, what was left out and where, without the secret', () => {
    const notices = r.stderr.split('\n').filter((l) => /credentials/.test(l));
    expect(notices.join('\n')).toMatch(/datasets line 1.*user info/);
    expect(notices.join('\n')).toMatch(/datasets line 2.*X-Amz-Signature/);
    expect(notices.join('\n')).toMatch(/datasets line 3.*\bsig\b/);
    expect(notices.join('\n')).toMatch(/datasets line 5.*user info/);
    expect(notices.join('\n')).toMatch(/datasets\.yaml:\d+:\d+.*user info/);
    expect(notices.join('\n')).toMatch(/datasets\.yaml:\d+:\d+.*X-Goog-Signature/);
    expect(notices.join('\n')).toMatch(/dvc\.lock/);
    expect(notices.join('\n')).toMatch(/parameters/);
    expect(notices.join('\n')).toMatch(/git remote/);
  });
});

describe('a URI that is not one, or whose secret would be echoed: exit 2, nothing written', () => {
  test.each([
    [
      `s3://AKIAEXAMPLE:${S.s3Secret}@Not_A_Bucket/x`,
      /datasets line 1 's3:\/\/\*\*\*@Not_A_Bucket\/x'/,
      /BUCKET/,
    ],
    [`HF://datasets/acme/x@${COMMIT}`, /'HF:\/\/datasets\/acme\/x@/, /write hf:\/\//],
    [
      'https://x.example/a|b',
      /'https:\/\/x\.example\/a\|b'.*"\|" is not a character a URI may hold/,
      /%7C/,
    ],
    [`https://user:${S.userinfo}@x.example/a b`, /'https:\/\/\*\*\*@x\.example\/a b'/, /ALG:HEX/],
    [`https://x.example/a^b?sig=${S.azureSig}`, /sig=\*\*\*/, /%5E/],
  ])('%s', async (line, message, fix) => {
    await rm(join(ws, 'out'), { recursive: true, force: true });
    const r = await attest([line]);
    expect(r.code).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/input 'datasets'/);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toMatch(/Fix: .*/);
    expect(errors[0]!.split('Fix:')[1]).toMatch(fix);
    expect(existsSync(join(ws, 'out/training.intoto.json'))).toBe(false);
    expect(leaks(r, [join(ws, 'out')])).toEqual([]);
  });
});

test('the bundled action, datasets input: recorded without credentials, nothing leaks', async () => {
  const aws = await mkdtemp(join(tmpdir(), 'tp-uri-creds-action-'));
  try {
    await mkdir(join(aws, 'out/model'), { recursive: true });
    await writeFile(join(aws, 'out/model/weights.bin'), 'weights');
    const r = await runAction({
      workspace: aws,
      inputs: {
        model: 'out/model',
        python: 'none',
        sign: 'false',
        datasets: [
          `web=https://oauth2:${S.userinfo}@data.example.com/d/train.tar.gz sha256:${HEX}`,
          `s3=${PRESIGNED_S3}`,
        ].join('\n'),
      },
      env: githubContextEnv({ RUNNER_DEBUG: '1' }),
    });
    if (r.exitCode !== 0) throw new Error(`action failed:\n${r.stdout}\n${r.stderr}`);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings.join('\n')).toMatch(/datasets line 1.*user info/);
    expect(warnings.join('\n')).toMatch(/datasets line 2.*X-Amz-Signature/);
    const found = leaks({ stdout: r.stdout + JSON.stringify(r.outputs), stderr: r.stderr }, [
      r.runnerTemp,
    ]);
    expect(found).toEqual([]);
    const s = JSON.parse(await readFile(r.outputs['training-statement-path']!, 'utf8'));
    const uris = s.predicate.buildDefinition.resolvedDependencies.map(
      (d: { uri: string }) => d.uri,
    );
    expect(uris).toContain('https://data.example.com/d/train.tar.gz');
    expect(r.summary).toContain('data.example.com/d/train.tar.gz');
  } finally {
    await rm(aws, { recursive: true, force: true });
  }
}, 60_000);
