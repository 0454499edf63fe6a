// Dataset commitments at scale: building the tree over 1,000,000 content digests, making a proof,
// checking it, and the proof's size, against the hashing the tree cannot avoid (its 2n - 1
// SHA-256 computations, timed alone in the same run), with the process's peak RSS.
//
//   npm run bench:commitment -- [--leaves 1000000] [--proofs 1000]
//
// Compiled with the tools (tsconfig.tools.json) and run from build/bench/commitment.js.
import { hash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitmentOf, sortedLeaves } from '../src/commitment/leaves.js';
import { MerkleTree } from '../src/commitment/merkle.js';
import { checkProof, makeProof } from '../src/commitment/proof.js';
import { REPO_ROOT } from '../tools/runner/index.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const n = arg('leaves', 1_000_000);
const proofs = arg('proofs', 1000);

const time = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
};

const digests = Array.from({ length: n }, () => randomBytes(32).toString('hex'));
// The baseline: the tree's 2n - 1 hashes (n leaves of 33 bytes, n - 1 nodes of 65), nothing else.
const [, baselineMs] = time(() => {
  const leaf = Buffer.alloc(33);
  const node = Buffer.alloc(65);
  for (let i = 0; i < n; i++) hash('sha256', leaf, 'buffer');
  for (let i = 0; i < n - 1; i++) hash('sha256', node, 'buffer');
});
const [leaves, sortMs] = time(() => sortedLeaves(digests));
const [tree, buildMs] = time(() => new MerkleTree(leaves));
const committed = commitmentOf(tree);
const asked = Array.from({ length: proofs }, (_, i) =>
  i % 2 === 0 ? digests[(i * 7919) % n]! : randomBytes(32).toString('hex'),
);
const [made, proveMs] = time(() => asked.map((d) => makeProof(tree, leaves, d)));
const [checks, checkMs] = time(() => made.map((p) => checkProof(p, committed)));
if (checks.some((c) => !c.ok)) throw new Error('a proof did not hold');
const absent = made.find((p) => !p.member)!;
const member = made.find((p) => p.member)!;
const result = {
  leaves: n,
  baselineHashesMs: Math.round(baselineMs),
  sortMs: Math.round(sortMs),
  buildMs: Math.round(buildMs),
  buildOverBaseline: Number((buildMs / baselineMs).toFixed(2)),
  proveUsPerProof: Math.round((proveMs * 1000) / proofs),
  checkUsPerProof: Math.round((checkMs * 1000) / proofs),
  pathHashes: member.leaves[0]!.path.length,
  memberProofBytes: JSON.stringify(member).length,
  absentProofBytes: JSON.stringify(absent).length,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
const out = join(REPO_ROOT, 'bench', 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'commitment.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
