// Our own OMS signatures, signed on the loopback Sigstore stack (real Fulcio certificate, real
// Rekor entry) and verified with our verifier; their layout compared with model_signing's
// real ones, their root digest with Python's computation of the rule.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { collectModel } from '../../src/collect/model.js';
import { isProvenanceError } from '../../src/errors.js';
import { closeHashPool, digestDirectory, OMS_DEFAULT_IGNORES } from '../../src/hash/index.js';
import {
  buildOmsStatement,
  checkBinding,
  omsManifest,
  omsPayload,
  OMS_SIGNATURE_NAME,
  OMS_SIGNING_IGNORES,
  signModelDirectory,
  type SignedModel,
} from '../../src/oms/index.js';
import { verifyOmsSignature } from '../../src/verify/model-signature.js';
import type { SigstoreEndpoints } from '../../src/sign/instances.js';
import { signStatement } from '../../src/sign/sign.js';
import type { IdentityPolicy } from '../../src/identity/signer-policy.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { hasPython, omsRootByPython } from '../helpers/independent.js';
import { vector } from '../helpers/vectors.js';
import { inputList } from '../../src/request/edge.js';

const VECTORS = vector('model-signing');
const withVectors = test;
if (!hasPython) console.warn('python3 not found: independent root digest checks skipped');

const PY_IGNORES = ['.git', '.gitattributes', '.github', '.gitignore', 'model.sig'];

let stack: Stack;
let work: string;
let endpoints: SigstoreEndpoints;
let identity: IdentityPolicy;
let model: string;
let signed: SignedModel;
/** The model's directory digest (PurePosixPath order), which differs from signed.root here. */
let dirRoot: string;
const logs: string[] = [];

/** A model with names whose OMS order differs from plain string order, git files and a stale model.sig. */
function writeModel(dir: string): void {
  const put = (rel: string, data: string | Buffer) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), data);
  };
  put('d0/f00', 'weights 0\n');
  put('d0/f01', 'weights 1\n');
  put('d0.x', 'dot x\n');
  put('d0-y', 'dash y\n');
  put('Z.json', '{"upper": true}\n');
  put('a b.bin', Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 251)));
  put('é.txt', 'accent\n');
  put('sub/deep/w.safetensors', Buffer.alloc(4096, 7));
  put('empty', '');
  put('.gitignore', '*.tmp\n');
  put('.git/config', '[core]\n');
  put(OMS_SIGNATURE_NAME, '{"stale": "signature from an earlier run"}');
}

function copyModel(): string {
  const dst = join(mkdtempSync(join(work, 'copy-')), basename(model));
  cpSync(model, dst, { recursive: true });
  return dst;
}

const decodePayload = (sigPath: string): unknown => {
  const b = JSON.parse(readFileSync(sigPath, 'utf8')) as { dsseEnvelope: { payload: string } };
  return JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8'));
};

interface SigBundle {
  mediaType: string;
  verificationMaterial: { certificate?: unknown; tlogEntries: { kindVersion: unknown }[] };
  dsseEnvelope: unknown;
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Differences in keys and value types between two JSON values, at every level. */
function shapeDiff(ours: unknown, theirs: unknown, at = '$'): string[] {
  if (kind(ours) !== kind(theirs)) return [`${at}: ${kind(ours)} vs ${kind(theirs)}`];
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    if (theirs.length === 0 || ours.length === 0) return [];
    return ours.flatMap((o, i) =>
      shapeDiff(o, theirs[Math.min(i, theirs.length - 1)], `${at}[${i}]`),
    );
  }
  if (kind(ours) !== 'object') return [];
  const o = ours as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const out: string[] = [];
  for (const k of Object.keys(o)) if (!(k in t)) out.push(`${at}.${k}: only in ours`);
  for (const k of Object.keys(t)) if (!(k in o)) out.push(`${at}.${k}: only in theirs`);
  for (const k of Object.keys(o)) if (k in t) out.push(...shapeDiff(o[k], t[k], `${at}.${k}`));
  return out;
}

