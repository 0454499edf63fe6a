// docs/buildtype.md shows a statement made by the code, and describes every key of it.
// Run with UPDATE_DOCS=1 to rewrite the example after a deliberate change to the layout.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTrainingRecord, serializeStatement } from '../../src/statement/build.js';
import { BUILD_TYPE } from '../../src/statement/layout.js';
import { validateStatement } from '../../src/statement/validate.js';
import { exampleBases, exampleInput } from '../fixtures/statement-example.js';

const docPath = fileURLToPath(new URL('../../docs/buildtype.md', import.meta.url));
// The block sits between prettier-ignore markers, so that formatting the docs keeps the
// exact bytes the code produced.
const BLOCK =
  /(<!-- example:begin -->\s*<!-- prettier-ignore-start -->\n```json\n)([\s\S]*?)(\n```\n<!-- prettier-ignore-end -->\s*<!-- example:end -->)/;

function splitDoc(doc: string): { before: string; example: string; after: string } {
  const m = BLOCK.exec(doc);
  if (!m) throw new Error(`${docPath} has no example block between its markers`);
  const start = m.index + (m[1] ?? '').length;
  return {
    before: doc.slice(0, start),
    example: m[2] ?? '',
    after: doc.slice(start + (m[2] ?? '').length),
  };
}

const generated = serializeStatement(
  buildTrainingRecord({ ...exampleInput(), bases: exampleBases() }),
);

test('the example statement is what the code produces', () => {
  const doc = readFileSync(docPath, 'utf8');
  const parts = splitDoc(doc);
  if (process.env.UPDATE_DOCS === '1') {
    writeFileSync(docPath, `${parts.before}${generated}${parts.after}`);
    return;
  }
  if (parts.example !== generated) {
    throw new Error(
      'docs/buildtype.md: the example statement is out of date. Run ' +
        '`UPDATE_DOCS=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/buildtype-doc.test.ts` ' +
        'and review the diff.',
    );
  }
});

test('the example is a valid statement of our buildType', () => {
  const statement = JSON.parse(generated);
  expect(validateStatement(statement)).toEqual([]);
  expect(statement.predicate.buildDefinition.buildType).toBe(BUILD_TYPE);
});

/** Every object key in the statement, except inside the user's own hyperparameters. */
function keysOf(value: unknown, path: string[] = [], out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keysOf(item, path, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      const isHyperparameters = path.at(-1) === 'externalParameters' && k === 'parameters';
      if (!isHyperparameters) keysOf(v, [...path, k], out);
    }
  }
  return out;
}

test('every key of the example is described in the doc', () => {
  const doc = readFileSync(docPath, 'utf8');
  const { before, after } = splitDoc(doc);
  const prose = before + after;
  const keys = [...keysOf(JSON.parse(generated))];
  expect(keys.length).toBeGreaterThan(40);
  const undocumented = keys.filter(
    (k) => !prose.includes(`\`${k}\``) && !prose.includes(`.${k}\``),
  );
  expect(undocumented).toEqual([]);
});

test('the doc names our buildType URI', () => {
  expect(readFileSync(docPath, 'utf8')).toContain(BUILD_TYPE);
});

