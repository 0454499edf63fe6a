import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  collectPython as collectChoice,
  pythonChoice,
  PYTHON_PROBE_SCRIPT,
  type CollectPythonOptions,
} from '../../src/collect/python.js';
import { NOTABLE_FRAMEWORKS } from '../../src/collect/environment.js';
import { ProvenanceError } from '../../src/errors.js';
import type { PythonEnvironment } from '../../src/types.js';

/** The `python` input as typed, read as the entry points read it (relative to the workspace). */
const collectPython = (value: string, opts: CollectPythonOptions) =>
  collectChoice(pythonChoice(value, opts.workspace), opts);

let tmp: string;
let caseNo = 0;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'tp-collect-python-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function freshDir(label: string): string {
  const dir = path.join(tmp, `${++caseNo}-${label}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function write(file: string, content: string, mode?: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  if (mode !== undefined) chmodSync(file, mode);
}

function meta(name: string, version: string, eol = '\n'): string {
  return ['Metadata-Version: 2.1', `Name: ${name}`, `Version: ${version}`, 'Summary: x', '', 'body']
    .join(eol)
    .concat(eol);
}

/** A venv-like tree; the probe's answer (for a fake interpreter) lists `site` then `extra`. */
function buildFakeVenv(root: string): { venv: string; site: string; extra: string } {
  const venv = path.join(root, 'venv');
  const site = path.join(venv, 'lib', 'python3.11', 'site-packages');
  const extra = path.join(root, 'extra-site');
  write(
    path.join(venv, 'pyvenv.cfg'),
    'home = /opt/python/3.11.9/bin\ninclude-system-site-packages = false\nversion = 3.11.9\n',
  );
  // Headers stop at the first blank line: the body's Name/Version must not be read.
  write(
    path.join(site, 'torch-2.3.1+cu121.dist-info', 'METADATA'),
    'Metadata-Version: 2.1\nName: torch\nVersion: 2.3.1+cu121\nSummary: Tensors\n\nName: not-this\nVersion: 0.0\n',
  );
  write(
    path.join(site, 'nvidia_cudnn_cu12-8.9.2.26.dist-info', 'METADATA'),
    meta('nvidia-cudnn-cu12', '8.9.2.26'),
  );
  write(
    path.join(site, 'Transformers-4.41.2.dist-info', 'METADATA'),
    meta('Transformers', '4.41.2'),
  );
  // CRLF, and a multi-line header long enough that Version sits past the first 8 KiB read.
  const licence = Array.from({ length: 400 }, (_, i) => `        licence text line ${i}`).join(
    '\r\n',
  );
  write(
    path.join(site, 'numpy-1.26.4.dist-info', 'METADATA'),
    `Metadata-Version: 2.1\r\nName: numpy\r\nLicense: Copyright\r\n${licence}\r\nVersion: 1.26.4\r\n\r\nbody\r\n`,
  );
  write(path.join(site, 'epochpkg-1!2.0.dist-info', 'METADATA'), meta('epochpkg', '1!2.0'));
  write(
    path.join(site, 'Some_Legacy.Pkg-0.3-py3.11.egg-info', 'PKG-INFO'),
    meta('Some_Legacy.Pkg', '0.3'),
  );
  write(path.join(site, 'single_file-1.0-py3.11.egg-info'), meta('single-file', '1.0'));
  write(
    path.join(site, 'legacy_egg-0.1-py3.11.egg', 'EGG-INFO', 'PKG-INFO'),
    meta('legacy_egg', '0.1'),
  );
  write(
    path.join(site, 'broken-1.0.dist-info', 'METADATA'),
    'this is not metadata\n\u0000\u0001garbage\n',
  );
  mkdirSync(path.join(site, 'nometa-1.0.dist-info'), { recursive: true });
  write(path.join(site, '~orch-2.2.0.dist-info', 'METADATA'), meta('torch', '2.2.0'));
  write(path.join(site, 'not_a_distribution.py'), '');
  write(path.join(extra, 'torch-2.0.0.dist-info', 'METADATA'), meta('torch', '2.0.0'));
  write(path.join(extra, 'extra_only-0.5.dist-info', 'METADATA'), meta('extra_only', '0.5'));
  return { venv, site, extra };
}

/** What the fake tree holds, written out by hand. */
const EXPECTED_IN_SITE = [
  { name: 'epochpkg', version: '1!2.0', purl: 'pkg:pypi/epochpkg@1%212.0' },
  { name: 'legacy-egg', version: '0.1', purl: 'pkg:pypi/legacy-egg@0.1' },
  { name: 'numpy', version: '1.26.4', purl: 'pkg:pypi/numpy@1.26.4' },
  { name: 'nvidia-cudnn-cu12', version: '8.9.2.26', purl: 'pkg:pypi/nvidia-cudnn-cu12@8.9.2.26' },
  { name: 'single-file', version: '1.0', purl: 'pkg:pypi/single-file@1.0' },
  { name: 'some-legacy-pkg', version: '0.3', purl: 'pkg:pypi/some-legacy-pkg@0.3' },
  { name: 'torch', version: '2.3.1+cu121', purl: 'pkg:pypi/torch@2.3.1%2Bcu121' },
  { name: 'transformers', version: '4.41.2', purl: 'pkg:pypi/transformers@4.41.2' },
];
const EXTRA_ONLY = { name: 'extra-only', version: '0.5', purl: 'pkg:pypi/extra-only@0.5' };

/** A shell script that answers like an interpreter would and records how it was called. */
function fakeInterpreter(file: string, answer: object, argsFile: string): void {
  const json = JSON.stringify(answer).replace(/'/g, `'"'"'`);
  write(
    file,
    [
      '#!/bin/sh',
      `printf '%s\\n' "$@" > '${argsFile}'`,
      'echo "a .pth file printed this"',
      `echo 'training-provenance-probe:${json}'`,
      '',
    ].join('\n'),
    0o755,
  );
}

