import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildTrainingRecord,
  serializeStatement,
  type BuildInput,
} from '../../src/statement/build.js';
import { BUILD_TYPE } from '../../src/statement/layout.js';
import { checkUri, validateStatement } from '../../src/statement/validate.js';
import { EXAMPLE_CLAIMS, exampleInput } from '../fixtures/statement-example.js';
import { vector } from '../helpers/vectors.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function built(input: BuildInput = exampleInput()): Json {
  return JSON.parse(serializeStatement(buildTrainingRecord(input))) as Json;
}

describe('buildTrainingRecord: GitHub workflow buildType fields', () => {
  const s = built();
  const def = s.predicate.buildDefinition;
  const c = EXAMPLE_CLAIMS as Record<string, string>;

  test('statement layer', () => {
    expect(s._type).toBe('https://in-toto.io/Statement/v1');
    expect(s.predicateType).toBe('https://training-provenance.github.io/predicates/training/v1');
    expect(Object.keys(s)).toEqual(['_type', 'subject', 'predicateType', 'predicate']);
    expect(def.buildType).toBe(BUILD_TYPE);
  });

  // Expectations written from actions/buildtypes workflow/v1 and actions/attest, by hand.
  test('externalParameters.workflow', () => {
    expect(def.externalParameters.workflow).toEqual({
      ref: c.ref,
      repository: `https://github.com/${c.repository}`,
      path: '.github/workflows/train.yml',
    });
  });

  test('internalParameters.github', () => {
    expect(def.internalParameters.github).toEqual({
      event_name: c.event_name,
      repository_id: c.repository_id,
      repository_owner_id: c.repository_owner_id,
      runner_environment: c.runner_environment,
    });
  });

  test('resolvedDependencies[0] is the source, exactly', () => {
    expect(def.resolvedDependencies[0]).toEqual({
      uri: `git+https://github.com/${c.repository}@${c.ref}`,
      digest: { gitCommit: c.sha },
    });
  });

  test('builder.id names the job workflow (reusable), invocationId the run attempt', () => {
    expect(s.predicate.runDetails.builder.id).toBe(`https://github.com/${c.job_workflow_ref}`);
    expect(s.predicate.runDetails.builder.id).not.toContain(c.workflow_ref);
    expect(s.predicate.runDetails.metadata.invocationId).toBe(
      `https://github.com/${c.repository}/actions/runs/${c.run_id}/attempts/${c.run_attempt}`,
    );
  });

  test('timestamps are whole seconds in UTC', () => {
    expect(s.predicate.runDetails.metadata.startedOn).toBe('2026-11-26T11:02:13Z');
    expect(s.predicate.runDetails.metadata.finishedOn).toBe('2026-11-26T12:00:00Z');
  });
});

