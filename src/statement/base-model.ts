// A base model in the training record: one `resolvedDependencies` entry with role `base-model`
// (docs/buildtype.md, "Base models"). The one writer and the one reader of that entry, so attest,
// verify's chain walk, the BOM and the lineage view read the same fields the same way.
import { isObject } from '../json.js';
import type {
  BaseEvidence,
  BaseEvidenceKind,
  BaseModelKind,
  BaseModelRef,
  EvidenceSigner,
  ResourceDescriptor,
} from '../types.js';
import { ROLE_KEY } from './layout.js';

export const BASE_MODEL_ROLE = 'base-model';
export const BASE_MODEL_KINDS: readonly BaseModelKind[] = [
  'local-directory',
  'local-file',
  'hf-cache',
  'reference',
];
export const BASE_EVIDENCE_KINDS: readonly BaseEvidenceKind[] = [
  'training-record',
  'build-provenance',
  'ml-bom',
  'model-signature',
];
/** Where attest copies a base's evidence, relative to output-dir: `bases/NAME/`. */
export const BASES_DIR = 'bases';

/** The `base-model` dependency of one base: keys in a fixed order, absent fields left out. */
export function baseModelDependency(b: BaseModelRef): ResourceDescriptor {
  const annotations: Record<string, unknown> = { [ROLE_KEY]: BASE_MODEL_ROLE, kind: b.kind };
  if (b.files !== undefined) annotations.files = b.files;
  if (b.bytes !== undefined) annotations.bytes = b.bytes;
  if (b.listing !== undefined) annotations.listing = b.listing;
  if (b.license !== undefined) annotations.license = b.license;
  annotations.evidence = b.evidence.map((e) => ({
    kind: e.kind,
    path: e.path,
    digest: { sha256: e.sha256 },
    signer: { ...e.signer },
  }));
  return {
    name: b.name,
    ...(b.uri !== undefined ? { uri: b.uri } : {}),
    ...(b.sha256 !== undefined ? { digest: { sha256: b.sha256 } } : {}),
    annotations,
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const int = (v: unknown) => (Number.isInteger(v) ? (v as number) : undefined);

/**
 * One `base-model` entry (the `index`-th of its record), read tolerantly: unknown fields are left
 * out. statement/read.ts reads every record's entries with it (ProvenanceView.baseModels). Evidence without a known kind, path or
 * digest is left out: the walk then finds no evidence for the base and says so.
 */
export function readBaseModel(rd: ResourceDescriptor, index: number): BaseModelRef {
  const a = rd.annotations ?? {};
  const kind = str(a.kind) as BaseModelKind | undefined;
  const out: BaseModelRef = {
    name: str(rd.name) || str(rd.uri) || `base ${index + 1}`,
    kind: kind && BASE_MODEL_KINDS.includes(kind) ? kind : 'reference',
    evidence: Array.isArray(a.evidence) ? a.evidence.flatMap(readEvidence) : [],
  };
  if (rd.uri !== undefined) out.uri = rd.uri;
  const sha256 = str(rd.digest?.sha256);
  if (sha256) out.sha256 = sha256.toLowerCase();
  const files = int(a.files);
  const bytes = int(a.bytes);
  if (files !== undefined) out.files = files;
  if (bytes !== undefined) out.bytes = bytes;
  if (str(a.listing) !== undefined) out.listing = str(a.listing);
  if (str(a.license) !== undefined) out.license = str(a.license);
  return out;
}

function readEvidence(e: unknown): BaseEvidence[] {
  if (!isObject(e)) return [];
  const kind = str(e.kind) as BaseEvidenceKind | undefined;
  const path = str(e.path);
  const sha256 = isObject(e.digest) ? str(e.digest.sha256)?.toLowerCase() : undefined;
  if (!kind || !BASE_EVIDENCE_KINDS.includes(kind) || !path || !sha256) return [];
  const s = isObject(e.signer) ? e.signer : {};
  const signerKind = str(s.kind);
  const signer: EvidenceSigner = {
    kind: signerKind === 'key' || signerKind === 'pki' ? signerKind : 'keyless',
  };
  for (const k of ['identity', 'issuer', 'keyHint'] as const) {
    const v = str(s[k]);
    if (v !== undefined) signer[k] = v;
  }
  return [{ kind, path, sha256, signer }];
}
