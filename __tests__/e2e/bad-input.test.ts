// Bad input is refused with one clear line, and never followed where it must not go.
// - Policy files: malformed, unknown keys, wrong types, empty, huge: POLICY_INVALID with the
//   file, line and column of the fault (the line is found here from the text, not from ours).
// - The command line (dist/cli, as installed): bad flags and arguments exit 2 with one error line.
// - The action (dist/index.js, as a runner runs it): symbolic links refused, nothing outside
//   the workspace read (a FIFO as the target would hang a reader), awkward names (spaces,
//   unicode, newlines, markup, workflow commands), zero-byte files, empty directories, and
//   1,024+ model files.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProvenanceError, type ProvenanceError } from '../../src/errors.js';
import { loadPolicy, parsePolicy } from '../../src/policy/policy.js';
import {
  githubContextEnv,
  REPO_ROOT,
  runAction,
  type RunActionResult,
} from '../../tools/runner/index.js';
import { omsRootByPython, sha256sum } from '../helpers/independent.js';

/** sha256sum over stdin: its output escapes names with a newline, so the name stays out. */
const sha256Of = (path: string): string =>
  execFileSync('sha256sum', [], { input: readFileSync(path), encoding: 'utf8' }).split(' ')[0]!;

const CLI = join(REPO_ROOT, 'dist/cli/index.js');
/** Bad inputs tried, by where they went in. */
const tried = { policy: 0, cli: 0, action: 0 };

/** Runs at most `n` tasks at once: process start-up dominates these tests, and there are 2 cores. */
function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: Array<() => void> = [];
  return (task) =>
    new Promise((resolve, reject) => {
      const start = () => {
        active++;
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            queue.shift()?.();
          });
      };
      if (active < n) start();
      else queue.push(start);
    });
}
const limit = limiter(3);

afterAll(() => {
  const total = tried.policy + tried.cli + tried.action;
  console.log(
    `bad-input: ${total} bad inputs tried (${tried.policy} policy files, ${tried.cli} command lines, ${tried.action} action runs): each refused with one clear line, or (awkward names, 1,100 files) recorded right`,
  );
});

/** 1-based line of the first occurrence of `marker` in `text`. */
const lineOf = (text: string, marker: string): number => {
  const i = text.indexOf(marker);
  if (i < 0) throw new Error(`marker '${marker}' not in the text`);
  return text.slice(0, i).split('\n').length;
};

