import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvenanceError } from '../../src/errors.js';
import { collectByproducts } from '../../src/collect/byproducts.js';
import { inputList } from '../../src/request/edge.js';

const sha256sum = (p: string) =>
  execFileSync('sha256sum', ['-b', p], { encoding: 'utf8' }).slice(0, 64);

let ws: string;
const files = ['out/metrics.json', 'out/logs/train.log', 'out/logs/.hidden', 'MODEL_CARD.md'];

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

test('byproducts: files and directories expanded to their files (hidden ones included in a directory)', async () => {
  const got = await collectByproducts(inputList('out/logs, MODEL_CARD.md\nout/*.json'), {
    workspace: ws,
  });
  expect(got).toEqual(
    ['MODEL_CARD.md', 'out/logs/.hidden', 'out/logs/train.log', 'out/metrics.json'].map((name) => ({
      name,
      digest: { sha256: sha256sum(join(ws, name)) },
      annotations: { role: 'byproduct' },
    })),
  );
});

test('an empty input records nothing; a missing file is NO_MATCH naming the input', async () => {
  await expect(collectByproducts(inputList(' \n'), { workspace: ws })).resolves.toEqual([]);
  const e = await collectByproducts(inputList('out/missing.json'), { workspace: ws }).catch(
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ProvenanceError);
  expect((e as ProvenanceError).code).toBe('NO_MATCH');
  expect((e as ProvenanceError).toLine()).toMatch(
    /input 'byproducts': 'out\/missing.json'.* Fix: /,
  );
});
