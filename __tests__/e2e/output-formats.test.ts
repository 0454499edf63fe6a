// `--format text|json` on the commands whose main output is a document (prove, bom,
// trusted-root), through the command as a user types it: json prints a summary of what was
// written (path, sha256 and size of the bytes in the file, and what they hold) while the document
// goes to --output; text keeps the document on stdout or a line on stderr; any other value, or
// json with nowhere to write the document, exits 2 naming the flag.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installTp, sh as shell } from '../helpers/shell.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let bin: string;
let ws: string;
const sh = (line: string) => shell(bin, line, ws);
const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
const IN = sha('sample 3\n');

beforeAll(async () => {
  bin = await installTp();
  ws = await mkdtemp(join(tmpdir(), 'tp-formats-e2e-'));
  await mkdir(join(ws, 'data'));
  await mkdir(join(ws, 'model'));
  for (let i = 0; i < 5; i++) await writeFile(join(ws, 'data', `s${i}.txt`), `sample ${i}\n`);
  await writeFile(join(ws, 'model/weights.bin'), 'weights');
  const r = await sh(
    'tp attest --model model --dataset data --python none --no-sign --output-dir prov',
  );
  if (r.code !== 0) throw new Error(r.stderr);
}, 60_000);

/** The summary json prints, checked against the file it names. */
async function summary(stdout: string): Promise<Json> {
  const s = JSON.parse(stdout) as Json;
  const written = await readFile(join(ws, s.output as string));
  expect(s.sha256).toBe(sha(written));
  expect(s.bytes).toBe(written.length);
  return s;
}

const COMMANDS: Array<[string, string]> = [
  ['prove', `tp prove --dataset data --digest sha256:${IN}`],
  ['bom', 'tp bom prov'],
  ['trusted-root', 'tp trusted-root --offline'],
];

test('prove --format json summarises the proof written to --output', async () => {
  const r = await sh(`tp prove --dataset data --digest sha256:${IN} --output p.json --format json`);
  expect(r.code).toBe(0);
  const s = await summary(r.stdout);
  const proof = JSON.parse(await readFile(join(ws, 'p.json'), 'utf8')) as Json;
  expect(s).toEqual(
    expect.objectContaining({
      output: 'p.json',
      digest: `sha256:${IN}`,
      member: true,
      leaves: 5,
      root: proof.commitment.root,
    }),
  );
});

test('bom --format json summarises the BOM written to --output', async () => {
  const r = await sh('tp bom prov --output b.cdx.json --format json');
  expect(r.code).toBe(0);
  const s = await summary(r.stdout);
  const bom = JSON.parse(await readFile(join(ws, 'b.cdx.json'), 'utf8')) as Json;
  expect(bom.bomFormat).toBe('CycloneDX');
  expect(s).toEqual(
    expect.objectContaining({
      output: 'b.cdx.json',
      specVersion: '1.6',
      components: (bom.components as unknown[]).length,
    }),
  );
  expect(s.components).toBeGreaterThanOrEqual(2); // the model and the dataset
});

test('trusted-root --format json summarises the roots written to --output', async () => {
  const r = await sh('tp trusted-root --offline --output roots.jsonl --format json');
  expect(r.code).toBe(0);
  const s = await summary(r.stdout);
  const lines = (await readFile(join(ws, 'roots.jsonl'), 'utf8')).trim().split('\n');
  expect(s).toEqual(expect.objectContaining({ output: 'roots.jsonl', roots: lines.length }));
  expect(s.roots).toBeGreaterThanOrEqual(1);
});

test.each(COMMANDS)(
  '%s --format text writes the document to stdout as without --format',
  async (name, line) => {
    const [plain, text] = await Promise.all([sh(line), sh(`${line} --format text`)]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(plain.stdout);
    // The document itself (trusted roots are JSON lines), not a summary of it.
    const docs = (name === 'trusted-root' ? text.stdout.trim().split('\n') : [text.stdout]).map(
      (d) => JSON.parse(d) as Json,
    );
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d).not.toHaveProperty('sha256');
  },
);

test.each(COMMANDS)(
  '%s --format text --output says on stderr what it wrote',
  async (name, line) => {
    const r = await sh(`${line} --output t-${name}.out --format text`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`t-${name}.out`);
  },
);

