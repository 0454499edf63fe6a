// The one byte formatter: progress lines, logs, job summaries and the PR comment all show
// sizes the same way.

const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Binary units with one decimal, so a size moving in a progress line keeps its width: "512 B", "1.5 KiB", "417.8 MiB". */
export function humanBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} B`;
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < BINARY_UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)} ${BINARY_UNITS[u]}`;
}