describe('buildTrainingRecord: training extras', () => {
  const s = built();
  const deps: Json[] = s.predicate.buildDefinition.resolvedDependencies;
  const byRole = (role: string) => deps.filter((d) => d.annotations?.role === role);

  test('datasets carry role, kind and pinning; an unpinned one carries no digest', () => {
    const datasets = byRole('dataset');
    expect(datasets.map((d) => d.name)).toEqual([
      'train',
      'data/val',
      'data/classes.txt',
      'raw',
      'data/labels.csv',
    ]);
    const raw = datasets.find((d) => d.name === 'raw')!;
    expect(raw.digest).toBeUndefined();
    expect(raw.annotations).toEqual({ role: 'dataset', kind: 'reference', unpinned: true });
    const dvc = datasets.find((d) => d.name === 'data/labels.csv')!;
    expect(dvc.annotations.stage).toBe('prepare');
    expect(Object.keys(dvc.digest)).toEqual(['md5']);
  });

  test('a dataset without a digest is unpinned even if the collector said otherwise', () => {
    const input = exampleInput();
    input.datasets = [
      { name: 'x', kind: 'reference', uri: 's3://b/x', digest: {}, unpinned: false },
    ];
    const d = built(input).predicate.buildDefinition.resolvedDependencies[1];
    expect(d.annotations.unpinned).toBe(true);
  });

  test('a dataset annotation cannot overwrite our reserved keys', () => {
    const input = exampleInput();
    input.datasets = [
      {
        name: 'x',
        kind: 'reference',
        uri: 's3://b/x',
        digest: {},
        unpinned: true,
        annotations: { role: 'byproduct', unpinned: false, owner: 'team-a' },
      },
    ];
    const d = built(input).predicate.buildDefinition.resolvedDependencies[1];
    expect(d.annotations).toEqual({
      role: 'dataset',
      kind: 'reference',
      unpinned: true,
      owner: 'team-a',
    });
  });

  test('interpreter, packages (purl with %2B), requirements and byproducts', () => {
    expect(byRole('interpreter')).toEqual([
      { name: 'python', uri: 'pkg:generic/python@3.11.7', annotations: { role: 'interpreter' } },
    ]);
    expect(byRole('python-package').find((p) => p.name === 'torch')).toEqual({
      name: 'torch',
      uri: 'pkg:pypi/torch@2.3.1%2Bcu121',
      annotations: { role: 'python-package', version: '2.3.1+cu121' },
    });
    expect(byRole('requirements').map((r) => r.name)).toEqual(['requirements.txt']);
    expect(s.predicate.runDetails.byproducts[0].annotations).toEqual({ role: 'byproduct' });
  });

  test('hyperparameters and their source are external parameters', () => {
    const ext = s.predicate.buildDefinition.externalParameters;
    expect(ext.parameters).toEqual({ lr: 0.0003, epochs: 3, batch_size: 64, optimizer: 'adamw' });
    expect(ext.parametersSource.name).toBe('params.yaml');
  });

  test('a bare run: no python, no datasets, no parameters, no byproducts, no start time', () => {
    const input = exampleInput();
    input.environment = {
      ...input.environment,
      python: { present: false, reason: 'python: none', packages: [] },
      accelerator: {},
    };
    input.datasets = [];
    input.requirements = [];
    input.byproducts = [];
    delete input.parameters;
    delete input.startedOn;
    const b = built(input);
    expect(validateStatement(b)).toEqual([]);
    expect(b.predicate.buildDefinition.resolvedDependencies).toHaveLength(1);
    expect(b.predicate.buildDefinition.externalParameters.parameters).toBeUndefined();
    expect(b.predicate.buildDefinition.internalParameters.training_provenance.python).toEqual({
      present: false,
      reason: 'python: none',
    });
    expect(b.predicate.runDetails.byproducts).toBeUndefined();
    expect(Object.keys(b.predicate.runDetails.metadata)).toEqual(['invocationId', 'finishedOn']);
  });

  test('serialisation is deterministic and is the exact JSON of the statement', () => {
    const a = serializeStatement(buildTrainingRecord(exampleInput()));
    const b = serializeStatement(buildTrainingRecord(exampleInput()));
    expect(a).toBe(b);
    expect(a.endsWith('}')).toBe(true);
    expect(JSON.stringify(JSON.parse(a), null, 2)).toBe(a);
  });
});

