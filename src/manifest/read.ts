// Reading a manifest line by line, checking as it goes: the header, each record (a relative
// POSIX path, a size, a sha256; in OMS order, no path twice), and the trailer, whose counts and
// root digest must be those of the records read. Nothing is held but the line at hand.
import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { ProvenanceError } from '../errors.js';
import { compareOmsPaths } from '../hash/oms.js';
import { isObject, preview } from '../json.js';
import type { Sha256Hex } from '../types.js';
import {
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  type ManifestHeader,
  type ManifestRecord,
  type ManifestTrailer,
} from './format.js';

const HEX64 = /^[0-9a-f]{64}$/;

export class ManifestFile {
  /** Read by open() before the file is handed out. */
  header!: ManifestHeader;
  trailer?: ManifestTrailer;
  private line = 1;
  private constructor(
    readonly path: string,
    private readonly lines: AsyncIterator<string>,
    private readonly input: string,
    /** sha256 of the file's bytes, taken as they are read: ready once the records are. */
    readonly sha256: Promise<string>,
    private readonly stream: ReadStream,
  ) {}

  /** Opens a manifest and reads its header; `input` names the flag or input in errors. */
  static async open(path: string, input = 'manifest'): Promise<ManifestFile> {
    const unreadable = (why: string) =>
      new ProvenanceError('FILE_UNREADABLE', `cannot read manifest ${path}: ${why}`, {
        input,
        value: path,
        fix: 'give the path of a manifest written by `training-provenance manifest`',
      });
    // Opening a FIFO nobody writes blocks for good: only a regular file is opened.
    const st = await stat(path).catch((e: unknown) => {
      throw unreadable((e as Error).message);
    });
    if (!st.isFile())
      throw unreadable(st.isDirectory() ? 'it is a directory' : 'not a regular file');
    const stream = createReadStream(path);
    const opened = new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    await opened.catch((e: unknown) => {
      throw unreadable((e as Error).message);
    });
    const hash = createHash('sha256');
    stream.on('data', (chunk) => hash.update(chunk));
    const sha256 = new Promise<string>((resolve) =>
      stream.once('end', () => resolve(hash.digest('hex'))),
    );
    const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
    const first = await lines.next();
    const file = new ManifestFile(path, lines, input, sha256, stream);
    file.header = file.readHeader(first.done ? undefined : first.value);
    return file;
  }

  fail(what: string, line = this.line): never {
    // A refused file is read no further: close it rather than hold its descriptor.
    this.stream.destroy();
    throw new ProvenanceError('INPUT_INVALID', `manifest ${this.path} line ${line}: ${what}`, {
      input: this.input,
      value: this.path,
      fix: 'write the manifest again with `training-provenance manifest`; a manifest is not edited by hand',
    });
  }

  private json(text: string | undefined): Record<string, unknown> {
    if (text === undefined) this.fail('the file ends here; a manifest ends with its trailer line');
    try {
      const v: unknown = JSON.parse(text);
      if (isObject(v)) return v;
    } catch {
      // reported below
    }
    return this.fail('not a JSON object');
  }

  private readHeader(text: string | undefined): ManifestHeader {
    const h = this.json(text);
    if (h.format !== MANIFEST_FORMAT)
      this.fail(`not a manifest header (format is '${preview(h.format)}')`);
    if (h.version !== MANIFEST_VERSION)
      this.fail(
        `manifest version '${preview(h.version)}'; this tool reads version ${MANIFEST_VERSION}`,
      );
    if (typeof h.root !== 'string' || h.root === '') this.fail("the header has no 'root'");
    const s = h.shard;
    if (
      s !== undefined &&
      !(
        isObject(s) &&
        Number.isInteger(s.index) &&
        Number.isInteger(s.count) &&
        (s.index as number) >= 0 &&
        (s.index as number) < (s.count as number)
      )
    )
      this.fail("the header's 'shard' is not {index, count} with 0 ≤ index < count");
    return h as unknown as ManifestHeader;
  }

