// A model signature's statement read (the predicate, the resources, the serialization), and the
// model on disk re-hashed against the signed resources, the recorded ignore paths re-applied. It
// produces violations, so it is verify's: src/oms/ is the format it reads (parse, layout, disk).
// The signature itself is checked in model-signature.ts, as every bundle's is.
import { isAbsolute } from 'node:path';
import { OMS_DEFAULT_IGNORES } from '../hash/index.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../statement/layout.js';
import type { Sha256Hex } from '../types.js';
import type { DiskDigest } from '../oms/compare.js';
import { digestsOnDisk, directoryRoot, rootInSignedOrder } from '../oms/disk.js';
import { parseOmsStatement, type ParsedOmsStatement } from '../oms/parse.js';
import { normalizeIgnorePaths, pathInside } from '../oms/paths.js';
import type { LoadedBundle } from './bundles.js';
import { compareContent, differenceLines, type ContentDifferences } from './content.js';
import type { DigestCache } from './subjects.js';
import type { Violation } from './types.js';
import { fromError } from './violations.js';

export function readSigned(loaded: Pick<LoadedBundle, 'bundle'>): ParsedOmsStatement | Violation {
  const envelope = loaded.bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    return {
      kind: 'statement',
      rule: 'payloadType',
      message: `the DSSE payload type is '${envelope.payloadType}', not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`,
    };
  }
  try {
    return parseOmsStatement(envelope.payload);
  } catch (e) {
    return fromError('statement', 'statement', e);
  }
}

/** What the files on disk showed against the signed resources. */
export interface FilesChecked {
  violations: Violation[];
  /** The signed files against the disk, in the words every report uses. */
  files: ContentDifferences;
  /** The ignore paths applied on disk: OMS's defaults, the recorded ones, the signature itself. */
  ignorePaths: string[];
  /** The directory's OMS root digest, recomputed from disk. */
  root?: Sha256Hex;
  /** A one-file model's sha256 (files serialization): what a provenance file subject records. */
  fileDigest?: string;
}

/** Where the files are and how they are read: the model, its signature file, the options. */
export interface FilesToCheck {
  modelDir: string;
  /** The model as the user named it, for messages. */
  model: string;
  kind: 'file' | 'directory';
  sigPath: string;
  ignorePaths?: readonly string[];
  ignoreUnsignedFiles?: boolean;
  cache?: DigestCache;
}

/** The directory on disk against the signed resources: every changed, missing or extra file. */
export async function checkFiles(
  signed: ParsedOmsStatement,
  opts: FilesToCheck,
): Promise<FilesChecked> {
  const { modelDir, kind } = opts;
  const out: FilesChecked = {
    violations: [],
    files: { added: [], removed: [], renamed: [], changed: [] },
    ignorePaths: [],
  };
  // As model_signing verifies: git paths always, the recorded list, and the signature file
  // itself when it sits inside the model.
  const sigInside = pathInside(modelDir, opts.sigPath);
  if (kind === 'directory')
    out.ignorePaths = normalizeIgnorePaths([
      ...OMS_DEFAULT_IGNORES,
      ...(signed.ignorePaths ?? []),
      ...(sigInside ? [sigInside] : []),
      ...(opts.ignorePaths ?? []).map((p) => (isAbsolute(p) ? (pathInside(modelDir, p) ?? '') : p)),
    ]);
  let files: DiskDigest[];
  try {
    files = await digestsOnDisk(modelDir, kind, signed, out.ignorePaths, opts.cache);
  } catch (e) {
    return { ...out, violations: [fromError('subject', 'model', e)] };
  }
  // Unsigned files left aside: the root is the one over the files the signature lists.
  if (opts.ignoreUnsignedFiles)
    files = files.filter((f) => signed.resources.some((r) => r.name === f.relPath));
  // The directory's OMS root (what a provenance subject records); a shard signature has none.
  const inSignedOrder = rootInSignedOrder(signed, files);
  if (kind === 'file' && signed.method === 'files' && signed.hashType === 'sha256')
    out.fileDigest = files[0]?.digest;
  out.root = (signed.method === 'files' ? directoryRoot(files) : inSignedOrder) as
    Sha256Hex | undefined;
  out.files = compareContent(
    signed.resources,
    files.map((f) => ({ name: f.relPath, digest: f.digest })),
  );
  const compared = inSignedOrder ?? out.root ?? '(none: files are missing)';
  out.violations = fileViolations(out.files, signed, compared, opts.model);
  return out;
}

const UNSIGNED_FIX =
  'remove the file, or sign the model again; files the signer meant to leave out must be in its ignore paths';

/** Every file added, removed, renamed or changed, and a root that differs, each as a violation. */
function fileViolations(
  diff: ContentDifferences,
  { root: signedRoot, hashType }: Pick<ParsedOmsStatement, 'root' | 'hashType'>,
  root: string,
  model: string,
): Violation[] {
  const out: Violation[] = diff.changed.map((c) => ({
    kind: 'subject',
    rule: c.name,
    message: `changed ${c.name}: its ${hashType} is ${c.actual}, the signature says ${c.signed}`,
    expected: `${hashType}:${c.signed}`,
    actual: `${hashType}:${c.actual}`,
  }));
  for (const d of differenceLines({ ...diff, changed: [] })) {
    const added = d.kind === 'added';
    out.push({
      kind: 'subject',
      rule: d.name,
      message: `${d.line} in ${model}${added ? ': not signed' : ''}`,
      ...(added ? { fix: UNSIGNED_FIX } : {}),
    });
  }
  if (root !== signedRoot) {
    out.push({
      kind: 'subject',
      rule: 'root',
      message: `the OMS root digest of ${model} is ${root}, the signature's subject says ${signedRoot}`,
      expected: `sha256:${signedRoot}`,
      actual: `sha256:${root}`,
    });
  }
  return out;
}
