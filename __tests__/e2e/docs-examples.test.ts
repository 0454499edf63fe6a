// Every command-line example of README.md and docs/ runs as written: through a shell (globs
// and variables expand as they would for a user), with `training-provenance` the bundled CLI,
// in one prepared directory holding what the examples name (a model, a dataset, keys and
// certificates, a policy, signed bundles), in the order the documentation shows them. Each
// must exit 0 (or the exit its marker states) and print the output its block shows. Keyless
// examples sign and verify on the local Sigstore stack, which stands in for the public-good
// instance: the user's TUF cache holds its trusted root as the public-good root refreshed
// within the day (src/verify/tuf.ts keeps one a day), so `--trusted-root auto` verifies with
// it and no network is asked. What cannot run (keyless signing on public-good, other tools)
// is marked in the Markdown and listed here, never skipped silently. What cannot run at all
// is checked as data: every policy example parses, workflow examples name only inputs and
// outputs our actions declare, and a synopsis in the prose only flags its command takes.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { strToU8, zipSync } from 'fflate';
import { parsePolicy } from '../../src/policy/index.js';
import { PUBLIC_GOOD_TUF_URL } from '../../src/verify/tuf.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { REPO_ROOT } from '../../tools/runner/index.js';
import { docFiles, examplesOf, showsOutput, type DocCommand } from '../helpers/doc-examples.js';
import { makePki } from '../helpers/pki.js';
import { installTp, sh } from '../helpers/shell.js';

const docs = docFiles(REPO_ROOT).map((path) => examplesOf(REPO_ROOT, path));
const commands = docs.flatMap((d) => d.commands);
const ours = (c: DocCommand) => /^training-provenance\s/.test(c.text);

let stack: Stack;
let bin: string;
let ws: string;
let cache: string;
/** As a user's shell in a workflow's `run:` step (sh's GITHUB_* variables), with their cache. */
const env = async () => ({
  SIGSTORE_ID_TOKEN: await stack.mintToken(),
  XDG_CACHE_HOME: cache,
  TRAINING_PROVENANCE_OFFLINE: '',
  // What an array job of Slurm (and the manifest page's loop) gives each task.
  SLURM_ARRAY_TASK_ID: '0',
  SLURM_ARRAY_TASK_COUNT: '1',
  I: '0',
  N: '1',
});
const tp = async (line: string) => {
  const r = await sh(bin, line, ws, await env());
  if (r.code !== 0) throw new Error(`preparing: ${line}: ${r.stderr}`);
};

/** The user's TUF cache: the stack's root kept as public-good's, refreshed an hour ago. */
async function seedCache(): Promise<void> {
  const dir = join(cache, 'training-provenance/tuf', encodeURIComponent(PUBLIC_GOOD_TUF_URL));
  await mkdir(dir, { recursive: true });
  const trustedRoot = JSON.parse(await readFile(stack.trustedRootPath, 'utf8'));
  const fetchedAt = new Date(Date.now() - 3_600_000).toISOString();
  await writeFile(join(dir, 'trusted_root.kept.json'), JSON.stringify({ fetchedAt, trustedRoot }));
}

/** key.pem and its certificate from an intermediate of a PKI of the user's own. */
async function keys(): Promise<void> {
  const pki = await makePki();
  const ca = await pki.intermediate();
  const leaf = await ca.leaf();
  await writeFile(join(ws, 'key.pem'), leaf.key.export({ format: 'pem', type: 'pkcs8' }));
  await writeFile(
    join(ws, 'key.pub.pem'),
    createPublicKey(leaf.key).export({ format: 'pem', type: 'spki' }),
  );
  await writeFile(join(ws, 'cert.pem'), leaf.cert.toString('pem'));
  await writeFile(join(ws, 'intermediate.pem'), ca.cert.toString('pem'));
  // --signing-cert's one file: the certificate, then the chain that issued it.
  await writeFile(
    join(ws, 'cert-and-chain.pem'),
    leaf.cert.toString('pem') + ca.cert.toString('pem'),
  );
}

