// Flags only the command has: how a terminal names paths and where results go, and the
// options of the commands no action runs (digest, prove, manifest, ...).
import { COMMANDS, type CommandName, type Entry } from './types.js';

const every = (except: readonly CommandName[] = []) =>
  Object.fromEntries(COMMANDS.filter((c) => !except.includes(c)).map((c) => [c, true])) as Partial<
    Record<CommandName, true>
  >;

/** One file or report a command writes, instead of standard output. */
const OUTPUT_COMMANDS: readonly CommandName[] = [
  'verify',
  'prove',
  'manifest',
  'bom',
  'trusted-root',
  'sign-model',
  'lineage',
  'inspect',
  'diff',
  'digest',
  'verify-proof',
];

/** --format of a command that writes a document, and the fields of its json summary. */
const documentFormat = (fields: string) =>
  `text (default): the document on standard output, or with --output a line on standard error; json (needs --output): a JSON summary on standard output, ${fields}`;

export const CLI_ENTRIES: readonly Entry[] = [
  {
    name: 'resume',
    type: 'boolean',
    default: 'false',
    description:
      'sign and store the statements an earlier run left unsigned in --output-dir (signing failed): nothing is hashed again',
    cliOnly: 'a failed workflow step is re-run whole',
    commands: { attest: true },
  },
  {
    name: 'hash-type',
    type: 'string',
    default: 'sha256',
    metavar: 'sha256|blake2b|blake3',
    description:
      'how each file is hashed (blake2b is BLAKE2b-512); the root over them is sha256 whatever the type',
    cliOnly: 'attest records sha256, the digest GitHub and Sigstore read',
    commands: { 'sign-model': true, digest: true },
  },
  {
    name: 'shard-size',
    type: 'string',
    default: '',
    metavar: 'BYTES',
    description:
      'sign byte ranges of BYTES (path:start:end) instead of whole files: the OMS shards serialization, re-hashed on every core (not with blake3, which model_signing never shards)',
    cliOnly: 'attest signs whole files',
    commands: { 'sign-model': true },
  },
  {
    name: 'allow-symlinks',
    type: 'boolean',
    default: 'false',
    description:
      "follow links that stay inside the model directory (recorded as allow_symlinks: true, as model_signing's --allow_symlinks); a link out of it, to nothing, or in a cycle is still refused",
    cliOnly: 'attest refuses links out of the workspace and names links as it finds them',
    commands: { 'sign-model': true, digest: true },
  },
  {
    name: 'digest',
    type: 'string',
    default: '',
    metavar: 'sha256:HEX',
    description: "the content asked about (sha256sum of a file, or a sample's digest; required)",
    cliOnly: 'proofs are made where the data is, not in a workflow step',
    commands: { prove: true },
  },
  {
    name: 'proof',
    type: 'path',
    default: '',
    metavar: 'FILE',
    description: "a proof written by 'training-provenance prove' (required)",
    cliOnly: 'the verify action checks proofs through its policy (proofs)',
    commands: { 'verify-proof': true },
  },
  {
    name: 'shard',
    type: 'string',
    default: '',
    metavar: 'I/N',
    description:
      'hash the I-th of N shards, e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT',
    cliOnly: 'manifests are written where the data lives, by batch jobs',
    commands: { manifest: true },
  },
  {
    name: 'root-name',
    type: 'string',
    default: '',
    metavar: 'NAME',
    description:
      "how the header names the dataset (default: the directory's name); shards of one dataset must agree",
    cliOnly: 'as shard',
    commands: { manifest: true },
  },
  {
    name: 'sample',
    type: 'string',
    default: '',
    metavar: 'N',
    description:
      'verify: re-hash a random sample of N files (the seed is printed, to draw it again)',
    cliOnly: 'as shard',
    commands: { manifest: true },
  },
  {
    name: 'seed',
    type: 'string',
    default: '',
    metavar: 'S',
    description: 'verify: the seed of --sample, to draw the same sample again',
    cliOnly: 'as shard',
    commands: { manifest: true },
  },
  {
    name: 'all',
    type: 'boolean',
    default: 'false',
    description: 'verify: re-hash every file (the default)',
    cliOnly: 'as shard',
    commands: { manifest: true },
  },
  {
    name: 'workspace',
    type: 'path',
    default: '',
    metavar: 'DIR',
    description:
      'what subject names are relative to (default: the current directory; a path outside it is named relative to its own directory); every path is read where you name it, absolute or relative to the current directory',
    cliOnly: 'the action reads GITHUB_WORKSPACE',
    commands: every(['inspect', 'diff', 'lineage']),
  },
  {
    name: 'output',
    type: 'path',
    default: '',
    metavar: 'FILE',
    description: 'write the result to FILE instead of standard output',
    cliOnly: 'the action writes into output-dir and names the files in its outputs',
    commands: {
      ...Object.fromEntries(OUTPUT_COMMANDS.map((c) => [c, true])),
      verify: { description: 'write the report (in --format) to FILE instead of standard output' },
      'sign-model': {
        description: 'where to write the signature (default: DIR/model.sig, FILE.sig)',
      },
    },
  },
  {
    name: 'format',
    type: 'choice',
    choices: ['text', 'json'],
    default: 'text',
    description: 'output format',
    cliOnly: 'the action sets outputs and writes a job summary',
    commands: {
      ...every(),
      prove: {
        description: documentFormat('{output, sha256, bytes, digest, member, leaves, root}'),
      },
      bom: { description: documentFormat('{output, sha256, bytes, specVersion, components}') },
      'trusted-root': { description: documentFormat('{output, sha256, bytes, roots}') },
      manifest: {
        description: `verify: the result as text (default) or JSON. manifest and merge: ${documentFormat('{output, sha256, bytes, files, datasetBytes, root}')}`,
      },
      lineage: { choices: ['text', 'json', 'mermaid'] },
    },
  },
];
