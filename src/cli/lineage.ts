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
import { writeFileAtomic } from '../store/files.js';
import { here, parse, str, type Options } from './args.js';
import { SIGNER_HELP, SIGNER_OPTIONS, signerInputs, tufCacheDir } from './signer-flags.js';
import { TRUST_CONFIG_OPTION, trustConfigRoot } from './trust-config.js';

export const LINEAGE_HELP = `training-provenance lineage BUNDLE [--format text|json|mermaid] [--output FILE] [flags]

Verify a training record (BUNDLE: training.sigstore.json) and the chain of base models it
was fine-tuned from, then print the chain: each model, its digest, its signer, its datasets,
and what could not be verified. A base's evidence is found in its model.sig, in bases/ beside
the bundle (attest's output-dir), in --evidence directories, and through the attestations
API. Exit 0 every model in the chain verified, 1 any could not be, 2 bad usage or input.

  --format text|json|mermaid  text (default); json: {verified, unverified, lineage}; mermaid:
                              a flowchart (put it in a \`\`\`mermaid block for GitHub)
  --output FILE               write it to FILE instead of standard output
  --evidence DIR              (repeatable) a directory of base-model evidence
  --policy FILE               YAML policy; its lineage: section says which signers a base's
                              evidence may have (lineage.signers), and which bases are allowed
${SIGNER_HELP}
  --trust-config FILE         a Sigstore ClientTrustConfig: verify with its trusted root
                              (instead of --trusted-root)
`;

const OPTIONS: Options = {
  ...SIGNER_OPTIONS,
  ...TRUST_CONFIG_OPTION,
  evidence: { type: 'string', multiple: true },
  policy: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

type LineageFormat = 'text' | 'json' | 'mermaid';

function lineageFormat(raw: string): LineageFormat {
  const format = raw || 'text';
  if (format !== 'text' && format !== 'json' && format !== 'mermaid')
    throw new ProvenanceError('INPUT_INVALID', `'${format}' is not a lineage format`, {
      input: '--format',
      value: format,
      fix: 'use --format text, --format json or --format mermaid',
    });
  return format;
}

const RENDER: Record<LineageFormat, (root: LineageNode) => string> = {
  text: renderLineageText,
  json: renderLineageJson,
  mermaid: (root) => `${renderLineageMermaid(root)}\n`,
};

export async function cliLineage(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  walk: WalkLineage = walkLineageFromBundle,
): Promise<number> {
  const { values, positionals } = parse('lineage', argv, OPTIONS, 1);
  if (values.help) {
    out.write(LINEAGE_HELP);
    return 0;
  }
  const format = lineageFormat(str(values.format));
  const bundle = positionals[0];
  if (!bundle)
    throw new ProvenanceError('INPUT_MISSING', 'lineage takes the bundle of the model to walk', {
      input: 'lineage',
      fix: 'run: training-provenance lineage provenance/training.sigstore.json --cert-identity … --cert-oidc-issuer …',
    });
  const trustConfig = await trustConfigRoot(values);
  const env = process.env;
  const root = await walk(here(bundle), {
    evidence: (Array.isArray(values.evidence) ? values.evidence : []).map((d) => here(String(d))),
    policy: here(str(values.policy)),
    signer: { ...signerInputs(values), ...(trustConfig ? { trustedRoot: trustConfig } : {}) },
    tufCacheDir: tufCacheDir(env),
    ...githubUrls(env),
    githubToken: env.GITHUB_TOKEN,
    log: (line) => err.write(`${line}\n`),
  });
  const text = RENDER[format](root);
  const output = str(values.output);
  const unverified = unverifiedNodes(root).length;
  if (output) await writeFileAtomic(here(output), text, '--output');
  else out.write(text);
  // Text on standard output starts with the verdict; other forms get it on standard error.
  if (output || format !== 'text')
    err.write(
      `${unverified === 0 ? 'lineage verified' : `lineage NOT verified: ${unverified} model${unverified === 1 ? '' : 's'} could not be verified`}${output ? ` (written to ${output})` : ''}\n`,
    );
  return unverified === 0 ? 0 : 1;
}