const osv = {
  id: 'GHSA-docs-0001',
  modified: '2026-12-01T00:00:00Z',
  summary: 'an advisory for a package no example records',
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'not-installed-here' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.0' }] }],
    },
  ],
};

/** The files the examples name. */
async function files(): Promise<void> {
  for (const d of ['out/model', 'data/train', 'llama'])
    await mkdir(join(ws, d), { recursive: true });
  await writeFile(join(ws, 'out/model/config.json'), '{"hidden_size": 8}\n');
  await writeFile(join(ws, 'out/model/model.safetensors'), Buffer.alloc(4096, 7));
  for (const n of ['a', 'b', 'c'])
    await writeFile(join(ws, `data/train/${n}.txt`), `example ${n}\n`);
  await writeFile(join(ws, 'llama/config.json'), '{"model_type": "llama"}\n');
  await writeFile(join(ws, 'llama/model.safetensors'), Buffer.alloc(2048, 5));
  await writeFile(join(ws, 'llama.gguf'), Buffer.alloc(1024, 9));
  await writeFile(
    join(ws, 'policy.yml'),
    'version: 1\nidentity:\n  repository: acme/vision\nmax-age: 30d\n',
  );
  await writeFile(join(ws, 'trust_config.json'), await readFile(stack.trustConfigPath));
  await writeFile(
    join(ws, 'osv-pypi.zip'),
    zipSync({ 'GHSA-docs-0001.json': strToU8(JSON.stringify(osv)) }),
  );
  // The interpreter that trained: one package, which no shipped advisory names.
  const site = join(ws, '.venv/lib/python3.11/site-packages/safetensors-0.4.5.dist-info');
  await mkdir(site, { recursive: true });
  await writeFile(join(ws, '.venv/pyvenv.cfg'), 'home = /usr/bin\nversion = 3.11.7\n');
  await writeFile(
    join(site, 'METADATA'),
    'Metadata-Version: 2.1\nName: safetensors\nVersion: 0.4.5\n',
  );
  await writeFile(join(site, 'RECORD'), '');
  // Never run: its packages are read from disk.
  await mkdir(join(ws, '.venv/bin'));
  await writeFile(join(ws, '.venv/bin/python3'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  await keys();
}

/** Bundles as a training workflow of acme/vision signs them, and two records to compare. */
async function records(): Promise<void> {
  await tp(
    'training-provenance attest --model out/model --dataset data/train --python .venv --trust-config trust_config.json --output-dir signed',
  );
  for (const f of ['provenance.sigstore.json', 'training.sigstore.json'])
    await cp(join(ws, 'signed', f), join(ws, f));
  await tp('training-provenance sign-model --model llama --trust-config trust_config.json');
  await tp(
    'training-provenance attest --model out/model --dataset data/train --python none --no-sign --output-dir old',
  );
  await tp(
    `training-provenance attest --model out/model --dataset data/train --python none --no-sign --parameters '{"lr": 0.1}' --output-dir new`,
  );
}

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp('training-provenance')]);
  ws = await mkdtemp(join(tmpdir(), 'tp-docs-'));
  cache = await mkdtemp(join(tmpdir(), 'tp-docs-cache-'));
  await seedCache();
  await files();
  await records();
}, 120_000);
afterAll(async () => {
  await stack?.close();
  const notRun = commands.filter((c) => c.notRun);
  process.stdout.write(
    `docs examples: ${commands.length} commands (${commands.filter(ours).length} of training-provenance), ` +
      `${commands.length - notRun.length} run, ${notRun.length} not run:\n` +
      notRun.map((c) => `  ${c.where} ${c.text.split('\n')[0]} — ${c.notRun}\n`).join(''),
  );
});

test('the documentation has command-line examples, and every other tool is marked', () => {
  expect(commands.filter(ours).length).toBeGreaterThan(20);
  // A command of another tool is not ours to run: it must say why, as a marker.
  expect(commands.filter((c) => !ours(c) && !c.notRun).map((c) => c.where)).toEqual([]);
});

