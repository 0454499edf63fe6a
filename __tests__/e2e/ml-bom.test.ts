// The CycloneDX ML-BOM through what ships: `attest --ml-bom` on the local stack writes the
// BOM and signs it as its own attestation (verified here with @sigstore/verify); `bom` on the
// signed record writes the same BOM; both validate against CycloneDX 1.6's JSON Schema and
// list the model, every dataset and every package of the statement.
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { makeTrainingFixture, type TrainingFixture } from '../../tools/fixture/index.js';
import { startStack, type Stack } from '../../tools/stack/index.js';
import { installTp, sh as shell } from '../helpers/shell.js';
import { schemaErrors } from '../helpers/cyclonedx.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let stack: Stack;
let fx: TrainingFixture;
let bin: string;
let attested: { code: number; stdout: string; stderr: string };
const sh = (line: string) => shell(bin, line, fx.workspace);
const read = async (f: string) => JSON.parse(await readFile(join(fx.workspace, f), 'utf8')) as Json;

beforeAll(async () => {
  [stack, bin] = await Promise.all([startStack(), installTp()]);
  fx = await makeTrainingFixture(await mkdtemp(join(tmpdir(), 'tp-bom-e2e-')));
  const i = fx.inputs;
  const datasets = (i.datasets ?? '')
    .split('\n')
    .map((d) => `--dataset '${d}'`)
    .join(' ');
  attested = await shell(
    bin,
    `tp attest --model ${i.model} ${datasets} --python ${i.python} --requirements ${i.requirements} --parameters ${i.parameters} --byproducts ${i.byproducts} --ml-bom --trust-config ${stack.trustConfigFulcioRekorPath} --output-dir prov`,
    fx.workspace,
    { SIGSTORE_ID_TOKEN: await stack.mintToken() },
  );
}, 120_000);
afterAll(() => stack?.close());

test('attest --ml-bom writes the BOM, valid CycloneDX 1.6, listing everything the record holds', async () => {
  if (attested.code !== 0) throw new Error(attested.stderr);
  expect(attested.stdout).toContain(`ml-bom: ${join(fx.workspace, 'prov/training.cdx.json')}`);
  const bom = await read('prov/training.cdx.json');
  expect(await schemaErrors(bom)).toBeNull();
  const record = await read('prov/training.intoto.json');
  const deps = record.predicate.buildDefinition.resolvedDependencies as Json[];
  const names = (type: string) =>
    (bom.components as Json[]).filter((c) => c.type === type).map((c) => c.name);
  expect(names('machine-learning-model').sort()).toEqual(
    (record.subject as Json[]).map((s) => s.name).sort(),
  );
  expect(names('data').sort()).toEqual(
    deps
      .filter((d) => d.annotations?.role === 'dataset')
      .map((d) => d.name)
      .sort(),
  );
  const purls = (bom.components as Json[]).filter((c) => c.type === 'library').map((c) => c.purl);
  expect(purls.sort()).toEqual(
    deps
      .filter((d) => d.annotations?.role === 'python-package')
      .map((d) => d.uri)
      .sort(),
  );
  // metrics.json is a byproduct the record signed: its numbers are in the model card.
  const card = (bom.components as Json[]).find(
    (c) => c.type === 'machine-learning-model',
  )!.modelCard;
  expect(card.quantitativeAnalysis.performanceMetrics).toContainEqual({
    type: 'accuracy',
    value: '0.912',
  });
});

test("the BOM is signed as an attestation of its own, over the model, with CycloneDX's predicate type", async () => {
  const bundle = await read('prov/training.cdx.sigstore.json');
  const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)), {
    tlogThreshold: 1,
    ctlogThreshold: 1,
    timestampThreshold: 0,
  });
  verifier.verify(toSignedEntity(bundleFromJSON(bundle)));
  const statement = JSON.parse(
    Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'),
  ) as Json;
  expect(statement.predicateType).toBe('https://cyclonedx.org/bom');
  expect(statement.predicate).toEqual(await read('prov/training.cdx.json'));
  expect(statement.subject).toEqual((await read('prov/training.intoto.json')).subject);
});

test('bom on the signed record writes the same BOM', async () => {
  const r = await sh('tp bom prov/training.sigstore.json --output again.cdx.json');
  expect(r.code).toBe(0);
  expect(await read('again.cdx.json')).toEqual(await read('prov/training.cdx.json'));
});

test('bom refuses the build provenance alone and a file that is not provenance (exit 2)', async () => {
  await writeFile(join(fx.workspace, 'nonsense.json'), '{"hello": "world"}');
  const r = await sh('tp bom nonsense.json');
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/nonsense\.json/);
  const none = await sh('tp bom');
  expect(none.code).toBe(2);
  expect(none.stderr).toContain('bom takes exactly one training record');
});

test('Fulcio down with --ml-bom: the BOM is kept with the statements, and --resume signs all three', async () => {
  stack.setFault('fulcio', { status: 503 });
  const failed = await shell(
    bin,
    `tp attest --model ${fx.inputs.model} --python none --ml-bom --trust-config ${stack.trustConfigFulcioRekorPath} --output-dir kept`,
    fx.workspace,
    { SIGSTORE_ID_TOKEN: await stack.mintToken() },
  ).finally(() => stack.clearFaults());
  expect(failed.code).toBe(1);
  const kept = await read('kept/training.cdx.json');
  const resumed = await shell(
    bin,
    `tp attest --resume --trust-config ${stack.trustConfigFulcioRekorPath} --output-dir kept`,
    fx.workspace,
    { SIGSTORE_ID_TOKEN: await stack.mintToken() },
  );
  if (resumed.code !== 0) throw new Error(resumed.stderr);
  expect(resumed.stdout).toContain('ml-bom attestation:');
  const bundle = await read('kept/training.cdx.sigstore.json');
  const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
  expect(statement.predicate).toEqual(kept);
}, 120_000);