describe('policy files', () => {
  interface PolicyCase {
    name: string;
    text: string;
    /** Text on the faulty line: the error must name that line. */
    at?: string;
    /** Lines a syntax error may be reported on (the parser sees some faults a line late). */
    lines?: number[];
    match: RegExp;
  }
  const laughs = [
    'version: 1',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  ].join('\n');
  const cases: PolicyCase[] = [
    { name: 'empty', text: '', match: /empty/ },
    { name: 'only comments', text: '# a policy\n# nothing yet\n', match: /empty/ },
    {
      name: 'unclosed flow sequence',
      text: 'version: 1\ndatasets:\n  allow: ["hf://x/*"\nmax-age: 3d\n',
      lines: [3, 4, 5],
      match: /./,
    },
    {
      name: 'tab indentation',
      text: 'version: 1\nidentity:\n\trepository: acme/vision\n',
      lines: [3],
      match: /tab/i,
    },
    {
      name: 'unknown top-level key (typo)',
      text: 'version: 1\nframework:\n  deny: []\n',
      at: 'framework:',
      match: /unknown key 'framework'.*did you mean 'frameworks'/,
    },
    {
      name: 'unknown nested key',
      text: 'version: 1\ndatasets:\n  require-digest: true\n  allowed: ["x"]\n',
      at: 'allowed',
      match: /unknown key 'allowed'/,
    },
    {
      name: 'unknown key in a deny rule',
      text: 'version: 1\nframeworks:\n  deny:\n    - package: torch\n      version: "<2"\n',
      at: 'version: "<2"',
      match: /unknown key 'version'.*versions/,
    },
    { name: 'version is a word', text: 'version: one\n', at: 'one', match: /'version' must be 1/ },
    { name: 'version 2', text: 'version: 2\n', at: '2', match: /'version' must be 1/ },
    { name: 'no version', text: 'max-age: 30d\n', match: /version/ },
    {
      name: 'allow is a number',
      text: 'version: 1\ndatasets:\n  allow: 3\n',
      at: 'allow',
      match: /datasets\.allow/,
    },
    {
      name: 'require-digest is not a boolean',
      text: 'version: 1\ndatasets:\n  require-digest: "maybe"\n',
      at: 'require-digest',
      match: /true or false/,
    },
    {
      name: 'licenses are numbers',
      text: 'version: 1\ndatasets:\n  licenses: [1, 2]\n',
      at: 'licenses',
      match: /licenses/,
    },
    {
      name: 'a deny rule without a package',
      text: 'version: 1\nframeworks:\n  deny:\n    - versions: "<2"\n',
      at: '- versions',
      match: /package/,
    },
    {
      name: 'deny is not a list',
      text: 'version: 1\nframeworks:\n  deny: torch\n',
      at: 'deny',
      match: /deny/,
    },
    {
      name: 'an invalid version range',
      text: 'version: 1\nframeworks:\n  deny:\n    - package: torch\n      versions: "<<2.x"\n',
      at: 'versions',
      match: /versions/,
    },
    {
      name: 'a digest of the wrong length',
      text: 'version: 1\ndatasets:\n  deny: ["sha256:abc123"]\n',
      at: 'deny',
      match: /64 hex digits/,
    },
    {
      name: 'a digest with a typo (not hex): it would be a URI glob that matches nothing',
      text: 'version: 1\ndatasets:\n  deny: ["sha256:O123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"]\n',
      at: 'deny',
      match: /sha256 digest .*64 hex digits.*"O" at character 1/,
    },
    {
      name: 'a gitCommit digest of the wrong length, among allowed URIs',
      text: 'version: 1\ndatasets:\n  allow:\n    - hf://datasets/acme/*\n    - gitCommit:0123456789abcdef\n',
      at: 'gitCommit:',
      match: /gitCommit digest .*40 hex digits, has 16/,
    },
    {
      name: 'a digest in upper case',
      text: `version: 1\ndatasets:\n  deny: ["sha256:${'AB'.repeat(32)}"]\n`,
      at: 'deny',
      match: /lower case.*'sha256:(ab){32}'/,
    },
    {
      name: 'advisories: none listed with other sources',
      text: 'version: 1\nframeworks:\n  advisories: [default, none]\n',
      at: 'advisories',
      match: /advisories/,
    },
    {
      name: 'max-age is not a duration',
      text: 'version: 1\nmax-age: forever\n',
      at: 'max-age',
      match: /max-age/,
    },
    {
      name: 'a repository that is not OWNER/REPO',
      text: 'version: 1\nidentity:\n  repository: not a repo\n',
      at: 'repository',
      match: /OWNER\/REPO/,
    },
    {
      name: 'a signer workflow that is not a workflow file',
      text: 'version: 1\nidentity:\n  signer-workflow: acme/vision/train.sh\n',
      at: 'signer-workflow',
      match: /workflows/,
    },
    {
      name: 'runner neither github-hosted nor any',
      text: 'version: 1\nidentity:\n  runner: sometimes\n',
      at: 'runner',
      match: /github-hosted or any/,
    },
    {
      name: 'identity with no value',
      text: 'version: 1\nidentity:\nmax-age: 1d\n',
      at: 'identity',
      match: /mapping/,
    },
    {
      name: 'build-type is a number',
      text: 'version: 1\nbuild-type: 5\n',
      at: 'build-type',
      match: /build-type/,
    },
    {
      name: 'the root is a list',
      text: '- version: 1\n- datasets: {}\n',
      lines: [1],
      match: /mapping/,
    },
    { name: 'the root is a scalar', text: 'just some text\n', lines: [1], match: /mapping/ },
    {
      name: 'a duplicate key',
      text: 'version: 1\nmax-age: 1d\nmax-age: 2d\n',
      lines: [3],
      match: /unique|duplicate/i,
    },
    {
      name: 'an alias',
      text: 'version: 1\nidentity: &id\n  repository: acme/vision\ndatasets: *id\n',
      at: '*id',
      match: /alias/,
    },
    { name: 'a billion laughs', text: laughs, at: '*a', match: /alias/ },
    {
      name: 'two documents',
      text: 'version: 1\n---\nversion: 1\n',
      lines: [2, 3],
      match: /document/,
    },
    {
      name: 'binary garbage',
      text: createHash('sha512').update('garbage').digest().toString('latin1'),
      lines: [1, 2],
      match: /./,
    },
    {
      name: 'huge (300 KB of comments)',
      text: `version: 1\n${'# padding padding padding padding\n'.repeat(10_000)}`,
      match: /more than/,
    },
  ];

  test.each(cases)('$name', ({ text, at, lines, match }) => {
    tried.policy++;
    let error: unknown;
    try {
      parsePolicy(text, 'policy.yml');
    } catch (e) {
      error = e;
    }
    expect(isProvenanceError(error)).toBe(true);
    const e = error as ProvenanceError;
    expect(e.code).toBe('POLICY_INVALID');
    expect(e.toLine()).toMatch(match);
    expect(e.toLine()).not.toContain('\n');
    if (at !== undefined) expect(e.message).toContain(`policy.yml:${lineOf(text, at)}:`);
    if (lines !== undefined) {
      const m = /policy\.yml:(\d+):\d+:/.exec(e.message);
      expect(m).not.toBeNull();
      expect(lines).toContain(Number(m![1]));
    }
  });

  test('several faults in one file are all listed, in file order, each with its line', () => {
    tried.policy++;
    const text = 'version: 3\nidentity:\n  repo: acme/vision\nmax-age: soon\n';
    const e = (() => {
      try {
        parsePolicy(text, 'policy.yml');
      } catch (x) {
        return x as ProvenanceError & { errors?: string[] };
      }
      throw new Error('accepted');
    })();
    expect(e.errors?.map((l) => Number(/:(\d+):/.exec(l)?.[1]))).toEqual([
      lineOf(text, 'version'),
      lineOf(text, 'repo:'),
      lineOf(text, 'max-age'),
    ]);
  });

  test('a policy path that is missing, too large, a directory or a FIFO', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tp-policy-'));
    const huge = join(dir, 'huge.yml');
    await writeFile(huge, `version: 1\n${'#'.repeat(300 * 1024)}\n`);
    const sub = join(dir, 'policies');
    await mkdir(sub);
    // Opening a FIFO for reading would block until a writer came: it must not be opened.
    const fifo = join(dir, 'fifo.yml');
    execFileSync('mkfifo', [fifo]);
    for (const path of [join(dir, 'missing.yml'), huge, sub, fifo]) {
      tried.policy++;
      const e = await loadPolicy(path).catch((x: unknown) => x);
      expect(isProvenanceError(e)).toBe(true);
      const line = (e as ProvenanceError).toLine();
      expect(line).toContain(path);
      expect(line).toMatch(/^(FILE_UNREADABLE|POLICY_INVALID): input 'policy': .* Fix: /);
      expect(line).not.toContain('\n');
    }
    await rm(dir, { recursive: true, force: true });
  });
});

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      // A runner's variables: `attest` needs them for the identity of an unsigned statement.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...githubContextEnv() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

