// Progress reporting: the engine's throttle, the log-line formatter, the terminal bar.
import {
  closeHashPool,
  formatDuration,
  formatProgress,
  ProgressBar,
  progressLogger,
  labelledProgressLogger,
  ProgressThrottle,
  warmHashPool,
  type HashProgress,
} from '../../src/hash/index.js';
import { humanBytes } from '../../src/present/bytes.js';
import { getHashPool } from '../../src/hash/pool.js';

const GiB = 1024 ** 3;
const p = (bytesDone: number, bytesTotal: number, filesDone = 0, filesTotal = 1): HashProgress => ({
  bytesDone,
  bytesTotal,
  filesDone,
  filesTotal,
});

describe('formatProgress', () => {
  test('sizes in binary units, rate in decimal units, ETA rounded up', () => {
    // 1 GiB in 1 s is 1.073741824 GB/s; 3 GiB remain, 3 s at that rate.
    expect(formatProgress(p(GiB, 4 * GiB), 1000)).toBe(
      '1.0 GiB / 4.0 GiB (25%), 1.07 GB/s, ETA 3s',
    );
    expect(formatProgress(p(5e8, 1e9), 1000)).toBe('476.8 MiB / 953.7 MiB (50%), 500 MB/s, ETA 1s');
    expect(formatProgress(p(1.2 * GiB, 4 * GiB), 1000)).toBe(
      '1.2 GiB / 4.0 GiB (30%), 1.29 GB/s, ETA 3s',
    );
  });

  test('no rate before any byte or time, no ETA when done', () => {
    expect(formatProgress(p(0, 4 * GiB), 0)).toBe('0 B / 4.0 GiB (0%)');
    expect(formatProgress(p(0, 4 * GiB), 500)).toBe('0 B / 4.0 GiB (0%)');
    expect(formatProgress(p(4 * GiB, 4 * GiB, 1, 1), 2000)).toBe(
      '4.0 GiB / 4.0 GiB (100%), 2.15 GB/s',
    );
    expect(formatProgress(p(0, 0, 0, 0), 10)).toBe('0 B / 0 B (100%)');
    expect(formatProgress(p(0, 0, 1, 4), 10)).toBe('0 B / 0 B (25%)');
  });

  test('units and durations', () => {
    expect([0, 1023, 1024, 1536, 5 * 1024 ** 2, 2.5 * 1024 ** 4].map(humanBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.0 KiB',
      '1.5 KiB',
      '5.0 MiB',
      '2.5 TiB',
    ]);
    expect([0, 1, 999, 1000, 59_001, 61_000, 3_600_000, 3_725_000].map(formatDuration)).toEqual([
      '0s',
      '1s',
      '1s',
      '1s',
      '1m 00s',
      '1m 01s',
      '1h 00m',
      '1h 02m', // 1 h 2 min 5 s: minutes are not rounded up
    ]);
  });
});

describe('ProgressThrottle', () => {
  test('calls at most every interval, and always on flush', () => {
    let t = 0;
    const calls: HashProgress[] = [];
    const th = new ProgressThrottle(
      (x) => calls.push(x),
      100,
      4,
      250,
      () => t,
    );
    th.flush();
    t = 10;
    th.add(10, 1); // 10 ms after the last call: held back
    t = 200;
    th.add(10, 1); // 200 ms: held back
    t = 260;
    th.add(10, 1); // 260 ms: passed on, with everything so far
    t = 300;
    th.add(70, 1);
    th.flush();
    expect(calls).toEqual([
      { bytesDone: 0, bytesTotal: 100, filesDone: 0, filesTotal: 4 },
      { bytesDone: 30, bytesTotal: 100, filesDone: 3, filesTotal: 4 },
      { bytesDone: 100, bytesTotal: 100, filesDone: 4, filesTotal: 4 },
    ]);
  });
});

