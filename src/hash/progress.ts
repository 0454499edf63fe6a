// Progress of a hashing run: the engine's throttle, a one-line formatter for logs, and a bar
// for an interactive terminal.
import { humanBytes } from '../present/bytes.js';

export interface HashProgress {
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
  /**
   * A streamed run (a directory hashed as it is listed): files were counted ahead, bytes were
   * not, so the percentage and ETA go by files and bytesTotal means nothing.
   */
  bytesUnknown?: boolean;
}

export type ProgressListener = (p: HashProgress) => void;

/** Default minimum time between two progress calls from the engine. */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * Counts bytes and files and calls the listener at most every `intervalMs`, plus on `flush`.
 * The clock is a parameter so the rule can be tested without waiting.
 */
export class ProgressThrottle {
  private bytesDone = 0;
  private filesDone = 0;
  private lastCall = -Infinity;

  constructor(
    private readonly listener: ProgressListener | undefined,
    private readonly bytesTotal: number,
    private readonly filesTotal: number,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  add(bytes: number, files = 0): void {
    this.bytesDone += bytes;
    this.filesDone += files;
    if (!this.listener) return;
    const t = this.now();
    if (t - this.lastCall >= this.intervalMs) this.call(t);
  }

  /** Call the listener now, whatever the time since the last call (start and end of a run). */
  flush(): void {
    if (this.listener) this.call(this.now());
  }

  private call(t: number): void {
    this.lastCall = t;
    this.listener!({
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      filesDone: this.filesDone,
      filesTotal: this.filesTotal,
    });
  }
}

/** A rate in decimal units, the way disk and network speeds are quoted: "1.45 GB/s", "560 MB/s". */
export function formatRate(bytesPerSecond: number): string {
  if (bytesPerSecond >= 1e9) return `${(bytesPerSecond / 1e9).toFixed(2)} GB/s`;
  if (bytesPerSecond >= 1e6) return `${Math.round(bytesPerSecond / 1e6)} MB/s`;
  if (bytesPerSecond >= 1e3) return `${Math.round(bytesPerSecond / 1e3)} kB/s`;
  return `${Math.round(bytesPerSecond)} B/s`;
}

/** A duration rounded up to whole seconds: "2s", "1m 05s", "2h 03m". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s < 60) return `${s}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s < 3600) return `${Math.floor(s / 60)}m ${pad(s % 60)}s`;
  return `${Math.floor(s / 3600)}h ${pad(Math.floor((s % 3600) / 60))}m`;
}

/** Whole percent done, by bytes; by files when there are no bytes or they were not counted. */
export function percentDone(p: HashProgress): number {
  const [done, total] =
    p.bytesTotal > 0 && !p.bytesUnknown ? [p.bytesDone, p.bytesTotal] : [p.filesDone, p.filesTotal];
  if (total <= 0) return 100;
  return Math.min(100, Math.floor((done / total) * 100));
}

/**
 * "1.2 GiB / 4.0 GiB (30%), 1.45 GB/s, ETA 2s". The rate and ETA appear once bytes and time have
 * passed; the ETA is left out when nothing remains.
 */
export function formatProgress(p: HashProgress, elapsedMs: number): string {
  if (p.bytesUnknown) return formatStreamedProgress(p, elapsedMs);
  let line = `${humanBytes(p.bytesDone)} / ${humanBytes(p.bytesTotal)} (${percentDone(p)}%)`;
  if (elapsedMs > 0 && p.bytesDone > 0) {
    const rate = (p.bytesDone / elapsedMs) * 1000;
    line += `, ${formatRate(rate)}`;
    const remaining = p.bytesTotal - p.bytesDone;
    if (remaining > 0) line += `, ETA ${formatDuration((remaining / rate) * 1000)}`;
  }
  return line;
}

/** "3,000 / 50,000 files (6%), 1.2 GiB, 450 MB/s, ETA 1m 05s": by files, bytes as they pass. */
function formatStreamedProgress(p: HashProgress, elapsedMs: number): string {
  const count = (n: number) => n.toLocaleString('en-US');
  let line = `${count(p.filesDone)} / ${count(p.filesTotal)} files (${percentDone(p)}%), ${humanBytes(p.bytesDone)}`;
  if (elapsedMs > 0 && p.filesDone > 0) {
    line += `, ${formatRate((p.bytesDone / elapsedMs) * 1000)}`;
    const left = p.filesTotal - p.filesDone;
    if (left > 0) line += `, ETA ${formatDuration((left / p.filesDone) * elapsedMs)}`;
  }
  return line;
}

/**
 * A progress listener that logs a line at most every `intervalMs` (and the last one), for logs
 * that are read afterwards, such as a GitHub Actions step.
 */
export function progressLogger(
  log: (line: string) => void,
  opts: { intervalMs?: number; label?: string; now?: () => number } = {},
): ProgressListener {
  const now = opts.now ?? (() => performance.now());
  const intervalMs = opts.intervalMs ?? 5000;
  const started = now();
  let last = started;
  const prefix = opts.label ? `${opts.label}: ` : '';
  return (p) => {
    const t = now();
    const finished = p.filesDone >= p.filesTotal && (p.bytesUnknown || p.bytesDone >= p.bytesTotal);
    if (!finished && t - last < intervalMs) return;
    last = t;
    log(prefix + formatProgress(p, t - started));
  };
}

/**
 * Progress of several things at once ("model", "datasets", a model path), each with a logger of
 * its own, so that each keeps its own interval, rate and ETA: "hashing model: 1.2 GiB / …".
 */
export function labelledProgressLogger(
  log: (line: string) => void,
  opts: { intervalMs?: number; now?: () => number } = {},
): (label: string, p: HashProgress) => void {
  const loggers = new Map<string, ProgressListener>();
  return (label, p) => {
    if (p.bytesTotal === 0 && p.filesTotal === 0) return; // nothing to hash, nothing to say
    let logger = loggers.get(label);
    if (!logger)
      loggers.set(label, (logger = progressLogger(log, { ...opts, label: `hashing ${label}` })));
    logger(p);
  };
}

/** What ProgressBar needs of a stream; process.stderr fits. */
export interface BarStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * A one-line bar redrawn in place with \r on an interactive terminal. It draws nothing at all
 * when the stream is not a TTY (a CI log or a pipe), where a log line is the right thing.
 */
export class ProgressBar {
  private drawn = false;
  private last: { label: string | undefined; p: HashProgress } | undefined;
  // The rate is measured from the first update of a label or of a run (the engine's first call,
  // all zeros, comes when hashing starts), so time spent before is not counted.
  private started = 0;

