// The release gate's policy, through the command as a user types it, on bundles attest signed
// on the local stack: a rule whose input the record lacks fails closed (or, with
// allow-unrecorded, says it was not evaluated), a rule never evaluated is never shown passed,
// and a digest pasted without its algorithm is refused rather than read as a URI pattern.
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTrainingFixture, type TrainingFixture } from '../../tools/fixture/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { installTp, sh as shell } from '../helpers/shell.js';

let stack: Stack;
let fx: TrainingFixture;
let bin: string;
const sh = (line: string) => shell(bin, line, fx.workspace);
const verify = (bundle: string, policy: string, extra = '') =>
  sh(
    `tp verify --model ${fx.modelDir} --bundle ${bundle} --trusted-root ${stack.trustedRootPath} --repository acme/vision --policy ${policy} ${extra}`,
  );
const policy = (name: string, text: string) => writeFile(join(fx.workspace, name), text);
const HEX = 'ab'.repeat(32);

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp()]);
  fx = await makeTrainingFixture(await mkdtemp(join(tmpdir(), 'tp-policy-e2e-')));
  const r = await shell(
    bin,
    `tp attest --model ${fx.modelDir} --dataset train=${fx.datasetDir} --python none --trust-config ${stack.trustConfigFulcioRekorPath} --output-dir prov`,
    fx.workspace,
    { SIGSTORE_ID_TOKEN: await stack.mintToken() },
  );
  if (r.code !== 0) throw new Error(r.stderr);
  // The build provenance alone, where no training record lies beside it.
  await mkdir(join(fx.workspace, 'only'));
  await copyFile(
    join(fx.workspace, 'prov/provenance.sigstore.json'),
    join(fx.workspace, 'only/provenance.sigstore.json'),
  );
}, 120_000);
afterAll(() => stack?.close());

const DENY_TORCH = 'frameworks:\n  advisories: none\n  deny:\n    - package: torch\n';

describe('a rule whose input was not recorded (python: none)', () => {
  test('frameworks.deny fails closed, as frameworks.require does (exit 1)', async () => {
    await policy('deny.yml', `version: 1\n${DENY_TORCH}`);
    const r = await verify('prov/training.sigstore.json', 'deny.yml');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /✗ \[policy\] frameworks\.deny\[0\]: torch cannot be shown absent: no Python environment was recorded/,
    );
    expect(r.stdout).not.toContain('✓ frameworks.deny');
  }, 60_000);

  test('with allow-unrecorded it passes the gate, listed as not evaluated, never ✓', async () => {
    await policy('open.yml', `version: 1\n${DENY_TORCH}  allow-unrecorded: true\n`);
    const r = await verify('prov/training.sigstore.json', 'open.yml');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Policy rules not evaluated:\n {2}- frameworks\.deny\[0\]: /);
    expect(r.stdout).not.toContain('✓ frameworks.deny');
  }, 60_000);
});

describe('only the build provenance given', () => {
  const text = `version: 1\nmax-age: 30d\ndatasets:\n  licenses: [MIT]\n${DENY_TORCH}`;

  test('the record rules are not evaluated, never ✓; the verdict fails (exit 1)', async () => {
    await policy('record.yml', text);
    const r = await verify('only/provenance.sigstore.json', 'record.yml');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no verified training record was found');
    expect(r.stdout).not.toMatch(/✓ (datasets|frameworks)\./);
    expect(r.stdout).toMatch(/Policy rules not evaluated:\n(.*\n)*? {2}- datasets\.licenses: /);
    expect(r.stdout).toMatch(/ {2}- frameworks\.deny\[0\]: /);
    // max-age reads the build provenance: it is evaluated, and passes.
    expect(r.stdout).toMatch(/✓ max-age: /);
  }, 60_000);

  test('the JSON report gives each rule its status; not evaluated is never ok', async () => {
    await policy('record.yml', text);
    const r = await verify('only/provenance.sigstore.json', 'record.yml', '--format json');
    expect(r.code).toBe(1);
    const rules = JSON.parse(r.stdout).rules as Array<{
      rule: string;
      ok: boolean;
      status: string;
      reason: string;
    }>;
    const byRule = new Map(rules.map((x) => [x.rule, x]));
    for (const name of ['datasets.licenses', 'frameworks.deny[0]'])
      expect(byRule.get(name)).toMatchObject({ status: 'not-evaluated', ok: false });
    expect(byRule.get('datasets.licenses')!.reason).toMatch(
      /^no verified training record: .* the statement verified is the build provenance$/,
    );
    expect(byRule.get('max-age')).toMatchObject({ status: 'passed', ok: true });
  }, 60_000);
});

test('a bundle that fails verification leaves every rule not evaluated, none ✓', async () => {
  await policy('age.yml', `version: 1\nmax-age: 30d\n${DENY_TORCH}`);
  const r = await sh(
    `tp verify --model ${fx.modelDir} --bundle prov/training.sigstore.json --trusted-root ${stack.trustedRootPath} --repository acme/other --policy age.yml`,
  );
  expect(r.code).toBe(1);
  expect(r.stdout).not.toContain('Policy rules passed:');
  expect(r.stdout).toMatch(
    /Policy rules not evaluated:\n {2}- frameworks\.deny\[0\]: no bundle verified, so there is no statement to read\n {2}- max-age: no bundle verified/,
  );
}, 60_000);

describe('a bare hex digest in a digest list is refused (exit 2)', () => {
  test.each([
    ['datasets.deny', `datasets:\n  deny: ['${HEX}']\n`, `sha256:${HEX}`],
    ['datasets.allow', `datasets:\n  allow: ['${HEX}${HEX}']\n`, `sha512:${HEX}${HEX}`],
    ['datasets.deny-content', `datasets:\n  deny-content: ['${HEX}']\n`, `sha256:${HEX}`],
  ])(
    '%s',
    async (name, section, fix) => {
      await policy('bare.yml', `version: 1\n${section}`);
      const r = await verify('prov/training.sigstore.json', 'bare.yml');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('POLICY_INVALID');
      expect(r.stderr).toContain(`'${name}[0]'`);
      expect(r.stderr).toContain(`'${fix}'`);
    },
    60_000,
  );
});
