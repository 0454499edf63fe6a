import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenanceError } from '../../src/errors.js';
import { collectRequirements, requirementsFormat } from '../../src/collect/requirements.js';
import { inputList } from '../../src/request/edge.js';

const sha256sum = (p: string) =>
  execFileSync('sha256sum', ['-b', p], { encoding: 'utf8' }).slice(0, 64);

let ws: string;
const files = [
  'requirements.txt',
  'requirements-dev.txt',
  'requirements/base.in',
  'uv.lock',
  'poetry.lock',
  'environment.yml',
  'Pipfile.lock',
  'constraints.txt',
  'pyproject.toml',
  'a file with spaces.txt',
];

beforeAll(async () => {
  ws = await realpath(await mkdtemp(join(tmpdir(), 'tp-files-')));
  for (const [i, f] of files.entries()) {
    await mkdir(join(ws, f, '..'), { recursive: true });
    await writeFile(join(ws, f), `file ${i}\n`);
  }
});

afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});

test('requirement files: digest, file URI and the format their name says', async () => {
  const got = await collectRequirements(
    inputList(
      'requirements*.txt, requirements/\nuv.lock\npoetry.lock\nenvironment.yml\nPipfile.lock\nconstraints.txt\npyproject.toml\na file with spaces.txt',
    ),
    { workspace: ws },
  );
  const expected: [string, string][] = [
    ['Pipfile.lock', 'pipfile.lock'],
    ['a file with spaces.txt', 'other'],
    ['constraints.txt', 'pip-requirements'],
    ['environment.yml', 'conda-environment'],
    ['poetry.lock', 'poetry.lock'],
    ['pyproject.toml', 'other'],
    // path order compares components: the directory 'requirements' before 'requirements-dev.txt'
    ['requirements/base.in', 'pip-requirements'],
    ['requirements-dev.txt', 'pip-requirements'],
    ['requirements.txt', 'pip-requirements'],
    ['uv.lock', 'uv.lock'],
  ];
  expect(got).toEqual(
    expected.map(([name, format]) => ({
      name,
      uri: 'file:' + name.split('/').map(encodeURIComponent).join('/'),
      digest: { sha256: sha256sum(join(ws, name)) },
      annotations: { role: 'requirements', format },
    })),
  );
  expect(got[1]!.uri).toBe('file:a%20file%20with%20spaces.txt');
});

test('requirementsFormat by name', () => {
  expect(requirementsFormat('deps/requirements_gpu.txt')).toBe('pip-requirements');
  expect(requirementsFormat('conda/environment-cuda.yaml')).toBe('conda-environment');
  expect(requirementsFormat('setup.cfg')).toBe('other');
});

test('an empty input records nothing; a glob that matches nothing is NO_MATCH naming the input', async () => {
  await expect(collectRequirements(inputList(''), { workspace: ws })).resolves.toEqual([]);
  const r = await collectRequirements(inputList('reqs/*.txt'), { workspace: ws }).catch(
    (x: unknown) => x,
  );
  expect(r).toBeInstanceOf(ProvenanceError);
  expect((r as ProvenanceError).toLine()).toMatch(
    /NO_MATCH: input 'requirements': 'reqs\/\*\.txt'/,
  );
});
