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

/**
 * `omsRoots`: the signature's root, then the root of the same signed files in PurePosixPath
 * order, which a directory subject records when the signature lists them in the specification's
 * code-point order (the two differ for names like `tokenizer.json` beside `tokenizer/`). For a
 * one-file model (`kind: 'file'`), the file's digest, which its file subject records.
 */
export function checkBinding(
  omsRoots: readonly string[],
  provenance: Pick<ProvenanceView, 'subjects'>,
  kind: 'directory' | 'file' = 'directory',
): OmsBinding {
  const roots = omsRoots.map((r) => r.toLowerCase());
  const root = roots[0]!;
  const role = `model-${kind}`;
  const subjects = provenance.subjects as ResourceDescriptor[];
  const same = subjects.filter((s) => roots.includes(s.digest?.sha256?.toLowerCase() ?? ''));
  // A subject of the model's kind is the intended match; another subject with that digest would
  // be a coincidence of content, not of layout, and is reported as such.
  const hit = same.find((s) => s.annotations?.role === role) ?? same[0];
  if (hit) return { bound: true, subject: hit.name, statement: boundStatement(hit, root, kind) };
  const own = subjects.filter((s) => s.annotations?.role === role);
  const known = own.length
    ? `its ${kind} subjects: ${own.map((d) => `'${d.name ?? '(unnamed)'}' sha256:${d.digest?.sha256 ?? '?'}`).join(', ')}`
    : `it has no ${kind} subject`;
  return {
    bound: false,
    statement: `the OMS signature binds ${kind === 'file' ? 'file' : 'root'} digest ${root}, which no subject of the provenance has (${known})`,
  };
}

function boundStatement(hit: ResourceDescriptor, root: string, kind: 'directory' | 'file'): string {
  const name = `'${hit.name ?? '(unnamed)'}'`;
  const digest = hit.digest!.sha256!.toLowerCase();
  const same = 'the OMS signature and the provenance bind the same model';
  if (kind === 'file')
    return `${same}: subject ${name} has sha256 ${digest}, the signed file's digest`;
  const what = hit.annotations?.role === 'model-directory' ? 'directory subject' : 'subject';
  const order =
    digest === root
      ? ''
      : ` of the signed files (the signature lists them in code-point order, root ${root})`;
  return `${same}: ${what} ${name} has sha256 ${digest}, the OMS root digest${order}`;
}