/** Objects whose shared keys come in another order than in `theirs`. */
function orderDiff(ours: unknown, theirs: unknown, at = '$'): string[] {
  if (Array.isArray(ours) && Array.isArray(theirs) && theirs.length > 0)
    return ours.flatMap((o, i) =>
      orderDiff(o, theirs[Math.min(i, theirs.length - 1)], `${at}[${i}]`),
    );
  if (kind(ours) !== 'object' || kind(theirs) !== 'object') return [];
  const o = ours as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const mine = Object.keys(o).filter((k) => k in t);
  const out =
    mine.join(',') ===
    Object.keys(t)
      .filter((k) => k in o)
      .join(',')
      ? []
      : [`${at}: ${mine} vs ${Object.keys(t)}`];
  for (const k of mine) out.push(...orderDiff(o[k], t[k], `${at}.${k}`));
  return out;
}

beforeAll(async () => {
  stack = await startStack();
  work = mkdtempSync(join(tmpdir(), 'oms-sign-'));
  model = join(work, 'ws', 'out', 'vision-model');
  writeModel(model);
  endpoints = { instance: 'custom', fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl };
  identity = {
    certIdentity: `https://github.com/${stack.claims.job_workflow_ref}`,
    certOidcIssuer: 'https://token.actions.githubusercontent.com',
  };
  // As the attest step will: the directory digested once, with the OMS signing ignore list.
  const dir = await digestDirectory(model, { ignorePaths: OMS_SIGNING_IGNORES });
  signed = await signModelDirectory(dir, {
    endpoints,
    token: await stack.mintToken(),
    log: (l) => logs.push(l),
    outputDir: join(work, 'output'),
  });
  dirRoot = dir.root;
  // 'd0-y', 'd0.x' sort before 'd0/f00' by code point, after it by component.
  expect(signed.root).not.toBe(dir.root);
});

afterAll(async () => {
  await stack?.close();
  rmSync(work, { recursive: true, force: true });
  await closeHashPool();
});

