// Fuzz, end to end: generated bad files through the command as a user types it. Each must end
// in exit 1 (not verified) or 2 (bad input) with a named error, never a stack trace or an
// INTERNAL error; inspect, which decodes without judging, may also print what it read (exit 0).
// Few files per command (a spawn costs about 0.3 s), drawn from the fixed seed.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { readOsvRecord } from '../../src/advisories/osv.js';
import { parsePolicy } from '../../src/policy/policy.js';
import { installTp, sh, type ShellRun } from '../helpers/shell.js';
import { vector } from '../helpers/vectors.js';
import { badFile, mangledText, mutated, toText, type Json } from './mutate.js';
import { FUZZ_SEED } from './property.js';
import {
  BUNDLES,
  MANIFESTS,
  manifestText,
  MODEL_SIGS,
  OSV_RECORDS,
  POLICY,
  POLICY_TEXT,
  PROOFS,
  STATEMENTS,
  TRUSTED_ROOT,
} from './valid.js';
import { stringify } from 'yaml';

let bin: string;
let ws: string;
const NPM =
  '--model sigstore-js-2.1.0.tgz --repository sigstore/sigstore-js --trusted-root root.json';
const VALID = '--bundle valid.sigstore.json';

beforeAll(async () => {
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'fuzz-cli-'));
  await copyFile(vector('gh-cli', 'sigstore-js-2.1.0.tgz'), join(ws, 'sigstore-js-2.1.0.tgz'));
  await writeFile(join(ws, 'root.json'), toText(TRUSTED_ROOT));
  await writeFile(join(ws, 'valid.sigstore.json'), toText(BUNDLES[0]!));
  await mkdir(join(ws, 'model'));
  for (const f of ['signme-1', 'signme-2'])
    await copyFile(vector('model-signing', 'v1.0.0-sigstore', f), join(ws, 'model', f));
});

const sample = <T>(arb: fc.Arbitrary<T>, n: number) =>
  fc.sample(arb, { seed: FUZZ_SEED, numRuns: n });

/** The documents a file holds: one JSON document, or one a line; undefined when not JSON. */
function docs(text: string): unknown[] | undefined {
  try {
    return [JSON.parse(text)];
  } catch {
    try {
      return text
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as unknown);
    } catch {
      return undefined;
    }
  }
}

/**
 * Damage that left nothing damaged (a BOM, CRLF, the same bundle twice): every document in the
 * file is one of the valid ones. Such a file rightly verifies; it is not a bad file.
 */
const notInert = (valid: readonly Json[]) => (text: string) => {
  const found = docs(text.replace(/^\uFEFF/, ''));
  return !found?.length || !found.every((d) => valid.some((v) => isDeepStrictEqual(d, v)));
};

/** Whether the parser refuses the text: a file it reads is no bad file for the command. */
const refusedBy = (read: (text: string) => unknown) => (text: string) => {
  try {
    read(text);
    return false;
  } catch {
    return true;
  }
};

/** Why a run is not a clean refusal; undefined when it is. */
function unclean(r: ShellRun, exits: number[]): string | undefined {
  const out = `${r.stdout}\n${r.stderr}`;
  if (!exits.includes(r.code)) return `exit ${r.code}`;
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(out)) return 'a stack trace';
  if (/INTERNAL/.test(out)) return 'an INTERNAL error';
  if (r.code === 2 && !/\b[A-Z][A-Z_]{3,}: /.test(r.stderr)) return 'no named error';
  return undefined;
}

/** Writes each text as FILE<i><ext>, runs `line(file)`; every run must be clean. */
async function runAll(texts: string[], ext: string, line: (f: string) => string, exits = [1, 2]) {
  const failures: string[] = [];
  const tag = Math.random().toString(36).slice(2, 8);
  // Two at a time: the machine has two cores.
  for (let i = 0; i < texts.length; i += 2) {
    await Promise.all(
      texts.slice(i, i + 2).map(async (text, j) => {
        const file = `f-${tag}-${i + j}${ext}`;
        await writeFile(join(ws, file), text);
        const r = await sh(bin, `tp ${line(file)}`, ws, {
          TRAINING_PROVENANCE_OFFLINE: '1',
          HOME: ws,
        });
        const why = unclean(r, exits);
        if (why)
          failures.push(
            `${why}: tp ${line(file)} (seed ${FUZZ_SEED})\n  file: ${text.slice(0, 300)}\n  stderr: ${r.stderr.slice(0, 600)}`,
          );
      }),
    );
  }
  expect(failures).toEqual([]);
}

const N = 8;

test('verify --bundle: damaged bundles', async () => {
  const bad = fc
    .constantFrom(...BUNDLES)
    .chain((b) => badFile(b))
    .filter(notInert(BUNDLES));
  await runAll(sample(bad, N), '.json', (f) => `verify ${NPM} --bundle ${f}`);
});

test('inspect: damaged bundles and statements', async () => {
  const bad = fc.constantFrom(...BUNDLES, ...STATEMENTS).chain((d) => badFile(d));
  await runAll(sample(bad, N), '.json', (f) => `inspect ${f}`, [0, 2]);
});

test('verify --policy: damaged policies', async () => {
  const bad = fc
    .oneof(
      mutated(POLICY).map((p) => stringify(p)),
      mangledText(POLICY_TEXT),
    )
    .filter(refusedBy(parsePolicy));
  await runAll(sample(bad, N), '.yml', (f) => `verify ${NPM} ${VALID} --policy ${f}`);
});

