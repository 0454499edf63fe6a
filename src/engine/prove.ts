// `prove`: a proof that a digest is, or is not, among a dataset's content digests, made from the
// dataset itself (docs/commitments.md). The dataset is named as attest was given it: a file, a
// directory, `digests:FILE` or `manifest:FILE`; the commitment rebuilt from it is the one attest
// recorded. A directory is hashed as attest hashes it, in flat memory.
import { packDigests, parseSha256, sortRawLeavesInPlace } from '../commitment/leaves.js';
import { readManifestFacts } from '../collect/manifest.js';
import { digestDirectoryFlat } from '../hash/stream.js';
import { readDigestList } from '../collect/digest-list.js';
import { MerkleTree } from '../commitment/merkle.js';
import { makeProof, type ContentProof } from '../commitment/proof.js';
import { resolvePatterns } from '../collect/paths.js';
import { ProvenanceError } from '../errors.js';
import { digestEntries, type HashProgress } from '../hash/index.js';

export interface ProveRequest {
  /** A file or a directory, a digest list (`digests:FILE`) or a manifest: absolute paths. */
  dataset: { kind: 'path' | 'digests' | 'manifest'; path: string };
  /** The content asked about: sha256, lower-case hex (parseContentDigest). */
  digest: string;
}

export interface ProveContext {
  workspace: string;
  onProgress?: (p: HashProgress) => void;
}

export async function prove(request: ProveRequest, ctx: ProveContext): Promise<ContentProof> {
  const leaves = sortRawLeavesInPlace(await contentDigests(request.dataset, ctx));
  return makeProof(new MerkleTree(leaves), leaves, request.digest);
}

/** `sha256:HEX` → lower-case hex, or an input error. */
export function parseContentDigest(text: string, input = 'digest'): string {
  const hex = parseSha256(text);
  if (hex === undefined)
    throw new ProvenanceError('INPUT_INVALID', `'${text}' is not sha256:HEX`, {
      input,
      value: text,
      fix: 'give the content digest as sha256:<64 hex>, as `sha256sum FILE` prints it',
    });
  return hex;
}

/** The dataset's content digests (32 bytes each, packed), as attest commits to them. */
async function contentDigests(
  { kind, path: dataset }: ProveRequest['dataset'],
  ctx: ProveContext,
): Promise<Buffer> {
  const input = 'dataset';
  const at = { workspace: ctx.workspace, input };
  if (kind === 'digests') return packDigests((await readDigestList(dataset, at)).digests);
  if (kind === 'manifest') return (await readManifestFacts(dataset, at)).digests;
  const [entry, ...more] = await resolvePatterns([dataset], {
    workspace: ctx.workspace,
    input,
    required: true,
  });
  if (!entry || more.length > 0)
    throw new ProvenanceError('INPUT_INVALID', `'${dataset}' names ${more.length + 1} paths`, {
      input,
      value: dataset,
      fix: 'name one dataset: the file, directory or digests:FILE that attest recorded',
    });
  if (entry.kind === 'directory')
    return (
      await digestDirectoryFlat(entry.path, {
        input,
        ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
      })
    ).digests;
  const digested = await digestEntries([entry], { input, onProgress: ctx.onProgress });
  return packDigests(digested.files.map((f) => f.sha256));
}