describe('the published JSON Schema of the training record (docs/training-v1.schema.json)', () => {
  const schemaPath = fileURLToPath(new URL('../../docs/training-v1.schema.json', import.meta.url));
  const validate = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTuples: false,
  }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

  test('accepts the statement the code produces', () => {
    const ok = validate(JSON.parse(generated));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('refuses a record with a wrong predicate type, an extra key, or no source commit', () => {
    const wrongType = { ...JSON.parse(generated), predicateType: 'https://slsa.dev/provenance/v1' };
    expect(validate(wrongType)).toBe(false);
    const extra = JSON.parse(generated);
    extra.predicate.buildDefinition.internalParameters.surprise = true;
    expect(validate(extra)).toBe(false);
    const noCommit = JSON.parse(generated);
    delete noCommit.predicate.buildDefinition.resolvedDependencies[0].digest;
    expect(validate(noCommit)).toBe(false);
    const noWorkflow = JSON.parse(generated);
    delete noWorkflow.predicate.buildDefinition.externalParameters.workflow;
    expect(validate(noWorkflow)).toBe(false);
  });

  interface BaseEntry {
    name?: string;
    annotations: {
      role: string;
      kind: string;
      listing?: string;
      evidence?: { path: string; signer: { kind: string } }[];
    };
  }
  const baseEntries = (r: {
    predicate: { buildDefinition: { resolvedDependencies: BaseEntry[] } };
  }): BaseEntry[] =>
    r.predicate.buildDefinition.resolvedDependencies.filter(
      (d) => d.annotations?.role === 'base-model',
    );

  // Lineage (docs/buildtype.md, "Base models"): base-model entries are optional, and checked.
  test('accepts a record with base models and one without, refuses a malformed base entry', () => {
    const withBases = JSON.parse(generated);
    const bases = baseEntries(withBases);
    expect(bases.map((b) => b.annotations.kind)).toEqual(['hf-cache', 'reference']);
    expect(validate(withBases)).toBe(true);
    const old = JSON.parse(serializeStatement(buildTrainingRecord(exampleInput())));
    expect(validate(old)).toBe(true);
    const bad = (mutate: (b: BaseEntry) => void) => {
      const r = JSON.parse(generated);
      mutate(baseEntries(r)[0]!);
      return validate(r);
    };
    expect(bad((b) => delete b.annotations.evidence)).toBe(false);
    expect(bad((b) => (b.annotations.kind = 'manifest'))).toBe(false);
    expect(bad((b) => (b.annotations.evidence![0]!.signer.kind = 'trusted'))).toBe(false);
    expect(bad((b) => (b.annotations.evidence![0]!.path = '/etc/passwd'))).toBe(false);
    expect(bad((b) => (b.annotations.listing = 'sha256:xyz'))).toBe(false);
    expect(bad((b) => delete b.name)).toBe(false);
  });

  // A run outside any CI (docs/buildtype.md, "Local runs"): no workflow, no GitHub parameters,
  // the host and what git said; its own builder id.
  const local = {
    ...exampleInput(),
    identity: undefined,
    local: {
      host: 'gpu-box-7',
      git: {
        remote: 'https://example.com/acme/vision.git',
        commit: 'c'.repeat(40),
        branch: 'main',
        dirty: true,
      },
    },
  };
  const localRecord = JSON.parse(serializeStatement(buildTrainingRecord(local)));

  test('accepts a local run, which both validators read as one', () => {
    validate(localRecord);
    expect(validate.errors ?? []).toEqual([]);
    expect(validateStatement(localRecord)).toEqual([]);
    const bd = localRecord.predicate.buildDefinition;
    expect(bd.externalParameters.workflow).toBeUndefined();
    expect(bd.internalParameters.github).toBeUndefined();
    expect(bd.internalParameters.training_provenance).toMatchObject({
      identitySource: 'local',
      local: local.local,
    });
    expect(bd.resolvedDependencies[0]).toEqual({
      uri: 'git+https://example.com/acme/vision.git@refs/heads/main',
      digest: { gitCommit: 'c'.repeat(40) },
    });
  });

  test('refuses a local run that also claims a workflow or GitHub parameters', () => {
    const claims = JSON.parse(JSON.stringify(localRecord));
    claims.predicate.buildDefinition.externalParameters.workflow = {
      ref: 'refs/heads/main',
      repository: 'https://github.com/acme/vision',
      path: '.github/workflows/train.yml',
    };
    expect(validate(claims)).toBe(false);
    expect(validateStatement(claims)).toContain(
      'predicate.buildDefinition.externalParameters.workflow: a local run names no workflow [layout]',
    );
  });
});
