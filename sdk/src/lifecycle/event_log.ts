/**
 * Applies chain events to a store exactly once each (by signature and index), in order, with the
 * cursor committed in the same transaction, and repairs gaps in an entity's sequence numbers from
 * history.
 */
import type { Connection, PublicKey } from "@solana/web3.js";

import { ChainEvent, eventKey } from "../events/chain_event.js";
import { fetchHistory, subscribeLive } from "../events/sources.js";
import { LifecycleStore } from "./store.js";

export interface EventLogHooks {
  /** Called after an event is applied, before its transaction commits (crash tests throw here). */
  beforeCommit?(event: ChainEvent): void;
}

export class SequenceGap extends Error {
  constructor(readonly entity: string, readonly expected: bigint, readonly got: bigint) {
    super(`entity ${entity}: expected seq ${expected}, got ${got}`);
  }
}

export class EventLog {
  private unsubscribe?: () => Promise<void>;
  private queue: Promise<void> = Promise.resolve();
  /** Gaps found in live events and repaired from history. */
  repairs = 0;

  constructor(
    readonly connection: Connection,
    readonly address: PublicKey,
    readonly store: LifecycleStore,
    readonly name: string,
    readonly apply: (event: ChainEvent) => void,
    readonly hooks: EventLogHooks = {},
  ) {}

  /** Applies everything since the stored cursor from history. Returns how many events applied. */
  async catchUp(): Promise<number> {
    const { events } = await fetchHistory(this.connection, this.address, this.store.cursor(this.name));
    return this.applyInOrder(events, false);
  }

  /** Follows new transactions; a gap in any entity's sequence triggers a catch-up from history. */
  follow(): void {
    this.unsubscribe = subscribeLive(this.connection, this.address, (events) => {
      this.queue = this.queue.then(async () => {
        try {
          this.applyInOrder(events, true);
        } catch (err) {
          if (!(err instanceof SequenceGap)) throw err;
          this.repairs++;
          await this.catchUp();
        }
      });
    });
  }

  /** Resolves once every live event received so far has been handled. */
  async drain(): Promise<void> {
    await this.queue;
  }

  async stop(): Promise<void> {
    await this.unsubscribe?.();
    await this.drain();
  }

  /**
   * Applies events grouped by transaction: each transaction's events, their processed marks,
   * the entities' sequence numbers and the cursor commit atomically.
   */
  private applyInOrder(events: ChainEvent[], strict: boolean): number {
    let applied = 0;
    const bySignature = new Map<string, ChainEvent[]>();
    for (const event of events) bySignature.set(event.signature, [...(bySignature.get(event.signature) ?? []), event]);
    for (const [signature, group] of bySignature) {
      this.store.transaction(() => {
        for (const event of group) {
          if (this.store.isProcessed(eventKey(event))) continue;
          // Sequence 1 is an account's first event: a re-created account (a rental booked again
          // at a closed one's address) starts a new incarnation, applied like any other.
          const last = event.seq === 1n ? 0n : this.store.lastSeq(event.entity);
          if (strict && event.seq !== last + 1n) throw new SequenceGap(event.entity, last + 1n, event.seq);
          this.apply(event);
          this.store.setSeq(event.entity, event.seq);
          this.store.markProcessed(eventKey(event));
          this.hooks.beforeCommit?.(event);
          applied++;
        }
        this.store.setCursor(this.name, signature);
      });
    }
    return applied;
  }
}
