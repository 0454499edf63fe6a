// The chain walker as the `lineage` command calls it (src/lineage/types.ts, WalkLineage): the
// model's training record verified as verify verifies it (verifyRecord: trusted root, signature,
// the expected signer), then its lineage walked (lineage/chain.ts) with the policy's lineage:
// rules. What failed is in the tree: the root's problems name every violation, never silent.
import { loadPolicy } from '../policy/policy.js';
import { advisoryDatabase } from '../policy/advisories.js';
import { requireSigner } from '../identity/expected-signer.js';
import { walkLineage } from '../lineage/chain.js';
import { reportSigner } from '../lineage/stage.js';
import type { LineageNode, WalkLineage, WalkLineageOptions } from '../lineage/types.js';
import { verifyRecord } from '../verify/pipeline.js';
import { trustedRootSpec } from '../verify/trust.js';
import { keyTrust, signerOf, tufRefresh } from './verify.js';

const NODE_RULES = new Set([
  'lineage.require-evidence',
  'lineage.cycle',
  'lineage.max-bases',
  'lineage.max-depth',
]);

/** The root of a chain whose own record did not verify: nothing above it is walked. */
function unverifiedRoot(bundlePath: string, problems: string[]): LineageNode {
  const problem = problems[0] ?? 'the training record did not verify';
  return {
    name: 'model',
    datasets: [],
    evidence: [{ kind: 'training-record', path: bundlePath, verified: false, problem }],
    bases: [],
    problems,
    path: ['model'],
  };
}

async function verifiedRecord(bundlePath: string, o: WalkLineageOptions) {
  const policy = o.policy ? await loadPolicy(o.policy) : undefined;
  const identity = signerOf(o.trust.signer, policy, { serverUrl: o.serverUrl, log: o.log });
  requireSigner(identity, o.trust.signer);
  const trustedRoot = trustedRootSpec(o.trust.trustedRoot);
  const refresh = tufRefresh(o.trust, { tufCacheDir: o.tufCacheDir });
  const keys = await keyTrust(o.trust.signer);
  const { report, view } = await verifyRecord({
    bundles: [bundlePath],
    identity,
    trustedRoot,
    refresh,
    workspace: '.',
    ...(keys.publicKey ? { publicKey: keys.publicKey } : {}),
    ...(keys.certChain ? { certChain: keys.certChain } : {}),
  });
  return { policy, identity, trustedRoot, refresh, report, view };
}

/** `lineage BUNDLE`: the verified tree, the policy's lineage: failures among the root's problems. */
export const walkLineageFromBundle: WalkLineage = async (bundlePath, o) => {
  const { policy, identity, trustedRoot, refresh, report, view } = await verifiedRecord(
    bundlePath,
    o,
  );
  if (!view || !report.verified)
    return unverifiedRoot(
      bundlePath,
      report.violations.map((v) => v.message),
    );
  const repository = identity.repository;
  const walked = await walkLineage({
    record: { view, source: bundlePath, fromFile: true },
    policy,
    trustedRoot,
    refresh,
    evidenceDirs: o.evidence,
    advisories: advisoryDatabase(policy),
    ...(repository && o.githubToken
      ? { lookup: { repository, token: o.githubToken, apiUrl: o.apiUrl, log: o.log } }
      : {}),
  });
  const root = walked.root;
  root.evidence = [{ kind: 'training-record', path: bundlePath, verified: true }];
  const signer = reportSigner(report);
  if (signer) root.signer = signer;
  // A base's own failure (no verified evidence, a cycle, past a bound) is its node's problem; the
  // rest (deny, licences, inherited sections) are the root's: each said once, none silent.
  root.problems.push(
    ...walked.violations
      .filter((v) => !NODE_RULES.has(v.rule))
      .map((v) => `${v.rule}: ${v.message}`),
  );
  return root;
};
