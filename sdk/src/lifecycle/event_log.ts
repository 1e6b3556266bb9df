/**
 * Applies one program's events to a store exactly once each, in chain order, from history:
 * every transaction since the cursor, each committed with its events' effects, their processed
 * marks, the entities' sequence numbers and the cursor in one store transaction. A live
 * notification only says that something landed; it is applied from history too, so a missed
 * notification or a restart never skips a transaction. The store is bound to its chain.
 */
import type { Connection, PublicKey } from "@solana/web3.js";

import { ChainEvent, eventKey } from "../events/chain_event.js";
import { ChainTransaction, DEFAULT_RETRY_DELAYS_MS, subscribeLive, transactionsSince } from "../events/sources.js";
import { ProgramName, programNameOf } from "../programs.js";
import { bindToChain, LifecycleStore } from "./store.js";

export interface EventLogOptions {
  /** Called after an event is applied, before its transaction commits (crash tests throw here). */
  beforeCommit?(event: ChainEvent): void;
  /**
   * Waits (ms) before asking again for a transaction the node does not return yet, and before
   * each retry of a failed live catch-up (the last wait repeats).
   */
  retryDelaysMs?: readonly number[];
}

/** History skipped one of an entity's events: the node's history is incomplete. */
export class SequenceGap extends Error {
  override readonly name = "SequenceGap";

  constructor(readonly entity: string, readonly expected: bigint, readonly got: bigint) {
    super(`entity ${entity}: expected seq ${expected}, got ${got}`);
  }
}

export class EventLog {
  /** Only this program's events are applied (not those of programs it calls). */
  private readonly program?: ProgramName;
  private readonly retryDelaysMs: readonly number[];
  private unsubscribe?: () => Promise<void>;
  /** The end of the catch-ups, run one at a time; never rejected. */
  private tail: Promise<unknown> = Promise.resolve();
  /** A live catch-up is queued and not started yet: new notifications are covered by it. */
  private liveQueued = false;
  private retry?: { timer: NodeJS.Timeout; fired: Promise<void>; fire: () => void };
  private liveFailures = 0;
  private chainBound = false;
  /** Errors met by the live path, each followed by a retry. */
  readonly liveErrors: unknown[] = [];

  constructor(
    readonly connection: Connection,
    readonly address: PublicKey,
    readonly store: LifecycleStore,
    readonly name: string,
    readonly apply: (event: ChainEvent) => void,
    readonly options: EventLogOptions = {},
  ) {
    this.program = programNameOf(address);
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  /** Applies every transaction since the cursor. Returns how many events it applied. */
  catchUp(): Promise<number> {
    return this.exclusive(() => this.applyHistory());
  }

  /**
   * Follows new transactions: catches up fully first, then again on each notification (those
   * arriving meanwhile wait for the catch-up in progress). A failed live catch-up is retried
   * after a bounded backoff until one succeeds.
   */
  follow(): void {
    this.unsubscribe = subscribeLive(this.connection, this.address, () => this.wake());
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
    await this.unsubscribe?.();
    this.unsubscribe = undefined;
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
      return this.applyHistory();
    }).then(
      () => (this.liveFailures = 0),
      (error: unknown) => {
        this.liveErrors.push(error);
        this.retryLater();
      },
    );
  }

  private retryLater(): void {
    if (!this.unsubscribe || this.retry) return;
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

  /** Runs `work` after every catch-up before it; its failure reaches only its caller. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async applyHistory(): Promise<number> {
    if (!this.chainBound) {
      bindToChain(this.store, await this.connection.getGenesisHash());
      this.chainBound = true;
    }
    let applied = 0;
    const since = this.store.cursor(this.name);
    for await (const tx of transactionsSince(this.connection, this.address, since, this.retryDelaysMs)) {
      applied += this.applyTransaction(tx);
    }
    return applied;
  }

  /** One transaction's events, their marks, the sequence numbers and the cursor, atomically. */
  private applyTransaction(tx: ChainTransaction): number {
    return this.store.transaction(() => {
      let applied = 0;
      for (const event of tx.events) {
        if ((this.program && event.program !== this.program) || this.store.isProcessed(eventKey(event))) continue;
        this.checkSequence(event);
        this.apply(event);
        this.store.setSeq(event.entity, event.seq);
        this.store.markProcessed(eventKey(event));
        this.options.beforeCommit?.(event);
        applied++;
      }
      this.store.setCursor(this.name, tx.signature);
      return applied;
    });
  }

  /**
   * Exact history numbers an entity's events 1, 2, 3...; sequence 1 again is a new incarnation
   * (an account closed and created again at its address). An entity first seen past 1 is
   * accepted (history pruned before it).
   */
  private checkSequence(event: ChainEvent): void {
    const last = this.store.lastSeq(event.entity);
    if (last > 0n && event.seq !== 1n && event.seq !== last + 1n) throw new SequenceGap(event.entity, last + 1n, event.seq);
  }
}
