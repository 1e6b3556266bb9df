/**
 * Applies one program's events to a store exactly once each, in chain order, from history:
 * every transaction since the cursor, each committed with its events' effects, their processed
 * marks, the entities' sequence numbers and the cursor in one store transaction. A live
 * notification only says that something landed; it is applied from history too, so a missed
 * notification or a restart never skips a transaction. The store is bound to its chain.
 */
import type { Connection, PublicKey } from "@solana/web3.js";

import { ChainEvent, eventKey } from "../events/chain_event.js";
import { CatchUps } from "../events/catch_ups.js";
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
  private readonly catchUps: CatchUps;
  private chainBound = false;

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
    this.catchUps = new CatchUps(() => this.applyHistory(), this.retryDelaysMs);
  }

  /** Errors met by the live path, each followed by a retry. */
  get liveErrors(): unknown[] {
    return this.catchUps.liveErrors;
  }

  /** Applies every transaction since the cursor. Returns how many events it applied. */
  catchUp(): Promise<number> {
    return this.catchUps.exclusive(() => this.applyHistory());
  }

  /**
   * Follows new transactions: catches up fully first, then again on each notification (those
   * arriving meanwhile wait for the catch-up in progress). A failed live catch-up is retried
   * after a bounded backoff until one succeeds.
   */
  follow(): void {
    this.catchUps.follow((wake) => [subscribeLive(this.connection, this.address, wake)]);
  }

  /** Resolves once everything notified so far is applied (waiting through retries). */
  drain(): Promise<void> {
    return this.catchUps.drain();
  }

  stop(): Promise<void> {
    return this.catchUps.stop();
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
