// The review's verdict on what a statement claims: the policy's dataset content rule shown with
// the proofs given, as the release gate would judge it.
import { createHash } from 'node:crypto';
import { commitmentOf, sortedLeaves } from '../../src/commitment/leaves.js';
import { MerkleTree } from '../../src/commitment/merkle.js';
import { makeProof } from '../../src/commitment/proof.js';
import { parsePolicy } from '../../src/policy/policy.js';
import { claimsVerdict } from '../../src/review/verdict.js';
import { buildTrainingRecord } from '../../src/statement/build.js';
import { readProvenance } from '../../src/statement/read.js';
import { exampleInput } from '../fixtures/statement-example.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

test('deny-content in the review: passes with proofs of absence, fails naming the digest without', () => {
  const leaves = sortedLeaves(['a', 'b', 'c'].map(sha));
  const tree = new MerkleTree(leaves);
  const input = exampleInput();
  input.datasets = [
    {
      name: 'train',
      kind: 'local-directory',
      uri: 'file:data/train',
      path: 'data/train',
      digest: { sha256: sha('root') },
      unpinned: false,
      commitment: commitmentOf(tree),
    },
  ];
  const view = readProvenance(buildTrainingRecord(input));
  const denied = sha('poison');
  const policy = parsePolicy(
    `version: 1\nframeworks:\n  advisories: none\ndatasets:\n  deny-content: [sha256:${denied}]\n`,
  );
  const now = new Date('2026-12-01T00:00:00Z');
  const withProof = claimsVerdict(view, false, policy, now, [], {
    proofs: [makeProof(tree, leaves, denied)],
  });
  expect(withProof.rules.find((r) => r.rule === 'datasets.deny-content')).toMatchObject({
    ok: true,
  });
  const without = claimsVerdict(view, false, policy, now, []);
  expect(without.violations).toEqual([
    expect.stringContaining(`no proof that sha256:${denied} is absent from dataset train`),
  ]);
});
