// Real OMS signatures made by model_signing v0.3.1, v1.0.0 and v1.1.0 on the public-good
// instance, verified offline against the public-good root that @sigstore/tuf ships, with their
// real signer (an e-mail identity from IBM's issuer). Every mutation happens on a copy.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeHashPool } from '../../src/hash/index.js';
import { OMS_PREDICATE_TYPE, parseOmsStatement } from '../../src/oms/index.js';
import { verifyOmsSignature } from '../../src/verify/model-signature.js';
import { publicGoodTrustedRoot } from '../../src/verify/trust-root.js';
import type { IdentityPolicy } from '../../src/identity/signer-policy.js';
import { omsRootByPython } from '../helpers/independent.js';
import { vector } from '../helpers/vectors.js';

const VECTORS = vector('model-signing');
const interop = describe;

const VERSIONS = ['v0.3.1', 'v1.0.0', 'v1.1.0'] as const;
type Version = (typeof VERSIONS)[number];
const vectorDir = (v: Version) => join(VECTORS, `${v}-sigstore`);
// The root digest the vectors' README states for all three.
const ROOT = '61d4849d9d90076d6215f4d525f13d6574af8e3f67aef3e6f36fc40a14fdd226';
const STEFAN: IdentityPolicy = {
  certIdentity: 'stefanb@us.ibm.com',
  certOidcIssuer: 'https://sigstore.verify.ibm.com/oauth2',
};

const payloadOf = (sig: string): Buffer => {
  const bundle = JSON.parse(readFileSync(sig, 'utf8')) as { dsseEnvelope: { payload: string } };
  return Buffer.from(bundle.dsseEnvelope.payload, 'base64');
};

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oms-interop-'));
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await closeHashPool();
});

/** A writable copy of a vector directory (the shared one is read-only and must stay intact). */
/** Verify a copied vector in place, as its signer. */
const verifyCopy = (dir: string) =>
  verifyOmsSignature({
    sigPath: join(dir, 'model.sig'),
    modelDir: dir,
    trustedRoot: 'public-good',
    identity: STEFAN,
  });

function copyOf(v: Version, name = `${v}-sigstore`): string {
  const dst = mkdtempSync(join(work, `${v}-`));
  const dir = join(dst, name);
  cpSync(vectorDir(v), dir, { recursive: true });
  chmodSync(dir, 0o755);
  for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o644);
  return dir;
}

interop('OMS vectors: layouts', () => {
  test.each(VERSIONS)('%s: an OMS v1.0 statement with one subject and its resources', (v) => {
    const parsed = parseOmsStatement(payloadOf(join(vectorDir(v), 'model.sig')));
    expect(parsed.name).toBe(`${v}-sigstore`);
    expect(parsed.root).toBe(ROOT);
    expect(parsed.resources.map((r) => r.name)).toEqual(['signme-1', 'signme-2']);
    expect(parsed.order).toBe('specification');
    // Each resource digest is the file's sha256, computed by coreutils here.
    for (const r of parsed.resources) {
      const sum = execFileSync('sha256sum', [join(vectorDir(v), r.name)], { encoding: 'utf8' });
      expect(r.digest).toBe(sum.split(' ')[0]);
    }
    if (v === 'v1.1.0') expect(parsed.ignorePaths).toContain('ignore-me');
    else expect(parsed.ignorePaths).toBeUndefined();
  });

  test('v0.3.1 and v1.0.0 write the same statement; v1.1.0 adds ignore_paths', () => {
    const json = (v: Version) =>
      JSON.parse(payloadOf(join(vectorDir(v), 'model.sig')).toString('utf8')) as {
        subject: { name: string }[];
        predicateType: string;
        predicate: { serialization: Record<string, unknown> };
      };
    const [a, b, c] = VERSIONS.map(json) as [
      ReturnType<typeof json>,
      ReturnType<typeof json>,
      ReturnType<typeof json>,
    ];
    a.subject[0]!.name = b.subject[0]!.name;
    expect(a).toEqual(b);
    expect(c.predicateType).toBe(OMS_PREDICATE_TYPE);
    const { ignore_paths, ...rest } = c.predicate.serialization;
    expect(rest).toEqual(b.predicate.serialization);
    expect(ignore_paths).toEqual(expect.arrayContaining(['model.sig', 'ignore-me', '.git']));
  });

  test('the root digest follows the rule, computed by Python (PurePosixPath order)', () => {
    const root = omsRootByPython(vectorDir('v1.1.0'), [
      '.git',
      '.gitattributes',
      '.github',
      '.gitignore',
      'model.sig',
      'ignore-me',
    ]);
    if (root === undefined) {
      console.warn('python3 not found: independent root check skipped');
      return;
    }
    expect(root).toBe(ROOT);
  });
});

