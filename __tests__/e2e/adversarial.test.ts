// Verify fails closed. Valid bundles — ours, signed on the local stack by the attest engine,
// and real public-good ones from the vendored vectors — are broken or forged in every layer
// (envelope, certificate, transparency log, timestamps, bundle frame, statement, identity,
// trust, the model on disk, the file itself). Each mutation must be refused with a reason of
// the right kind; none may pass, hang or crash (an exception that is not a ProvenanceError).
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { X509Certificate } from '@sigstore/core';
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } from '@sigstore/sign';
import { initializeCA, initializeCTLog } from '../../tools/stack/mock.js';
import { attest } from '../../src/engine/attest.js';
import { isProvenanceError } from '../../src/errors.js';
import { closeHashPool } from '../../src/hash/index.js';
import { signStatement } from '../../src/sign/sign.js';
import type { IdentityPolicy } from '../../src/identity/signer-policy.js';
import type { ResolvedPath } from '../../src/verify/subjects.js';
import type { VerifyReport } from '../../src/verify/types.js';
import { verifyProvenance } from '../../src/verify/pipeline.js';
import { githubContextEnv } from '../../tools/runner/index.js';
import {
  fulcioIdentityFromClaims,
  startStack,
  type GitHubClaims,
  type Stack,
} from '../../tools/stack/index.js';
import {
  b64,
  bundleMutations,
  clone,
  decodePayload,
  inputMutations,
  leafCertB64,
  nameBindingLies,
  toB64,
  type BundleJson,
  type Mutation,
} from '../helpers/mutations.js';
import { vector } from '../helpers/vectors.js';
import { buildAttestRequest } from '../../src/request/attest.js';
import { actionEdge } from '../../src/request/edge.js';
import { NO_FIELDS } from '../helpers/requests.js';

const TIME_BOX_MS = 20_000;
const INTEROP = vector('gh-cli');

interface Target {
  model: ResolvedPath[];
  workspace: string;
  identity: IdentityPolicy;
  trustedRoot: string;
}

interface Outcome {
  mutation: Mutation;
  refused: boolean;
  /** Why it counts as a failure of the verifier, when it does. */
  problem?: string;
  reason?: string;
}

let scratch: string;
let fileCount = 0;
/** The longest a single verification took, to show how far from the time box they stay. */
let slowestMs = 0;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tp-adversarial-'));
});