describe('signing a model directory', () => {
  test('writes model.sig into the directory, over the stale one', () => {
    expect(signed.path).toBe(join(model, 'model.sig'));
    expect(signed.inModelDirectory).toBe(true);
    expect(signed.dropped).toEqual([]);
    expect(readFileSync(signed.path, 'utf8')).not.toContain('stale');
    expect(JSON.parse(readFileSync(signed.path, 'utf8'))).toEqual(signed.bundle);
    expect(logs).toEqual([
      `model signature for ${model}: files listed in the specification's code-point order, so its root ${signed.root} ` +
        `differs from the directory digest ${dirRoot} (PurePosixPath order); verify ties them by the signed files`,
    ]);
  });

  test("its root digest is the specification's rule computed by Python, and the directory's is unchanged by writing it", async () => {
    expect(hasPython).toBe(true);
    expect(signed.root).toBe(omsRootByPython(model, PY_IGNORES, 'code-point'));
    const again = await digestDirectory(model, { ignorePaths: OMS_SIGNING_IGNORES });
    expect(again.root).toBe(dirRoot);
    expect(again.root).toBe(omsRootByPython(model, PY_IGNORES, 'PurePosixPath'));
  });

  test("the statement lists every file in the specification's code-point order, with coreutils digests", () => {
    const s = decodePayload(signed.path) as {
      subject: { name: string; digest: { sha256: string } }[];
      predicate: {
        resources: { name: string; digest: string }[];
        serialization: { ignore_paths: string[] };
      };
    };
    expect(s.subject).toEqual([{ name: 'vision-model', digest: { sha256: signed.root } }]);
    const names = s.predicate.resources.map((r) => r.name);
    // Whole paths by code point: 'Z' < 'a', '-' (2d) < '.' (2e) < '/' (2f).
    expect(names).toEqual([
      'Z.json',
      'a b.bin',
      'd0-y',
      'd0.x',
      'd0/f00',
      'd0/f01',
      'empty',
      'sub/deep/w.safetensors',
      'é.txt',
    ]);
    if (hasPython) {
      const sorted = execFileSync(
        'python3',
        ['-c', 'import sys; print("\\n".join(sorted(sys.argv[1:])))', ...names],
        { encoding: 'utf8' },
      );
      expect(sorted.trim().split('\n')).toEqual(names);
    }
    for (const r of s.predicate.resources) {
      expect(r.digest).toBe(
        execFileSync('sha256sum', [join(model, r.name)], { encoding: 'utf8' }).split(' ')[0],
      );
    }
    expect(s.predicate.serialization.ignore_paths).toEqual([
      '.git',
      '.gitattributes',
      '.github',
      '.gitignore',
      'model.sig',
    ]);
  });

  withVectors(
    'has the exact key set and value types of model_signing v1.1.0, and v1.0.0 plus ignore_paths',
    () => {
      const ours = decodePayload(signed.path);
      const v110 = decodePayload(join(VECTORS, 'v1.1.0-sigstore', 'model.sig'));
      const v100 = decodePayload(join(VECTORS, 'v1.0.0-sigstore', 'model.sig'));
      expect(shapeDiff(ours, v110)).toEqual([]);
      expect(shapeDiff(ours, v100)).toEqual([
        '$.predicate.serialization.ignore_paths: only in ours',
      ]);
      expect(orderDiff(ours, v100)).toEqual([]);
      // The order check does see order: v1.1.0 orders its keys differently from v1.0.0.
      expect(orderDiff(v110, v100).length).toBeGreaterThan(0);
      // The bundle around it: same top-level layout, a leaf certificate (no chain), a dsse entry.
      const bundle = JSON.parse(readFileSync(signed.path, 'utf8')) as SigBundle;
      const theirs = JSON.parse(
        readFileSync(join(VECTORS, 'v1.0.0-sigstore', 'model.sig'), 'utf8'),
      ) as SigBundle;
      expect(Object.keys(bundle).sort()).toEqual(Object.keys(theirs).sort());
      expect(bundle.mediaType).toBe(theirs.mediaType);
      expect(bundle.verificationMaterial.certificate).toBeDefined();
      expect(bundle.verificationMaterial.tlogEntries[0]!.kindVersion).toEqual(
        theirs.verificationMaterial.tlogEntries[0]!.kindVersion,
      );
      expect(shapeDiff(bundle.dsseEnvelope, theirs.dsseEnvelope)).toEqual([]);
    },
  );

  withVectors(
    "for the v1.0.0 vector model, our payload is model_signing v1.0.0's byte for byte (without ignore_paths)",
    async () => {
      const dir = join(mkdtempSync(join(work, 'vec-')), 'v1.0.0-sigstore');
      cpSync(join(VECTORS, 'v1.0.0-sigstore'), dir, { recursive: true });
      const statement = buildOmsStatement(
        await digestDirectory(dir, { ignorePaths: OMS_SIGNING_IGNORES }),
      );
      const theirs = JSON.parse(readFileSync(join(dir, 'model.sig'), 'utf8')) as {
        dsseEnvelope: { payload: string };
      };
      const { ignore_paths, ...serialization } = statement.predicate.serialization;
      expect(ignore_paths).toContain('model.sig');
      const asV100 = { ...statement, predicate: { ...statement.predicate, serialization } };
      expect(omsPayload(asV100 as unknown as typeof statement).toString('base64')).toBe(
        theirs.dsseEnvelope.payload,
      );
    },
  );

  test('a directory digested with the default ignores (stale model.sig inside): the stale file is left out', async () => {
    const copy = copyModel();
    writeFileSync(join(copy, 'model.sig'), 'stale');
    const dir = await digestDirectory(copy, { ignorePaths: OMS_DEFAULT_IGNORES });
    expect(dir.files.map((f) => f.relPath)).toContain('model.sig');
    const m = omsManifest(dir);
    expect(m.dropped).toEqual(['model.sig']);
    expect(m.root).not.toBe(dir.root);
    expect(m.root).toBe(signed.root);
    expect(buildOmsStatement(dir).subject[0].digest.sha256).toBe(signed.root);
  });

  test('a directory with nothing left to sign is refused', async () => {
    const empty = join(work, 'only-git');
    mkdirSync(join(empty, '.git'), { recursive: true });
    writeFileSync(join(empty, '.git', 'HEAD'), 'ref\n');
    writeFileSync(join(empty, 'model.sig'), '{}');
    const dir = await digestDirectory(empty, { ignorePaths: OMS_DEFAULT_IGNORES });
    expect(() => buildOmsStatement(dir)).toThrow(/holds no file to sign/);
  });
});