const cliHas = (command: string): boolean => {
  try {
    execFileSync(process.execPath, [CLI, command, '--help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('the command line (dist/cli)', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await mkdtemp(join(tmpdir(), 'tp-cli-'));
    await mkdir(join(ws, 'out/model'), { recursive: true });
    await writeFile(join(ws, 'out/model/w.bin'), 'weights');
    await mkdir(join(ws, 'data/train'), { recursive: true });
    await writeFile(join(ws, 'data/train/s.txt'), 'sample');
    // Other names for the dataset and the model: what a real path compare must see through.
    await symlink('data', join(ws, 'data-link'));
    await symlink('out/model', join(ws, 'model-link'));
    await writeFile(join(ws, 'garbage.json'), 'not json at all {');
    await writeFile(join(ws, 'bad-policy.yml'), 'version: 1\nidentity:\n  repo: acme/vision\n');
    await writeFile(join(ws, 'bad-root.json'), 'not a trusted root {');
    // Valid JSON of 2 MiB: refused for its size before it is read, not parsed whole.
    await writeFile(join(ws, 'huge-proof.json'), `${' '.repeat(2 * 2 ** 20)}{}`);
    await writeFile(
      join(ws, 'stmt.intoto.json'),
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [],
        predicateType: 'x',
        predicate: {},
      }),
    );
  });
  afterAll(() => rm(ws, { recursive: true, force: true }));

  const long = 'x'.repeat(100_000);
  const ATTEST: Array<[string[], RegExp]> = [
    [['attest', '--bogus'], /--bogus/],
    [['attest', '--model'], /--model/],
    [['attest', '--sign=maybe'], /--sign/],
    [['attest', '--no-sign'], /model/],
    [['attest', '--model', 'out/model', '--no-sign', '--format', 'yaml'], /format.*yaml/],
    [['attest', '--model', 'nothing-here', '--no-sign'], /nothing-here/],
    // Outside the workspace a path is read where it is: it must be there, and be a file.
    [
      ['attest', '--model', '../outside', '--no-sign'],
      /NO_MATCH: input 'model': '\/[^']*\/outside' does not exist/,
    ],
    [['attest', '--model', '/dev/null', '--no-sign'], /neither a regular file nor a directory/],
    [['attest', '--model', 'out/model', '--sigstore', 'nonsense'], /nonsense/],
    [['attest', '--model', 'out/model', '--sigstore', 'custom'], /use --trust-config/],
    [['attest', '--model', 'out/model', '--trust-config', 'no-such-tc.json'], /trust-config/],
    [['attest', '--model', 'out/model', '--no-sign', '--parameters', '{unclosed'], /parameters/],
    [
      ['attest', '--model', 'out/model', '--no-sign', '--dataset', 'hf://datasets/a/b sha256:xyz'],
      /dataset/,
    ],
    [['frobnicate'], /frobnicate/],
    [['diff', 'missing-old.json', 'missing-new.json'], /missing-old\.json/],
    // Counted as read: absolute, from the current directory.
    [
      ['attest', '--model', long, '--no-sign'],
      /INPUT_INVALID: input 'model': .*\d{6} characters long/,
    ],
    [['diff', 'only-one.json'], /INPUT_MISSING: input 'diff': .*only-one\.json.*diff OLD NEW/],
    [['diff', 'a.json', 'b.json', 'c.json'], /INPUT_INVALID: input 'diff': .*got 3/],
    // What a shell makes of `--model out/model/*`: the second file arrives without its flag.
    [
      ['attest', '--model', 'out/model/w.bin', 'out/model/other.bin', '--no-sign'],
      /INPUT_INVALID: input 'attest': unexpected argument 'out\/model\/other\.bin'.*quote it/,
    ],
    [['attest', '--no-sign', 'stray'], /unexpected argument 'stray'/],
    // The default ./provenance is inside the model '.': its files would be hashed into it.
    [
      ['attest', '--model', '.', '--no-sign'],
      /INPUT_INVALID: input 'output-dir': .*inside the model path '\.'/,
    ],
    [
      ['attest', '--model', 'out/model', '--no-sign', '--output-dir', 'out/model/prov'],
      /input 'output-dir': .*inside the model path 'out\/model'/,
    ],
    // A dataset holding output-dir: the next run would hash this run's statement as data.
    [
      [
        'attest',
        '--model',
        'out/model',
        '--no-sign',
        '--dataset',
        'data',
        '--output-dir',
        'data/p1',
      ],
      /INPUT_INVALID: input 'output-dir': output-dir '[^']*\/data\/p1' is inside the dataset 'data'.* Fix: set output-dir to a directory outside 'data'/,
    ],
    [
      [
        'attest',
        '--model',
        'out/model',
        '--no-sign',
        '--dataset',
        'data',
        '--output-dir',
        'out/../data/p2',
      ],
      /input 'output-dir': output-dir '[^']*\/data\/p2' is inside the dataset 'data'/,
    ],
    [
      [
        'attest',
        '--model',
        'out/model',
        '--no-sign',
        '--dataset',
        'data',
        '--output-dir',
        'data-link/p3',
      ],
      /input 'output-dir': output-dir '[^']*\/data-link\/p3' is inside the dataset 'data'/,
    ],
    [
      ['attest', '--model', 'out/model', '--no-sign', '--output-dir', 'model-link/p4'],
      /input 'output-dir': output-dir '[^']*\/model-link\/p4' is inside the model path 'out\/model'/,
    ],
    // The reverse: a dataset inside output-dir would be hashed with what runs write there.
    [
      [
        'attest',
        '--model',
        'out/model',
        '--no-sign',
        '--dataset',
        'data/train',
        '--output-dir',
        'data',
      ],
      /input 'output-dir': the dataset 'data\/train' is inside output-dir '[^']*\/data'.* Fix: set output-dir to a directory outside 'data\/train'/,
    ],
    [
      ['attest', '--model', 'out/model', '--no-sign', '--output-dir', '/proc/foo'],
      /output-dir '\/proc\/foo' is on a system file system/,
    ],
  ];
  const BUNDLE = ['--model', 'out/model', '--bundle', 'garbage.json'];
  const VERIFY: Array<[string[], RegExp]> = [
    [['verify', '--bogus'], /--bogus/],
    [
      ['verify', '--model', 'out/model/w.bin', 'out/model/x.bin', '--bundle', 'b.json'],
      /unexpected argument 'out\/model\/x\.bin'/,
    ],
    [['verify', '--repository', 'acme/vision'], /model/],
    [
      ['verify', '--model', 'out/model', '--bundle', 'missing.json', '--repository', 'acme/vision'],
      /missing\.json/,
    ],
    [['verify', ...BUNDLE, '--repository', 'not a repo'], /OWNER\/REPO/],
    [['verify', ...BUNDLE, '--cert-identity-regex', '('], /cert-identity-regex/],
    [['verify', ...BUNDLE, '--signer-workflow', 'acme/vision/x.sh'], /signer-workflow/],
    [['verify', ...BUNDLE, '--repository', 'acme/vision', '--format', 'xml'], /xml/],
    // The wrong file is bad input (2), not a failed verification (1).
    [
      ['verify', ...BUNDLE, '--repository', 'acme/vision'],
      /BUNDLE_INVALID: input 'bundle': .*garbage\.json: is not JSON/,
    ],
    [
      [
        'verify',
        '--model',
        'out/model',
        '--bundle',
        'stmt.intoto.json',
        '--repository',
        'acme/vision',
      ],
      /stmt\.intoto\.json is an unsigned in-toto statement, not a bundle/,
    ],
    [
      ['verify', ...BUNDLE, '--repository', 'acme/vision', '--trusted-root', 'no-such-root.json'],
      /input 'trusted-root': cannot read trusted root .*no-such-root\.json/,
    ],
    [
      ['verify', ...BUNDLE, '--repository', 'acme/vision', '--trusted-root', 'bad-root.json'],
      /bad-root\.json is neither JSON nor JSON lines/,
    ],
    [
      ['verify', ...BUNDLE, '--repository', 'acme/vision', '--policy', 'bad-policy.yml'],
      /bad-policy\.yml:3:/,
    ],
    [
      ['verify', ...BUNDLE, '--repository', 'acme/vision', '--policy', 'no-such-policy.yml'],
      /no-such-policy\.yml/,
    ],
    [
      ['verify', ...BUNDLE, '--repository', 'acme/vision', '--proofs', 'huge-proof.json'],
      /INPUT_INVALID: input 'proofs': .*huge-proof\.json is 2\.0 MiB, more than the 1\.0 MiB a proof may take.* Fix: /,
    ],
    [
      [
        'verify-proof',
        '--bundle',
        'garbage.json',
        '--proof',
        'huge-proof.json',
        '--repository',
        'acme/vision',
      ],
      /INPUT_INVALID: input 'proof': .*huge-proof\.json is 2\.0 MiB, more than the 1\.0 MiB a proof may take/,
    ],
  ];
  const INSPECT: Array<[string[], RegExp]> = [
    [['inspect'], /inspect/],
    [['inspect', '--bogus', 'x.json'], /--bogus/],
    [['inspect', 'garbage.json'], /garbage\.json: is not JSON/],
    [['inspect', 'a.json', 'b.json'], /inspect/],
    [['inspect', 'missing.json'], /missing\.json/],
  ];

  // The bundled command must have both: a bundle that fails to start fails here, not skips.
  test('dist/cli starts and has verify and inspect', () => {
    expect(cliHas('verify')).toBe(true);
    expect(cliHas('inspect')).toBe(true);
  });
  const withVerify = test;
  const withInspect = test;

  // Every run starts at once (a few at a time); each test then judges its own.
  const runs = new Map<string[], Promise<CliResult>>();
  beforeAll(() => {
    const all = [...ATTEST, ...VERIFY, ...INSPECT];
    // One output-dir takes one run at a time, and these run at once: each unsigned attest (the
    // ones that get past preflight) gets its own, unless it names one or tests the default's.
    all.forEach(([args], i) => {
      const own = args.includes('--no-sign') && !args.includes('--output-dir') && args[2] !== '.';
      const pending = limit(() => cli(own ? [...args, '--output-dir', `runs/${i}`] : args, ws));
      pending.catch(() => {});
      runs.set(args, pending);
    });
  });

  /** Exit 2, and stderr opens with one `error:` line that names what is wrong. */
  async function expectUsageError(args: string[], names: RegExp): Promise<void> {
    tried.cli++;
    const r = await (runs.get(args) ?? cli(args, ws));
    const shown = args.map((a) => (a.length > 40 ? `${a.slice(0, 20)}…(${a.length})` : a));
    expect({ args: shown, code: r.code, stderr: r.stderr.slice(0, 300) }).toEqual({
      args: shown,
      code: 2,
      stderr: expect.stringMatching(/^error: /),
    });
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines.filter((l) => l.startsWith('error:'))).toHaveLength(1);
    expect(lines[0]).toMatch(names);
    // One line, of a size a person reads.
    expect(lines[0]!.length).toBeLessThan(2000);
  }

  test.each(ATTEST)('%#: %j', async (args, names) => {
    await expectUsageError(args, names);
  });

  // Bad input leaves nothing half-written: not even the empty output-dir a refused run made.
  test('a refused attest leaves no output directory behind', async () => {
    await Promise.all(ATTEST.map(([args]) => runs.get(args)));
    const made = ATTEST.map(([args], i) => {
      const at = args.indexOf('--output-dir');
      const named = at >= 0 ? args[at + 1]! : args[2] === '.' ? 'provenance' : `runs/${i}`;
      return named.startsWith('/') ? named : join(ws, named);
    });
    // `data` (a dataset inside output-dir) was there before the run; /proc/foo cannot be made.
    const left = made.filter((d) => d !== join(ws, 'data') && existsSync(d));
    expect(left.map((d) => d.slice(ws.length + 1))).toEqual([]);
    expect(existsSync(join(ws, 'data/train/s.txt'))).toBe(true);
  });

  withVerify.each(VERIFY)('%#: %j', async (args, names) => {
    await expectUsageError(args, names);
  });

  withInspect.each(INSPECT)('%#: %j', async (args, names) => {
    await expectUsageError(args, names);
  });
});

