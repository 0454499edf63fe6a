// The ways hashing a file can fail, as ProvenanceErrors. The worker reports a failure as plain
// data (it cannot send an Error class across threads); both paths end up here.
import { ProvenanceError } from '../errors.js';

export type HashFailureKind = 'changed' | 'unreadable' | 'not-file' | 'internal';

/** A failure as data, the shape the worker posts back. */
export interface HashFailure {
  kind: HashFailureKind;
  path: string;
  detail: string;
}

export function fileChanged(path: string, detail: string, input?: string): ProvenanceError {
  return new ProvenanceError(
    'FILE_CHANGED',
    `${path} changed while it was being hashed: ${detail}`,
    {
      input,
      value: path,
      fix: 'run this step after the job has finished writing its outputs, and do not modify them meanwhile',
    },
  );
}

export function fileUnreadable(
  path: string,
  detail: string,
  input?: string,
  cause?: unknown,
): ProvenanceError {
  return new ProvenanceError('FILE_UNREADABLE', `cannot read ${path}: ${detail}`, {
    input,
    value: path,
    fix: 'check that the file exists and that the runner user may read it',
    cause,
  });
}

export function notRegularFile(path: string, input?: string): ProvenanceError {
  return new ProvenanceError('INPUT_INVALID', `${path} is not a regular file`, {
    input,
    value: path,
    fix: 'name regular files only; directories, pipes and devices cannot be hashed as one file',
  });
}

export function failureToError(f: HashFailure, input?: string): ProvenanceError {
  switch (f.kind) {
    case 'changed':
      return fileChanged(f.path, f.detail, input);
    case 'unreadable':
      return fileUnreadable(f.path, f.detail, input);
    case 'not-file':
      return notRegularFile(f.path, input);
    case 'internal':
      return new ProvenanceError('INTERNAL', `hashing worker failed: ${f.detail}`, { input });
  }
}