describe('verifying our own model.sig', () => {
  test('verifies against the stack trusted root with the workflow identity', async () => {
    const r = await verifyOmsSignature({
      sigPath: signed.path,
      modelDir: model,
      trustedRoot: stack.trustedRootPath,
      identity,
    });
    expect(r.violations).toEqual([]);
    expect(r.verified).toBe(true);
    expect(r.signedRoot).toBe(signed.root);
    expect(r.root).toBe(dirRoot);
    expect(r.resourceOrder).toBe('specification');
    expect(r.signer?.san).toBe(identity.certIdentity);
    expect(r.name).toBe('vision-model');
  });

  test('verifies with a repository identity as well', async () => {
    const r = await verifyOmsSignature({
      sigPath: signed.path,
      modelDir: model,
      trustedRoot: stack.trustedRootPath,
      identity: { repository: stack.claims.repository },
    });
    expect(r.violations).toEqual([]);
  });

  test('a changed byte in a nested file fails, naming it', async () => {
    const copy = copyModel();
    const f = join(copy, 'd0', 'f00');
    const buf = readFileSync(f);
    buf[0] = buf[0]! ^ 0x20;
    writeFileSync(f, buf);
    const r = await verifyOmsSignature({
      sigPath: join(copy, 'model.sig'),
      modelDir: copy,
      trustedRoot: stack.trustedRootPath,
      identity,
    });
    expect(r.verified).toBe(false);
    expect(r.files).toMatchObject({
      added: [],
      removed: [],
      renamed: [],
      changed: [{ name: 'd0/f00' }],
    });
    expect(r.violations.find((v) => v.rule === 'd0/f00')?.message).toMatch(/^changed d0\/f00/);
  });

  test('a removed file and an unsigned one fail together, each named', async () => {
    const copy = copyModel();
    unlinkSync(join(copy, 'd0.x'));
    writeFileSync(join(copy, 'd0', 'f02'), 'new\n');
    const r = await verifyOmsSignature({
      sigPath: join(copy, 'model.sig'),
      modelDir: copy,
      trustedRoot: stack.trustedRootPath,
      identity,
    });
    expect(r.verified).toBe(false);
    expect(r.files).toEqual({ added: ['d0/f02'], removed: ['d0.x'], renamed: [], changed: [] });
  });

  test('changes under ignored paths do not count', async () => {
    const copy = copyModel();
    writeFileSync(join(copy, '.git', 'config'), 'changed\n');
    writeFileSync(join(copy, '.gitignore'), 'changed\n');
    const r = await verifyOmsSignature({
      sigPath: join(copy, 'model.sig'),
      modelDir: copy,
      trustedRoot: stack.trustedRootPath,
      identity,
    });
    expect(r.violations).toEqual([]);
  });

  test('a symbolic link in the model fails with a reason', async () => {
    const copy = copyModel();
    symlinkSync('/etc/hostname', join(copy, 'link'));
    const r = await verifyOmsSignature({
      sigPath: join(copy, 'model.sig'),
      modelDir: copy,
      trustedRoot: stack.trustedRootPath,
      identity,
    });
    expect(r.verified).toBe(false);
    expect(r.violations.map((v) => v.message).join('\n')).toMatch(/symbolic link/);
  });

  const wrong: [string, (ok: IdentityPolicy) => IdentityPolicy, string][] = [
    [
      'another workflow',
      (ok) => ({
        ...ok,
        certIdentity: 'https://github.com/acme/vision/.github/workflows/evil.yml@refs/heads/main',
      }),
      'cert-identity',
    ],
    [
      'another issuer',
      (ok) => ({ ...ok, certOidcIssuer: 'https://accounts.google.com' }),
      'issuer',
    ],
    ['another repository', () => ({ repository: 'acme/other' }), 'repository'],
  ];
  test.each(wrong)('a wrong identity (%s) fails', async (_w, change, rule) => {
    const r = await verifyOmsSignature({
      sigPath: signed.path,
      modelDir: model,
      trustedRoot: stack.trustedRootPath,
      identity: change(identity),
    });
    expect(r.verified).toBe(false);
    expect(r.violations.some((v) => v.kind === 'identity' && v.rule === rule)).toBe(true);
  });

  test('an edited signed payload fails the signature check', async () => {
    const copy = copyModel();
    const sig = join(copy, 'model.sig');
    const b = JSON.parse(readFileSync(sig, 'utf8')) as { dsseEnvelope: { payload: string } };
    const stmt = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      subject: { name: string }[];
    };
    stmt.subject[0]!.name = 'renamed';
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(stmt, null, 2)).toString('base64');
    writeFileSync(sig, JSON.stringify(b));
    const r = await verifyOmsSignature({
      sigPath: sig,
      modelDir: copy,
      trustedRoot: stack.trustedRootPath,
      identity,
    });
    expect(r.verified).toBe(false);
    expect(r.violations[0]?.kind).toBe('signature');
  });

  test('a shard signature over a 3-shard file verifies, and fails when one shard changes', async () => {
    // shard_size 100 over a 250-byte file: 0:100, 100:200, 200:250 (end exclusive); an empty
    // file has no shard. Digests computed here with coreutils over the byte ranges.
    const dir = mkdtempSync(join(work, 'shards-'));
    const bytes = Buffer.from(Array.from({ length: 250 }, (_, i) => i % 251));
    writeFileSync(join(dir, 'weights.bin'), bytes);
    writeFileSync(join(dir, 'empty.txt'), '');
    const ranges: Array<[number, number]> = [
      [0, 100],
      [100, 200],
      [200, 250],
    ];
    const rangeDigest = ([start, end]: [number, number]) =>
      execFileSync('sha256sum', { input: bytes.subarray(start, end), encoding: 'utf8' }).split(
        ' ',
      )[0]!;
    const resources = ranges.map((r) => ({
      algorithm: 'sha256',
      digest: rangeDigest(r),
      name: `weights.bin:${r[0]}:${r[1]}`,
    }));
    const root = createHash('sha256');
    for (const r of resources) root.update(Buffer.from(r.digest, 'hex'));
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: basename(dir), digest: { sha256: root.digest('hex') } }],
      predicateType: 'https://model_signing/signature/v1.0',
      predicate: {
        serialization: {
          method: 'shards',
          hash_type: 'sha256',
          shard_size: 100,
          allow_symlinks: false,
        },
        resources,
      },
    };
    const s = await signStatement(Buffer.from(JSON.stringify(statement, null, 2)), {
      endpoints,
      token: await stack.mintToken(),
    });
    const sig = join(dir, 'model.sig');
    writeFileSync(sig, JSON.stringify(s.bundle));
    const check = () =>
      verifyOmsSignature({
        sigPath: sig,
        modelDir: dir,
        trustedRoot: stack.trustedRootPath,
        identity,
      });
    const ok = await check();
    expect(ok.violations).toEqual([]);
    expect(ok.verified).toBe(true);
    const changed = Buffer.from(bytes);
    changed[150] = (changed[150]! + 1) % 256;
    writeFileSync(join(dir, 'weights.bin'), changed);
    const bad = await check();
    expect(bad.verified).toBe(false);
    expect(bad.files.changed.map((c) => c.name)).toEqual(['weights.bin:100:200']);
    expect(bad.violations.map((v) => v.rule)).toEqual(['weights.bin:100:200', 'root']);
  });
  test('the public-good root does not cover the stack: refused with a reason', async () => {
    const r = await verifyOmsSignature({
      sigPath: signed.path,
      modelDir: model,
      trustedRoot: 'public-good',
      identity,
    });
    expect(r.verified).toBe(false);
    expect(r.violations[0]?.kind).toBe('trusted-root');
  });
});

