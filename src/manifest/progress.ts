// A manifest run's progress line: files are what is counted ahead (the listing pass), so the
// percentage and ETA go by files; bytes and the rate are shown as they pass.
import { formatBytes, formatDuration, formatRate } from '../hash/progress.js';
import type { ManifestProgress } from './write.js';

export function formatManifestProgress(p: ManifestProgress, elapsedMs: number): string {
  const pct = p.filesTotal > 0 ? Math.floor((p.filesDone / p.filesTotal) * 100) : 100;
  let line = `${p.filesDone.toLocaleString('en-US')} / ${p.filesTotal.toLocaleString('en-US')} files (${pct}%), ${formatBytes(p.bytesDone)}`;
  if (elapsedMs > 0 && p.filesDone > 0) {
    line += `, ${formatRate((p.bytesDone / elapsedMs) * 1000)}`;
    const left = p.filesTotal - p.filesDone;
    if (left > 0) line += `, ETA ${formatDuration((left / p.filesDone) * elapsedMs)}`;
  }
  return line;
}
