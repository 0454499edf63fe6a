import { ProvenanceError } from '../errors.js';

export type OutputFormat = 'text' | 'json';

export function formatOption(raw: string): OutputFormat {
  const format = raw || 'text';
  if (format !== 'text' && format !== 'json') {
    throw new ProvenanceError('INPUT_INVALID', `'${format}' is not a format`, {
      input: '--format',
      value: format,
      fix: 'use --format text or --format json',
    });
  }
  return format;
}
