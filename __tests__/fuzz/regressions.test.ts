// The crashes the fuzz suites found, each as the plain input that caused it (shrunk by hand):
// every one must now be a ProvenanceError naming the field, or a value, never a TypeError or a
// RangeError. A key in an untrusted JSON object can shadow Object.prototype (`{"toString": 1}`
// makes String() throw) and JSON.parse reads nesting that String() and JSON.stringify cannot.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOsvRecord } from '../../src/advisories/osv.js';
import { ProvenanceError } from '../../src/errors.js';
import { readManifest } from '../../src/manifest/read.js';
import { parseOmsStatement } from '../../src/oms/parse.js';
import { OMS_PREDICATE_TYPE, OMS_STATEMENT_TYPE } from '../../src/oms/layout.js';
import { parsePolicy } from '../../src/policy/policy.js';
import { parseStatementPayload } from '../../src/statement/read.js';
import { parseBundle } from '../../src/verify/bundles.js';
import { vector } from '../helpers/vectors.js';

/** `{"toString": 1}` as JSON.parse gives it: String() of it throws a TypeError. */
const SHADOWED = '{"toString":1}';
const DEEP = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

function refusal(fn: () => unknown): ProvenanceError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ProvenanceError);
    return e as ProvenanceError;
  }
  throw new Error('expected a refusal');
}

describe('model.sig statements (oms/parse.ts)', () => {
  const statement = (patch: string) =>
    `{"_type":"${OMS_STATEMENT_TYPE}","predicateType":"${OMS_PREDICATE_TYPE}","subject":[{"name":"m","digest":{"sha256":"${'a'.repeat(64)}"}}],"predicate":{"serialization":{"method":"files","hash_type":"sha256"}},${patch}}`;

  test.each([
    ['_type', `{"_type":${SHADOWED}}`, 'statement type'],
    ['_type nested deep', `{"_type":${DEEP}}`, 'statement type'],
    [
      'predicateType',
      `{"_type":"${OMS_STATEMENT_TYPE}","predicateType":[${SHADOWED}]}`,
      'predicate type',
    ],
    [
      'serialization.method',
      statement('"x":0').replace('"files"', SHADOWED),
      'serialization method',
    ],
    [
      'serialization.hash_type',
      statement('"x":0').replace('"sha256"}', `${SHADOWED}}`),
      'hash type',
    ],
  ])('%s', (_, payload, named) => {
    expect(refusal(() => parseOmsStatement(payload)).message).toContain(named);
  });
});

test('a statement whose _type shadows toString is refused naming _type (statement/read.ts)', () => {
  const e = refusal(() => parseStatementPayload(`{"_type":${SHADOWED},"subject":[]}`));
  expect(e.code).toBe('BUNDLE_INVALID');
  expect(e.message).toContain('_type');
});

test('an OSV record whose id is nested 100,000 deep is refused naming id (advisories/osv.ts)', () => {
  const e = refusal(() => readOsvRecord(JSON.parse(`{"id":${DEEP}}`), 'deep.json'));
  expect(e.message).toContain("'id' must be a non-empty string");
});

test('a bundle whose integratedTime is no time is refused naming it (verify/bundles.ts)', () => {
  const b = JSON.parse(readFileSync(vector('gh-cli', 'sigstore-js-2.1.0-bundle.json'), 'utf8'));
  b.verificationMaterial.tlogEntries[0].integratedTime = '16933236231693323623';
  const e = refusal(() => parseBundle(b, 'b.json'));
  expect(e.code).toBe('BUNDLE_INVALID');
  expect(e.message).toContain('integratedTime');
});

describe('manifests (manifest/read.ts)', () => {
  const header = '{"format":"training-provenance/manifest","version":1,"root":"d","tool":"t"}';
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fuzz-regression-'));
  });

  test.each([
    [
      'a trailer whose files shadow toString',
      `${header}\n{"files":${SHADOWED},"bytes":0,"root":"x"}\n`,
      'the trailer says',
    ],
    [
      'a record whose path is nested 100,000 deep',
      `${header}\n{"path":${DEEP},"size":1}\n`,
      "'path'",
    ],
  ])('%s', async (_, text, named) => {
    const path = join(dir, `${named.length}.jsonl`);
    await writeFile(path, text);
    const e = await readManifest(path).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ProvenanceError);
    expect((e as Error).message).toContain(named);
  });

  test('a refused manifest leaves no file open', async () => {
    const path = join(dir, 'refused.jsonl');
    await writeFile(path, `${header}\n{"path":"a","size":-1}\n${'x\n'.repeat(10_000)}`);
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 20; i++) await readManifest(path).catch(() => undefined);
    // Each refusal kept its read stream, and so a file descriptor, open until the process ended.
    expect(open() - before).toBeLessThan(5);
  });
});

test('a policy with a 200,000-character unknown key is refused at once (policy/reader.ts)', () => {
  const start = performance.now();
  const e = refusal(() => parsePolicy(`{version: 1, "${'k'.repeat(200_000)}": 1}`));
  expect(e.code).toBe('POLICY_INVALID');
  // A hang guard, not a speed figure: the suggestion compared the key with every known one at
  // O(n·m) (15 s), and the error's credential redaction rescanned it from every letter (minutes).
  expect(performance.now() - start).toBeLessThan(10_000);
});