async function timeBox<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`HANG: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Verify one mutation; judge the answer. */
async function judge(m: Mutation, t: Target): Promise<Outcome> {
  let bundles: unknown[];
  if (m.file) {
    const path = join(scratch, `${++fileCount}-${m.file.name}`);
    writeFileSync(path, m.file.data);
    bundles = [path];
  } else bundles = [m.bundle];
  let report: VerifyReport;
  const started = performance.now();
  try {
    report = await timeBox(
      verifyProvenance({
        bundles,
        model: t.model,
        workspace: t.workspace,
        identity: t.identity,
        trustedRoot: t.trustedRoot,
      }),
      TIME_BOX_MS,
    );
  } catch (e) {
    slowestMs = Math.max(slowestMs, performance.now() - started);
    if (isProvenanceError(e)) return { mutation: m, refused: true, reason: e.toLine() };
    return { mutation: m, refused: false, problem: `CRASH: ${(e as Error)?.stack ?? String(e)}` };
  }
  slowestMs = Math.max(slowestMs, performance.now() - started);
  if (report.verified) return { mutation: m, refused: false, problem: 'PASSED verification' };
  if (report.violations.length === 0)
    return { mutation: m, refused: false, problem: 'refused without any violation' };
  const blank = report.violations.find((v) => !v.message?.trim());
  if (blank) return { mutation: m, refused: false, problem: `a violation without a message` };
  const rightKind = report.violations.filter((v) => m.reasons.includes(v.kind));
  const right = m.because ? rightKind.filter((v) => m.because!.test(v.message)) : rightKind;
  if (right.length === 0) {
    return {
      mutation: m,
      refused: false,
      problem: `refused for the wrong reason: ${report.violations.map((v) => `${v.kind}: ${v.message}`).join(' | ')} (expected ${m.reasons.join(' or ')}${m.because ? ` saying ${m.because}` : ''})`,
    };
  }
  return { mutation: m, refused: true, reason: right[0]!.message };
}

const results: Outcome[] = [];

async function expectAllRefused(label: string, mutations: Mutation[], t: Target): Promise<void> {
  const names = mutations.map((m) => m.name);
  expect(new Set(names).size).toBe(names.length);
  const outcomes: Outcome[] = [];
  for (const m of mutations) outcomes.push(await judge(m, t));
  results.push(
    ...outcomes.map((o) => ({
      ...o,
      mutation: { ...o.mutation, name: `${label}: ${o.mutation.name}` },
    })),
  );
  const failures = outcomes
    .filter((o) => !o.refused)
    .map((o) => `${o.mutation.name} → ${o.problem}`);
  expect(failures).toEqual([]);
}

/** Model files written for this suite: the signed subjects. */
const MODEL: Record<string, string> = {
  'config.json': '{"architectures": ["Tiny"], "hidden_size": 8}\n',
  'weights/model.safetensors': 'weights \u0000\u0001\u0002 v1',
  'tokenizer.json': '{"vocab": ["a", "b", "c"]}\n',
};

const IDENTITY: IdentityPolicy = {
  repository: 'acme/vision',
  signerWorkflow: 'acme/vision/.github/workflows/train.yml@refs/heads/main',
  sourceRef: 'refs/heads/main',
  denySelfHostedRunners: true,
};

describe('adversarial: bundles signed by our attest engine on the local stack', () => {
  let stack: Stack;
  let impostor: Stack;
  let ws: string;
  let target: Target;
  let tsaOnlyRoot: string;
  let base: BundleJson;
  let other: BundleJson;
  let tsaOnly: BundleJson;
  let tsaOnlyOther: BundleJson;

  const endpoints = (s: Stack, tlog = true) => ({
    instance: 'custom' as const,
    fulcioUrl: s.fulcioUrl,
    rekorUrl: tlog ? s.rekorUrl : undefined,
    tsaUrl: s.tsaUrl,
  });

  async function sign(
    payload: Buffer | string,
    opts: { claims?: Partial<GitHubClaims>; on?: Stack; tlog?: boolean } = {},
  ): Promise<BundleJson> {
    const s = opts.on ?? stack;
    const { bundle } = await signStatement(Buffer.from(payload), {
      endpoints: endpoints(s, opts.tlog ?? true),
      token: await s.mintToken(opts.claims),
      // A loopback keep-alive connection can be reset under load: retried at once, as in use.
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
    });
    return bundle as BundleJson;
  }

  async function attestHere(outputDir: string, tlog: boolean): Promise<BundleJson> {
    const inputs = await buildAttestRequest(
      {
        ...NO_FIELDS,
        model: ['out/model'],
        datasets: ['hf://datasets/acme/tiny@0123456789abcdef0123456789abcdef01234567'],
        python: 'none',
        sign: true,
        sigstore: 'custom',
        fulcioUrl: stack.fulcioUrl,
        rekorUrl: tlog ? stack.rekorUrl : '',
        tsaUrl: stack.tsaUrl,
        artifactName: 'training-provenance',
        outputDir,
      },
      actionEdge(ws),
    );
    const r = await attest(inputs, {
      workspace: ws,
      env: githubContextEnv(),
      pathEnv: process.env.PATH ?? '',
      getIdToken: () => stack.mintToken(),
      artifactRuntimeAvailable: false,
      toolVersion: '0.0.0-adversarial',
      log: () => {},
    });
    return JSON.parse(await readFile(r.training.bundlePath!, 'utf8')) as BundleJson;
  }

  /** The base statement with an edit, as bytes to sign. */
  const edited = (edit: (st: BundleJson) => void): string => {
    const st = clone(decodePayload(base)) as BundleJson;
    edit(st);
    return JSON.stringify(st);
  };

  beforeAll(async () => {
    ws = join(scratch, 'ws');
    for (const [name, content] of Object.entries(MODEL)) {
      mkdirSync(join(ws, 'out/model', name, '..'), { recursive: true });
      writeFileSync(join(ws, 'out/model', name), content);
    }
    // Trusted roots live in scratch, removed with it at the end.
    [stack, impostor] = await Promise.all([
      startStack({ dir: join(scratch, 'stack') }),
      startStack({ dir: join(scratch, 'impostor') }),
    ]);
    target = {
      workspace: ws,
      identity: IDENTITY,
      trustedRoot: stack.trustedRootPath,
      // The directory and each of its files: every subject is checked.
      model: [
        { kind: 'directory', path: join(ws, 'out/model'), relPath: 'out/model' },
        ...Object.keys(MODEL).map((n) => ({
          kind: 'file' as const,
          path: join(ws, 'out/model', n),
          relPath: `out/model/${n}`,
        })),
      ],
    };
    base = await attestHere(join(scratch, 'out-base'), true);
    tsaOnly = await attestHere(join(scratch, 'out-tsa'), false);
    // Another signing by the same signer, of other content.
    const otherStatement = edited((st) => {
      st.subject[0].digest.sha256 = 'f'.repeat(64);
    });
    other = await sign(otherStatement);
    tsaOnlyOther = await sign(otherStatement, { tlog: false });
    tsaOnlyRoot = join(scratch, 'tsa-only-root.json');
    writeFileSync(tsaOnlyRoot, JSON.stringify({ ...stack.trustedRoot, tlogs: [] }));
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
    await impostor?.close();
  });

  test('the unmutated bundles verify (the mutations start from valid evidence)', async () => {
    const ok = await verifyProvenance({ bundles: [base], ...target });
    expect(ok.violations).toEqual([]);
    expect(ok.verified).toBe(true);
    const ok2 = await verifyProvenance({ bundles: [tsaOnly], ...target, trustedRoot: tsaOnlyRoot });
    expect(ok2.violations).toEqual([]);
    expect(base.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(base.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
  });

  test('structural mutations of a Rekor + TSA bundle are refused', async () => {
    await expectAllRefused('ours', bundleMutations(base, other), target);
  });

  test("structural mutations of a TSA-only bundle (GitHub's shape) are refused", async () => {
    const ms = bundleMutations(tsaOnly, tsaOnlyOther);
    // And: a transparency log entry grafted from a Rekor bundle does not add trust.
    const grafted = clone(tsaOnly);
    grafted.verificationMaterial.tlogEntries = base.verificationMaterial.tlogEntries;
    ms.push({
      name: 'tlog: an entry of another signing grafted in',
      target: 'tlog',
      reasons: ['signature'],
      bundle: grafted,
    });
    await expectAllRefused('ours, TSA only', ms, { ...target, trustedRoot: tsaOnlyRoot });
  });

  test('broken and hostile bundle files are refused', async () => {
    await expectAllRefused('ours', inputMutations(base), target);
  });

  test('statements that are validly signed but lie are refused', async () => {
    const digest = (st: BundleJson, name: string) =>
      st.subject.find((s: { name: string }) => s.name === name);
    // The duplicate subjects and the predicate types name what is wrong, not only its kind.
    const DUPLICATE = /subject 'out\/model' 2 different digests/;
    const cases: Array<[string, Mutation['reasons'], string, RegExp?]> = [
      [
        'subject: directory digest changed',
        ['subject'],
        edited((st) => {
          digest(st, 'out/model').digest.sha256 = '0'.repeat(64);
        }),
      ],
      [
        'subject: one file digest changed',
        ['subject'],
        edited((st) => {
          digest(st, 'out/model/config.json').digest.sha256 = '1'.repeat(64);
        }),
      ],
      [
        'subject: the directory subject missing',
        ['subject'],
        edited((st) => {
          st.subject = st.subject.filter((s: { name: string }) => s.name !== 'out/model');
        }),
      ],
      [
        'subject: one file subject missing',
        ['subject'],
        edited((st) => {
          st.subject = st.subject.filter(
            (s: { name: string }) => s.name !== 'out/model/tokenizer.json',
          );
        }),
      ],
      [
        'subject: list empty',
        ['subject', 'statement'],
        edited((st) => {
          st.subject = [];
        }),
      ],
      [
        'subject: a duplicate of the directory with a wrong digest, first',
        ['subject', 'statement'],
        edited((st) => {
          st.subject.unshift({ name: 'out/model', digest: { sha256: '2'.repeat(64) } });
        }),
        DUPLICATE,
      ],
      [
        'subject: a duplicate of the directory with a wrong digest, last',
        ['subject', 'statement'],
        edited((st) => {
          st.subject.push({ name: 'out/model', digest: { sha256: '2'.repeat(64) } });
        }),
        DUPLICATE,
      ],
      [
        'subject: a duplicate of a file with a wrong digest, last',
        ['subject', 'statement'],
        edited((st) => {
          st.subject.push({ name: './out/model/config.json', digest: { sha256: '3'.repeat(64) } });
        }),
        /subject 'out\/model\/config\.json' 2 different digests/,
      ],
      [
        'subject: digests only in sha1',
        ['subject'],
        edited((st) => {
          for (const s of st.subject) s.digest = { sha1: 'a'.repeat(40) };
        }),
      ],
      [
        'subject: sha256 digests of the wrong length',
        ['subject'],
        edited((st) => {
          for (const s of st.subject) s.digest = { sha256: s.digest.sha256.slice(0, 63) };
        }),
      ],
      [
        'subject: no digest at all',
        ['subject', 'statement'],
        edited((st) => {
          for (const s of st.subject) delete s.digest;
        }),
      ],
      [
        'subject: not a list',
        ['statement'],
        edited((st) => {
          st.subject = { name: 'out/model' };
        }),
      ],
      [
        'predicateType: an unknown one',
        ['statement'],
        edited((st) => {
          st.predicateType = 'https://example.com/not-provenance/v1';
        }),
        /predicate type is 'https:\/\/example\.com\/not-provenance\/v1', not https:\/\/slsa\.dev\/provenance\/v1/,
      ],
      [
        'predicateType: SLSA provenance v0.2',
        ['statement'],
        edited((st) => {
          st.predicateType = 'https://slsa.dev/provenance/v0.2';
        }),
        /predicate type is 'https:\/\/slsa\.dev\/provenance\/v0\.2'/,
      ],
      [
        'predicateType: removed',
        ['statement'],
        edited((st) => {
          delete st.predicateType;
        }),
        /predicate type is \(none\)/,
      ],
      [
        'predicate: removed',
        ['statement'],
        edited((st) => {
          delete st.predicate;
        }),
        /has no predicate/,
      ],
      [
        'predicate: an empty object',
        ['statement'],
        edited((st) => {
          st.predicate = {};
        }),
        /lacks the required buildDefinition, runDetails/,
      ],
      [
        'predicate: the builder id removed',
        ['statement'],
        edited((st) => {
          delete st.predicate.runDetails.builder.id;
        }),
        /lacks the required runDetails\.builder\.id/,
      ],
      [
        '_type: unknown statement type',
        ['statement'],
        edited((st) => {
          st._type = 'https://example.com/Statement/v9';
        }),
      ],
      [
        '_type: removed',
        ['statement'],
        edited((st) => {
          delete st._type;
        }),
      ],
      [
        'statement: claims another source repository',
        ['statement'],
        edited((st) => {
          st.predicate.buildDefinition.externalParameters.workflow.repository =
            'https://github.com/evil/vision';
        }),
      ],
      [
        'statement: claims another commit',
        ['statement'],
        edited((st) => {
          st.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit = 'b'.repeat(40);
        }),
      ],
      [
        'statement: claims another ref',
        ['statement'],
        edited((st) => {
          st.predicate.buildDefinition.externalParameters.workflow.ref = 'refs/heads/release';
        }),
      ],
      [
        'statement: claims another builder',
        ['statement'],
        edited((st) => {
          st.predicate.runDetails.builder.id =
            'https://github.com/evil/vision/.github/workflows/x.yml@refs/heads/main';
        }),
      ],
      ['statement: a JSON array', ['statement'], '[]'],
      ['statement: not JSON', ['statement'], 'this is not a statement'],
      ['statement: whitespace only', ['statement'], ' '],
    ];
    const mutations: Mutation[] = [];
    for (const [name, reasons, payload, because] of cases) {
      mutations.push({
        name,
        target: 'statement',
        reasons,
        bundle: await sign(payload),
        ...(because ? { because } : {}),
      });
    }
    // A valid signature over the same statement under another payload type.
    const builder = new DSSEBundleBuilder({
      signer: new FulcioSigner({
        fulcioBaseURL: stack.fulcioUrl,
        identityProvider: { getToken: () => stack.mintToken() },
      }),
      witnesses: [new RekorWitness({ rekorBaseURL: stack.rekorUrl, entryType: 'dsse' })],
      certificateChain: false,
    });
    const wrongType = bundleToJSON(
      await builder.create({ data: b64(base.dsseEnvelope.payload), type: 'application/json' }),
    );
    mutations.push({
      name: 'payloadType: application/json, validly signed',
      target: 'statement',
      reasons: ['statement'],
      bundle: wrongType,
    });
    await expectAllRefused('ours', mutations, target);
  }, 60_000);

  test('valid bundles from the wrong signer are refused', async () => {
    const payload = b64(base.dsseEnvelope.payload);
    const cases: Array<[string, Partial<GitHubClaims>, Mutation['reasons']]> = [
      ['another repository', { repository: 'evil/vision' }, ['identity', 'statement']],
      [
        'a look-alike repository',
        { repository: 'acme/vision-', sha: stack.claims.sha },
        ['identity', 'statement'],
      ],
      ['another owner, same name', { repository: 'acme-corp/vision' }, ['identity', 'statement']],
      ['another branch', { ref: 'refs/heads/feature' }, ['identity', 'statement']],
      [
        'a pull request ref',
        { ref: 'refs/pull/7/merge', event_name: 'pull_request' },
        ['identity', 'statement'],
      ],
      ['a self-hosted runner', { runner_environment: 'self-hosted' }, ['identity']],
      [
        'another workflow file',
        { job_workflow_ref: 'acme/vision/.github/workflows/other.yml@refs/heads/main' },
        ['identity', 'statement'],
      ],
      [
        "a reusable workflow in the attacker's repository",
        { job_workflow_ref: 'evil/tools/.github/workflows/train.yml@refs/heads/main' },
        ['identity', 'statement'],
      ],
      ['another OIDC issuer', { iss: stack.issuerUrl }, ['identity']],
      ['another commit', { sha: 'c'.repeat(40) }, ['statement']],
    ];
    const mutations: Mutation[] = [];
    for (const [name, claims, reasons] of cases) {
      mutations.push({
        name: `signer: ${name}`,
        target: 'identity',
        reasons,
        bundle: await sign(payload, { claims }),
      });
    }
    await expectAllRefused('ours', mutations, target);
  }, 60_000);

  test('forgeries from an impostor Sigstore (same names, other keys) are refused', async () => {
    const payload = b64(base.dsseEnvelope.payload);
    // 1. A complete, self-consistent bundle from another instance that uses the same CA name.
    const whole = await sign(payload, { on: impostor });

    // 2. A certificate with exactly the expected identity, for the real signing key, issued by an
    //    impostor CA whose name is the real CA's: only the CA's signature tells them apart.
    const leaf = X509Certificate.parse(Buffer.from(leafCertB64(base), 'base64'));
    const ctKeys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const caKeys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const ca = await initializeCA(caKeys, await initializeCTLog(ctKeys));
    const identity = fulcioIdentityFromClaims(stack.claims as unknown as Record<string, unknown>);
    const forgedLeaf = await ca.issueCertificate({
      publicKey: Buffer.from(leaf.publicKey),
      subjectAltName: identity.subjectAltName,
      extensions: identity.extensions.map((e) => ({ oid: e.oid, value: e.value, legacy: e.raw })),
    });
    const forgedCert = clone(base);
    forgedCert.verificationMaterial.certificate.rawBytes = toB64(forgedLeaf as Uint8Array);

    // 3. The real signature, timestamped by an impostor TSA instead of the real one.
    const impostorTs = await new TSAWitness({ tsaBaseURL: impostor.tsaUrl }).testify({
      $case: 'dsseEnvelope',
      dsseEnvelope: {
        payload,
        payloadType: base.dsseEnvelope.payloadType,
        signatures: [{ sig: b64(base.dsseEnvelope.signatures[0].sig), keyid: '' }],
      },
    } as never);
    const foreignTs = clone(tsaOnly);
    foreignTs.verificationMaterial.timestampVerificationData.rfc3161Timestamps = [
      { signedTimestamp: toB64(impostorTs.rfc3161Timestamps![0]!.signedTimestamp) },
    ];

    // 4. Our bundle with the impostor's log entry for the same statement.
    const foreignEntry = clone(base);
    foreignEntry.verificationMaterial.tlogEntries = whole.verificationMaterial.tlogEntries;

    const mutations: Mutation[] = [
      {
        name: 'impostor: a whole bundle from another instance',
        target: 'trust',
        reasons: ['signature'],
        bundle: whole,
      },
      {
        name: 'impostor: a certificate with the right identity from an impostor CA',
        target: 'certificate',
        reasons: ['signature'],
        bundle: forgedCert,
      },
      {
        name: 'impostor: a timestamp from an impostor TSA',
        target: 'timestamp',
        reasons: ['signature'],
        bundle: foreignTs,
      },
      {
        name: "impostor: the impostor log's entry",
        target: 'tlog',
        reasons: ['signature'],
        bundle: foreignEntry,
      },
    ];
    await expectAllRefused('ours', mutations.slice(0, 2).concat(mutations.slice(3)), target);
    await expectAllRefused('ours, TSA only', [mutations[2]!], {
      ...target,
      trustedRoot: tsaOnlyRoot,
    });
  }, 60_000);

  test('statements that sign the contents under other names, or no names, are refused', async () => {
    const mutations: Mutation[] = [];
    for (const lie of nameBindingLies('out/model'))
      mutations.push({
        name: lie.name,
        target: 'statement',
        reasons: ['subject'],
        bundle: await sign(edited(lie.edit)),
        because: lie.because,
      });
    // The directory alone as the model path: its names are what is judged.
    await expectAllRefused('ours', mutations, { ...target, model: target.model.slice(0, 1) });
  }, 60_000);

  test('the right bundle against the wrong trust, or a swapped model, is refused', async () => {
    const t = (name: string, reasons: Mutation['reasons']): Mutation => ({
      name,
      target: 'trust',
      reasons,
      bundle: base,
    });
    await expectAllRefused('ours', [t('trust: the public-good root', ['trusted-root'])], {
      ...target,
      trustedRoot: 'public-good',
    });
    await expectAllRefused('ours', [t('trust: auto (no root for this CA)', ['trusted-root'])], {
      ...target,
      trustedRoot: 'auto',
    });
    await expectAllRefused(
      'ours',
      [t("trust: an impostor's root with the same CA name", ['signature'])],
      {
        ...target,
        trustedRoot: impostor.trustedRootPath,
      },
    );

    // The model swapped, extended or shortened after signing.
    const weights = join(ws, 'out/model/weights/model.safetensors');
    const backdoor = join(ws, 'out/model/backdoor.py');
    const swaps: Array<[string, () => void, () => void]> = [
      [
        'model: weights swapped',
        () => writeFileSync(weights, 'malicious weights'),
        () => writeFileSync(weights, MODEL['weights/model.safetensors']!),
      ],
      [
        'model: one byte appended to the weights',
        () => writeFileSync(weights, `${MODEL['weights/model.safetensors']}\u0000`),
        () => writeFileSync(weights, MODEL['weights/model.safetensors']!),
      ],
      [
        'model: an unsigned file added',
        () => writeFileSync(backdoor, 'import os\n'),
        () => rmSync(backdoor),
      ],
      [
        'model: a file renamed (the same order, the same OMS root)',
        () =>
          renameSync(join(ws, 'out/model/config.json'), join(ws, 'out/model/adapter_config.json')),
        () =>
          renameSync(join(ws, 'out/model/adapter_config.json'), join(ws, 'out/model/config.json')),
      ],
      [
        'model: a file moved into a new folder (the same order)',
        () => {
          mkdirSync(join(ws, 'out/model/tok'));
          renameSync(
            join(ws, 'out/model/tokenizer.json'),
            join(ws, 'out/model/tok/tokenizer.json'),
          );
        },
        () => {
          renameSync(
            join(ws, 'out/model/tok/tokenizer.json'),
            join(ws, 'out/model/tokenizer.json'),
          );
          rmSync(join(ws, 'out/model/tok'), { recursive: true });
        },
      ],
      [
        'model: a signed file removed',
        () => rmSync(join(ws, 'out/model/tokenizer.json')),
        () => writeFileSync(join(ws, 'out/model/tokenizer.json'), MODEL['tokenizer.json']!),
      ],
    ];
    for (const [name, change, restore] of swaps) {
      change();
      try {
        await expectAllRefused(
          'ours',
          [{ name, target: 'model', reasons: ['subject'], bundle: base }],
          {
            ...target,
            // The directory only: a removed file named as a model path would be a usage error.
            model: target.model.slice(0, 1),
          },
        );
      } finally {
        restore();
      }
    }
  }, 60_000);
});

const interop = describe;

interop('adversarial: real public-good bundles (__tests__/vectors)', () => {
  const at = (f: string) => join(INTEROP, f);
  const fileModel = (f: string): ResolvedPath[] => [
    { kind: 'file', path: at(f), relPath: basename(f) },
  ];
  const SIGSTORE_JS: Target = {
    model: fileModel('sigstore-js-2.1.0.tgz'),
    workspace: INTEROP,
    trustedRoot: 'public-good',
    identity: {
      repository: 'sigstore/sigstore-js',
      signerWorkflow: 'sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
      sourceRef: 'refs/heads/main',
      denySelfHostedRunners: true,
    },
  };
  const REUSABLE: Target = {
    model: fileModel('reusable-workflow-artifact'),
    workspace: INTEROP,
    trustedRoot: 'public-good',
    identity: {
      repository: 'malancas/attest-demo',
      signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
    },
  };
  let js: BundleJson;
  let jsV01: BundleJson;
  let reusable: BundleJson;

  beforeAll(async () => {
    const read = async (f: string) => JSON.parse(await readFile(at(f), 'utf8')) as BundleJson;
    [js, jsV01, reusable] = await Promise.all([
      read('sigstore-js-2.1.0-bundle.json'),
      read('sigstore-js-2.1.0-bundle-v0.1.json'),
      read('reusable-workflow-attestation.sigstore.json'),
    ]);
  });

  test('the unmutated bundles verify offline', async () => {
    for (const [b, t] of [
      [js, SIGSTORE_JS],
      [jsV01, SIGSTORE_JS],
      [reusable, REUSABLE],
    ] as const) {
      const r = await verifyProvenance({ bundles: [b], ...t });
      expect(r.violations).toEqual([]);
    }
  });

  test('structural mutations of sigstore-js npm provenance (v0.3, intoto entry) are refused', async () => {
    await expectAllRefused('sigstore-js v0.3', bundleMutations(js, reusable), SIGSTORE_JS);
  });

  test('structural mutations of the same attestation as a v0.1 bundle are refused', async () => {
    const ms = bundleMutations(jsV01, reusable);
    const noPromise = clone(jsV01);
    delete noPromise.verificationMaterial.tlogEntries[0].inclusionPromise;
    ms.push({
      name: 'v0.1: inclusion promise removed',
      target: 'tlog',
      reasons: ['bundle', 'signature'],
      bundle: noPromise,
    });
    await expectAllRefused('sigstore-js v0.1', ms, SIGSTORE_JS);
  });

  test('structural mutations of an actions/attest bundle (reusable workflow, dsse entry) are refused', async () => {
    await expectAllRefused('actions/attest', bundleMutations(reusable, js), REUSABLE);
  });

  test('hostile files, a swapped model, and the broken-on-purpose vectors are refused', async () => {
    await expectAllRefused('sigstore-js', inputMutations(js), SIGSTORE_JS);
    await expectAllRefused(
      'sigstore-js',
      [
        {
          name: 'model: another artifact in place of the tgz',
          target: 'model',
          reasons: ['subject'],
          bundle: js,
        },
      ],
      {
        ...SIGSTORE_JS,
        model: [
          {
            kind: 'file',
            path: at('reusable-workflow-artifact'),
            relPath: 'sigstore-js-2.1.0.tgz',
          },
        ],
      },
    );
    const vectors: Mutation[] = [
      ['github_provenance_demo-0.0.12-py3-none-any-bundle-missing-cert.jsonl', ['bundle']],
      [
        'github_provenance_demo-0.0.12-py3-none-any-bundle-missing-verification-material.jsonl',
        ['bundle'],
      ],
      ['sigstoreBundle-invalid-signature.json', ['signature', 'statement', 'bundle']],
      ['github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl', ['trusted-root']],
    ].map(([f, reasons]) => ({
      name: `vector: ${f as string}`,
      target: 'bundle' as const,
      reasons: reasons as Mutation['reasons'],
      file: { name: basename(f as string), data: '' },
    }));
    // These are files already: verify them by path, not as written copies.
    for (const v of vectors) {
      const path = at(v.name.replace('vector: ', ''));
      v.file = undefined;
      v.bundle = undefined;
      const r = await verifyProvenance({ bundles: [path], ...SIGSTORE_JS });
      expect(r.verified).toBe(false);
      expect(r.violations.some((x) => v.reasons.includes(x.kind))).toBe(true);
      results.push({ mutation: v, refused: true, reason: r.violations[0]!.message });
    }
  });
});

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await closeHashPool();
  // The same mutation applied to several valid bundles counts once here.
  const distinct = new Set(
    results.filter((r) => r.refused).map((r) => r.mutation.name.replace(/^[^:]*: /, '')),
  ).size;
  const refused = results.filter((r) => r.refused).length;
  const byTarget = new Map<string, number>();
  for (const r of results.filter((x) => x.refused))
    byTarget.set(r.mutation.target, (byTarget.get(r.mutation.target) ?? 0) + 1);
  console.log(
    `adversarial: ${refused} of ${results.length} mutations refused, ${distinct} distinct (${[
      ...byTarget,
    ]
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}); slowest ${Math.round(slowestMs)} ms`,
  );
});
