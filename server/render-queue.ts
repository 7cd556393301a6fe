/**
 * Renders of new views are CPU work: on the event loop that also serves cached pages, or (under
 * `npm start`) in the render server beside it. This queue runs at most `concurrency` of them at
 * once, so cached pages are served between them, and holds at most `maxQueue` more; beyond that a
 * new view is refused (the proxy answers 503 with Retry-After) instead of making every reader wait.
 */
export class RenderQueue {
  running = 0;
  refused = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueue: number,
  ) {
    if (!(concurrency >= 1) || !(maxQueue >= 0)) throw new Error(`Bad render queue: ${concurrency} at once, ${maxQueue} waiting`);
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
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/**
 * `promise`'s value if it settles within `ms`, else 'late' (the promise runs on: a render that
 * outlasts its reader's patience is still kept for the next one). A rejection passes through.
 */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
