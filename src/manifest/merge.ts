// `manifest merge`: the shards of one dataset made into its whole manifest. Refused, naming the
// file: a shard of another dataset or another shard count, a shard given twice, a shard missing,
// a record in the wrong shard, a path in two shards. The records are merged as they are read
// (each shard is in OMS order), so the whole manifest's root digest is that of one run.
import { createHash } from 'node:crypto';
import { ProvenanceError } from '../errors.js';
import { compareOmsPaths } from '../hash/oms.js';
import type { LineSink } from '../store/files.js';
import {
  headerLine,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  recordLine,
  trailerLine,
  type ManifestRecord,
  type ManifestTrailer,
} from './format.js';
import { claimedTrailer, ManifestFile } from './read.js';
import type { ProgressListener } from '../hash/progress.js';
import { shardOf } from './shard.js';

function refuse(message: string, value: string, fix: string): never {
  throw new ProvenanceError('INPUT_INVALID', message, { input: 'manifest merge', value, fix });
}

/** Every shard 0..N-1 once, all of one dataset and one count. */
export function checkShardSet(files: readonly ManifestFile[]): void {
  const first = files[0]!;
  if (!first.header.shard)
    refuse(
      `${first.path} is not a shard (its header has no shard)`,
      first.path,
      'give the shard manifests made with --shard I/N',
    );
  const { count } = first.header.shard;
  const seen = new Map<number, string>();
  for (const f of files) {
    const s = f.header.shard;
    if (!s || s.count !== count || f.header.root !== first.header.root)
      refuse(
        `${f.path} is a foreign shard: root '${f.header.root}'${s ? `, shard ${s.index}/${s.count}` : ', no shard'}; ${first.path} has root '${first.header.root}', ${count} shards`,
        f.path,
        'merge the shards of one run over one dataset',
      );
    const twice = seen.get(s.index);
    if (twice)
      refuse(
        `shard ${s.index}/${count} is given twice: ${twice} and ${f.path}`,
        f.path,
        'give each shard once',
      );
    seen.set(s.index, f.path);
  }
  const missing = [...Array(count).keys()].filter((i) => !seen.has(i));
  if (missing.length)
    refuse(
      `shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: ${files.length} of ${count} given`,
      missing.join(','),
      'run the missing shards (or wait for them) and merge all of them',
    );
}

interface Head {
  record: ManifestRecord;
  file: ManifestFile;
  rest: AsyncGenerator<ManifestRecord>;
}

const before = (a: Head, b: Head) => compareOmsPaths(a.record.path, b.record.path) < 0;

/** A binary heap of the shards' next records: O(log N) a record, whatever the shard count. */
class Heads {
  private items: Head[] = [];
  get size() {
    return this.items.length;
  }
  push(h: Head): void {
    const a = this.items;
    a.push(h);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!before(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): Head {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length === 0) return top;
    a[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && before(a[l]!, a[m]!)) m = l;
      if (r < a.length && before(a[r]!, a[m]!)) m = r;
      if (m === i) break;
      [a[i], a[m]] = [a[m]!, a[i]!];
      i = m;
    }
    return top;
  }
}

async function advance(heads: Heads, file: ManifestFile, rest: AsyncGenerator<ManifestRecord>) {
  const next = await rest.next();
  if (next.done) return;
  const s = file.header.shard!;
  if (shardOf(next.value.path, s.count) !== s.index)
    file.fail(
      `${next.value.path} does not belong to shard ${s.index}/${s.count}: a foreign record`,
    );
  heads.push({ record: next.value, file, rest });
}

/** Progress of a merge: records written against the shards' trailers, bytes as they pass. */
async function mergeProgress(paths: readonly string[], onProgress?: ProgressListener) {
  if (!onProgress) return () => {};
  const claimed = await Promise.all(paths.map(claimedTrailer));
  const filesTotal = claimed.reduce((n, t) => n + (t?.files ?? 0), 0);
  const bytesTotal = claimed.reduce((n, t) => n + (t?.bytes ?? 0), 0);
  let last = 0;
  return (files: number, bytes: number, end = false) => {
    const now = performance.now();
    if (!end && now - last < 250) return;
    last = now;
    onProgress({
      filesDone: files,
      filesTotal: Math.max(filesTotal, files),
      bytesDone: bytes,
      bytesTotal: Math.max(bytesTotal, bytes),
    });
  };
}

export async function mergeManifests(
  paths: readonly string[],
  sink: LineSink,
  toolVersion: string,
  onProgress?: ProgressListener,
): Promise<ManifestTrailer> {
  if (paths.length === 0)
    refuse(
      'manifest merge needs the shard manifests',
      '',
      'run: training-provenance manifest merge shard-*.jsonl > whole.jsonl',
    );
  const files = await Promise.all(paths.map((p) => ManifestFile.open(p, 'manifest merge')));
  checkShardSet(files);
  const progress = await mergeProgress(paths, onProgress);
  await sink(
    headerLine({
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      root: files[0]!.header.root,
      tool: `training-provenance ${toolVersion}`,
      mergedFrom: files.length,
    }),
  );
  const heads = new Heads();
  for (const f of files) await advance(heads, f, f.records());
  const root = createHash('sha256');
  let last: Head | undefined;
  const totals = { files: 0, bytes: 0 };
  while (heads.size > 0) {
    const h = heads.pop();
    if (last && last.record.path === h.record.path)
      refuse(
        `${h.record.path} is in two shards: ${last.file.path} and ${h.file.path}`,
        h.record.path,
        'merge shards of one run: each file is in exactly one',
      );
    await sink(recordLine(h.record));
    root.update(Buffer.from(h.record.sha256, 'hex'));
    totals.files++;
    totals.bytes += h.record.size;
    last = h;
    progress(totals.files, totals.bytes);
    await advance(heads, h.file, h.rest);
  }
  progress(totals.files, totals.bytes, true);
  const trailer = { ...totals, root: `sha256:${root.digest('hex')}` };
  await sink(trailerLine(trailer));
  return trailer;
}
