// One bundle verifier: only src/verify/ checks a signature. The lint rule (eslint.config.js) that
// enforces it in CI refuses, outside src/verify/, @sigstore/verify and the calls that check a
// signature; inside src/verify/ they are the verifier's own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../../tools/runner/index.js';

const PROBE = [
  "import { toSignedEntity } from '@sigstore/verify';",
  "import { verifySigner } from '../verify/signer.js';",
  "import { createVerifier } from '../verify/trust.js';",
  "import { checkCarriedCertificate } from '../verify/cert-chain.js';",
  "import { verifyOmsSignature } from '../verify/model-signature.js';",
  "import { dsseSignatureVerifies } from '../verify/key-signature.js';",
  'export const all = [toSignedEntity, verifySigner, createVerifier, checkCarriedCertificate, verifyOmsSignature, dsseSignatureVerifies];',
  '',
].join('\n');

async function refused(filePath: string): Promise<number[]> {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const [r] = await eslint.lintText(PROBE, { filePath: join(REPO_ROOT, filePath) });
  return r!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' && /Only src\/verify\//.test(m.message))
    .map((m) => m.line);
}

test.each(['src/oms/probe.ts', 'src/engine/probe.ts', 'src/cli/probe.ts', 'src/review/probe.ts'])(
  'outside src/verify/ (%s), each way of checking a signature is refused',
  async (file) => {
    expect(await refused(file)).toEqual([1, 2, 3, 4, 5, 6]);
  },
);

test('inside src/verify/ they are the verifier', async () => {
  expect(await refused('src/verify/probe.ts')).toEqual([]);
});

test('no source outside src/verify/ imports @sigstore/verify', () => {
  const files = (readdirSync(join(REPO_ROOT, 'src'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(REPO_ROOT, 'src', f));
  const outside = files.filter((f) => !relative(join(REPO_ROOT, 'src'), f).startsWith('verify'));
  expect(outside.length).toBeGreaterThan(50);
  const importing = outside.filter((f) => /from '@sigstore\/verify'/.test(readFileSync(f, 'utf8')));
  expect(importing.map((f) => relative(REPO_ROOT, f))).toEqual([]);
});
