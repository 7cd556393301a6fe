/**
 * Renders of new views are CPU work on the one event loop that also serves cached pages. This
 * queue runs at most `concurrency` of them at once, so cached pages are served between them,
 * and holds at most `maxQueue` more; beyond that a new view is refused (the proxy answers 503
 * with Retry-After) instead of making every reader wait.
 *
 * `share` bounds the part of the time that renders take: after a render of d ms, its place is
 * handed on only after d × (1 − share) / share ms more, in which the event loop serves cached
 * pages. With the default of one half, a flood of new views leaves cached pages at least about
 * half of the loop (under `npm start`, where Node serves both); a lone new view is not delayed.
 */
export class RenderQueue {
  running = 0;
  refused = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueue: number,
    readonly share = 1,
  ) {
    if (!(concurrency >= 1) || !(maxQueue >= 0)) throw new Error(`Bad render queue: ${concurrency} at once, ${maxQueue} waiting`);
    if (!(share > 0 && share <= 1))
      throw new Error(`Bad render queue: renders may take a share of the time above 0 and up to 1, not ${share}`);
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Whether a new job would run or wait, rather than be refused; counts a refusal. */
  hasRoom(): boolean {
    if (this.running < this.concurrency || this.waiting.length < this.maxQueue) return true;
    this.refused++;
    return false;
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    // a job that waits is handed the place of the one that finishes, so no newcomer can slip in between
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    const started = performance.now();
    try {
      return await job();
    } finally {
      const rest = this.share < 1 ? ((performance.now() - started) * (1 - this.share)) / this.share : 0;
      if (rest > 0) setTimeout(() => this.handOn(), rest);
      else this.handOn();
    }
  }

  private handOn(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
