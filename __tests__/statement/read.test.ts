import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProvenanceError } from '../../src/errors.js';
import { buildTrainingRecord, serializeStatement } from '../../src/statement/build.js';
import { parseStatementPayload, readProvenance, readSubjects } from '../../src/statement/read.js';
import { EXAMPLE_PACKAGES, exampleDatasets, exampleInput } from '../fixtures/statement-example.js';
import { vector } from '../helpers/vectors.js';

function refusal(fn: () => unknown): ProvenanceError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ProvenanceError);
    return e as ProvenanceError;
  }
  throw new Error('expected a refusal');
}

describe('round trip: readProvenance(buildTrainingRecord(x))', () => {
  const input = exampleInput();
  const view = readProvenance(
    parseStatementPayload(serializeStatement(buildTrainingRecord(input))),
  );

  test('datasets come back as given', () => {
    expect(view.datasets).toEqual(exampleDatasets());
  });

  test('packages come back as given', () => {
    expect(view.packages).toEqual(EXAMPLE_PACKAGES);
  });

  test('the identity comes back, minus what a statement does not record', () => {
    const recorded: Partial<typeof input.identity> = { ...input.identity };
    delete recorded.issuer;
    delete recorded.subject;
    delete recorded.repositoryVisibility;
    expect(view.identity).toEqual(recorded);
    expect(view.identitySource).toBe('oidc-token');
  });

  test('environment, requirements, parameters, byproducts and subjects', () => {
    expect(view.buildTypeFamily).toBe('training');
    expect(view.pythonPresent).toBe(true);
    expect(view.pythonVersion).toBe('3.11.7');
    expect(view.pythonExecutable).toBe(input.environment.python.executable);
    expect(view.pythonReason).toBe(input.environment.python.reason);
    expect(view.accelerator).toEqual(input.environment.accelerator);
    expect(view.os).toEqual(input.environment.os);
    expect(view.runner).toEqual(input.environment.runner);
    expect(view.requirements).toEqual(input.requirements);
    expect(view.parameters).toEqual(input.parameters?.parameters);
    expect(view.parametersSource).toEqual(input.parameters?.source);
    expect(view.byproducts).toEqual(input.byproducts);
    expect(view.subjects).toEqual(input.subjects);
    expect(view.builderVersion).toEqual({ 'training-provenance': '0.1.0' });
    expect(view.startedOn).toBe('2026-11-26T11:02:13Z');
    expect(view.finishedOn).toBe('2026-11-26T12:00:00Z');
    expect(view.otherDependencies).toEqual([]);
  });

  test('a dataset path that its URI does not imply survives', () => {
    const x = exampleInput();
    x.datasets = [
      {
        name: 'val',
        kind: 'local-directory',
        uri: 'file:data/val%20set',
        path: 'data/val set',
        digest: { sha256: 'a'.repeat(64) },
        unpinned: false,
      },
      {
        name: 'odd',
        kind: 'local-file',
        uri: 'file:elsewhere.csv',
        path: 'data/odd.csv',
        digest: { sha256: 'b'.repeat(64) },
        unpinned: false,
      },
    ];
    const deps = buildTrainingRecord(x).predicate.buildDefinition.resolvedDependencies;
    expect(deps[1]?.annotations?.path).toBeUndefined();
    expect(deps[2]?.annotations?.path).toBe('data/odd.csv');
    expect(readProvenance(buildTrainingRecord(x)).datasets).toEqual(x.datasets);
  });
});

