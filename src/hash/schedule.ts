// Puts batches on threads, for every hashing run in flight at once. attest hashes the model and
// the datasets in two concurrent runs, and each run used to count the calling thread as its own:
// both ran their largest file there, one after the other, while the worker idled. Here the
// calling thread is one resource for the whole process and the queue is shared, so two large
// files from two runs land on two threads.
import type { HashPool } from './pool.js';
import { digestFile, type DigestSettings, type FileStat } from './read.js';

/** Files hashed together on one thread, in the order given. */
export interface Batch {
  /** Positions in the run's input. */
  indexes: number[];
  files: FileStat[];
  bytes: number;
}

/** What the scheduler needs to know of a run. */
export interface HashRun {
  how: DigestSettings;
  /** May the calling thread hash this run's batches? (No when the caller asked for workers only.) */
  callerMay: boolean;
  /** Set once the run has failed: its batches not yet started are dropped. */
  failed: boolean;
}

interface Task {
  run: HashRun;
  batch: Batch;
  onBytes: (bytes: number) => void;
  resolve: (digests: string[][]) => void;
  reject: (e: unknown) => void;
}

// One calling thread, whatever the number of runs and pools.
let callerBusy = false;
const schedulers = new Map<HashPool, Scheduler>();

class Scheduler {
  // Largest batch first, across runs, so that no large file starts last and finishes alone.
  private queue: Task[] = [];

  constructor(private readonly pool: HashPool) {
    pool.onCapacity(() => this.pump());
  }

  add(tasks: readonly Task[]): void {
    // Stable: equal sizes keep the order they came in.
    this.queue = this.queue.concat(tasks).sort((a, b) => b.batch.bytes - a.batch.bytes);
  }

  /**
   * An idle worker first, then the calling thread, so that two large files never queue on one
   * worker while another thread waits; then a worker about to be free (its work in flight is
   * small). The calling thread is also the last resort when workers keep dying.
   */
  pump(): void {
    for (let i = 0; i < this.queue.length;) {
      const task = this.queue[i]!;
      if (task.run.failed) {
        this.queue.splice(i, 1);
        continue;
      }
      const callerFree = !callerBusy && (task.run.callerMay || this.pool.broken);
      const slot = this.pool.idleSlot() ?? (callerFree ? undefined : this.pool.queueSlot());
      if (slot) {
        this.queue.splice(i, 1);
        this.pool
          .send(slot, task.batch.files, task.run.how, task.onBytes)
          .then(task.resolve, task.reject);
      } else if (callerFree) {
        this.queue.splice(i, 1);
        callerBusy = true;
        digestBatchHere(task.batch, task.run.how, task.onBytes)
          .finally(() => {
            callerBusy = false;
            for (const s of schedulers.values()) s.pump();
          })
          .then(task.resolve, task.reject);
      } else if (callerBusy) {
        break; // no worker and not the calling thread: nothing can take any batch now
      } else {
        i++; // this run keeps off the calling thread; another run's batch may use it
      }
    }
    // Workers boot only for work the calling thread cannot take at once.
    if (this.queue.length > 0) this.pool.start();
  }
}

/**
 * Hash a run's batches, each on whichever thread frees first; one promise per batch, resolving
 * with one digest list per file.
 */
export function scheduleBatches(
  pool: HashPool,
  run: HashRun,
  batches: readonly { batch: Batch; onBytes: (bytes: number) => void }[],
): Promise<string[][]>[] {
  let scheduler = schedulers.get(pool);
  if (!scheduler) schedulers.set(pool, (scheduler = new Scheduler(pool)));
  const tasks: Task[] = [];
  const done = batches.map(
    ({ batch, onBytes }) =>
      new Promise<string[][]>((resolve, reject) =>
        tasks.push({ run, batch, onBytes, resolve, reject }),
      ),
  );
  scheduler.add(tasks);
  scheduler.pump();
  return done;
}

async function digestBatchHere(
  batch: Batch,
  how: DigestSettings,
  onBytes: (n: number) => void,
): Promise<string[][]> {
  // Let worker messages in between batches: this thread is also the dispatcher.
  await new Promise((r) => setImmediate(r));
  const out: string[][] = [];
  for (const f of batch.files) out.push(await digestFile(f, how, onBytes));
  return out;
}
