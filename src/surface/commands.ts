// Each command's --help head: its usage and what it does. The flags below it come from the spec.
import type { CommandHead } from './types.js';

export const COMMAND_HEADS: readonly CommandHead[] = [
  {
    name: 'attest',
    summary: 'hash the model and data, record the environment, write and sign provenance',
    usage: 'training-provenance attest --model PATH [flags]',
    about: `Hash the model and datasets, record frameworks and identity, write an in-toto
statement with SLSA provenance and (unless --no-sign) sign it through Sigstore.`,
    positionals: 0,
  },
  {
    name: 'verify',
    summary: "check a bundle's signature, signer identity, model digests and a policy",
    usage:
      'training-provenance verify --model PATH (--bundle FILE | --repository OWNER/REPO) [flags]',
    about: `Check a bundle's signature against a trusted root, pin its signer, re-hash the model and
evaluate a policy. Exit 0 verified, 1 not verified, 2 bad usage or input, no signer
given included (a signer flag, a policy's identity, --public-key or --cert-chain).`,
    positionals: 0,
  },
  {
    name: 'inspect',
    summary: 'print what a bundle says, without judging it',
    usage: 'training-provenance inspect FILE [--format text|json]',
    about: `Print what a bundle (.sigstore.json, .jsonl), an unsigned statement (.intoto.json) or an
OpenSSF model signature (model.sig) says: signer, subjects, datasets, base models,
frameworks, parameters, the signed files and ignored paths. Nothing is verified; use 'verify'
(or 'lineage', for base models) to decide whether to trust it.`,
    positionals: Infinity,
  },
  {
    name: 'diff',
    summary: 'compare two statements or bundles',
    usage: 'training-provenance diff OLD NEW [--format text|json]',
    about: `Compare two provenance files (statements, bundles, or directories holding one): datasets
added, removed or re-hashed; frameworks upgraded, downgraded or rebuilt; parameters changed;
model digests changed. Exits 0 whether or not anything changed.`,
    positionals: Infinity,
  },
  {
    name: 'sign-model',
    summary: 'sign a model directory as OpenSSF model signing does (model.sig)',
    usage: 'training-provenance sign-model --model DIR|FILE [--output FILE] [flags]',
    about: `Sign a model as OpenSSF model signing (OMS) does, keyless through Sigstore or with a key, and
write model.sig: the signature model_signing verifies and 'verify --model-signature' checks.
Resources are listed in the specification's code-point order. Exit 0 signed, 1 a service
failed, 2 bad usage or input.`,
    positionals: 0,
  },
  {
    name: 'digest',
    summary: "print a model's OpenSSF model signing root digest, as model_signing computes it",
    usage: 'training-provenance digest PATH [--hash-type sha256|blake2b|blake3] [flags]',
    about: `Print a model's OpenSSF model signing (OMS) root digest: sha256 over every file's digest in
model_signing's (PurePosixPath) order, the value model_signing computes for the same directory
or file, and the one attest records as model-digest. PATH is the model directory, or a model
that is one file. Exit 0 printed, 2 bad usage or input.`,
    positionals: 1,
  },
  {
    name: 'prove',
    summary: 'prove that content is, or is not, in a dataset attest committed to',
    usage:
      'training-provenance prove --dataset PATH --digest sha256:HEX [--output FILE] [--format text|json]',
    about: `Prove that a piece of content is, or is not, in a dataset that attest committed to, without
publishing the dataset (docs/commitments.md). Writes the proof as JSON. Exit 0 when written,
2 bad usage or input.`,
    positionals: 0,
    document: true,
  },
  {
    name: 'verify-proof',
    summary: 'check such a proof against a signed training record',
    usage: 'training-provenance verify-proof --bundle training.sigstore.json --proof FILE [flags]',
    about: `Check a proof that a piece of content was, or was not, in a dataset of a signed training run.
The bundle is verified as verify does it, with the same signer flags (a CI identity, a
--public-key, or --cert-chain anchors); the proof is checked against the commitment in the
verified record. Prints one line. Exit 0 when the proof holds; 1 when it does not, or when the
record did not verify (the line says which check failed, and that the proof was not checked);
2 bad usage or input, no signer given included.`,
    positionals: 0,
  },
  {
    name: 'trusted-root',
    summary: 'print the current trusted roots (refreshed over TUF) for offline verification',
    usage:
      'training-provenance trusted-root [--tuf-url URL --tuf-root FILE] [--output FILE] [--format text|json]',
    about: `Print the trusted roots that 'verify --trusted-root auto' uses now, refreshed over TUF, as JSON
lines (one root a line, as 'gh attestation trusted-root' prints them). Save them where the
verification will have no network, and pass the file as --trusted-root. Exit 0 written, 1 the
TUF repository refused to verify, 2 bad usage.`,
    positionals: 0,
    document: true,
  },
  {
    name: 'bom',
    summary: 'write a training record as a CycloneDX 1.6 ML-BOM',
    usage: 'training-provenance bom RECORD [--output FILE] [--workspace DIR] [--format text|json]',
    about: `Write a training record (training.sigstore.json, training.intoto.json, or their directory)
as a CycloneDX 1.6 ML-BOM: the model with its digests and model card, each dataset with its
digest, licence and location, each Python package with its purl, and the training run as
formulation. Metrics come from the record's JSON byproducts found unchanged in the workspace
(--workspace). Nothing is verified: run 'verify' first, or use the BOM attest --ml-bom signs.`,
    positionals: Infinity,
    document: true,
  },
  {
    name: 'manifest',
    summary: 'hash a dataset where it lives (in shards), merge shards, re-check a manifest',
    usage: `training-provenance manifest PATH [--shard I/N] [--output FILE]
training-provenance manifest merge SHARD... [--output FILE]
training-provenance manifest verify MANIFEST PATH [--sample N [--seed S] | --all]`,
    about: `Hash a dataset directory where it lives and write a manifest (docs/manifests.md): one JSON line
a file (path, size, sha256) in OMS order, with the root digest attest records. --shard I/N
(0 ≤ I < N) hashes the I-th of N shards, split by path so that a shard is the same on every
run; 'merge' joins the shards of one run into the whole manifest, refusing a missing,
duplicated or foreign shard; 'verify' re-hashes all files (--all, the default) or a random
sample of N (the seed is printed, to draw it again); either way the directory is listed and
every file added or removed is named.
Exit 0 written / no difference, 1 differences found, 2 bad usage or input.`,
    positionals: Infinity,
  },
  {
    name: 'lineage',
    summary: "verify a model's chain of base models and print it (text, JSON, Mermaid)",
    usage:
      'training-provenance lineage BUNDLE [--format text|json|mermaid] [--output FILE] [--evidence DIR] [flags]',
    about: `Verify a training record and the base models it names, from their evidence (attest's
output-dir/bases/, or --evidence), with the same signer flags as verify, and print the chain:
each model, its signer, its datasets and what could not be verified at it.`,
    positionals: 1,
  },
];
