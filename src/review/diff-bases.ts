// The base models of two records compared: a base added, removed, or changed (another digest:
// other weights; another URI, licence or evidence). A changed base changes what the model is
// built on, so it is a change of its own kind, shown before the datasets.
import { baseModelsOf, type BaseModelRef } from '../lineage/record.js';
import type { ProvenanceView } from '../statement/view.js';
import { pairByNameThenUri, sameDigest } from './pairing.js';

export type BaseModelField = 'name' | 'uri' | 'digest' | 'kind' | 'license' | 'evidence';

export interface BaseModelChange {
  /** The head's name. */
  name: string;
  before: BaseModelRef;
  after: BaseModelRef;
  /** What differs, in a fixed order; `digest` means other weights. */
  fields: BaseModelField[];
}

export interface BaseModelChanges {
  added: BaseModelRef[];
  removed: BaseModelRef[];
  changed: BaseModelChange[];
}

/** The evidence as a comparable text: each file's kind, path and digest, in order. */
function evidenceKey(b: BaseModelRef): string {
  return JSON.stringify(b.evidence.map((e) => [e.kind, e.path, e.digest, e.signer ?? '']));
}

function baseFields(b: BaseModelRef, h: BaseModelRef): BaseModelField[] {
  const fields: BaseModelField[] = [];
  if (b.name !== h.name) fields.push('name');
  if (b.uri !== h.uri) fields.push('uri');
  if (!sameDigest(b.digest, h.digest)) fields.push('digest');
  if (b.kind !== h.kind) fields.push('kind');
  if (b.license !== h.license) fields.push('license');
  if (evidenceKey(b) !== evidenceKey(h)) fields.push('evidence');
  return fields;
}

export function diffBaseModels(base: ProvenanceView, head: ProvenanceView): BaseModelChanges {
  const { pairs, added, removed } = pairByNameThenUri(baseModelsOf(base), baseModelsOf(head));
  const changed: BaseModelChange[] = [];
  for (const [b, h] of pairs) {
    const fields = baseFields(b, h);
    if (fields.length > 0) changed.push({ name: h.name, before: b, after: h, fields });
  }
  return { added, removed, changed };
}
