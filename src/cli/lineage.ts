// `training-provenance lineage BUNDLE`: verify a model's training record and walk the chain of
// base models it was fine-tuned from, then print it (text, JSON or a Mermaid flowchart). The
// walk is chain.ts's; this file parses the flags and renders. Exit 0 when every model in the
// chain verified, 1 when any could not be, 2 for bad usage or input.
import { ProvenanceError } from '../errors.js';
import { githubUrls } from '../github.js';
import {
  renderLineageJson,
  renderLineageMermaid,
  renderLineageText,
  unverifiedNodes,
} from '../lineage/render.js';
import type { LineageNode, WalkLineage } from '../lineage/types.js';
import { walkLineageFromBundle } from '../engine/lineage.js';
import { here, str } from './args.js';
import type { CommandRun } from './command.js';
import { trustFields, tufCacheDir } from './signer-flags.js';
import { buildTrustRequest } from '../request/verify.js';
import { cliEdge } from '../request/edge.js';

type LineageFormat = 'text' | 'json' | 'mermaid';

const RENDER: Record<LineageFormat, (root: LineageNode) => string> = {
  text: renderLineageText,
  json: renderLineageJson,
  mermaid: (root) => `${renderLineageMermaid(root)}\n`,
};

/** Run with the walker verify uses; a test may pass another. */
export const lineageWith =
  (walk: WalkLineage): CommandRun =>
  async ({ values, positionals, format, err, emit }) => {
    const bundle = positionals[0];
    if (!bundle)
      throw new ProvenanceError('INPUT_MISSING', 'lineage takes the bundle of the model to walk', {
        input: 'lineage',
        fix: 'run: training-provenance lineage provenance/training.sigstore.json --cert-identity … --cert-oidc-issuer …',
      });
    const trust = await trustFields(values);
    const env = process.env;
    const root = await walk(here(bundle), {
      evidence: str(values.evidence) ? [here(str(values.evidence))] : [],
      policy: here(str(values.policy)),
      trust: buildTrustRequest(trust, cliEdge()),
      tufCacheDir: tufCacheDir(env),
      ...githubUrls(env),
      githubToken: env.GITHUB_TOKEN,
      log: (line) => err.write(`${line}\n`),
    });
    await emit(RENDER[format as LineageFormat](root));
    const unverified = unverifiedNodes(root).length;
    // Text on standard output starts with the verdict; other forms get it on standard error.
    const output = str(values.output);
    if (output || format !== 'text')
      err.write(
        `${unverified === 0 ? 'lineage verified' : `lineage NOT verified: ${unverified} model${unverified === 1 ? '' : 's'} could not be verified`}${output ? ` (written to ${output})` : ''}\n`,
      );
    return unverified === 0 ? 0 : 1;
  };

export const lineageCommand = lineageWith(walkLineageFromBundle);
