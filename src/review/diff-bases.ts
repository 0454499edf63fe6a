// The base models of two records compared: a base added, removed, or changed (another digest:
// other weights; another URI, licence or evidence). A changed base changes what the model is
// built on, so it is a change of its own kind, shown before the datasets.
import type { ProvenanceView } from '../statement/view.js';
import type { BaseModelRef } from '../types.js';
import { diffPaired, type PairedChange } from './pairing.js';

export type BaseModelField = 'name' | 'uri' | 'digest' | 'kind' | 'license' | 'evidence';

/** `digest` among the fields means other weights. */
export type BaseModelChange = PairedChange<BaseModelRef, BaseModelField>;

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
  return diffPaired(base.baseModels, head.baseModels, baseFields);
}
