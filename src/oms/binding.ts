// Does an OMS signature speak of the same model as our provenance? Both bind a directory by
// its OMS root digest: the provenance as a directory subject, model.sig as its only subject.
// Equal digests tie the two signatures to one set of files, whatever the directory is called.
import type { ProvenanceView } from '../statement/view.js';
import type { ResourceDescriptor } from '../types.js';

export interface OmsBinding {
  bound: boolean;
  /** The provenance subject with the OMS root digest, when one has it. */
  subject?: string;
  /** One sentence for the report. */
  statement: string;
}

const isDirectorySubject = (s: ResourceDescriptor) => s.annotations?.role === 'model-directory';

/**
 * `omsRoots`: the signature's root, then the root of the same signed files in PurePosixPath
 * order, which a directory subject records when the signature lists them in the specification's
 * code-point order (the two differ for names like `tokenizer.json` beside `tokenizer/`). For a
 * one-file model, the file's digest, matched with subjects annotated `role: model-file`.
 */
export function checkBinding(
  omsRoots: readonly string[],
  provenance: Pick<ProvenanceView, 'subjects'>,
): OmsBinding {
  const roots = omsRoots.map((r) => r.toLowerCase());
  const root = roots[0]!;
  const subjects = provenance.subjects as ResourceDescriptor[];
  const same = subjects.filter((s) => roots.includes(s.digest?.sha256?.toLowerCase() ?? ''));
  // A directory subject is the intended match; a file subject with that digest would be a
  // coincidence of content, not of layout, and is reported as such.
  const hit = same.find(isDirectorySubject) ?? same[0];
  if (hit && hit.annotations?.role === 'model-file') {
    return {
      bound: true,
      subject: hit.name,
      statement: `the OMS signature and the provenance bind the same model: subject '${hit.name ?? '(unnamed)'}' has sha256 ${root}, the signed file's digest`,
    };
  }
  if (hit) {
    const what = isDirectorySubject(hit) ? 'directory subject' : 'subject';
    return {
      bound: true,
      subject: hit.name,
      statement: `the OMS signature and the provenance bind the same model: ${what} '${hit.name ?? '(unnamed)'}' has sha256 ${hit.digest!.sha256!.toLowerCase()}, the OMS root digest${hit.digest!.sha256!.toLowerCase() === root ? '' : ` of the signed files (the signature lists them in code-point order, root ${root})`}`,
    };
  }
  const files = subjects.some((x) => x.annotations?.role === 'model-file');
  const kind = files ? 'file' : 'directory';
  const dirs = subjects.filter((x) => x.annotations?.role === `model-${kind}`);
  const known = dirs.length
    ? `its ${kind} subjects: ${dirs.map((d) => `'${d.name ?? '(unnamed)'}' sha256:${d.digest?.sha256 ?? '?'}`).join(', ')}`
    : 'it has no directory subject';
  return {
    bound: false,
    statement: `the OMS signature binds ${files ? 'file digest' : 'root digest'} ${root}, which no subject of the provenance has (${known})`,
  };
}
