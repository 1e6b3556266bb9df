/**
 * Catch-ups from history, run one at a time, and the live side of following a chain: each
 * notification wakes one catch-up (those arriving meanwhile are covered by the one queued), and
 * a failed live catch-up is retried after a bounded backoff until one succeeds. The event log
 * and the indexer both follow their programs this way.
 */
export class CatchUps {
  /** The end of the catch-ups, run one at a time; never rejected. */
  private tail: Promise<unknown> = Promise.resolve();
  /** A live catch-up is queued and not started yet: new notifications are covered by it. */
  private liveQueued = false;
  private retry?: { timer: NodeJS.Timeout; fired: Promise<void>; fire: () => void };
  private liveFailures = 0;
  private unsubscribes: (() => Promise<void>)[] = [];
  /** Errors met by the live path, each followed by a retry. */
  readonly liveErrors: unknown[] = [];

  /**
   * `catchUp` applies everything since the cursor; `retryDelaysMs` are the waits before each
   * retry of a failed live catch-up (the last repeats).
   */
  constructor(
    private readonly catchUp: () => Promise<unknown>,
    private readonly retryDelaysMs: readonly number[],
  ) {}

  /** Runs `work` after every catch-up before it; its failure reaches only its caller. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Subscribes (each subscription calls `wake` on a notification), then catches up. */
  follow(subscribe: (wake: () => void) => (() => Promise<void>)[]): void {
    this.unsubscribes = subscribe(() => this.wake());
    this.wake();
  }

  /** Resolves once everything notified so far is applied (waiting through retries). */
  async drain(): Promise<void> {
    for (;;) {
      const tail = this.tail;
      await tail;
      if (this.retry) await this.retry.fired;
      else if (tail === this.tail) return;
    }
  }

  async stop(): Promise<void> {
    const unsubscribes = this.unsubscribes;
    this.unsubscribes = [];
    await Promise.all(unsubscribes.map((unsubscribe) => unsubscribe()));
    if (this.retry) {
      clearTimeout(this.retry.timer);
      this.retry.fire();
      this.retry = undefined;
    }
    await this.tail;
  }

  private wake(): void {
    if (this.liveQueued) return;
    this.liveQueued = true;
    this.exclusive(() => {
      this.liveQueued = false;
      return this.catchUp();
    }).then(
      () => (this.liveFailures = 0),
      (error: unknown) => {
        this.liveErrors.push(error);
        this.retryLater();
      },
    );
  }

  private retryLater(): void {
    if (this.unsubscribes.length === 0 || this.retry) return;
    const delay = this.retryDelaysMs[Math.min(this.liveFailures++, this.retryDelaysMs.length - 1)] ?? 0;
    let fire!: () => void;
    const fired = new Promise<void>((resolve) => (fire = resolve));
    const timer = setTimeout(() => {
      this.retry = undefined;
      this.wake();
      fire();
    }, delay);
    timer.unref?.();
    this.retry = { timer, fired, fire };
  }
}