function probeAnswer(interpreter: string, paths: string[]): object {
  return {
    version_info: [3, 11, 9, 'final', 0],
    implementation: 'cpython',
    executable: interpreter,
    prefix: path.dirname(path.dirname(interpreter)),
    base_prefix: '/opt/python/3.11.9',
    path: ['', '/nonexistent/lib/python311.zip', ...paths],
    site_packages: [paths[0]],
  };
}

function expectNotes(env: PythonEnvironment, patterns: RegExp[]): void {
  for (const p of patterns) expect(env.notes?.some((n) => p.test(n))).toBe(true);
}

describe('collectPython with a fake venv', () => {
  test('asks the interpreter for sys.path, then reads every distribution from disk', async () => {
    const root = freshDir('probe');
    const { venv, site, extra } = buildFakeVenv(root);
    const python = path.join(venv, 'bin', 'python');
    const argsFile = path.join(root, 'args.txt');
    fakeInterpreter(python, probeAnswer(python, [site, extra]), argsFile);

    // Relative venv directory, resolved against the workspace.
    const env = await collectPython('venv', { workspace: root, pathEnv: '' });
    expect(env.present).toBe(true);
    expect(env.version).toBe('3.11.9');
    expect(env.executable).toBe(python);
    expect(env.packages).toEqual(
      [...EXPECTED_IN_SITE, EXTRA_ONLY].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    expect(env.sitePackages).toEqual([site, extra]);
    expect(env.reason).toMatch(/asked .*bin\/python/);
    expectNotes(env, [
      /broken-1\.0\.dist-info: METADATA has no valid Name\/Version/,
      /nometa-1\.0\.dist-info: cannot read METADATA/,
      /~orch-2\.2\.0\.dist-info: left over from an interrupted pip/,
      /torch 2\.0\.0 in .*extra-site.* is shadowed by 2\.3\.1\+cu121/,
    ]);

    // Called with -c and without the isolation flags that would hide site-packages.
    const args = readFileSync(argsFile, 'utf8').split('\n');
    expect(args).toContain('-c');
    const flags = args.slice(0, args.indexOf('-c'));
    for (const f of ['-I', '-S', '-E', '-s']) expect(flags).not.toContain(f);
  });

  test('an explicit interpreter path, absolute', async () => {
    const root = freshDir('absolute');
    const { venv, site } = buildFakeVenv(root);
    const python = path.join(venv, 'bin', 'python');
    fakeInterpreter(python, probeAnswer(python, [site]), path.join(root, 'args.txt'));
    const env = await collectPython(python, { workspace: '/', pathEnv: '' });
    expect(env.packages).toEqual(EXPECTED_IN_SITE);
  });

  test('an interpreter that is not executable: the venv layout is read instead', async () => {
    const root = freshDir('not-executable');
    const { venv } = buildFakeVenv(root);
    const python = path.join(venv, 'bin', 'python');
    write(python, '#!/bin/sh\necho should not run\n', 0o644);
    const env = await collectPython(python, { workspace: root, pathEnv: '' });
    expect(env.present).toBe(true);
    expect(env.version).toBe('3.11.9');
    expect(env.executable).toBe(python);
    // The layout knows only the venv's own site-packages, where torch 2.3.1 is the only torch.
    expect(env.packages).toEqual(EXPECTED_IN_SITE);
    expect(env.reason).toMatch(/could not run the interpreter .*EACCES/);
    expect(env.reason).toMatch(/version from pyvenv\.cfg/);
    expect(env.reason).toContain(path.join(venv, 'lib', 'python3.11', 'site-packages'));
  });

  test('a venv whose interpreter symlink dangles (base Python gone): layout fallback', async () => {
    const root = freshDir('dangling');
    const { venv } = buildFakeVenv(root);
    mkdirSync(path.join(venv, 'bin'), { recursive: true });
    symlinkSync(path.join(root, 'gone', 'python3.11'), path.join(venv, 'bin', 'python3'));
    const env = await collectPython(venv, { workspace: root, pathEnv: '' });
    expect(env.executable).toBe(path.join(venv, 'bin', 'python3'));
    expect(env.reason).toMatch(/ENOENT/);
    expect(env.version).toBe('3.11.9');
    expect(env.packages).toEqual(EXPECTED_IN_SITE);
  });

  test('an interpreter that fails or prints no answer: layout fallback says why', async () => {
    const root = freshDir('failing');
    const { venv } = buildFakeVenv(root);
    const python = path.join(venv, 'bin', 'python');
    write(python, '#!/bin/sh\necho "Fatal Python error: init_fs_encoding" >&2\nexit 3\n', 0o755);
    const failed = await collectPython(python, { workspace: root, pathEnv: '' });
    expect(failed.reason).toMatch(/exited with code 3: Fatal Python error: init_fs_encoding/);
    expect(failed.packages).toEqual(EXPECTED_IN_SITE);

    write(python, '#!/bin/sh\necho "Python 3.11.9"\n', 0o755);
    const silent = await collectPython(python, { workspace: root, pathEnv: '' });
    expect(silent.reason).toMatch(/not the expected JSON/);
    expect(silent.version).toBe('3.11.9');
  });

  test('an interpreter that hangs is killed after the timeout', async () => {
    const root = freshDir('hangs');
    const { venv } = buildFakeVenv(root);
    const python = path.join(venv, 'bin', 'python');
    write(python, '#!/bin/sh\nexec sleep 20\n', 0o755);
    const started = Date.now();
    const env = await collectPython(python, { workspace: root, pathEnv: '', timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(env.reason).toMatch(/timed out after 300 ms/);
    expect(env.packages).toEqual(EXPECTED_IN_SITE);
  });

  test('virtualenv-style version_info, a pre-release, and a layout without pyvenv.cfg', async () => {
    const root = freshDir('layouts');
    const a = path.join(root, 'a');
    write(path.join(a, 'pyvenv.cfg'), 'home = /usr/bin\nversion_info = 3.12.1.final.0\n');
    write(
      path.join(a, 'lib', 'python3.12', 'site-packages', 'six-1.16.0.dist-info', 'METADATA'),
      meta('six', '1.16.0'),
    );
    write(path.join(a, 'bin', 'python'), 'not a program', 0o644);
    const envA = await collectPython(path.join(a, 'bin', 'python'), {
      workspace: root,
      pathEnv: '',
    });
    expect(envA.version).toBe('3.12.1');
    expect(envA.packages).toEqual([
      { name: 'six', version: '1.16.0', purl: 'pkg:pypi/six@1.16.0' },
    ]);

    const b = path.join(root, 'b');
    write(path.join(b, 'pyvenv.cfg'), 'version_info = 3.13.0.candidate.1\n');
    write(path.join(b, 'bin', 'python'), '', 0o644);
    expect((await collectPython(b, { workspace: root, pathEnv: '' })).version).toBe('3.13.0rc1');

    const c = path.join(root, 'c');
    write(
      path.join(c, 'lib', 'python3.10', 'site-packages', 'six-1.15.0.dist-info', 'METADATA'),
      meta('six', '1.15.0'),
    );
    write(path.join(c, 'bin', 'python3'), '', 0o644);
    const envC = await collectPython(path.join(c, 'bin', 'python3'), {
      workspace: root,
      pathEnv: '',
    });
    expect(envC.version).toBe('3.10');
    expect(envC.reason).toMatch(/directory name/);
    expect(envC.packages.map((p) => p.version)).toEqual(['1.15.0']);
  });
});

describe('collectPython: finding the interpreter', () => {
  test('auto looks up python3, then python, on the given PATH only', async () => {
    const root = freshDir('auto');
    const { venv, site } = buildFakeVenv(root);
    const empty = path.join(root, 'empty-bin');
    mkdirSync(empty);
    // Only `python` exists, in the second PATH directory.
    const python = path.join(venv, 'bin', 'python');
    fakeInterpreter(python, probeAnswer(python, [site]), path.join(root, 'args.txt'));
    const env = await collectPython('auto', {
      workspace: root,
      pathEnv: [empty, path.join(venv, 'bin')].join(path.delimiter),
    });
    expect(env.present).toBe(true);
    expect(env.executable).toBe(python);
    expect(env.packages).toEqual(EXPECTED_IN_SITE);
  });

  test('auto skips a python3 that cannot run and has no layout', async () => {
    const root = freshDir('auto-broken');
    const { venv, site } = buildFakeVenv(root);
    const brokenBin = path.join(root, 'nowhere', 'bin');
    write(path.join(brokenBin, 'python3'), '#!/bin/sh\nexit 1\n', 0o755);
    const python = path.join(venv, 'bin', 'python');
    fakeInterpreter(python, probeAnswer(python, [site]), path.join(root, 'args.txt'));
    const env = await collectPython('auto', {
      workspace: root,
      pathEnv: [brokenBin, path.join(venv, 'bin')].join(path.delimiter),
    });
    expect(env.executable).toBe(python);
    expect(env.reason).toContain(`skipped ${path.join(brokenBin, 'python3')}: exited with code 1`);
  });

  test('auto without any python on PATH: recorded as absent, not an error', async () => {
    const root = freshDir('no-python');
    const env = await collectPython('auto', {
      workspace: root,
      pathEnv: [root, path.join(root, 'missing')].join(path.delimiter),
    });
    expect(env).toEqual({
      present: false,
      reason: expect.stringMatching(/no python3 or python on PATH/),
      packages: [],
    });
  });

  test('none skips', async () => {
    const env = await collectPython('none', { workspace: tmp, pathEnv: '/usr/bin:/bin' });
    expect(env.present).toBe(false);
    expect(env.packages).toEqual([]);
    expect(env.reason).toMatch(/python: none/);
  });

  test('a bare command name is looked up on PATH', async () => {
    const root = freshDir('bare');
    const { venv, site } = buildFakeVenv(root);
    const python = path.join(venv, 'bin', 'python3.11');
    fakeInterpreter(python, probeAnswer(python, [site]), path.join(root, 'args.txt'));
    const env = await collectPython('python3.11', {
      workspace: root,
      pathEnv: path.join(venv, 'bin'),
    });
    expect(env.executable).toBe(python);
  });

  test.each([
    ['a missing path', 'venv/bin/pyhton', /not found/],
    ['a directory that is no venv', 'plain-dir', /not a virtual environment/],
    ['a file that is no interpreter', 'plain-dir/notes.txt', /could not be run/],
  ])(
    'explicit %s → INPUT_INVALID naming the input, the value and the fix',
    async (_, value, message) => {
      const root = freshDir('bad');
      write(path.join(root, 'plain-dir', 'notes.txt'), 'hello');
      const run = collectPython(value, { workspace: root, pathEnv: '' });
      await expect(run).rejects.toBeInstanceOf(ProvenanceError);
      const error = (await run.catch((e: unknown) => e)) as ProvenanceError;
      expect(error.code).toBe('INPUT_INVALID');
      expect(error.input).toBe('python');
      expect(error.value).toBe(value);
      expect(error.message).toMatch(message);
      expect(error.fix).toMatch(/python: auto/);
      expect(error.fix).toMatch(/python: none/);
      expect(error.toLine()).toMatch(/^INPUT_INVALID: input 'python': /);
    },
  );
});

// The interpreter of this machine, when there is one.
const hostPython = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = hostPython.status === 0;
if (!hasPython) console.log('skipping real-interpreter tests: no python3 on PATH');
const withPython = hasPython ? describe : describe.skip;

/** Module names -X importtime reports for a script. */
function importedModules(script: string): Set<string> {
  const run = spawnSync('python3', ['-X', 'importtime', '-c', script], {
    encoding: 'utf8',
    cwd: tmp,
  });
  expect(run.status).toBe(0);
  const names = run.stderr
    .split('\n')
    .filter((l) => l.startsWith('import time:') && !l.includes('imported package'))
    .map((l) => l.split('|')[2]?.trim() ?? '');
  return new Set(names.filter((n) => n !== ''));
}

withPython('collectPython with the real python3', () => {
  test('reports its real version, executable and the distributions pip lists', async () => {
    const workspace = freshDir('real');
    const started = performance.now();
    const env = await collectPython('auto', { workspace, pathEnv: process.env.PATH ?? '' });
    const elapsed = performance.now() - started;
    console.log(
      `collectPython('auto') on ${env.executable}: ${env.packages.length} packages in ${elapsed.toFixed(0)} ms`,
    );
    expect(env.present).toBe(true);
    // Once more with the resolved interpreter, without the PATH lookup and any shim in front of it.
    const again = performance.now();
    const direct = await collectPython(env.executable ?? '', { workspace, pathEnv: '' });
    console.log(
      `collectPython('${env.executable}'): ${direct.packages.length} packages in ${(performance.now() - again).toFixed(0)} ms`,
    );
    expect(direct.packages).toEqual(env.packages);
    expect(`Python ${env.version}`).toBe((hostPython.stdout || hostPython.stderr).trim());
    const exe = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8',
    });
    expect(env.executable).toBe(exe.stdout.trim());

    const pip = spawnSync(
      'python3',
      ['-m', 'pip', 'list', '--format=json', '--disable-pip-version-check'],
      {
        encoding: 'utf8',
        cwd: workspace,
      },
    );
    if (pip.status !== 0) {
      console.log(
        `skipping the pip comparison: pip list failed (${pip.stderr.trim().split('\n')[0]})`,
      );
      return;
    }
    // pip's names are as the metadata spells them; normalise them here by PEP 503's rule.
    const pep503 = (n: string): string => n.toLowerCase().replace(/[-_.]+/g, '-');
    const fromPip = (JSON.parse(pip.stdout) as { name: string; version: string }[])
      .map((p) => `${pep503(p.name)}==${p.version}`)
      .sort();
    expect(env.packages.map((p) => `${p.name}==${p.version}`).sort()).toEqual(fromPip);
    for (const p of env.packages) expect(p.purl.startsWith(`pkg:pypi/${p.name}@`)).toBe(true);
  });

  test('the probe imports json and nothing else beyond what start-up loads', () => {
    const startup = importedModules('pass');
    const withJson = importedModules('import json');
    const probe = importedModules(PYTHON_PROBE_SCRIPT);
    expect(startup.has('site')).toBe(true);
    expect(probe.has('json')).toBe(true);
    expect(startup.has('json')).toBe(false);
    const added = [...probe].filter((m) => !startup.has(m));
    expect(added.filter((m) => !withJson.has(m))).toEqual([]);
    const notable = new Set(NOTABLE_FRAMEWORKS.map((n) => n.replace(/-/g, '_')));
    expect([...probe].filter((m) => notable.has(m.split('.')[0] ?? ''))).toEqual([]);
  });

  test('a real venv: the framework is listed but never imported', async () => {
    const root = freshDir('real-venv');
    const venv = path.join(root, '.venv');
    const made = spawnSync('python3', ['-m', 'venv', '--without-pip', venv], { encoding: 'utf8' });
    if (made.status !== 0) {
      console.log(`skipping the real-venv test: python3 -m venv failed (${made.stderr.trim()})`);
      return;
    }
    const lib = readFileSync(path.join(venv, 'pyvenv.cfg'), 'utf8');
    expect(lib).toMatch(/version/);
    const siteRun = spawnSync(
      path.join(venv, 'bin', 'python'),
      ['-c', 'import site; print(site.getsitepackages()[0])'],
      {
        encoding: 'utf8',
      },
    );
    const site = siteRun.stdout.trim();
    const marker = path.join(root, 'torch-was-imported');
    write(
      path.join(site, 'torch', '__init__.py'),
      `open(${JSON.stringify(marker)}, 'w').write('x')\n`,
    );
    write(path.join(site, 'torch-9.9.9+cu121.dist-info', 'METADATA'), meta('torch', '9.9.9+cu121'));

    const env = await collectPython('.venv', { workspace: root, pathEnv: '' });
    expect(env.reason).toMatch(/^asked /);
    expect(env.executable).toBe(path.join(venv, 'bin', 'python3'));
    expect(`Python ${env.version}`).toBe((hostPython.stdout || hostPython.stderr).trim());
    expect(env.packages).toContainEqual({
      name: 'torch',
      version: '9.9.9+cu121',
      purl: 'pkg:pypi/torch@9.9.9%2Bcu121',
    });
    expect(existsSync(marker)).toBe(false);
  });
});