test.each(COMMANDS)(
  '%s --format yaml exits 2 naming the flag, the value and the accepted ones',
  async (name, line) => {
    const r = await sh(`${line} --output y-${name}.out --format yaml`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format');
    expect(r.stderr).toContain('yaml');
    expect(r.stderr).toContain('--format text or --format json');
    await expect(readFile(join(ws, `y-${name}.out`))).rejects.toThrow(/ENOENT/);
  },
);

test.each(COMMANDS)(
  '%s --format json without --output exits 2 as JSON naming --output',
  async (_, line) => {
    const r = await sh(`${line} --format json`);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as Json).error).toEqual(
      expect.objectContaining({ code: 'INPUT_MISSING', input: '--output' }),
    );
    expect(r.stderr).toContain('--output');
  },
);

test.each(COMMANDS)('%s --help says what each format prints', async (name) => {
  const r = await sh(`tp ${name} --help`);
  expect(r.code).toBe(0);
  // As a reader sees it: the help wraps its lines where it likes.
  const help = r.stdout.replace(/\s+/g, ' ');
  expect(help).toMatch(/--format text\|json text \(default\)/);
  expect(help).toContain('json (needs --output): a JSON');
});

describe('manifest and manifest merge', () => {
  const rootOf = (stderr: string) => /root (sha256:[0-9a-f]{64})/.exec(stderr)?.[1];

  test('--format json summarises the manifest written to --output', async () => {
    const text = await sh('tp manifest data --output m-text.jsonl');
    const r = await sh('tp manifest data --output m.jsonl --format json');
    expect(r.code).toBe(0);
    const s = await summary(r.stdout);
    expect(s).toEqual(expect.objectContaining({ output: 'm.jsonl', files: 5, datasetBytes: 45 }));
    expect(s.root).toBe(rootOf(text.stderr));
  });

  test('merge --format json summarises the merged manifest', async () => {
    for (const i of [0, 1]) {
      const r = await sh(`tp manifest data --shard ${i}/2 --output s${i}.jsonl`);
      if (r.code !== 0) throw new Error(r.stderr);
    }
    const text = await sh('tp manifest merge s0.jsonl s1.jsonl --output merged-text.jsonl');
    const r = await sh('tp manifest merge s0.jsonl s1.jsonl --output merged.jsonl --format json');
    expect(r.code).toBe(0);
    const s = await summary(r.stdout);
    expect(s).toEqual(
      expect.objectContaining({ output: 'merged.jsonl', files: 5, datasetBytes: 45 }),
    );
    expect(s.root).toBe(rootOf(text.stderr));
  });

  test.each(['manifest data', 'manifest merge s0.jsonl s1.jsonl'])(
    '%s --format yaml exits 2 naming the flag, the value and the accepted ones',
    async (args) => {
      const r = await sh(`tp ${args} --output y.jsonl --format yaml`);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("'yaml' is not a format");
      expect(r.stderr).toContain('--format text or --format json');
      await expect(readFile(join(ws, 'y.jsonl'))).rejects.toThrow(/ENOENT/);
    },
  );

  test('--format json without --output exits 2 as JSON naming --output', async () => {
    const r = await sh('tp manifest data --format json');
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as Json).error).toEqual(
      expect.objectContaining({ code: 'INPUT_MISSING', input: '--output' }),
    );
  });
});

test.each(['bom', 'manifest verify'])(
  '%s --format yaml is named first, before the missing arguments',
  async (args) => {
    const r = await sh(`tp ${args} --format yaml`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'yaml' is not a format");
  },
);

// Every command that writes one result takes --output: the file holds what stdout would have.
test.each([
  ['inspect', 'tp inspect prov/training.intoto.json --format json'],
  ['diff', 'tp diff prov/training.intoto.json prov/training.intoto.json --format json'],
  ['digest', 'tp digest model --format json'],
])('%s --output FILE writes what it would print, and prints nothing', async (name, line) => {
  const printed = await sh(line);
  expect(printed.code).toBe(0);
  const r = await sh(`${line} --output ${name}-result.json`);
  expect([r.code, r.stdout]).toEqual([0, '']);
  expect(await readFile(join(ws, `${name}-result.json`), 'utf8')).toBe(printed.stdout);
});
