// The valid documents the fuzz suites start from: real bundles, model signatures and a trusted
// root made by other tools (vendored vectors), and our own statement, policy, manifest, proofs
// and the OSV records this tool ships.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { sortedLeaves } from '../../src/commitment/leaves.js';
import { MerkleTree } from '../../src/commitment/merkle.js';
import { makeProof } from '../../src/commitment/proof.js';
import { compareOmsPaths, rootOfDigests } from '../../src/hash/index.js';
import { MANIFEST_FORMAT, MANIFEST_VERSION } from '../../src/manifest/format.js';
import { buildTrainingRecord, serializeStatement } from '../../src/statement/build.js';
import { REPO_ROOT } from '../../tools/runner/index.js';
import { exampleInput } from '../fixtures/statement-example.js';
import { vector } from '../helpers/vectors.js';
import { toText, type Json } from './mutate.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const hex = (s: string) => createHash('sha256').update(s).digest('hex');

export type SignedJson = Json & { dsseEnvelope: { payload: string } };

/** The statement a DSSE bundle signs. */
export function payloadOf(bundle: SignedJson): Json {
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as Json;
}

/** `bundle` signing `statement` instead (the signature no longer matches). */
export function withPayload(bundle: SignedJson, statement: Json): SignedJson {
  const copy = structuredClone(bundle);
  copy.dsseEnvelope.payload = Buffer.from(toText(statement)).toString('base64');
  return copy;
}

/** npm's provenance (v0.3 and v0.1) and an actions/attest bundle from a reusable workflow. */
export const BUNDLES = [
  'sigstore-js-2.1.0-bundle.json',
  'sigstore-js-2.1.0-bundle-v0.1.json',
  'reusable-workflow-attestation.sigstore.json',
].map((f) => readJson(vector('gh-cli', f)) as SignedJson);

/** A bundle signed with a key (its publicKey hint, no certificate). */
export const KEY_SIGNED = readJson(
  vector('gh-cli', 'github_provenance_demo-0.0.12-py3-none-any-bundle-missing-cert.jsonl'),
) as SignedJson;

/** Our training record and GitHub's build provenance. */
export const STATEMENTS: Json[] = [
  JSON.parse(serializeStatement(buildTrainingRecord(exampleInput()))) as Json,
  payloadOf(BUNDLES[2]!),
];

/** The README's full policy. */
export const POLICY = {
  version: 1,
  identity: {
    repository: 'acme/vision',
    'signer-workflow': 'acme/vision/.github/workflows/train.yml',
    'source-ref': 'refs/heads/main',
    runner: 'github-hosted',
  },
  datasets: {
    'require-digest': true,
    allow: ['hf://datasets/acme/*', 'file:data/*'],
    deny: [`sha256:${'a'.repeat(64)}`, `gitCommit:${'b'.repeat(40)}`],
    licenses: ['Apache-2.0', 'CC-BY-4.0', 'openrail'],
    'deny-content': [`sha256:${'c'.repeat(64)}`],
    'allow-unrecorded': false,
  },
  frameworks: {
    advisories: ['default'],
    'min-severity': 'medium',
    'allow-unrecorded': false,
    deny: [{ package: 'torch', versions: ['<2.6.0', '==2.7.0'], reason: 'CVE-2025-32434' }],
    require: [{ package: 'torch', versions: '>=2.0,!=2.1.*' }],
  },
  'max-age': '30d',
  'build-type': 'ours',
} as Json;
export const POLICY_TEXT = stringify(POLICY);

const records = ['a.bin', 'b/c.bin', 'b/d e.bin', 'b.txt', 'z/ü.bin']
  .sort(compareOmsPaths)
  .map((path, i) => ({ path, size: i * 100, sha256: hex(path) }));
/** A manifest as its lines: header, records, trailer; and a shard's. */
export const MANIFESTS: Json[] = [
  [
    {
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      root: 'data',
      tool: 'training-provenance',
    },
    ...records,
    {
      files: records.length,
      bytes: records.reduce((n, r) => n + r.size, 0),
      root: `sha256:${rootOfDigests(records.map((r) => r.sha256))}`,
    },
  ],
];
MANIFESTS.push([
  { ...((MANIFESTS[0] as Json[])[0] as object), shard: { index: 1, count: 3 } },
  ...(MANIFESTS[0] as Json[]).slice(1),
]);
export const MANIFEST_FILES = records.length;

/** A manifest's text: one JSON line each. */
export const manifestText = (doc: Json) =>
  Array.isArray(doc) ? `${doc.map(toText).join('\n')}\n` : `${toText(doc)}\n`;

const digests = Array.from({ length: 20 }, (_, i) => hex(`example ${i}`));
const leaves = sortedLeaves(digests);
const tree = new MerkleTree(leaves);
/** A membership proof, a non-membership proof, and the proofs at either end of the tree. */
export const PROOFS = [digests[3]!, hex('absent'), '0'.repeat(64), 'f'.repeat(64)].map(
  (d) => JSON.parse(JSON.stringify(makeProof(tree, leaves, d))) as Json,
);
/** The commitment the proofs are against, as a record would carry it. */
export const COMMITMENT = makeProof(tree, leaves, digests[0]!).commitment;

const SHIPPED = join(REPO_ROOT, 'advisories', 'osv');
/** Eight of the OSV records this tool ships. */
export const OSV_RECORDS = readdirSync(SHIPPED)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .slice(0, 8)
  .map((n) => readJson(join(SHIPPED, n)));

/** The public-good trusted root gh ships in its tests. */
export const TRUSTED_ROOT = readJson(vector('gh-cli', 'trusted_root.json'));

/** model_signing's model.sig of v0.3.1, v1.0.0 and v1.1.0. */
export const MODEL_SIGS = ['v0.3.1-sigstore', 'v1.0.0-sigstore', 'v1.1.0-sigstore'].map(
  (v) => readJson(vector('model-signing', v, 'model.sig')) as SignedJson,
);
