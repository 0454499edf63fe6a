// Files we write are written whole or not at all: a reader (or a later step) never sees
// half a statement or half a bundle, even when the job is cancelled mid-write.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ProvenanceError } from '../errors.js';

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  input = 'output-dir',
): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data, { mode: 0o644 });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    throw new ProvenanceError('STORAGE_FAILED', `cannot write ${path}: ${(e as Error).message}`, {
      input,
      value: dirname(path),
      fix: 'choose a writable output-dir (the default is $RUNNER_TEMP/training-provenance)',
      cause: e,
    });
  }
}

/** A sink that lines are written to, in order; resolves once the bytes are handed on. */
export type LineSink = (text: string) => Promise<void>;

/** A sink with a flush: what was written is handed on by the time flush resolves. */
export type FlushingSink = LineSink & { flush(): Promise<void> };

const SINK_BATCH = 256 * 1024;

/**
 * A sink over a Node stream: lines are gathered into writes of about 256 KiB, and a write waits
 * for 'drain' when the stream asks to. Waiting line by line would tie hashing to the disk's
 * round trips (a million lines, a million waits).
 */
export function streamSink(stream: NodeJS.WritableStream): FlushingSink {
  let pending: string[] = [];
  let size = 0;
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const ok = stream.write(text, (e) => (e ? reject(e) : undefined));
      if (ok) resolve();
      else stream.once('drain', resolve);
    });
  const flush = async () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    await write(text);
  };
  const sink = async (text: string) => {
    pending.push(text);
    size += text.length;
    if (size >= SINK_BATCH) await flush();
  };
  return Object.assign(sink, { flush });
}

/**
 * Writes a file that is produced piece by piece (a manifest of a million lines) whole or not at
 * all: into a temporary file beside it, renamed over `path` when `fill` has written everything.
 */
export async function writeStreamAtomic<T>(
  path: string,
  fill: (sink: LineSink) => Promise<T>,
  input = 'output',
): Promise<T> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(tmp, { mode: 0o644 });
  const closed = new Promise<void>((resolve, reject) => {
    stream.on('close', resolve);
    stream.on('error', reject);
  });
  try {
    const sink = streamSink(stream);
    const result = await fill(sink);
    await sink.flush();
    stream.end();
    await closed;
    await rename(tmp, path);
    return result;
  } catch (e) {
    stream.destroy();
    await rm(tmp, { force: true }).catch(() => {});
    if (e instanceof ProvenanceError) throw e;
    throw new ProvenanceError('STORAGE_FAILED', `cannot write ${path}: ${(e as Error).message}`, {
      input,
      value: path,
      fix: 'choose a writable path',
      cause: e,
    });
  }
}