describe('validateStatement', () => {
  const valid = (): Json => built();

  test('our statement is valid', () => {
    expect(validateStatement(valid())).toEqual([]);
  });

  const cases: [string, (s: Json) => void, RegExp][] = [
    ['wrong _type', (s) => (s._type = 'https://in-toto.io/Statement/v0.1'), /^_type: /],
    ['empty subject', (s) => (s.subject = []), /^subject: must be a non-empty array/],
    [
      'a subject without digest',
      (s) => delete s.subject[0].digest,
      /^subject\[0\]\.digest: each subject MUST/,
    ],
    [
      'a subject with an empty digest',
      (s) => (s.subject[1].digest = {}),
      /^subject\[1\]\.digest: each subject MUST/,
    ],
    [
      'upper-case hex',
      (s) => (s.subject[0].digest.sha256 = s.subject[0].digest.sha256.toUpperCase()),
      /^subject\[0\]\.digest\.sha256: upper-case hex/,
    ],
    [
      'sha256 of the wrong length',
      (s) => (s.subject[0].digest.sha256 = 'abcd'),
      /^subject\[0\]\.digest\.sha256: 4 hex characters, sha256 has 64/,
    ],
    [
      'non-hex digest',
      (s) => (s.subject[0].digest.sha512 = 'zz'),
      /digest\.sha512: "zz" is not hex/,
    ],
    [
      'gitCommit of the wrong length',
      (s) => (s.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit = 'abc123'),
      /resolvedDependencies\[0\]\.digest\.gitCommit: 6 hex characters/,
    ],
    [
      'duplicate subject names',
      (s) => (s.subject[1].name = s.subject[0].name),
      /^subject\[1\]\.name: .* repeats/,
    ],
    ['empty predicateType', (s) => (s.predicateType = ''), /^predicateType: required TypeURI/],
    [
      'a timestamp with an offset instead of Z',
      (s) => (s.predicate.runDetails.metadata.finishedOn = '2026-11-26T13:00:00+01:00'),
      /metadata\.finishedOn: .* not an RFC 3339 UTC timestamp/,
    ],
    [
      'a timestamp with fractional seconds',
      (s) => (s.predicate.runDetails.metadata.startedOn = '2026-11-26T11:02:13.250Z'),
      /metadata\.startedOn: /,
    ],
    [
      'a date that does not exist',
      (s) => (s.predicate.runDetails.metadata.startedOn = '2026-02-30T00:00:00Z'),
      /metadata\.startedOn: .* not a real point in time/,
    ],
    [
      'a resolved dependency with neither uri, digest nor content',
      (s) => s.predicate.buildDefinition.resolvedDependencies.push({ name: 'x', annotations: {} }),
      /resolvedDependencies\[\d+\]: a ResourceDescriptor MUST specify one of uri, digest or content/,
    ],
    [
      'a byproduct that is not an object',
      (s) => (s.predicate.runDetails.byproducts = ['metrics.json']),
      /byproducts\[0\]: must be a ResourceDescriptor/,
    ],
    [
      'buildType that is not a URI',
      (s) => (s.predicate.buildDefinition.buildType = 'training v1'),
      /buildDefinition\.buildType: TypeURI "training v1"/,
    ],
    [
      'missing builder.id',
      (s) => delete s.predicate.runDetails.builder.id,
      /builder\.id: required TypeURI/,
    ],
    [
      'builder.version with a number',
      (s) => (s.predicate.runDetails.builder.version = { 'training-provenance': 1 }),
      /builder\.version\.training-provenance: must be a string/,
    ],
    [
      'externalParameters that is not an object',
      (s) => (s.predicate.buildDefinition.externalParameters = 'x'),
      /externalParameters: required object/,
    ],
    [
      'a misspelt field',
      (s) => (s.predicate.buildDefinition.resolvedDependency = []),
      /buildDefinition\.resolvedDependency: unknown field/,
    ],
    [
      'an unknown field in a ResourceDescriptor',
      (s) => (s.subject[0].size = 3),
      /^subject\[0\]\.size: unknown field/,
    ],
    [
      'an upper-case URI scheme',
      (s) => (s.predicate.buildDefinition.resolvedDependencies[1].uri = 'HF://datasets/acme/x'),
      /resolvedDependencies\[1\]\.uri: ResourceURI .* upper-case scheme/,
    ],
    [
      'an upper-case URI authority',
      (s) => (s.predicate.buildDefinition.resolvedDependencies[1].uri = 'https://Example.com/x'),
      /upper-case authority/,
    ],
    [
      'content that is not base64',
      (s) => (s.subject[0].content = 'not base64!'),
      /subject\[0\]\.content: /,
    ],
    [
      'a number JSON cannot hold',
      (s) => (s.predicate.buildDefinition.externalParameters.parameters.lr = Number.NaN),
      /externalParameters\.parameters\.lr: NaN is not a JSON number/,
    ],
    [
      'a source dependency that does not match the workflow',
      (s) =>
        (s.predicate.buildDefinition.resolvedDependencies[0].uri =
          'git+https://github.com/acme/other@refs/heads/main'),
      /resolvedDependencies\[0\]\.uri: must be "git\+https:\/\/github\.com\/acme\/vision@refs\/heads\/main"/,
    ],
    [
      'an invocationId of another form',
      (s) => (s.predicate.runDetails.metadata.invocationId = 'run-1'),
      /metadata\.invocationId: must be https:\/\/github\.com\/acme\/vision\/actions\/runs\//,
    ],
    [
      'a workflow ref that is not a git ref',
      (s) => (s.predicate.buildDefinition.externalParameters.workflow.ref = 'main'),
      /workflow\.ref: "main" is not a git ref/,
    ],
  ];

  test.each(cases)('fails on %s', (_label, mutate, expected) => {
    const s = valid();
    mutate(s);
    const problems = validateStatement(s);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  test('extension fields named vendor_field are allowed', () => {
    const s = valid();
    s.predicate.runDetails.acme_reviewed = true;
    s.subject[0].acme_note = 'x';
    expect(validateStatement(s)).toEqual([]);
  });

  test('unknown digest algorithms are accepted, as consumers ignore them', () => {
    const s = valid();
    s.subject[0].digest.acmeHash = 'Opaque+Value/1';
    expect(validateStatement(s)).toEqual([]);
  });

  test('not an object at all', () => {
    expect(validateStatement('x')).toEqual(['$: a Statement is a JSON object [statement]']);
  });

  test('checkUri', () => {
    expect(checkUri('hf://datasets/acme/x@abc')).toBeUndefined();
    expect(checkUri('file:data/val')).toBeUndefined();
    expect(checkUri('pkg:pypi/torch@2.3.1%2Bcu121')).toBeUndefined();
    expect(checkUri('https://user:Pass@example.com/x')).toBeUndefined();
    expect(checkUri('data/val')).toMatch(/no scheme/);
    expect(checkUri('s3://bucket/a b')).toMatch(/characters/);
  });
});

// Real statements made by actions/attest and npm (__tests__/vectors/README.md): the
// validator must not be stricter than the producers the ecosystem trusts.
const interopDir = vector('gh-cli');
const interop = describe;

interop('validateStatement on real GitHub and npm provenance', () => {
  const files = [
    'sigstore-js-2.1.0-bundle.json',
    'reusable-workflow-attestation.sigstore.json',
    'custom-issuer.sigstore.json',
  ];
  test.each(files)('%s', (file) => {
    const bundle = JSON.parse(readFileSync(join(interopDir, file), 'utf8'));
    const statement = JSON.parse(
      Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'),
    );
    expect(validateStatement(statement)).toEqual([]);
  });
});

describe('plain JSON across realms', () => {
  test('an object made in another realm is plain; a class instance is not', async () => {
    const { runInNewContext } = await import('node:vm');
    const { validateStatement } = await import('../../src/statement/validate.js');
    const foreign = runInNewContext('({ lr: 0.1, nested: { a: [1, 2] } })') as Record<
      string,
      unknown
    >;
    class Params {
      lr = 0.1;
    }
    const base = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'm', digest: { sha256: 'a'.repeat(64) } }],
      predicateType: 'https://example.com/p',
      predicate: { foreign },
    };
    expect(validateStatement(base).filter((p) => p.includes('plain'))).toEqual([]);
    const withClass = { ...base, predicate: { foreign: new Params() } };
    expect(validateStatement(withClass).some((p) => p.includes('not plain JSON'))).toBe(true);
  });
});

describe('one PEP 503 name normaliser for every module', () => {
  test('space, case and runs of - _ . normalise the same wherever a name is compared', async () => {
    const { normalizePackageName } = await import('../../src/statement/layout.js');
    const { pypiPurl } = await import('../../src/collect/python.js');
    expect(normalizePackageName(' Torch_Vision..Extra ')).toBe('torch-vision-extra');
    // The purl the record carries and the key the policy and the review look up agree.
    expect(pypiPurl(' Torch_Vision ', '0.18.1')).toBe(
      `pkg:pypi/${normalizePackageName('torch-vision')}@0.18.1`,
    );
  });
});