  private record(o: Record<string, unknown>): ManifestRecord {
    const { path, size, sha256 } = o;
    if (
      typeof path !== 'string' ||
      path === '' ||
      path.startsWith('/') ||
      path.split('/').some((c) => c === '' || c === '.' || c === '..')
    )
      this.fail(`'path' '${preview(path)}' is not a relative POSIX path inside the root`);
    if (!Number.isSafeInteger(size) || (size as number) < 0)
      this.fail(`'size' of ${path} is not a byte count`);
    if (typeof sha256 !== 'string' || !HEX64.test(sha256))
      this.fail(`'sha256' of ${path} is not 64 lower-case hex digits`);
    return { path, size: size as number, sha256: sha256 as Sha256Hex };
  }

  /** The records in order; at the end, the trailer is checked against them. */
  async *records(): AsyncGenerator<ManifestRecord> {
    const root = createHash('sha256');
    let files = 0;
    let bytes = 0;
    let previous: string | undefined;
    for (;;) {
      const next = await this.lines.next();
      this.line++;
      const o = this.json(next.done ? undefined : next.value);
      if (!('path' in o)) {
        await this.checkTrailer(o, { files, bytes, root: root.digest('hex') });
        return;
      }
      const r = this.record(o);
      if (previous !== undefined && compareOmsPaths(previous, r.path) >= 0)
        this.fail(
          `${r.path} is ${previous === r.path ? 'listed twice' : `out of order (after ${previous})`}`,
        );
      previous = r.path;
      root.update(Buffer.from(r.sha256, 'hex'));
      files++;
      bytes += r.size;
      yield r;
    }
  }

  private async checkTrailer(
    o: Record<string, unknown>,
    got: { files: number; bytes: number; root: string },
  ): Promise<void> {
    const t = { files: o.files, bytes: o.bytes, root: o.root };
    if (t.files !== got.files || t.bytes !== got.bytes || t.root !== `sha256:${got.root}`)
      this.fail(
        `the trailer says ${preview(t.files)} files, ${preview(t.bytes)} bytes, root ${preview(t.root)}; the records are ${got.files} files, ${got.bytes} bytes, root sha256:${got.root}`,
      );
    const after = await this.lines.next();
    if (!after.done && after.value.trim() !== '')
      this.fail('there is more after the trailer', this.line + 1);
    this.trailer = t as ManifestTrailer;
  }
}

/**
 * What a manifest's trailer claims, read from the end of the file without reading the rest: for
 * a progress total. Not checked here (the full read checks it); undefined when unreadable.
 */
export async function claimedTrailer(path: string): Promise<ManifestTrailer | undefined> {
  if (!(await stat(path).catch(() => undefined))?.isFile()) return undefined;
  const fh = await open(path, 'r').catch(() => undefined);
  if (!fh) return undefined;
  try {
    const { size } = await fh.stat();
    const length = Math.min(size, 4096);
    const buf = Buffer.alloc(length);
    await fh.read(buf, 0, length, size - length);
    const last = buf.toString('utf8').trim().split('\n').pop() ?? '';
    const t: unknown = JSON.parse(last);
    return isObject(t) && typeof t.files === 'number' && typeof t.bytes === 'number'
      ? (t as unknown as ManifestTrailer)
      : undefined;
  } catch {
    return undefined;
  } finally {
    await fh.close();
  }
}

/** Reads a whole manifest, checking it; each record goes to `onRecord`. Read once, its sha256 too. */
export async function readManifest(
  path: string,
  onRecord: (r: ManifestRecord) => void = () => {},
  input = 'manifest',
): Promise<{ header: ManifestHeader; trailer: ManifestTrailer; sha256: string }> {
  const file = await ManifestFile.open(path, input);
  for await (const r of file.records()) onRecord(r);
  return { header: file.header, trailer: file.trailer!, sha256: await file.sha256 };
}
