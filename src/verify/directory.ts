// A model directory against its signed subject. The OMS root binds contents and order but no
// names, so the names are bound too, by what the statement gives: the per-file subjects under
// the directory (compared with the disk by the one content comparison, content.ts), else the
// listing digest the training record carries (hash/listing.ts). A directory with neither (the
// build provenance of more than 1,024 files alone) has its names unbound: the pipeline refuses
// that unless a training record of the same run binds them.
import { ancestors } from '../collect/paths.js';
import { listingDigest } from '../hash/index.js';
import type { DirectoryDigest, ResourceDescriptor } from '../types.js';
import {
  compareContent,
  describeDifferences,
  noDifferences,
  type ContentDifferences,
  withPrefix,
  type ListedFile,
} from './content.js';
import type { SubjectCheck } from './types.js';

/**
 * The names that are directories: a model-directory subject, or a name with signed names under
 * it (the build provenance drops roles). Linear in the subjects, whatever a statement holds;
 * their names normalized by the caller.
 */
export function directoryNames(subjects: readonly ResourceDescriptor[]): Set<string> {
  const out = new Set<string>();
  for (const s of subjects) {
    if (s.name === undefined) continue;
    const n = s.name;
    if (s.annotations?.role === 'model-directory') out.add(n);
    for (const a of ancestors(n)) out.add(a);
  }
  return out;
}

/**
 * The per-file subjects under `dir` (names relative to it); nested directory subjects left out.
 * Subject names are normalized by the caller (subjects.ts).
 */
function signedFilesUnder(dir: string, subjects: readonly ResourceDescriptor[]): ListedFile[] {
  const prefix = dir === '.' ? '' : `${dir}/`;
  const named = subjects
    .filter((s) => s.name !== undefined && typeof s.digest?.sha256 === 'string')
    .map((s) => ({ s, n: s.name! }));
  const dirs = directoryNames(subjects);
  return named
    .filter(({ n }) => n.startsWith(prefix) && n !== dir)
    .filter(({ n }) => !dirs.has(n))
    .map(({ s, n }) => ({ name: n.slice(prefix.length), digest: s.digest!.sha256! }));
}

/** How the names of the files in a directory are bound, and what differs. */
interface Names {
  names: NonNullable<SubjectCheck['names']>;
  files?: ContentDifferences;
  /** The listing digests (signed, on disk) when the subject records one and they differ. */
  listing?: [string, string];
  /** Signed subjects compared, and signed subjects gone, by their statement names. */
  checked: string[];
  gone: string[];
}

/** The recorded listing digest against the disk's, when the subject records one. */
function listingCheck(subject: ResourceDescriptor, dir: DirectoryDigest) {
  const recorded = subject.annotations?.listing;
  if (typeof recorded !== 'string') return undefined;
  const actual = listingDigest(dir.files);
  return {
    mismatch:
      actual === recorded.toLowerCase() ? undefined : ([recorded, actual] as [string, string]),
  };
}

/** The names bound by the per-file subjects and by the listing digest, each that is given. */
function bindNames(
  signedName: string,
  subject: ResourceDescriptor,
  dir: DirectoryDigest,
  subjects: readonly ResourceDescriptor[],
): Names {
  const prefix = signedName === '.' ? '' : `${signedName}/`;
  const signed = signedFilesUnder(signedName, subjects);
  const listing = listingCheck(subject, dir);
  if (signed.length === 0)
    return {
      names: listing ? 'listing' : 'unbound',
      listing: listing?.mismatch,
      checked: [],
      gone: [],
    };
  const files = compareContent(
    signed,
    dir.files.map((f) => ({ name: f.relPath, digest: f.sha256 })),
  );
  const gone = new Set([...files.removed, ...files.renamed.map((r) => r.from)]);
  return {
    names: 'listed',
    files,
    // Both given: both must hold (a record whose list and listing disagree is refused).
    listing: listing?.mismatch,
    checked: signed.filter((f) => !gone.has(f.name)).map((f) => `${prefix}${f.name}`),
    gone: [...gone].map((n) => `${prefix}${n}`),
  };
}

/** The directory `name` on disk against `subject` (found by its name, or by its root digest). */
export function checkDirectoryContent(
  name: string,
  subject: ResourceDescriptor,
  dir: DirectoryDigest,
  subjects: readonly ResourceDescriptor[],
): SubjectCheck {
  const signedName = subject.name ?? name;
  const actual = `sha256:${dir.root}`;
  const base = { name, kind: 'directory' as const, subject: subject.name, actual };
  const expectedHex = subject.digest?.sha256?.toLowerCase();
  if (!expectedHex)
    return {
      ...base,
      ok: false,
      checked: [],
      reason: `subject '${subject.name}' carries no sha256 (OMS root) digest`,
    };
  const b = bindNames(signedName, subject, dir, subjects);
  const files = b.files && withPrefix(b.files, name === '.' ? '' : `${name}/`);
  const differences = files ? describeDifferences(files) : [];
  if (b.listing)
    differences.push(
      `its file names or contents differ from the signed listing ${b.listing[0]} (on disk ${b.listing[1]})${b.files ? '' : '; the record lists no files to name which'}`,
    );
  const rootOk = expectedHex === dir.root;
  const ok = rootOk && differences.length === 0;
  const by = signedName === name ? '' : ` by subject '${signedName}'`;
  const detail = differences.length ? ` (${differences.join('; ')})` : '';
  const reason = ok
    ? `${name}/ matches its OMS root digest${by} and ${b.names === 'unbound' ? 'no signed list of' : 'the signed'} names (${dir.files.length} files)`
    : rootOk
      ? `${name}/ holds the signed contents under other names${detail}`
      : `${name}/ changed: OMS root ${dir.root} differs from the signed ${expectedHex}${detail}`;
  return {
    ...base,
    ok,
    algorithm: 'sha256',
    expected: `sha256:${expectedHex}`,
    reason,
    names: b.names,
    checked: [signedName, ...b.checked],
    gone: b.gone,
    ...(files && !noDifferences(files) ? { files } : {}),
  };
}

/** A directory no subject names or has the root of: what the files under its name say differs. */
export function unsignedDirectory(
  name: string,
  dir: DirectoryDigest,
  subjects: readonly ResourceDescriptor[],
): SubjectCheck {
  const signed = signedFilesUnder(name, subjects);
  const files = signed.length
    ? withPrefix(
        compareContent(
          signed,
          dir.files.map((f) => ({ name: f.relPath, digest: f.sha256 })),
        ),
        name === '.' ? '' : `${name}/`,
      )
    : undefined;
  const detail = files ? ` (${describeDifferences(files).join('; ')})` : '';
  return {
    name,
    kind: 'directory',
    ok: false,
    algorithm: 'sha256',
    actual: `sha256:${dir.root}`,
    checked: [],
    ...(files ? { files } : {}),
    reason: `${name}/ is not signed: no subject has its name or its OMS root digest ${dir.root}${detail}`,
  };
}