interop('OMS vectors: verification', () => {
  test.each(VERSIONS)('%s verifies offline with its real signer', async (v) => {
    const r = await verifyOmsSignature({
      sigPath: join(vectorDir(v), 'model.sig'),
      modelDir: vectorDir(v),
      trustedRoot: 'public-good',
      identity: STEFAN,
    });
    expect(r.violations).toEqual([]);
    expect(r.verified).toBe(true);
    expect(r.root).toBe(ROOT);
    expect(r.signedRoot).toBe(ROOT);
    expect(r.signer?.san).toBe('stefanb@us.ibm.com');
    expect(r.signer?.issuer).toBe('https://sigstore.verify.ibm.com/oauth2');
    expect(r.trustedRoot?.name).toBe('public-good');
    expect(r.files).toEqual({ added: [], removed: [], renamed: [], changed: [] });
    expect(r.ignorePaths).toContain('model.sig');
    if (v === 'v1.1.0') expect(r.ignorePaths).toContain('ignore-me');
  });

  test.each(VERSIONS)('%s: a changed byte in signme-1 fails, naming the file', async (v) => {
    const dir = copyOf(v);
    const buf = readFileSync(join(dir, 'signme-1'));
    buf[0] = buf[0]! ^ 0x01;
    writeFileSync(join(dir, 'signme-1'), buf);
    const r = await verifyCopy(dir);
    expect(r.verified).toBe(false);
    expect(r.files).toMatchObject({
      added: [],
      removed: [],
      renamed: [],
      changed: [{ name: 'signme-1' }],
    });
    expect(r.violations.map((x) => x.message).join('\n')).toMatch(/changed signme-1/);
    expect(r.root).not.toBe(ROOT);
    expect(r.violations.some((x) => x.rule === 'root')).toBe(true);
  });

  test.each(VERSIONS)('%s: a removed file fails, naming it', async (v) => {
    const dir = copyOf(v);
    unlinkSync(join(dir, 'signme-2'));
    const r = await verifyCopy(dir);
    expect(r.verified).toBe(false);
    expect(r.files).toEqual({ added: [], removed: ['signme-2'], renamed: [], changed: [] });
    expect(r.violations.find((x) => x.rule === 'signme-2')?.message).toMatch(/removed signme-2/);
  });

  test.each(VERSIONS)('%s: an extra unsigned file fails, naming it', async (v) => {
    const dir = copyOf(v);
    writeFileSync(join(dir, 'payload.py'), 'import os\n');
    const r = await verifyCopy(dir);
    expect(r.verified).toBe(false);
    expect(r.files).toEqual({ added: ['payload.py'], removed: [], renamed: [], changed: [] });
    expect(r.violations.find((x) => x.rule === 'payload.py')?.message).toMatch(
      /payload\.py .* not signed/,
    );
  });

  test('v1.1.0: the recorded ignore path is re-applied (ignore-me may change)', async () => {
    const dir = copyOf('v1.1.0');
    appendFileSync(join(dir, 'ignore-me'), 'anything\n');
    const r = await verifyCopy(dir);
    expect(r.violations).toEqual([]);
    expect(r.verified).toBe(true);
  });

  test('v1.0.0 records no ignore list: an ignore-me file there is an extra file', async () => {
    const dir = copyOf('v1.0.0');
    writeFileSync(join(dir, 'ignore-me'), '');
    const r = await verifyCopy(dir);
    expect(r.verified).toBe(false);
    expect(r.files.added).toEqual(['ignore-me']);
  });

  test('git paths are ignored by default, as model_signing does', async () => {
    const dir = copyOf('v1.0.0');
    cpSync(join(dir, 'signme-1'), join(dir, '.gitattributes'));
    const r = await verifyCopy(dir);
    expect(r.verified).toBe(true);
  });

  test('a signature kept outside the model directory verifies too; a model.sig inside is then unsigned', async () => {
    const dir = copyOf('v1.0.0');
    const sig = join(work, 'elsewhere-v1.0.0.sig');
    cpSync(join(dir, 'model.sig'), sig);
    unlinkSync(join(dir, 'model.sig'));
    const ok = await verifyOmsSignature({
      sigPath: sig,
      modelDir: dir,
      trustedRoot: 'public-good',
      identity: STEFAN,
    });
    expect(ok.verified).toBe(true);
    writeFileSync(join(dir, 'model.sig'), '{}');
    const bad = await verifyOmsSignature({
      sigPath: sig,
      modelDir: dir,
      trustedRoot: 'public-good',
      identity: STEFAN,
    });
    expect(bad.files.added).toEqual(['model.sig']);
  });

  test.each([
    [
      'another e-mail',
      { ...STEFAN, certIdentity: 'mallory@us.ibm.com' },
      'cert-identity',
      'mallory@us.ibm.com',
    ],
    [
      'a case-changed e-mail',
      { ...STEFAN, certIdentity: 'StefanB@us.ibm.com' },
      'cert-identity',
      'StefanB@us.ibm.com',
    ],
    [
      'another issuer',
      { ...STEFAN, certOidcIssuer: 'https://accounts.google.com' },
      'issuer',
      'https://accounts.google.com',
    ],
    [
      'no issuer (GitHub Actions by default)',
      { certIdentity: 'stefanb@us.ibm.com' },
      'issuer',
      'https://token.actions.githubusercontent.com',
    ],
    [
      'an anchored regex that only matches a prefix',
      { ...STEFAN, certIdentity: undefined, certIdentityRegex: 'stefanb@us' },
      'cert-identity-regex',
      'stefanb@us',
    ],
    [
      'a GitHub repository',
      { repository: 'sigstore/model-transparency', certOidcIssuer: STEFAN.certOidcIssuer },
      'repository',
      'sigstore/model-transparency',
    ],
  ] as const)('a wrong identity (%s) fails, naming it', async (_what, identity, rule, named) => {
    const r = await verifyOmsSignature({
      sigPath: join(vectorDir('v1.1.0'), 'model.sig'),
      modelDir: vectorDir('v1.1.0'),
      trustedRoot: 'public-good',
      identity: identity as IdentityPolicy,
    });
    expect(r.verified).toBe(false);
    const v = r.violations.find((x) => x.kind === 'identity' && x.rule === rule);
    expect(v).toBeDefined();
    expect(`${v!.message} ${v!.expected}`).toContain(named);
    // The files themselves are fine: only the identity fails.
    expect(r.files).toEqual({ added: [], removed: [], renamed: [], changed: [] });
  });

  test('a regex identity that matches the whole e-mail passes', async () => {
    const r = await verifyOmsSignature({
      sigPath: join(vectorDir('v1.0.0'), 'model.sig'),
      modelDir: vectorDir('v1.0.0'),
      trustedRoot: 'public-good',
      identity: {
        certIdentityRegex: '[a-z]+@us\\.ibm\\.com',
        certOidcIssuer: STEFAN.certOidcIssuer,
      },
    });
    expect(r.violations).toEqual([]);
  });

  test('no expected identity: refused even though the signature is valid', async () => {
    const r = await verifyOmsSignature({
      sigPath: join(vectorDir('v1.0.0'), 'model.sig'),
      modelDir: vectorDir('v1.0.0'),
      trustedRoot: 'public-good',
      identity: { certOidcIssuer: STEFAN.certOidcIssuer },
    });
    expect(r.verified).toBe(false);
    expect(r.violations.map((v) => v.rule)).toEqual(['identity-required']);
  });

  test('a payload edited inside the bundle fails the signature check', async () => {
    const dir = copyOf('v1.0.0');
    const sig = join(dir, 'model.sig');
    const bundle = JSON.parse(readFileSync(sig, 'utf8')) as { dsseEnvelope: { payload: string } };
    const text = Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8');
    bundle.dsseEnvelope.payload = Buffer.from(text.replace('"signme-2"', '"signme-3"')).toString(
      'base64',
    );
    writeFileSync(sig, JSON.stringify(bundle));
    const r = await verifyOmsSignature({
      sigPath: sig,
      modelDir: dir,
      trustedRoot: 'public-good',
      identity: STEFAN,
    });
    expect(r.verified).toBe(false);
    expect(r.violations[0]?.kind).toBe('signature');
    expect(r.violations[0]?.message).toMatch(/model\.sig/);
  });

  test('a trusted root that does not cover the signer is refused with a reason', async () => {
    const r = await verifyOmsSignature({
      sigPath: join(vectorDir('v1.0.0'), 'model.sig'),
      modelDir: vectorDir('v1.0.0'),
      trustedRoot: join(work, 'missing-root.json'),
      identity: STEFAN,
    });
    expect(r.verified).toBe(false);
    expect(r.violations[0]?.kind).toBe('trusted-root');
  });

  test('a trusted root this run already read is taken from the run, not read again', async () => {
    // The path names no file: only the root the run read before (here public-good) can verify.
    const path = join(work, 'read-once-root.json');
    const r = await verifyOmsSignature({
      sigPath: join(vectorDir('v1.0.0'), 'model.sig'),
      modelDir: vectorDir('v1.0.0'),
      trustedRoot: path,
      identity: STEFAN,
      roots: new Map([[path, Promise.resolve([publicGoodTrustedRoot()])]]),
    });
    expect(r.violations).toEqual([]);
    expect(r.verified).toBe(true);
    expect(r.trustedRoot?.name).toBe('public-good');
  });

  test('the model path must be a directory or a file (bad usage throws)', async () => {
    await expect(
      verifyOmsSignature({
        sigPath: join(vectorDir('v1.0.0'), 'model.sig'),
        modelDir: '/dev/null',
        trustedRoot: 'public-good',
        identity: STEFAN,
      }),
    ).rejects.toThrow(/neither a directory nor a file/);
  });

  test("one of the model's files given as the model fails, naming what is missing", async () => {
    const r = await verifyOmsSignature({
      sigPath: join(vectorDir('v1.0.0'), 'model.sig'),
      modelDir: join(vectorDir('v1.0.0'), 'signme-1'),
      trustedRoot: 'public-good',
      identity: STEFAN,
    });
    expect(r.verified).toBe(false);
    // The one file is signme-1's content under the name of a one-file model ('.').
    expect(r.files).toEqual({
      added: [],
      removed: ['signme-2'],
      renamed: [{ from: 'signme-1', to: '.' }],
      changed: [],
    });
  });
});
