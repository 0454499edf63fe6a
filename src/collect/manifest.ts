// Datasets and models recorded from a manifest (docs/manifests.md): hashed where they live, by
// `training-provenance manifest` on the nodes that hold them; here nothing of the data is read.
// The manifest is checked whole (format, order, trailer), and the record carries its root,
// file count and bytes, the manifest file's own sha256, and a commitment to its contents.
import { commitToRaw } from '../commitment/leaves.js';
import { ProvenanceError } from '../errors.js';
import { ListingHash, OMS_DEFAULT_IGNORES } from '../hash/index.js';
import { DigestRun } from '../hash/stream.js';
import type { ManifestHeader, ManifestTrailer } from '../manifest/format.js';
import { readManifest } from '../manifest/read.js';
import type { DatasetRef, ResourceDescriptor, Subject } from '../types.js';
import { invalid, type DatasetSpec } from './dataset-spec.js';
import { fileUri, resolvePatterns, type ResolvedPath } from './paths.js';

export interface ManifestFacts {
  entry: ResolvedPath;
  header: ManifestHeader;
  trailer: ManifestTrailer;
  /** sha256 of the manifest file itself. */
  sha256: string;
  /** The content digests it lists, packed 32 bytes each, for the commitment. */
  digests: Buffer;
  /** The listing digest of its records (names and digests), as a model directory records it. */
  listing: string;
}

/** The one manifest file `path` names, read and checked. */
export async function readManifestFacts(
  path: string,
  opts: { workspace: string; input: string; where?: string },
): Promise<ManifestFacts> {
  const found = await resolvePatterns([path], { ...opts, required: true });
  const entry = found[0]!;
  if (found.length !== 1 || entry.kind !== 'file')
    throw new ProvenanceError(
      'INPUT_INVALID',
      `${opts.where ? `${opts.where}: ` : ''}manifest:'${path}' ${found.length !== 1 ? `names ${found.length} paths` : 'is a directory'}`,
      {
        input: opts.input,
        value: path,
        fix: 'name the one manifest file (the merged one for a sharded run)',
      },
    );
  const digests = new DigestRun(1024);
  const listing = new ListingHash();
  const { header, trailer, sha256 } = await readManifest(
    entry.path,
    (r) => {
      digests.push(r.sha256);
      listing.add(r.path, r.sha256);
    },
    opts.input,
  );
  if (header.shard)
    throw new ProvenanceError(
      'INPUT_INVALID',
      `${entry.relPath} is shard ${header.shard.index}/${header.shard.count} of '${header.root}', not the whole dataset`,
      {
        input: opts.input,
        value: path,
        fix: 'merge the shards first: training-provenance manifest merge SHARD... --output whole.jsonl',
      },
    );
  return { entry, header, trailer, sha256, digests: digests.bytes, listing: listing.digest() };
}

const rootHex = (t: ManifestTrailer) => t.root.replace(/^sha256:/, '');

/** A dataset line `manifest:PATH [URI]` (or a datasets-file `manifest:` entry). */
export async function manifestDataset(
  spec: DatasetSpec,
  target: { manifest: string; location?: string },
  workspace: string,
): Promise<DatasetRef> {
  const m = await readManifestFacts(target.manifest, {
    workspace,
    input: spec.input,
    where: spec.where,
  });
  for (const [alg, hex] of Object.entries(spec.claimed))
    if (alg !== 'sha256' || hex !== rootHex(m.trailer))
      throw invalid(
        spec.input,
        spec.where,
        spec.value,
        `the manifest's root is sha256:${rootHex(m.trailer)}, not the ${alg} ${hex} given`,
        'give the root the manifest says, or no digest',
      );
  return {
    name: spec.name ?? m.header.root,
    kind: 'manifest',
    uri: target.location ?? fileUri(m.entry.relPath),
    path: m.entry.relPath,
    digest: { sha256: rootHex(m.trailer) },
    unpinned: false,
    fileCount: m.trailer.files,
    totalBytes: m.trailer.bytes,
    commitment: commitToRaw(m.digests),
    annotations: { manifest: { path: m.entry.relPath, sha256: m.sha256, root: m.header.root } },
  };
}

/** The manifests the datasets were recorded from, as byproducts of the run. */
export function manifestByproducts(datasets: readonly DatasetRef[]): ResourceDescriptor[] {
  return datasets.flatMap((d) => {
    const m = d.annotations?.manifest as { path?: string; sha256?: string } | undefined;
    return d.kind === 'manifest' && m?.path && m.sha256
      ? [
          {
            name: m.path,
            digest: { sha256: m.sha256 },
            annotations: { role: 'byproduct', manifestOf: d.name },
          },
        ]
      : [];
  });
}

/**
 * `model-manifest: [NAME=]FILE`: a model that stays where it was trained, as a directory subject
 * (its OMS root), named NAME or the manifest's root; verify re-hashes it where it is present.
 */
export async function manifestModelSubjects(
  refs: readonly { name?: string; path: string }[],
  workspace: string,
): Promise<Subject[]> {
  const out: Subject[] = [];
  for (const ref of refs) {
    const m = await readManifestFacts(ref.path, { workspace, input: 'model-manifest' });
    out.push({
      name: ref.name ?? m.header.root,
      digest: { sha256: rootHex(m.trailer) },
      annotations: {
        role: 'model-directory',
        files: m.trailer.files,
        bytes: m.trailer.bytes,
        ignorePaths: [...OMS_DEFAULT_IGNORES],
        listing: m.listing,
        manifest: { path: m.entry.relPath, sha256: m.sha256 },
      },
    });
  }
  return out;
}
