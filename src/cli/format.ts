import { createHash } from 'node:crypto';
import { ProvenanceError } from '../errors.js';
import { writeFileAtomic } from '../store/files.js';
import { here } from './args.js';

/** --format of a command that writes a document; the shell (command.ts) checked its value. */
export type OutputFormat = 'text' | 'json';

/**
 * --format for a command whose output is a document (a proof, a BOM, trusted roots): json is a
 * summary of what was written, so the document itself needs --output to go somewhere else.
 */
export function documentFormat(format: string, output: string, command: string): OutputFormat {
  if (format === 'json' && output === '')
    throw new ProvenanceError('INPUT_MISSING', '--format json prints a summary of --output', {
      input: '--output',
      fix: `give --output FILE for the document, or drop --format json to print it: training-provenance ${command} ... --output FILE --format json`,
    });
  return format === 'json' ? 'json' : 'text';
}

export interface DocumentOutput {
  text: string;
  /** --output as given, '' for standard output */
  output: string;
  format: OutputFormat;
  /** what the document holds, for the json summary */
  facts: Record<string, unknown>;
  /** what the document is, for the text line on stderr */
  label: string;
}

/**
 * Writes the document to stdout, or to --output with a line on stderr (text) or a summary on
 * stdout (json): the path, the sha256 and size of the bytes written, and `facts`.
 */
export async function writeDocument(
  doc: DocumentOutput,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<void> {
  if (doc.output === '') {
    out.write(doc.text);
    return;
  }
  await writeFileAtomic(here(doc.output), doc.text, '--output');
  if (doc.format === 'text') {
    err.write(`${doc.label}: ${doc.output}\n`);
    return;
  }
  const written = {
    output: doc.output,
    sha256: createHash('sha256').update(doc.text).digest('hex'),
    bytes: Buffer.byteLength(doc.text),
  };
  writeSummary(written, doc.facts, out);
}

/** The json summary of a document written to --output: where, its sha256 and size, `facts`. */
export function writeSummary(
  written: { output: string; sha256: string; bytes: number },
  facts: Record<string, unknown>,
  out: NodeJS.WritableStream,
): void {
  out.write(`${JSON.stringify({ ...written, ...facts }, null, 2)}\n`);
}
