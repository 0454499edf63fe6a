// The OMS statement reader on hand-made statements: what it accepts, and how it refuses what
// this tool cannot re-check (shards, other hash types, the v0.2 predicate, inconsistent roots).
import { createHash } from 'node:crypto';
import { isProvenanceError } from '../../src/errors.js';
import {
  isIgnored,
  normalizeIgnorePath,
  parseOmsStatement,
  pathInside,
} from '../../src/oms/index.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const rootOf = (digests: string[]) => {
  const h = createHash('sha256');
  for (const d of digests) h.update(Buffer.from(d, 'hex'));
  return h.digest('hex');
};

interface Resource {
  name: string;
  algorithm: string;
  digest: string;
}

function statement(
  resources: Resource[],
  serialization: Record<string, unknown> = {
    method: 'files',
    hash_type: 'sha256',
    allow_symlinks: false,
  },
  extra: Record<string, unknown> = {},
) {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'm', digest: { sha256: rootOf(resources.map((r) => r.digest)) } }],
    predicateType: 'https://model_signing/signature/v1.0',
    predicate: { serialization, resources },
    ...extra,
  };
}

const files = (...names: string[]): Resource[] =>
  names.map((name) => ({ name, algorithm: 'sha256', digest: sha(name) }));

function refusal(s: unknown): { code: string; message: string } {
  try {
    parseOmsStatement(JSON.stringify(s));
  } catch (e) {
    if (isProvenanceError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('parseOmsStatement', () => {
  test('reads a files-mode statement', () => {
    const p = parseOmsStatement(
      JSON.stringify(
        statement(files('d0/f00', 'd0.x'), {
          method: 'files',
          hash_type: 'sha256',
          allow_symlinks: false,
          ignore_paths: ['x'],
        }),
      ),
    );
    expect(p.resources.map((r) => r.name)).toEqual(['d0/f00', 'd0.x']);
    expect(p.order).toBe('PurePosixPath');
    expect(p.ignorePaths).toEqual(['x']);
    expect(p.root).toBe(rootOf([sha('d0/f00'), sha('d0.x')]));
  });

  test("the specification's order and model_signing's are told apart", () => {
    // '.' (0x2e) < '/' (0x2f) as strings, yet d0/f00 comes first component-wise.
    const spec = parseOmsStatement(JSON.stringify(statement(files('d0.x', 'd0/f00'))));
    expect(spec.order).toBe('specification');
    const both = parseOmsStatement(JSON.stringify(statement(files('a', 'b/c'))));
    expect(both.order).toBe('specification');
    const neither = parseOmsStatement(JSON.stringify(statement(files('b', 'a'))));
    expect(neither.order).toBe('unsorted');
  });

  test('sharded signatures are read with their shard size; a bad size is refused', () => {
    const ser = { method: 'shards', hash_type: 'sha256', shard_size: 10, allow_symlinks: false };
    const shard = [{ name: 'f:0:10', algorithm: 'sha256', digest: sha('x') }];
    const p = parseOmsStatement(JSON.stringify(statement(shard, ser)));
    expect([p.method, p.shardSize, p.resources[0]!.name]).toEqual(['shards', 10, 'f:0:10']);
    const r = refusal(statement(shard, { ...ser, shard_size: -1 }));
    expect(r).toMatchObject({
      code: 'BUNDLE_INVALID',
      message: expect.stringMatching(/shard_size/),
    });
  });

  test('other hash types are refused', () => {
    const r = refusal(
      statement(files('a'), { method: 'files', hash_type: 'blake2', allow_symlinks: false }),
    );
    expect(r.code).toBe('NOT_SUPPORTED');
    expect(r.message).toContain("'blake2'");
  });

  test("model_signing 0.2's Digests/v0.1 is read: its subjects are the files", () => {
    const p = parseOmsStatement(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [
          { name: 'b/x', digest: { sha256: sha('b/x') } },
          { name: 'a', digest: { sha256: sha('a') } },
        ],
        predicateType: 'https://model_signing/Digests/v0.1',
      }),
    );
    expect(p.predicateType).toBe('https://model_signing/Digests/v0.1');
    expect(p.resources.map((r) => r.name)).toEqual(['b/x', 'a']);
    expect(p.order).toBe('unsorted');
    // No root is signed: the one over the listed digests stands in.
    expect(p.root).toBe(rootOf([sha('b/x'), sha('a')]));
    expect(p.ignorePaths).toBeUndefined();
  });

  test("0.2's other predicates are refused with a reason", () => {
    const r = refusal({
      ...statement(files('a')),
      predicateType: 'https://model_signing/DigestOfDigests/v0.1',
    });
    expect(r.code).toBe('NOT_SUPPORTED');
    expect(r.message).toMatch(/DigestOfDigests\/v0\.1' is not supported/);
  });

  test('blake2b is read; a digest of the wrong length, or a resource of another algorithm, is refused', () => {
    const b2 = (n: string) => createHash('blake2b512').update(n).digest('hex');
    const ser = { method: 'files', hash_type: 'blake2b', allow_symlinks: false };
    const ok = parseOmsStatement(
      JSON.stringify(statement([{ name: 'a', algorithm: 'blake2b', digest: b2('a') }], ser)),
    );
    expect(ok.hashType).toBe('blake2b');
    const short = refusal(statement([{ name: 'a', algorithm: 'blake2b', digest: sha('a') }], ser));
    expect(short.message).toMatch(/no lower-case hex blake2b digest/);
    const mixed = refusal(statement(files('a'), ser));
    expect(mixed.message).toMatch(/algorithm 'sha256', not the signature's hash type blake2b/);
  });

  test('another predicate is not an OMS signature', () => {
    const r = refusal({
      ...statement(files('a')),
      predicateType: 'https://slsa.dev/provenance/v1',
    });
    expect(r.code).toBe('BUNDLE_INVALID');
    expect(r.message).toContain('not an OMS model signature');
  });

  test('a subject that is not the hash of the listed digests is refused', () => {
    const s = statement(files('a', 'b'));
    s.subject[0]!.digest.sha256 = sha('other');
    expect(refusal(s).message).toMatch(/inconsistent/);
  });

  test('two subjects, duplicate names, bad digests are refused', () => {
    const two = statement(files('a'));
    two.subject.push({ name: 'n', digest: { sha256: sha('n') } });
    expect(refusal(two).message).toMatch(/exactly one subject/);
    expect(refusal(statement([...files('a'), ...files('a')])).message).toMatch(/listed twice/);
    expect(refusal(statement([{ name: 'a', algorithm: 'sha256', digest: 'XYZ' }])).message).toMatch(
      /hex sha256/,
    );
  });
});

describe('ignore paths and the file diff', () => {
  test('normalisation', () => {
    expect(normalizeIgnorePath('./.git/')).toBe('.git');
    expect(normalizeIgnorePath('a//b')).toBe('a/b');
    for (const bad of ['', '.', '/etc', '../x', 'a/../b'])
      expect(normalizeIgnorePath(bad)).toBeUndefined();
  });

  test('a directory ignores everything below it, and only that', () => {
    expect(isIgnored('.git/config', ['.git'])).toBe(true);
    expect(isIgnored('.gitx', ['.git'])).toBe(false);
    expect(isIgnored('sub/model.sig', ['model.sig'])).toBe(false);
  });

  test('pathInside', () => {
    expect(pathInside('/m', '/m/model.sig')).toBe('model.sig');
    expect(pathInside('/m', '/m2/model.sig')).toBeUndefined();
    expect(pathInside('/m', '/m')).toBeUndefined();
  });
});