describe('other writers', () => {
  // Written here by hand in the shape actions/attest produces (actions/buildtypes workflow/v1).
  const github = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'app.whl', digest: { sha256: 'c'.repeat(64) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/o/r',
            path: '.github/workflows/b.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '1',
            repository_owner_id: '2',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/o/r@refs/heads/main',
            digest: { gitCommit: 'd'.repeat(40) },
          },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/o/r/.github/workflows/b.yml@refs/heads/main' },
        metadata: { invocationId: 'https://github.com/o/r/actions/runs/5/attempts/3' },
      },
    },
  };

  test("GitHub's workflow provenance reads with empty lists", () => {
    const view = readProvenance(github);
    expect(view.buildTypeFamily).toBe('github-workflow');
    expect(view.datasets).toEqual([]);
    expect(view.packages).toEqual([]);
    expect(view.requirements).toEqual([]);
    expect(view.byproducts).toEqual([]);
    expect(view.accelerator).toEqual({});
    expect(view.source).toEqual({
      uri: 'git+https://github.com/o/r@refs/heads/main',
      gitCommit: 'd'.repeat(40),
    });
    expect(view.identity).toEqual({
      serverUrl: 'https://github.com',
      repository: 'o/r',
      repositoryOwner: 'o',
      repositoryId: '1',
      repositoryOwnerId: '2',
      eventName: 'push',
      runnerEnvironment: 'github-hosted',
      ref: 'refs/heads/main',
      sha: 'd'.repeat(40),
      workflowPath: '.github/workflows/b.yml',
      workflowRef: 'o/r/.github/workflows/b.yml@refs/heads/main',
      jobWorkflowRef: 'o/r/.github/workflows/b.yml@refs/heads/main',
      runId: '5',
      runAttempt: '3',
    });
  });

  test('in-toto Statement v0.1 is read', () => {
    const v01 = { ...github, _type: 'https://in-toto.io/Statement/v0.1' };
    expect(readProvenance(v01).statementType).toBe('https://in-toto.io/Statement/v0.1');
    expect(readSubjects(v01)).toEqual(github.subject);
  });

  test('readSubjects reads any predicate', () => {
    const oms = { ...github, predicateType: 'https://model_signing/signature/v1.0', predicate: {} };
    expect(readSubjects(oms)).toEqual(github.subject);
    const e = refusal(() => readProvenance(oms));
    expect(e.code).toBe('BUNDLE_INVALID');
    expect(e.message).toContain('model_signing');
  });

  test('refuses what it does not understand', () => {
    expect(
      refusal(() => readProvenance({ ...github, _type: 'https://example.com/Statement/v9' })).code,
    ).toBe('BUNDLE_INVALID');
    expect(
      refusal(() =>
        readProvenance({ ...github, predicateType: 'https://slsa.dev/provenance/v0.2' }),
      ).code,
    ).toBe('BUNDLE_INVALID');
    expect(refusal(() => readProvenance([])).code).toBe('BUNDLE_INVALID');
    expect(refusal(() => readProvenance({ ...github, subject: 'x' })).code).toBe('BUNDLE_INVALID');
    expect(refusal(() => parseStatementPayload('{not json')).code).toBe('BUNDLE_INVALID');
  });

  test('malformed entries are read faithfully, never dropped', () => {
    const s = structuredClone(github) as typeof github & Record<string, unknown>;
    (s.predicate.buildDefinition.resolvedDependencies as unknown[]).push(
      {
        uri: 's3://x',
        digest: { sha256: 'e'.repeat(64) },
        annotations: { role: 'dataset', kind: 'weird', unpinned: 'no' },
      },
      { name: 'no-uri', annotations: { role: 'dataset', unpinned: false } },
      { uri: 'pkg:pypi/foo@1.0%2Blocal', name: 'foo', annotations: { role: 'python-package' } },
      { uri: 'pkg:npm/left-pad@1.3.0' },
    );
    const view = readProvenance(s);
    expect(view.datasets).toEqual([
      {
        name: 's3://x',
        kind: 'reference',
        uri: 's3://x',
        digest: { sha256: 'e'.repeat(64) },
        unpinned: false,
      },
      // No digest: unpinned whatever the annotation says.
      { name: 'no-uri', kind: 'reference', uri: '', digest: {}, unpinned: true },
    ]);
    expect(view.packages).toEqual([
      { name: 'foo', version: '1.0+local', purl: 'pkg:pypi/foo@1.0%2Blocal' },
    ]);
    expect(view.otherDependencies).toEqual([{ uri: 'pkg:npm/left-pad@1.3.0' }]);
  });
});

const interopDir = vector('gh-cli');
const interop = describe;

interop('real statements from the interop vectors', () => {
  function payload(file: string): string {
    const bundle = JSON.parse(readFileSync(join(interopDir, file), 'utf8'));
    return Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8');
  }

  test('npm provenance (slsa-framework buildType, builder.id is the runner)', () => {
    const view = readProvenance(parseStatementPayload(payload('sigstore-js-2.1.0-bundle.json')));
    expect(view.buildTypeFamily).toBe('github-workflow');
    expect(view.subjects[0]?.name).toBe('pkg:npm/sigstore@2.1.0');
    expect(Object.keys(view.subjects[0]?.digest ?? {})).toEqual(['sha512']);
    expect(view.identity.repository).toBe('sigstore/sigstore-js');
    expect(view.identity.workflowPath).toBe('.github/workflows/release.yml');
    // builder.id is https://github.com/actions/runner/github-hosted: not a workflow.
    expect(view.identity.jobWorkflowRef).toBeUndefined();
    expect(view.identity.runId).toBe('6014488666');
    expect(view.datasets).toEqual([]);
  });

  test('actions/attest provenance with runner_environment', () => {
    const view = readProvenance(parseStatementPayload(payload('custom-issuer.sigstore.json')));
    expect(view.github?.runner_environment).toBe('github-hosted');
    expect(view.identity.jobWorkflowRef).toBe(
      'too-legit/attest/.github/workflows/integration.yml@refs/heads/main',
    );
    expect(view.source?.gitCommit).toBe('283bf967fa3c591925dd25e6a6e8e781542117bf');
  });
});