describe('the action (dist/index.js): paths, links and names', () => {
  let ws: string;
  let outside: string;
  beforeAll(async () => {
    ws = await mkdtemp(join(tmpdir(), 'tp-paths-'));
    outside = await mkdtemp(join(tmpdir(), 'tp-outside-'));
    await writeFile(join(outside, 'secret.bin'), 'outside the workspace');
    // A reader that follows a link to this would block forever.
    execFileSync('mkfifo', [join(outside, 'fifo')]);
  });
  afterAll(async () => {
    await rm(ws, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  const runUnsigned = (inputs: Record<string, string>) =>
    runAction({
      workspace: ws,
      inputs: { python: 'none', sign: 'false', artifact: 'false', ...inputs },
      env: githubContextEnv(),
      timeoutMs: 30_000,
    });

  async function fresh(dir: string): Promise<string> {
    const abs = join(ws, dir);
    await rm(abs, { recursive: true, force: true });
    await mkdir(abs, { recursive: true });
    return abs;
  }

  /** Refused: exit non-zero, one ::error line naming the input and the value, nothing written. */
  function expectRefused(r: RunActionResult, code: RegExp, names: string): void {
    tried.action++;
    expect(r.exitCode).not.toBe(0);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(code);
    expect(errors[0]).toContain(names);
    const out = join(r.runnerTemp, 'training-provenance');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  }

  test('a symbolic link inside the model directory is refused, even to a file inside the workspace', async () => {
    const dir = await fresh('m-link-in');
    await writeFile(join(dir, 'real.bin'), 'real');
    await symlink('real.bin', join(dir, 'alias.bin'));
    expectRefused(await runUnsigned({ model: 'm-link-in' }), /SYMLINK_REFUSED/, 'alias.bin');
  });

  test('a model path that is a link to a FIFO outside the workspace: refused, never opened', async () => {
    const dir = await fresh('m-link-out');
    await symlink(join(outside, 'fifo'), join(dir, 'weights.bin'));
    const r = await runUnsigned({ model: 'm-link-out/weights.bin' });
    expectRefused(r, /PATH_OUTSIDE_WORKSPACE|SYMLINK_REFUSED/, 'm-link-out/weights.bin');
  });

  test('a directory link to outside, reached by a glob, is not walked', async () => {
    const dir = await fresh('m-glob');
    await writeFile(join(dir, 'a.bin'), 'a');
    await symlink(outside, join(dir, 'escape'));
    const r = await runUnsigned({ model: 'm-glob/**' });
    expectRefused(r, /PATH_OUTSIDE_WORKSPACE|SYMLINK_REFUSED/, 'm-glob/**');
    expect(r.stdout).not.toContain('secret.bin');
  });

  test.each([
    ['../ (a parent directory) not there', `../${'x'}`, /NO_MATCH/],
    ['a device', '/dev/zero', /INPUT_INVALID/],
  ])('a model path outside the workspace: %s', async (_name, model, code) => {
    expectRefused(await runUnsigned({ model }), code, model);
  });

  test('a model outside the workspace (RUNNER_TEMP, say) is read there, named from its directory', async () => {
    const r = await runUnsigned({ model: join(outside, 'secret.bin') });
    expect(r.exitCode).toBe(0);
    const statement = JSON.parse(readFileSync(r.outputs['training-statement-path']!, 'utf8'));
    expect(statement.subject.map((x: { name: string }) => x.name)).toEqual(['secret.bin']);
  });

  test('a FIFO inside the workspace is refused as not a regular file, without blocking', async () => {
    const dir = await fresh('m-fifo');
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expectRefused(await runUnsigned({ model: 'm-fifo/pipe' }), /INPUT_INVALID/, 'm-fifo/pipe');
    await writeFile(join(dir, 'w.bin'), 'w');
    expectRefused(await runUnsigned({ model: 'm-fifo' }), /INPUT_INVALID/, 'pipe');
  });

  test.each([
    ['empty', ''],
    ['blank lines', '\n  \n'],
    ['commas only', ' , ,, '],
    ['a comment only', '# the model'],
  ])('no model path (%s) is INPUT_MISSING', async (_name, model) => {
    expectRefused(await runUnsigned({ model }), /INPUT_MISSING/, "'model'");
  });

  test('an empty directory, or one holding only ignored files, has nothing to sign', async () => {
    await fresh('m-empty/sub/deeper');
    expectRefused(await runUnsigned({ model: 'm-empty' }), /INPUT_INVALID/, 'm-empty');
    const ignored = await fresh('m-ignored');
    await mkdir(join(ignored, '.git'));
    await writeFile(join(ignored, '.git/HEAD'), 'ref: refs/heads/main\n');
    await writeFile(join(ignored, '.gitattributes'), '* binary\n');
    expectRefused(await runUnsigned({ model: 'm-ignored' }), /INPUT_INVALID/, 'm-ignored');
  });

  test('other bad action inputs', async () => {
    await fresh('m-ok');
    await writeFile(join(ws, 'm-ok/w.bin'), 'w');
    await writeFile(join(ws, 'a-file'), 'x');
    const signed = { sign: 'true', 'push-to-github': 'false' };
    const cases: Array<[Record<string, string>, RegExp, string]> = [
      [{ mode: 'bogus' }, /INPUT_INVALID.*removed in v1/, "input 'mode'"],
      [
        { 'output-dir': join(ws, 'a-file', 'sub') },
        /INPUT_INVALID.*is not a directory/,
        'output-dir',
      ],
      [{ ...signed, sigstore: 'custom' }, /INPUT_INVALID.*use trust-config/, 'sigstore'],
      [{ ...signed, 'trust-config': 'a-file' }, /PARSE_ERROR.*not JSON/, 'a-file'],
      [
        { ...signed, 'trust-config': 'a-file', sigstore: 'github' },
        /INPUT_INVALID.*both name the instance/,
        'trust-config',
      ],
      [{ datasets: 'raw=s3://bucket/x sha256:nothex' }, /datasets/, 'sha256:nothex'],
      [{ 'datasets-file': 'a-file' }, /datasets-file/, 'a-file'],
      [{ parameters: '{"lr": ' }, /parameters/, 'parameters'],
      [{ python: '/no/such/python' }, /python/, '/no/such/python'],
      [{ 'push-to-github': 'perhaps' }, /push-to-github/, 'perhaps'],
    ];
    const results = await Promise.all(
      cases.map(([inputs]) => limit(() => runUnsigned({ model: 'm-ok', ...inputs }))),
    );
    cases.forEach(([, code, names], i) => expectRefused(results[i]!, code, names));
  }, 60_000);

  test('spaces, unicode, newlines, markup and workflow commands in names; zero-byte files; empty directories', async () => {
    const dir = await fresh('m-names');
    const names = [
      'my weights.bin',
      'ünïcødé-模型-🤖.bin',
      'line\nbreak.bin',
      'evil\n::warning::injected by a file name.bin',
      '<img src=x onerror=alert(1)>.bin',
      'a|b`c`*d*.bin',
      'empty.bin',
    ];
    for (const n of names)
      await writeFile(join(dir, n), n === 'empty.bin' ? '' : `content of ${n}`);
    await mkdir(join(dir, 'empty-dir/nested'), { recursive: true });
    const r = await runUnsigned({ model: 'm-names' });
    tried.action++;
    if (r.exitCode !== 0) throw new Error(`failed:\n${r.stdout}\n${r.stderr}`);
    const st = JSON.parse(await readFile(r.outputs['training-statement-path']!, 'utf8')) as {
      subject: Array<{ name: string; digest: { sha256: string } }>;
    };
    const byName = new Map(st.subject.map((s) => [s.name, s.digest.sha256]));
    for (const n of names) expect(byName.get(`m-names/${n}`)).toBe(sha256Of(join(dir, n)));
    expect(byName.get('m-names/empty.bin')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    // Empty directories are not subjects and do not change the root.
    expect([...byName.keys()].some((n) => n.includes('empty-dir'))).toBe(false);
    const py = omsRootByPython(dir);
    if (py) expect(byName.get('m-names')).toBe(py);
    // A name never becomes a workflow command, in the log or anywhere the runner reads.
    expect(r.stdout.split('\n').some((l) => l.startsWith('::warning::injected'))).toBe(false);
    expect(r.files.GITHUB_OUTPUT).not.toMatch(/^::/m);
    // Markup in a name reaches the job summary only inside a code span of its table row, where
    // GitHub renders it as text; a newline in a name does not break the row.
    const markupLines = r.summary.split('\n').filter((l) => l.includes('<img src=x'));
    expect(markupLines.length).toBeGreaterThan(0);
    for (const l of markupLines) expect(l).toMatch(/^\| `[^`]*<img src=x[^`]*` \|/);
    expect(r.summary).not.toMatch(/^::warning::/m);
  });

  test('a file named directly with spaces and unicode', async () => {
    const dir = await fresh('m-direct');
    await writeFile(join(dir, 'final model ü.safetensors'), 'w');
    const r = await runUnsigned({ model: 'm-direct/final model ü.safetensors' });
    tried.action++;
    expect(r.exitCode).toBe(0);
    expect(r.outputs['model-digest']).toBe(
      `sha256:${sha256sum(join(dir, 'final model ü.safetensors'))}`,
    );
  });

  test('a file with a comma in its name, named as `a\\,b.bin` (a bare comma separates paths)', async () => {
    const dir = await fresh('m-comma');
    await writeFile(join(dir, 'a,b.bin'), 'comma');
    await writeFile(join(dir, 'c.bin'), 'c');
    const r = await runUnsigned({ model: 'm-comma/a\\,b.bin, m-comma/c.bin' });
    tried.action++;
    if (r.exitCode !== 0) throw new Error(`failed:\n${r.stdout}\n${r.stderr}`);
    const st = JSON.parse(await readFile(r.outputs['training-statement-path']!, 'utf8')) as {
      subject: Array<{ name: string; digest: { sha256: string } }>;
    };
    expect(st.subject.map((x) => [x.name, x.digest.sha256])).toEqual(
      expect.arrayContaining([
        ['m-comma/a,b.bin', sha256Of(join(dir, 'a,b.bin'))],
        ['m-comma/c.bin', sha256Of(join(dir, 'c.bin'))],
      ]),
    );
  });

  test('1,100 model files in a directory: one subject, its OMS root (GitHub stores at most 1,024 subjects per attestation)', async () => {
    const dir = await fresh('m-many');
    await Promise.all(
      Array.from({ length: 1100 }, (_, i) =>
        writeFile(join(dir, `shard-${String(i).padStart(4, '0')}.bin`), `${i}`),
      ),
    );
    const r = await runUnsigned({ model: 'm-many' });
    tried.action++;
    if (r.exitCode !== 0) throw new Error(`failed:\n${r.stdout}\n${r.stderr}`);
    const st = JSON.parse(await readFile(r.outputs['training-statement-path']!, 'utf8')) as {
      subject: Array<{
        name: string;
        digest: { sha256: string };
        annotations?: Record<string, unknown>;
      }>;
    };
    // The files are covered by the directory's root, which verify re-checks file by file.
    expect(st.subject).toHaveLength(1);
    expect(st.subject[0]).toMatchObject({
      name: 'm-many',
      annotations: { files: 1100, fileSubjects: 'omitted' },
    });
    const py = omsRootByPython(dir);
    if (py) expect(st.subject[0]!.digest.sha256).toBe(py);
    expect(r.outputs['model-digest']).toBe(`sha256:${st.subject[0]!.digest.sha256}`);
    // The log says so, with the count.
    expect(r.stdout).toMatch(/1100 model files are attested through their directory's OMS root/);
  }, 60_000);
});
