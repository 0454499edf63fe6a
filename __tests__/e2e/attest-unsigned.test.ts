// The bundled action, run as the runner runs it, with sign: false on a realistic training
// output. Every digest is checked against an independent computation.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GITHUB_WORKFLOW_BUILD_TYPE, TRAINING_PREDICATE_TYPE } from '../../src/statement/layout.js';
import { validateStatement } from '../../src/statement/validate.js';
import { githubContextEnv, runAction } from '../../tools/runner/index.js';
import {
  HF_REVISION,
  makeTrainingFixture,
  type TrainingFixture,
} from '../../tools/fixture/index.js';
import { omsRootIndependent, sha256sum } from '../helpers/independent.js';

interface Rd {
  name?: string;
  uri?: string;
  digest?: Record<string, string>;
  annotations?: Record<string, unknown>;
}

let fx: TrainingFixture;
let run: Awaited<ReturnType<typeof runAction>>;
let statement: {
  _type: string;
  subject: Rd[];
  predicateType: string;
  predicate: {
    buildDefinition: {
      buildType: string;
      externalParameters: Record<string, unknown>;
      internalParameters: Record<string, Record<string, unknown>>;
      resolvedDependencies: Rd[];
    };
    runDetails: { builder: { id: string }; metadata: Record<string, string>; byproducts: Rd[] };
  };
};

beforeAll(async () => {
  const ws = await mkdtemp(join(tmpdir(), 'tp-e2e-'));
  fx = await makeTrainingFixture(ws);
  run = await runAction({
    workspace: ws,
    inputs: { ...fx.inputs, sign: 'false' },
    env: githubContextEnv(),
  });
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`);
  statement = JSON.parse(await readFile(run.outputs['training-statement-path']!, 'utf8'));
}, 120_000);

const deps = (role: string) =>
  statement.predicate.buildDefinition.resolvedDependencies.filter(
    (d) => d.annotations?.role === role,
  );

test('writes both statements where the outputs say, and no bundle', async () => {
  const out = join(run.runnerTemp, 'training-provenance');
  expect(run.outputs['statement-path']).toBe(join(out, 'provenance.intoto.json'));
  expect(run.outputs['training-statement-path']).toBe(join(out, 'training.intoto.json'));
  expect(run.outputs['bundle-path']).toBe('');
  expect(run.outputs['training-bundle-path']).toBe('');
  expect((await readdir(out)).sort()).toEqual(['provenance.intoto.json', 'training.intoto.json']);
  expect(run.stdout).toMatch(/unsigned/);
});

test('every model file is a subject whose sha256 equals sha256sum', () => {
  for (const rel of fx.modelFiles) {
    const s = statement.subject.find((x) => x.name === rel);
    expect(s).toBeDefined();
    expect(s!.digest!.sha256).toBe(sha256sum(join(fx.workspace, rel)));
  }
  // .gitattributes is on OMS's default ignore list, and so not signed.
  expect(statement.subject.some((s) => s.name?.endsWith('.gitattributes'))).toBe(false);
});

test('the model directory subject carries the OMS root digest, and model-digest names it', () => {
  const dir = statement.subject.find((s) => s.name === fx.modelDir);
  expect(dir).toBeDefined();
  expect(dir!.digest!.sha256).toBe(omsRootIndependent(join(fx.workspace, fx.modelDir)));
  expect(run.outputs['model-digest']).toBe(`sha256:${dir!.digest!.sha256}`);
});

test('datasets: local ones hashed, references pinned or flagged', () => {
  const ds = deps('dataset');
  const byName = (n: string) => ds.find((d) => d.name === n);
  const train = byName('train');
  expect(train?.digest?.sha256).toBe(omsRootIndependent(join(fx.workspace, fx.datasetDir)));
  expect(train?.annotations?.files).toBe(5);
  const val = ds.find((d) => d.uri?.endsWith('data/val.csv'));
  expect(val?.digest?.sha256).toBe(sha256sum(join(fx.workspace, 'data/val.csv')));
  expect(byName('imagenet-subset')?.digest).toEqual({ gitCommit: HF_REVISION });
  expect(byName('raw')?.digest?.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(byName('scraped')?.annotations?.unpinned).toBe(true);
  expect(byName('imagenet-subset')?.annotations?.unpinned).toBe(false);
});

test('frameworks, requirements, parameters and byproducts are recorded', () => {
  const pkgs = deps('python-package');
  const torch = pkgs.find((p) => p.name === 'torch');
  expect(torch?.uri).toBe('pkg:pypi/torch@2.3.1%2Bcu121');
  expect(pkgs.find((p) => p.name === 'transformers')?.uri).toBe('pkg:pypi/transformers@4.41.2');
  const tp = statement.predicate.buildDefinition.internalParameters.training_provenance as Record<
    string,
    Record<string, unknown>
  >;
  expect(tp.accelerator?.cuda).toBe('12.1');
  expect(tp.python?.present).toBe(true);
  const req = deps('requirements')[0];
  expect(req?.digest?.sha256).toBe(sha256sum(join(fx.workspace, 'requirements.txt')));
  expect(statement.predicate.buildDefinition.externalParameters.parameters).toEqual({
    learning_rate: 0.0003,
    epochs: 3,
    batch_size: 32,
    optimizer: { name: 'adamw', weight_decay: 0.01 },
  });
  const bp = statement.predicate.runDetails.byproducts.find((b) => b.name === 'metrics.json');
  expect(bp?.digest?.sha256).toBe(sha256sum(join(fx.workspace, 'metrics.json')));
});

test('identity is laid out as GitHub workflow provenance, from the environment', () => {
  const env = githubContextEnv();
  const bd = statement.predicate.buildDefinition;
  expect(bd.externalParameters.workflow).toEqual({
    ref: env.GITHUB_REF,
    repository: `https://github.com/${env.GITHUB_REPOSITORY}`,
    path: '.github/workflows/train.yml',
  });
  expect(bd.internalParameters.github).toMatchObject({
    event_name: 'push',
    repository_id: env.GITHUB_REPOSITORY_ID,
    repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID,
    runner_environment: 'github-hosted',
  });
  expect(bd.resolvedDependencies[0]).toMatchObject({
    uri: `git+https://github.com/acme/vision@refs/heads/main`,
    digest: { gitCommit: env.GITHUB_SHA },
  });
  expect(statement.predicate.runDetails.builder.id).toBe(
    `https://github.com/${env.GITHUB_WORKFLOW_REF}`,
  );
  expect(statement.predicate.runDetails.metadata.invocationId).toBe(
    'https://github.com/acme/vision/actions/runs/1001/attempts/1',
  );
  expect(statement.predicate.runDetails.metadata.finishedOn).toMatch(
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
  );
  expect(bd.internalParameters.training_provenance?.identitySource).toBe('environment');
});

