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

export function checkBinding(
  omsRoot: string,
  provenance: Pick<ProvenanceView, 'subjects'>,
): OmsBinding {
  const root = omsRoot.toLowerCase();
  const subjects = provenance.subjects as ResourceDescriptor[];
  const same = subjects.filter((s) => s.digest?.sha256?.toLowerCase() === root);
  // A directory subject is the intended match; a file subject with that digest would be a
  // coincidence of content, not of layout, and is reported as such.
  const hit = same.find(isDirectorySubject) ?? same[0];
  if (hit) {
    const what = isDirectorySubject(hit) ? 'directory subject' : 'subject';
    return {
      bound: true,
      subject: hit.name,
      statement: `the OMS signature and the provenance bind the same model: ${what} '${hit.name ?? '(unnamed)'}' has sha256 ${root}, the OMS root digest`,
    };
  }
  const dirs = subjects.filter(isDirectorySubject);
  const known = dirs.length
    ? `its directory subjects: ${dirs.map((d) => `'${d.name ?? '(unnamed)'}' sha256:${d.digest?.sha256 ?? '?'}`).join(', ')}`
    : 'it has no directory subject';
  return {
    bound: false,
    statement: `the OMS signature binds root digest ${root}, which no subject of the provenance has (${known})`,
  };
}
