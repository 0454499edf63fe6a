// The base models a training record names: its `resolvedDependencies` entries with role
// `base-model` (docs/lineage.md), read from the view's dependencies of no role it knows.
// A stand-in until attest's reader (statement/base-model.ts, readBaseModels, being written
// beside this) is merged: RecordedBase keeps to the fields of its BaseModelRef, so the walk
// can take that reader's result as it is.
import { isObject } from '../json.js';
import type { ProvenanceView } from '../statement/view.js';
import type { ResourceDescriptor } from '../types.js';

/** One evidence file the record names for a base: where, its digest, who signed it. */
export interface RecordedEvidence {
  kind: string;
  /** Relative to the record's directory: `bases/<name>/<file>`. */
  path: string;
  sha256?: string;
  signer?: { kind?: string; identity?: string; issuer?: string; keyHint?: string };
}

export interface RecordedBase {
  name: string;
  uri?: string;
  /** Lower-case hex, when the record carries one. */
  sha256?: string;
  license?: string;
  evidence: RecordedEvidence[];
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;

function evidenceOf(v: unknown): RecordedEvidence | undefined {
  if (!isObject(v) || !text(v.path)) return undefined;
  const digest = isObject(v.digest) ? text(v.digest.sha256)?.toLowerCase() : undefined;
  const s = isObject(v.signer) ? v.signer : undefined;
  return {
    kind: text(v.kind) ?? 'training-record',
    path: text(v.path)!,
    ...(digest ? { sha256: digest } : {}),
    ...(s
      ? {
          signer: {
            kind: text(s.kind),
            identity: text(s.identity),
            issuer: text(s.issuer),
            keyHint: text(s.keyHint),
          },
        }
      : {}),
  };
}

function baseOf(rd: ResourceDescriptor, i: number): RecordedBase {
  const a = rd.annotations ?? {};
  const sha256 = text(rd.digest?.sha256)?.toLowerCase();
  const evidence = Array.isArray(a.evidence) ? a.evidence.map(evidenceOf) : [];
  return {
    name: text(rd.name) ?? text(rd.uri) ?? `base ${i + 1}`,
    ...(text(rd.uri) ? { uri: rd.uri } : {}),
    ...(sha256 ? { sha256 } : {}),
    ...(text(a.license) ? { license: text(a.license) } : {}),
    evidence: evidence.filter((e): e is RecordedEvidence => e !== undefined),
  };
}

/** The base models the record names, in its order. */
export function recordedBases(view: ProvenanceView): RecordedBase[] {
  return view.otherDependencies.filter((rd) => rd.annotations?.role === 'base-model').map(baseOf);
}