describe("resource order: the specification's and model_signing's both verify", () => {
  // Where a name has a character below '/' at the branching point, code-point order (the
  // specification) puts `tokenizer.json` before `tokenizer/vocab.txt`; PurePosixPath order
  // (model_signing) puts it after. We write the first; the verifier hashes in the order listed.
  const byComponent = (a: string, b: string) => {
    const [x, y] = [a.split('/').join('\0'), b.split('/').join('\0')];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  test.each([
    ['code-point order (the specification, as we write it)', undefined],
    ['PurePosixPath order (model_signing)', byComponent],
  ] as const)('%s', async (_what, order) => {
    const dir = join(work, `order-${order ? 'posix' : 'spec'}`);
    mkdirSync(join(dir, 'tokenizer'), { recursive: true });
    writeFileSync(join(dir, 'tokenizer.json'), '{"v": 1}');
    writeFileSync(join(dir, 'tokenizer/vocab.txt'), 'a\nb\n');
    writeFileSync(join(dir, 'weights.bin'), 'w'.repeat(64));
    const statement = buildOmsStatement(
      await digestDirectory(dir, { ignorePaths: OMS_SIGNING_IGNORES }),
    );
    const resources = statement.predicate.resources;
    if (order) resources.sort((x, y) => order(x.name, y.name));
    expect(resources.map((r) => r.name)).toEqual(
      order
        ? ['tokenizer/vocab.txt', 'tokenizer.json', 'weights.bin']
        : ['tokenizer.json', 'tokenizer/vocab.txt', 'weights.bin'],
    );
    // The subject is the root over the resources in the order listed (the spec's definition).
    const root = createHash('sha256');
    for (const r of resources) root.update(Buffer.from(r.digest, 'hex'));
    statement.subject[0]!.digest.sha256 = root.digest('hex');
    const { bundle } = await signStatement(omsPayload(statement), {
      endpoints,
      token: await stack.mintToken(),
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
    });
    writeFileSync(join(dir, OMS_SIGNATURE_NAME), JSON.stringify(bundle));
    const r = await verifyOmsSignature({
      sigPath: join(dir, OMS_SIGNATURE_NAME),
      modelDir: dir,
      trustedRoot: stack.trustedRootPath,
      identity,
    });
    expect(r.violations).toEqual([]);
    expect(r.verified).toBe(true);
    expect(r.resourceOrder).toBe(order ? 'PurePosixPath' : 'specification');
    // The root written by our signer is the specification's, computed by Python.
    if (!order)
      expect(statement.subject[0]!.digest.sha256).toBe(
        omsRootByPython(dir, PY_IGNORES, 'code-point'),
      );
  });
});

describe('where model.sig goes when the directory cannot take it', () => {
  test('a failed write falls back to the output directory, and the log says where', async () => {
    const copy = copyModel();
    unlinkSync(join(copy, 'model.sig'));
    // A non-empty directory named model.sig: the rename onto it fails, for root too.
    mkdirSync(join(copy, 'model.sig', 'occupied'), { recursive: true });
    const out = join(work, 'fallback-out');
    const lines: string[] = [];
    const dir = await digestDirectory(copy, { ignorePaths: OMS_SIGNING_IGNORES });
    const r = await signModelDirectory(dir, {
      endpoints,
      token: await stack.mintToken(),
      log: (l) => lines.push(l),
      outputDir: out,
    });
    expect(r.inModelDirectory).toBe(false);
    expect(r.path).toBe(join(out, 'vision-model', 'model.sig'));
    expect(lines.join('\n')).toContain(r.path);
    expect(r.root).toBe(signed.root);
    const v = await verifyOmsSignature({
      sigPath: r.path,
      modelDir: copy,
      trustedRoot: stack.trustedRootPath,
      identity,
    });
    expect(v.violations).toEqual([]);
  });

  test('a read-only directory (immutable) is detected before signing', async () => {
    const copy = copyModel();
    const before = readdirSync(copy).sort();
    try {
      execFileSync('chattr', ['+i', copy], { stdio: 'ignore' });
    } catch {
      if (process.getuid?.() === 0) {
        console.warn('chattr unavailable and running as root: read-only directory test skipped');
        return;
      }
      chmodSync(copy, 0o555);
    }
    try {
      const out = join(work, 'ro-out');
      const lines: string[] = [];
      const dir = await digestDirectory(copy, { ignorePaths: OMS_SIGNING_IGNORES });
      const r = await signModelDirectory(dir, {
        endpoints,
        token: await stack.mintToken(),
        log: (l) => lines.push(l),
        outputDir: out,
      });
      expect(r.inModelDirectory).toBe(false);
      expect(r.path).toBe(join(out, 'vision-model', 'model.sig'));
      expect(lines.join('\n')).toMatch(/not writable/);
      const refused = await signModelDirectory(dir, { endpoints, token: 'never-used' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isProvenanceError(refused) && refused.code).toBe('STORAGE_FAILED');
      expect(isProvenanceError(refused) && refused.fix).toMatch(/output-dir/);
    } finally {
      try {
        execFileSync('chattr', ['-i', copy], { stdio: 'ignore' });
      } catch {
        chmodSync(copy, 0o755);
      }
    }
    expect(readdirSync(copy).sort()).toEqual(before);
  });
});

describe('binding with the provenance', () => {
  test('the provenance directory subject and model.sig carry the same root', async () => {
    const ws = join(work, 'ws');
    const collected = await collectModel(inputList('out/vision-model'), {
      workspace: ws,
      ignorePaths: OMS_SIGNING_IGNORES,
    });
    // The subject records the PurePosixPath root; model.sig the code-point one over the same files.
    expect(collected.subjects.map((x) => x.digest.sha256)).toContain(dirRoot);
    expect(checkBinding([signed.root], { subjects: collected.subjects }).bound).toBe(false);
    const b = checkBinding([signed.root, dirRoot], { subjects: collected.subjects });
    expect(b.bound).toBe(true);
    expect(b.subject).toBe('out/vision-model');
    expect(b.statement).toContain('directory subject');
    expect(b.statement).toContain(dirRoot);
    expect(b.statement).toContain(`code-point order, root ${signed.root}`);
  });

  test('a provenance that hashed model.sig into its directory digest does not bind', async () => {
    const ws = join(work, 'ws');
    const collected = await collectModel(inputList('out/vision-model'), {
      workspace: ws,
      ignorePaths: OMS_DEFAULT_IGNORES,
    });
    const b = checkBinding([signed.root, dirRoot], { subjects: collected.subjects });
    expect(b.bound).toBe(false);
    expect(b.statement).toMatch(
      /no subject of the provenance has .* directory subjects: 'out\/vision-model'/,
    );
  });
});
