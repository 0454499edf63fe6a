// Datasets and models named by manifests: the line and datasets-file forms, and what is refused.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectDatasets } from '../../src/collect/datasets.js';
import { manifestModelSubjects } from '../../src/collect/manifest.js';
import { writeManifest } from '../../src/manifest/write.js';
import { ProvenanceError } from '../../src/errors.js';
import { parseDatasetLines } from '../../src/collect/dataset-spec.js';

/** collectDatasets with the `datasets` input as the action types it (parsed as the action does). */
const collectDatasetsText = async (
  o: Omit<Parameters<typeof collectDatasets>[0], 'datasets'> & { datasets: string },
) =>
  collectDatasets({
    ...o,
    datasets: parseDatasetLines(o.datasets.split('\n'), o.workspace, o.notice),
  });

let ws: string;
let root: string;

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'collect-manifest-'));
  await mkdir(join(ws, 'data/imgs'), { recursive: true });
  for (let i = 0; i < 10; i++) await writeFile(join(ws, 'data/imgs', `${i}.png`), `png ${i}`);
  let text = '';
  const totals = await writeManifest(
    { dir: join(ws, 'data/imgs'), rootLabel: 'imgs', toolVersion: 'test' },
    async (s) => void (text += s),
  );
  root = totals.root;
  await writeFile(join(ws, 'imgs.jsonl'), text);
});

const thrown = async (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as ProvenanceError,
  );

describe('datasets from manifests', () => {
  it('a line, with a location', async () => {
    const [d] = await collectDatasetsText({
      datasets: 'imgs=manifest:imgs.jsonl gs://acme/imgs/',
      workspace: ws,
    });
    expect(d).toMatchObject({
      name: 'imgs',
      kind: 'manifest',
      uri: 'gs://acme/imgs/',
      digest: { sha256: root },
      fileCount: 10,
      commitment: { leaves: 10 },
    });
  });

  it('a datasets-file entry; without a location the manifest file is where it is', async () => {
    await writeFile(join(ws, 'datasets.yaml'), '- manifest: imgs.jsonl\n  license: cc-by-4.0\n');
    const [d] = await collectDatasetsText({
      datasets: '',
      datasetsFile: 'datasets.yaml',
      workspace: ws,
    });
    expect(d).toMatchObject({
      name: 'imgs',
      kind: 'manifest',
      uri: 'file:imgs.jsonl',
      license: 'CC-BY-4.0',
    });
  });

  it('a claimed digest must be the root; a manifest entry takes no path', async () => {
    await writeFile(
      join(ws, 'claim.yaml'),
      `- manifest: imgs.jsonl\n  digest: sha256:${'0'.repeat(64)}\n`,
    );
    const wrong = await thrown(
      collectDatasetsText({ datasets: '', datasetsFile: 'claim.yaml', workspace: ws }),
    );
    expect(wrong).toBeInstanceOf(ProvenanceError);
    expect(wrong?.message).toContain(
      `the manifest's root is sha256:${root}, not the sha256 ${'0'.repeat(64)} given`,
    );
    await writeFile(join(ws, 'both.yaml'), '- manifest: imgs.jsonl\n  path: data/imgs\n');
    const both = await thrown(
      collectDatasetsText({ datasets: '', datasetsFile: 'both.yaml', workspace: ws }),
    );
    expect(both?.message).toContain("a 'manifest' entry takes no 'path' or 'digests'");
    const nothing = await thrown(collectDatasetsText({ datasets: 'manifest:', workspace: ws }));
    expect(nothing?.message).toContain('manifest: names no file');
  });

  it('a model from a manifest is a directory subject with its root, named as asked', async () => {
    const [s] = await manifestModelSubjects([{ name: 'out/imgs', path: 'imgs.jsonl' }], ws);
    expect(s).toMatchObject({
      name: 'out/imgs',
      digest: { sha256: root },
      annotations: { role: 'model-directory', files: 10 },
    });
  });
});
