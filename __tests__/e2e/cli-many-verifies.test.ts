// The same verify, many times: 0.1 exited 13 in about a third of 100 runs, when a hashing
// worker that had not started yet was terminated. Its own file, so that jest runs it beside
// the others: it is the longest case of the suite.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let stack: Stack;
let bin: string;
const sh = (line: string, cwd: string, env: Record<string, string> = {}) =>
  shell(bin, line, cwd, env);
const signing = () => `--trust-config ${stack.trustConfigFulcioRekorPath} --python none`;
const verifying = () => `--trusted-root ${stack.trustedRootPath} --repository acme/vision`;

beforeAll(async () => {
  bin = await installTp();
  stack = await startStack();
}, 60_000);
afterAll(() => stack?.close());

describe('the same verify, many times', () => {
  test('100 verifies of a 2,000-file model (hashed on the worker pool) all exit 0', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'tp-many-'));
    await mkdir(join(ws, 'model'));
    for (let i = 0; i < 2000; i++) await writeFile(join(ws, 'model', `f${i}.bin`), `file ${i}`);
    const out = join(ws, '..', `many-out-${Date.now()}`);
    const a = await sh(`tp attest --model model ${signing()} --output-dir ${out}`, ws, {
      SIGSTORE_ID_TOKEN: await stack.mintToken(),
    });
    if (a.code !== 0) throw new Error(a.stderr);
    const line = `tp verify --model model --bundle ${out}/provenance.sigstore.json ${verifying()}`;
    const codes: number[] = [];
    for (let i = 0; i < 50; i++) {
      const pair = await Promise.all([sh(line, ws), sh(line, ws)]);
      codes.push(...pair.map((r) => r.code));
    }
    expect(codes.filter((c) => c !== 0)).toEqual([]);
    expect(codes).toHaveLength(100);
  }, 300_000);
});