test('both statements pass the in-toto v1 and SLSA v1 field rules, over the same subjects', async () => {
  expect(statement._type).toBe('https://in-toto.io/Statement/v1');
  expect(statement.predicateType).toBe(TRAINING_PREDICATE_TYPE);
  expect(validateStatement(statement)).toEqual([]);
  const provenance = JSON.parse(await readFile(run.outputs['statement-path']!, 'utf8'));
  expect(provenance.predicateType).toBe('https://slsa.dev/provenance/v1');
  expect(provenance.predicate.buildDefinition.buildType).toBe(GITHUB_WORKFLOW_BUILD_TYPE);
  expect(validateStatement(provenance)).toEqual([]);
  expect(provenance.subject).toEqual(
    statement.subject.map((s) => ({ name: s.name, digest: s.digest })),
  );
});

test('the job summary shows subjects, datasets, frameworks and identity', () => {
  expect(run.summary).toContain(fx.modelDir);
  expect(run.summary).toContain('imagenet-subset');
  expect(run.summary).toMatch(/torch/);
  expect(run.summary).toContain('acme/vision');
});

describe('bad input: one clear line naming the input and the fix, and nothing written', () => {
  let ws: string;
  beforeEach(async () => {
    ws = await mkdtemp(join(tmpdir(), 'tp-bad-'));
    await makeTrainingFixture(ws);
  });
  afterEach(async () => {
    await chmod(join(ws, 'out/model/config.json'), 0o644).catch(() => {});
    await rm(ws, { recursive: true, force: true });
  });

  async function expectFailure(inputs: Record<string, string>, input: RegExp, message: RegExp) {
    const r = await runAction({
      workspace: ws,
      inputs: { model: 'out/model', python: 'none', sign: 'false', ...inputs },
      env: githubContextEnv(),
    });
    expect(r.exitCode).not.toBe(0);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(input);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toMatch(/Fix: /);
    const out = join(r.runnerTemp, 'training-provenance');
    expect(existsSync(out) ? await readdir(out) : []).toEqual([]);
  }

  test('no model', () => expectFailure({ model: '' }, /'model'/, /INPUT_MISSING/));
  test('a glob matching nothing', () =>
    expectFailure({ model: 'out/*.gguf' }, /'model'/, /out\/\*\.gguf/));
  test('an unreadable file', async () => {
    if (process.getuid?.() === 0) {
      // root reads files whatever their mode: a named file that cannot be opened stands in
      return expectFailure({ model: 'out/model/missing.bin' }, /'model'/, /missing\.bin/);
    }
    await chmod(join(ws, 'out/model/config.json'), 0o000);
    return expectFailure({}, /'model'/, /config\.json/);
  });
  test('a symlink leaving the workspace', async () => {
    await symlink('/etc', join(ws, 'out/model/escape'));
    await expectFailure({}, /'model'/, /escape/);
  });
  test('a malformed parameters file', async () => {
    await writeFile(join(ws, 'params.yaml'), 'lr: [0.1\nepochs: 3\n');
    await expectFailure({ parameters: 'params.yaml' }, /'parameters'/, /params\.yaml/);
  });
  test('an unknown sigstore instance', () =>
    expectFailure({ sign: 'true', sigstore: 'rekor-please' }, /'sigstore'/, /rekor-please/));
  test('a bad boolean', () => expectFailure({ sign: 'maybe' }, /'sign'/, /maybe/));
});
