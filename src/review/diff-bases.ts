// The base models of two records compared: a base added, removed, or changed (another digest:
// other weights; another URI, licence or evidence). A changed base changes what the model is
// built on, so it is a change of its own kind, shown before the datasets.
import type { ProvenanceView } from '../statement/view.js';
import type { BaseModelRef } from '../types.js';
import { pairByNameThenUri } from './pairing.js';

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
  return JSON.stringify(b.evidence.map((e) => [e.kind, e.path, e.sha256, e.signer]));
}

function baseFields(b: BaseModelRef, h: BaseModelRef): BaseModelField[] {
  const fields: BaseModelField[] = [];
  if (b.name !== h.name) fields.push('name');
  if (b.uri !== h.uri) fields.push('uri');
  if (b.sha256 !== h.sha256) fields.push('digest');
  if (b.kind !== h.kind) fields.push('kind');
  if (b.license !== h.license) fields.push('license');
  if (evidenceKey(b) !== evidenceKey(h)) fields.push('evidence');
  return fields;
}

export function diffBaseModels(base: ProvenanceView, head: ProvenanceView): BaseModelChanges {
  const { pairs, added, removed } = pairByNameThenUri(base.baseModels, head.baseModels);
  const changed: BaseModelChange[] = [];
  for (const [b, h] of pairs) {
    const fields = baseFields(b, h);
    if (fields.length > 0) changed.push({ name: h.name, before: b, after: h, fields });
  }
  return { added, removed, changed };
}
