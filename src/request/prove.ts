// The ProveRequest the CLI hands `prove`: the dataset as attest parsed it (dataset-spec.ts),
// its path absolute, and the content digest as hex.
import { parseDatasetLines } from '../collect/dataset-spec.js';
import type { ProveRequest } from '../engine/prove.js';
import { parseContentDigest } from '../engine/prove.js';
import { ProvenanceError } from '../errors.js';
import type { Edge } from './edge.js';

export function buildProveRequest(
  f: { dataset: string; digest: string },
  edge: Edge,
): ProveRequest {
  const [spec] = parseDatasetLines([f.dataset], edge.base);
  const t = spec?.target;
  if (!t || 'uri' in t)
    throw new ProvenanceError('INPUT_INVALID', `'${f.dataset}' is not local data`, {
      input: 'dataset',
      value: f.dataset,
      fix: 'name the file, directory, digests:FILE or manifest:FILE that attest recorded',
    });
  const dataset: ProveRequest['dataset'] =
    'local' in t
      ? { kind: 'path', path: t.local }
      : 'digestList' in t
        ? { kind: 'digests', path: t.digestList }
        : { kind: 'manifest', path: t.manifest };
  return { dataset, digest: parseContentDigest(f.digest.trim()) };
}