describe('progressLogger', () => {
  test('a line at most every interval, and the final one', () => {
    let t = 0;
    const lines: string[] = [];
    const log = progressLogger((l) => lines.push(l), {
      intervalMs: 5000,
      label: 'model',
      now: () => t,
    });
    log(p(0, 4 * GiB));
    t = 1000;
    log(p(GiB, 4 * GiB));
    t = 5000;
    log(p(2 * GiB, 4 * GiB));
    t = 6000;
    log(p(3 * GiB, 4 * GiB));
    t = 8000;
    log(p(4 * GiB, 4 * GiB, 1, 1));
    expect(lines).toEqual([
      'model: 2.0 GiB / 4.0 GiB (50%), 429 MB/s, ETA 5s',
      'model: 4.0 GiB / 4.0 GiB (100%), 537 MB/s',
    ]);
  });
});

describe('labelledProgressLogger', () => {
  test('each label keeps its own interval and rate, under "hashing LABEL"', () => {
    let t = 0;
    const lines: string[] = [];
    const log = labelledProgressLogger((l) => lines.push(l), { intervalMs: 5000, now: () => t });
    log('model', p(0, 2 * GiB));
    t = 1000;
    log('datasets', p(0, GiB));
    t = 5000;
    log('model', p(GiB, 2 * GiB)); // 5 s after the model's first call: logged
    log('datasets', p(GiB / 2, GiB)); // 4 s after the datasets' first call: not yet
    t = 6000;
    log('datasets', p(GiB, GiB, 1, 1)); // the last one always
    expect(lines).toEqual([
      'hashing model: 1.0 GiB / 2.0 GiB (50%), 215 MB/s, ETA 5s',
      'hashing datasets: 1.0 GiB / 1.0 GiB (100%), 215 MB/s',
    ]);
  });
});

describe('ProgressBar', () => {
  const tty = (columns = 80) => {
    const out: string[] = [];
    return { out, stream: { isTTY: true, columns, write: (s: string) => out.push(s) } };
  };

  test('redraws one line in place on a TTY, a new line per label, and ends the line', () => {
    let t = 0;
    const { out, stream } = tty();
    const bar = new ProgressBar(stream, { now: () => t });
    bar.update('model', p(0, 4 * GiB));
    t = 1000;
    bar.update('model', p(GiB, 4 * GiB));
    bar.update('datasets', p(0, 100));
    bar.done();
    expect(out).toEqual([
      '\rmodel [------------------------------] 0 B / 4.0 GiB (0%)\x1b[K',
      // The longer text leaves 80 - 6 - 43 - 3 = 28 columns for the bar; a quarter is 7.
      '\rmodel [#######---------------------] 1.0 GiB / 4.0 GiB (25%), 1.07 GB/s, ETA 3s\x1b[K',
      '\n',
      '\rdatasets [------------------------------] 0 B / 100 B (0%)\x1b[K',
      '\n',
    ]);
  });

  test('hands the engine a listener, and fits a narrow terminal', () => {
    const { out, stream } = tty(25);
    const bar = new ProgressBar(stream, { now: () => 0 });
    bar.onProgress(p(50, 100));
    // 25 columns leave no room for a bar of at least 5 next to the 19 characters of text.
    expect(out[0]).toBe('\r50 B / 100 B (50%)\x1b[K');
  });

  test('a terminal that reports 0 columns gets the 80-column bar, not a blank line', () => {
    const { out, stream } = tty(0);
    new ProgressBar(stream, { now: () => 0 }).update('model', p(50, 100));
    expect(out[0]).toBe('\rmodel [###############---------------] 50 B / 100 B (50%)\x1b[K');
  });

  test('a run with nothing to hash (no datasets) draws no 0 B / 0 B line', () => {
    const { out, stream } = tty();
    const bar = new ProgressBar(stream, { now: () => 0 });
    bar.update('datasets', p(0, 0, 0, 0));
    bar.update('datasets', p(0, 0, 0, 0));
    bar.done();
    expect(out).toEqual([]);
  });

  test('draws nothing when the stream is not a terminal', () => {
    const out: string[] = [];
    const bar = new ProgressBar({ isTTY: false, write: (s: string) => out.push(s) });
    bar.update('model', p(1, 2));
    bar.onProgress(p(2, 2));
    bar.done();
    expect(out).toEqual([]);
  });
});

describe('warmHashPool', () => {
  afterAll(closeHashPool);
  test('boots concurrency - 1 workers and resolves when they are up', async () => {
    await warmHashPool(3);
    expect(getHashPool(2).onlineCount).toBe(2);
    await warmHashPool(1); // the calling thread alone: nothing to boot
  });
});
