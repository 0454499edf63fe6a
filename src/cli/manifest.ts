import { parseShard } from '../manifest/shard.js';
import { makeManifest, mergeManifestFiles, verifyManifest } from '../engine/manifest.js';
import { ProvenanceError } from '../errors.js';
import { ProgressBar, progressLogger, type HashProgress } from '../hash/progress.js';
import { streamSink } from '../store/files.js';
import { TOOL_VERSION } from '../version.js';
import { here, str } from './args.js';
import type { CommandRun } from './command.js';
import { hashFile } from '../hash/index.js';
import { documentFormat, writeSummary, type OutputFormat } from './format.js';

function count(v: unknown, flag: string): number | undefined {
  const s = str(v);
  if (s === '') return undefined;
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new ProvenanceError('INPUT_INVALID', `${flag} '${s}' is not a whole number`, {
      input: flag,
      value: s,
      fix: `give ${flag} as a count, e.g. ${flag} 1000`,
    });
  return n;
}

function usage(message: string): ProvenanceError {
  return new ProvenanceError('INPUT_MISSING', message, {
    input: 'manifest',
    fix: "run 'training-provenance manifest --help'",
  });
}

/** `training-provenance manifest`, `manifest merge`, `manifest verify`. */
export const manifestCommand: CommandRun = async ({ values, positionals, format, out, err }) => {
  const ctx = {
    toolVersion: TOOL_VERSION,
    stdout: streamSink(out),
  };
  const [first, ...more] = positionals;
  if (first === 'verify') return cliCheck(more.map(here), values, format, out);
  const rest = more.map(here);
  const label = first === 'merge' ? 'merge' : 'manifest';
  const output = str(values.output);
  const as = documentFormat(format, output, label);
  if (first !== 'merge' && positionals.length !== 1)
    throw usage('manifest takes one dataset directory');
  const bar = new ProgressBar(err as NodeJS.WriteStream);
  const onProgress = progressTo(err as NodeJS.WriteStream, bar, label);
  const t = await (
    first === 'merge'
      ? mergeManifestFiles({ manifests: rest, output: here(output) }, { ...ctx, onProgress })
      : makeManifest(
          {
            path: here(first!),
            ...(str(values.shard) ? { shard: parseShard(str(values.shard)) } : {}),
            output: here(output),
            rootName: str(values['root-name']),
          },
          { ...ctx, onProgress },
        )
  ).finally(() => bar.done());
  const root = t.root.startsWith('sha256:') ? t.root : `sha256:${t.root}`;
  const what = first === 'merge' ? `merged ${rest.length} shards` : 'manifest';
  await report({ output, format: as, what, files: t.files, bytes: t.bytes, root }, out, err);
  return 0;
};

/** The line manifest and merge always printed, or with --format json a summary of the file. */
async function report(
  r: {
    output: string;
    format: OutputFormat;
    what: string;
    files: number;
    bytes: number;
    root: string;
  },
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<void> {
  if (r.format === 'text') {
    err.write(`${r.what}: ${r.files} files, ${r.bytes} bytes, root ${r.root}\n`);
    return;
  }
  const written = await hashFile(here(r.output), 'sha256', { input: '--output' });
  const facts = { files: r.files, datasetBytes: r.bytes, root: r.root };
  writeSummary({ output: r.output, sha256: written.digest, bytes: written.size }, facts, out);
}

/** A bar on a terminal; in a batch job's log, a line every 10 s. */
function progressTo(err: NodeJS.WriteStream, bar: ProgressBar, label: string) {
  const line = progressLogger((l) => err.write(`${l}\n`), { intervalMs: 10_000, label });
  return (p: HashProgress) => (err.isTTY === true ? bar.update(label, p) : line(p));
}

async function cliCheck(
  args: string[],
  values: Record<string, unknown>,
  format: string,
  out: NodeJS.WritableStream,
): Promise<number> {
  if (args.length !== 2) throw usage('manifest verify takes a manifest and the dataset directory');
  if (values.all === true && values.sample !== undefined)
    throw new ProvenanceError('INPUT_INVALID', '--sample and --all ask for different checks', {
      input: '--sample',
      value: String(values.sample),
      fix: 'give --sample N to re-hash a sample, or --all to re-hash every file, not both',
    });
  const sample = values.all === true ? undefined : count(values.sample, '--sample');
  // A sample of none would re-hash nothing and still say SAME.
  if (sample === 0)
    throw new ProvenanceError('INPUT_INVALID', "--sample '0' re-hashes no file", {
      input: '--sample',
      value: '0',
      fix: 'give --sample a count of 1 or more, e.g. --sample 1000, or --all to re-hash every file',
    });
  const r = await verifyManifest({
    manifest: args[0]!,
    path: args[1]!,
    sample,
    seed: count(values.seed, '--seed'),
  });
  if (format === 'json') out.write(`${JSON.stringify(r, null, 2)}\n`);
  else {
    const how =
      r.seed !== undefined ? `a sample of ${r.checked} (seed ${r.seed})` : `all ${r.checked}`;
    out.write(
      `${r.differences.length ? 'DIFFERENT' : 'SAME'}: ${how} of ${r.listed} listed files re-hashed\n`,
    );
    for (const d of r.differences) out.write(`  ${d.line} (${d.detail})\n`);
  }
  return r.differences.length ? 1 : 0;
}