describe.each(
  docs.filter((d) => d.commands.some((c) => !c.notRun)).map((d) => [d.commands[0]!.file, d]),
)('%s', (_file, { commands: list }) => {
  test.each(list.filter((c) => !c.notRun).map((c) => [`${c.where} ${c.text.split('\n')[0]}`, c]))(
    '%s',
    async (_name, c) => {
      const r = await sh(bin, c.text, ws, await env());
      // The file, line and command, the exit and what it said: enough to fix the doc from.
      const failed = r.code === c.exit ? '' : `${r.stderr}${r.stdout}`.slice(-3000);
      expect({ example: `${c.where} ${c.text}`, exit: r.code, failed }).toEqual({
        example: `${c.where} ${c.text}`,
        exit: c.exit,
        failed: '',
      });
      for (const shown of c.output ?? [])
        expect({
          example: c.where,
          shown,
          printed: showsOutput(r.stdout + r.stderr, shown) ? shown : r.stdout + r.stderr,
        }).toEqual({
          example: c.where,
          shown,
          printed: shown,
        });
    },
    60_000,
  );
});

// A synopsis in the prose cannot run (PATH, [--flag]), but its flags must be the command's.
test('every command in the prose names flags its command takes', async () => {
  const spans = docs.flatMap((d) => d.inline);
  const stale: string[] = [];
  for (const span of spans) {
    const [, command] = span.text.split(' ');
    const help = await sh(bin, `training-provenance ${command} --help`, ws);
    for (const flag of span.text.match(/--[a-z][\w-]*/g) ?? [])
      if (help.code !== 0 || !new RegExp(`${flag}(?![\\w-])`).test(help.stdout))
        stale.push(`${span.where} ${span.text}: ${flag}`);
  }
  expect(stale).toEqual([]);
  expect(spans.length).toBeGreaterThan(3);
});

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
// A v0 step (docs/migrating-to-v1.md's "before") names v0's inputs on purpose.
const ACTION = /^training-provenance\/training-provenance(?:\/(verify|review))?@(?!v0\b)/;
/** The steps that use one of our three actions, anywhere in a parsed workflow or fragment. */
const ourSteps = (node: unknown): Step[] =>
  Array.isArray(node)
    ? node.flatMap(ourSteps)
    : node && typeof node === 'object'
      ? [
          ...(ACTION.test(String((node as Step).uses)) ? [node as Step] : []),
          ...Object.values(node).flatMap(ourSteps),
        ]
      : [];
const actionYml = (kind = '') =>
  parseYaml(readFileSync(join(REPO_ROOT, kind, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs?: Record<string, unknown>;
  };

// Workflows cannot run here, but what they name can be checked: each input and output of our
// actions that an example uses must be one the action declares.
test('every workflow example names inputs and outputs its action declares', () => {
  const examples = [
    ...docs.flatMap((d) => d.yaml),
    ...docFiles(REPO_ROOT, ['docs/examples'], /\.ya?ml$/).map((f) => ({
      where: relative(REPO_ROOT, f),
      text: readFileSync(f, 'utf8'),
    })),
  ];
  const steps = examples.flatMap((y) => ourSteps(parseYaml(y.text)).map((step) => ({ y, step })));
  const stale = steps.flatMap(({ y, step }) => {
    const action = actionYml(ACTION.exec(step.uses!)![1]);
    const unknown = Object.keys(step.with ?? {}).filter((k) => !(k in action.inputs));
    const outputs = step.id
      ? [...y.text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g'))]
      : [];
    unknown.push(...outputs.map((m) => m[1]!).filter((o) => !(o in (action.outputs ?? {}))));
    return unknown.length > 0 ? [{ where: y.where, uses: step.uses, unknown }] : [];
  });
  // Every stale name at once, with its file: one run of the suite lists all there is to fix.
  expect(stale).toEqual([]);
  expect(steps.length).toBeGreaterThan(3);
});

test('every policy example parses', () => {
  const policies = docs.flatMap((d) => d.yaml).filter((y) => /^version: 1$/m.test(y.text));
  expect(policies.length).toBeGreaterThan(0);
  const errors = policies.flatMap((p) => {
    try {
      parsePolicy(p.text, p.where.split(':')[0]);
      return [];
    } catch (e) {
      return [`${p.where}: ${(e as Error).message}`];
    }
  });
  expect(errors).toEqual([]);
});