test('manifest verify: damaged manifests', async () => {
  // Against a directory that holds none of the listed files: a readable manifest finds
  // differences (exit 1), a damaged one is bad input (exit 2).
  const bad = fc
    .constantFrom(...MANIFESTS)
    .chain((m) => fc.oneof(mutated(m).map(manifestText), mangledText(manifestText(m))));
  await runAll(sample(bad, N), '.jsonl', (f) => `manifest verify ${f} model`);
});

test('verify-proof --proof: damaged proofs', async () => {
  // npm's bundle commits to no dataset: a readable proof is not shown to hold (exit 1).
  const bad = fc
    .constantFrom(...PROOFS)
    .chain((p) => badFile(p))
    .filter(notInert(PROOFS));
  await runAll(
    sample(bad, N),
    '.json',
    (f) =>
      `verify-proof ${VALID} --proof ${f} --repository sigstore/sigstore-js --trusted-root root.json`,
  );
});

test('verify --model-signature, --advisories, --trusted-root: damaged files', async () => {
  const ibm =
    '--cert-identity stefanb@us.ibm.com --cert-oidc-issuer https://sigstore.verify.ibm.com/oauth2';
  const sigs = fc
    .constantFrom(...MODEL_SIGS)
    .chain((s) => badFile(s))
    .filter(notInert(MODEL_SIGS));
  await runAll(
    sample(sigs, 4),
    '.sig',
    (f) => `verify --model model --model-signature ${f} ${ibm} --trusted-root root.json`,
  );
  const readAll = (text: string) => {
    const json: unknown = JSON.parse(text);
    for (const r of Array.isArray(json) ? json : [json]) readOsvRecord(r, 'osv.json');
  };
  const advisories = fc
    .constantFrom(...OSV_RECORDS)
    .chain((r) => badFile(r))
    .filter(refusedBy(readAll));
  await runAll(sample(advisories, 4), '.json', (f) => `verify ${NPM} ${VALID} --advisories ${f}`);
  const roots = badFile(TRUSTED_ROOT).filter(notInert([TRUSTED_ROOT]));
  await runAll(
    sample(roots, 4),
    '.json',
    (f) =>
      `verify --model sigstore-js-2.1.0.tgz --repository sigstore/sigstore-js ${VALID} --trusted-root ${f}`,
  );
});

/** The fuzz findings that a user can reach from the command line, each as that user would. */
describe('regressions, through the command', () => {
  const SHADOWED = '{"toString":1}';

  test('inspect of a statement whose predicateType is an object shows it', async () => {
    const s = { ...(STATEMENTS[0] as object), predicateType: '@' } as Json;
    await writeFile(join(ws, 'shadowed.intoto.json'), toText(s).replace('"@"', SHADOWED));
    const r = await sh(bin, 'tp inspect shadowed.intoto.json', ws, { HOME: ws });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(SHADOWED);
  });

  test('inspect of a bundle whose integratedTime is no time refuses it', async () => {
    const text = toText(BUNDLES[0]!).replace(
      /"integratedTime":"\d+"/,
      '"integratedTime":"16933236231693323623"',
    );
    expect(text).toContain('16933236231693323623');
    await runAll([text], '.json', (f) => `inspect ${f}`, [2]);
  });

  test('manifest verify of a trailer whose files shadow toString names the trailer', async () => {
    const lines = manifestText(MANIFESTS[0]!).trimEnd().split('\n');
    lines[lines.length - 1] = `{"files":${SHADOWED},"bytes":0,"root":"x"}`;
    await runAll([`${lines.join('\n')}\n`], '.jsonl', (f) => `manifest verify ${f} model`, [2]);
  });

  test('verify --trusted-root with a directory is bad input, not INTERNAL EISDIR', async () => {
    await mkdir(join(ws, 'roots'), { recursive: true });
    const r = await sh(bin, `tp verify ${NPM.replace('root.json', 'roots')} ${VALID}`, ws, {
      HOME: ws,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/TRUST_ROOT_MISSING: input 'trusted-root': .*roots.* directory/);
  });

  test.each(['--advisories', '--proofs'])(
    'verify %s FIFO is bad input, not a hang',
    async (flag) => {
      const fifo = `fifo${flag}`;
      execFileSync('mkfifo', [join(ws, fifo)]);
      const r = await sh(bin, `timeout 20 tp verify ${NPM} ${VALID} ${flag} ${fifo}`, ws, {
        HOME: ws,
      });
      // The read of a FIFO nobody writes never ended (timeout's 124).
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(`FILE_UNREADABLE: input '${flag.slice(2)}': .*${fifo}.*not a regular file`),
      );
    },
  );

  test.each([
    ['inspect', 'fifo-inspect', 'inspect fifo-inspect', 'bundle'],
    ['manifest verify', 'fifo-manifest', 'manifest verify fifo-manifest model', 'manifest verify'],
    ['diff', 'fifo-diff', 'diff fifo-diff fifo-diff', 'OLD'],
  ])('%s of a FIFO is bad input, not a hang', async (_, fifo, line, input) => {
    execFileSync('mkfifo', [join(ws, fifo)]);
    const r = await sh(bin, `timeout 20 tp ${line}`, ws, { HOME: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`FILE_UNREADABLE: input '${input}': .*${fifo}.*not a regular file`),
    );
  });

  test('verify --advisories with an id nested 100,000 deep names the field', async () => {
    const deep = `{"id":${'['.repeat(100_000)}${']'.repeat(100_000)},"modified":"x"}`;
    await runAll([deep], '.json', (f) => `verify ${NPM} ${VALID} --advisories ${f}`, [2]);
  });
});