  constructor(
    private readonly stream: BarStream,
    private readonly opts: { label?: string; now?: () => number } = {},
  ) {}

  /** A listener to hand to the engine: `hashFiles(files, { onProgress: bar.onProgress })`. */
  readonly onProgress: ProgressListener = (p) => this.update(p);

  /**
   * Redraw with `p`; a label ("model", "datasets") names what is being hashed. A new label
   * starts a new line, so the finished line of the previous one stays visible.
   */
  update(p: HashProgress): void;
  update(label: string, p: HashProgress): void;
  update(a: string | HashProgress, b?: HashProgress): void {
    const [label, p] = typeof a === 'string' ? [a, b!] : [this.opts.label, a];
    // A run with nothing to hash (no datasets) draws no "0 B / 0 B" line.
    if (p.bytesTotal === 0 && p.filesTotal === 0) return;
    const runStarts = p.bytesDone === 0 && p.filesDone === 0;
    if (!this.last || this.last.label !== label || runStarts) this.started = this.now();
    if (this.stream.isTTY === true) {
      if (this.drawn && this.last && this.last.label !== label) this.stream.write('\n');
      this.stream.write(`\r${this.render(p, label)}\x1b[K`);
      this.drawn = true;
    }
    this.last = { label, p };
  }

  /** End the line, so that later output starts on a fresh one. */
  done(): void {
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
    this.last = undefined;
  }

  /** The line without terminal controls, fitted to the terminal's width. */
  render(p: HashProgress, label: string | undefined = this.opts.label): string {
    const head = label ? `${label} ` : '';
    const text = ` ${formatProgress(p, this.now() - this.started)}`;
    // Some terminals (and pseudo-terminals without a size) report 0 columns.
    const columns = this.stream.columns && this.stream.columns > 0 ? this.stream.columns : 80;
    const width = Math.min(30, columns - head.length - text.length - 3);
    if (width < 5) return (head + text.trimStart()).slice(0, Math.max(0, columns - 1));
    const full = Math.round((percentDone(p) / 100) * width);
    return `${head}[${'#'.repeat(full)}${'-'.repeat(width - full)}]${text}`;
  }

  private now(): number {
    return this.opts.now ? this.opts.now() : performance.now();
  }
}
