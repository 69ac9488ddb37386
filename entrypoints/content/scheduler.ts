// Runs long jobs (scanning a page) in slices of idle time, so the page never sees a long task. A job
// is a generator: each `yield` is a point where it may be paused.

export interface SliceStats {
  /** Main-thread time spent in slices, in ms. */
  busy: number;
  /** The longest single slice, in ms: our contribution to the page's longest task. */
  longest: number;
  slices: number;
}

type Idle = (cb: (deadline: { timeRemaining(): number }) => void) => void;

// 8 ms a slice leaves a 60 Hz frame half its time even when idle periods are long; pages that are
// never idle (a busy news site's ad scripts) still get scanned, through the idle callback's timeout.
const SLICE_MS = 8;

export class IdleRunner {
  readonly stats: SliceStats = { busy: 0, longest: 0, slices: 0 };
  private readonly jobs: Iterator<unknown>[] = [];
  private scheduled = false;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly idle: Idle,
    private readonly signal: AbortSignal,
  ) {}

  /** Queues a job; it runs after the jobs queued before it. */
  add(job: Iterator<unknown>): void {
    if (this.signal.aborted) return;
    this.jobs.push(job);
    this.schedule();
  }

  /** Drops every queued job (a full rescan or a switch-off makes them moot). */
  clear(): void {
    this.jobs.length = 0;
  }

  get busy(): boolean {
    return this.jobs.length > 0;
  }

  /** Resolves when the queue is empty. */
  drained(): Promise<void> {
    return this.jobs.length ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }

  private schedule() {
    if (this.scheduled || !this.jobs.length) return;
    this.scheduled = true;
    this.idle((deadline) => {
      this.scheduled = false;
      this.run(Math.max(1, Math.min(SLICE_MS, deadline.timeRemaining())));
    });
  }

  private run(budget: number) {
    if (this.signal.aborted) return;
    const t0 = performance.now();
    const stop = t0 + budget;
    while (this.jobs.length && performance.now() < stop) {
      if (this.jobs[0]!.next().done) this.jobs.shift();
    }
    const spent = performance.now() - t0;
    this.stats.busy += spent;
    this.stats.longest = Math.max(this.stats.longest, spent);
    this.stats.slices++;
    if (this.jobs.length) this.schedule();
    else this.waiters.splice(0).forEach((resolve) => resolve());
  }
}

/** requestIdleCallback where the browser has it, with a timeout so a never-idle page still gets scanned. */
export function idleCallback(signal: AbortSignal): Idle {
  // No cancelling on abort: the callback checks the signal, and one listener per slice would pile up.
  return (cb) => {
    const run = (deadline: { timeRemaining(): number }) => {
      if (!signal.aborted) cb(deadline);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
    else setTimeout(() => run({ timeRemaining: () => SLICE_MS }), 1);
  };
}
