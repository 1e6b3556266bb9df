/**
 * The indexer: every event of the five programs into an `IndexDb`, by the event log's rules.
 * Each program's history since its cursor is read (only that program's own events: a transaction
 * touching several programs gives each its events once) and applied in batches of transactions:
 * the events' rows, what the projection makes of them, the entities' sequence numbers and the
 * cursor are written in one database transaction. A sequence gap (history skipped an event)
 * discards the batch: nothing past the last good batch is written, and the next catch-up reads
 * the history again. Live notifications are only signals to catch up. The store is bound to the
 * chain's genesis hash.
 */
import type { Connection, PublicKey } from "@solana/web3.js";

import type { ChainEvent } from "../events/chain_event.js";
import { CatchUps } from "../events/catch_ups.js";
import { ChainTransaction, DEFAULT_RETRY_DELAYS_MS, subscribeLive, transactionsSince } from "../events/sources.js";
import { SequenceGap } from "../lifecycle/event_log.js";
import { StoreChainMismatch } from "../lifecycle/store.js";
import { PROGRAM_IDS, PROGRAM_NAMES, ProgramName, programNameOf } from "../programs.js";
import type { EventRow } from "./api_types.js";
import { Batch, ColumnTypes, readColumnTypes, readTableKeys, TableKeys } from "./batch.js";
import { IndexDb, toNum } from "./db.js";
import { EVENT_COLUMNS, eventValues, toEventRow } from "./event_row.js";
import { deferIndexes, restoreIndexes } from "./deferred_indexes.js";
import type { RowWriter } from "./rows.js";

export interface IndexerOptions {
  /** What an event changes in the projection's tables (it only writes rows, never reads). */
  project: (event: ChainEvent, rows: RowWriter) => void;
  /** Transactions per database transaction (default 500). */
  batchTransactions?: number;
  /**
   * Events per database transaction (whole transactions) once a catch-up is a backlog (default
   * 20,000): larger batches collapse more writes to the same rows and commit less often.
   */
  bulkBatchEvents?: number;
  /**
   * Waits (ms) before asking again for a transaction the node does not return yet, and before
   * each retry of a failed live catch-up (the last wait repeats).
   */
  retryDelaysMs?: readonly number[];
  /** The programs indexed (default the five). */
  programs?: PublicKey[];
}

export interface IndexerStats {
  /** Events applied by this indexer since it was created. */
  events: number;
  /** Batches committed. */
  batches: number;
  /** Slot of the last event applied (0 before any). */
  lastSlot: number;
}

/** A program to index that is not one of the five (its events could not be decoded). */
export class UnknownProgram extends Error {
  override readonly name = "UnknownProgram";

  constructor(readonly programId: string) {
    super(`program ${programId} is not one of ${PROGRAM_NAMES.join(", ")}: its events cannot be decoded`);
  }
}

const DEFAULT_BATCH_TRANSACTIONS = 500;
const DEFAULT_BULK_BATCH_EVENTS = 20_000;
/**
 * Full batches in a row after which a catch-up counts as a backlog: the store's secondary
 * indexes are dropped until it ends (bulk load), then built again at once, and batches grow to
 * `bulkBatchEvents`.
 */
const BULK_AFTER_FULL_BATCHES = 2;
const GENESIS_KEY = "genesis";

/** What is committed: per-entity sequence numbers and per-program cursors, as in the store. */
interface Committed {
  keys: TableKeys;
  /** PostgreSQL's column types, for the batch's `unnest` writes. */
  types?: ColumnTypes;
  seqs: Map<string, bigint>;
  cursors: Map<ProgramName, string>;
  /** Position of the last event in the log (0 when empty). */
  lastPosition: number;
}

/** A batch being assembled: its row operations, the sequence numbers it moves, its events. */
interface Pending {
  batch: Batch;
  seqs: Map<string, bigint>;
  events: ChainEvent[];
  transactions: number;
  lastSignature?: string;
  lastSlot: number;
}

export class Indexer {
  private readonly programs: { name: ProgramName; address: PublicKey }[];
  private readonly batchTransactions: number;
  private readonly bulkBatchEvents: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly listeners = new Set<(rows: EventRow[]) => void>();
  private committed?: Committed;
  private readonly counters: IndexerStats = { events: 0, batches: 0, lastSlot: 0 };
  private readonly catchUps: CatchUps;
  /** The store's secondary indexes are dropped for a backlog being caught up. */
  private bulk = false;
  /** Errors thrown by `onApplied` listeners (they never stop the indexer). */
  readonly listenerErrors: unknown[] = [];

  constructor(readonly connection: Connection, readonly db: IndexDb, private readonly options: IndexerOptions) {
    this.programs = (options.programs ?? PROGRAM_NAMES.map((name) => PROGRAM_IDS[name])).map((address) => {
      const name = programNameOf(address);
      if (!name) throw new UnknownProgram(address.toBase58());
      return { name, address };
    });
    this.batchTransactions = Math.max(1, options.batchTransactions ?? DEFAULT_BATCH_TRANSACTIONS);
    this.bulkBatchEvents = Math.max(1, options.bulkBatchEvents ?? DEFAULT_BULK_BATCH_EVENTS);
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.catchUps = new CatchUps(() => this.bulkAware(() => this.applyHistory()), this.retryDelaysMs);
  }

  /** Errors met by the live path, each followed by a retry. */
  get liveErrors(): unknown[] {
    return this.catchUps.liveErrors;
  }

  /** Applies every program's history since its cursor. Returns how many events it applied. */
  catchUp(): Promise<number> {
    return this.catchUps.exclusive(() => this.bulkAware(() => this.applyHistory()));
  }

  /**
   * Applies each program's `transactions` as its history after its cursor, in one catch-up and
   * by the same rules (replays, the benchmark). Returns how many events it applied.
   */
  applyTransactions(histories: readonly (readonly [ProgramName, AsyncIterable<ChainTransaction> | Iterable<ChainTransaction>])[]): Promise<number> {
    return this.catchUps.exclusive(() =>
      this.bulkAware(async () => {
        const committed = await this.loaded();
        let applied = 0;
        for (const [program, transactions] of histories) applied += await this.applyStream(committed, program, transactions);
        return applied;
      }),
    );
  }

  /**
   * Follows new transactions: catches up fully first, then again on each notification of any
   * program (those arriving meanwhile wait for the catch-up in progress). A failed live catch-up
   * (a gap, an RPC error) is retried after a bounded backoff until one succeeds.
   */
  follow(): void {
    this.catchUps.follow((wake) => this.programs.map(({ address }) => subscribeLive(this.connection, address, wake)));
  }

  /** Resolves once everything notified so far is applied (waiting through retries). */
  drain(): Promise<void> {
    return this.catchUps.drain();
  }

  stop(): Promise<void> {
    return this.catchUps.stop();
  }

  /** Calls `listener` with each committed batch's events, right after its commit. Returns an unsubscribe. */
  onApplied(listener: (rows: EventRow[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stats(): IndexerStats {
    return { ...this.counters };
  }

  /** Runs a catch-up; if it turned into a bulk load, builds the secondary indexes again after it. */
  private async bulkAware<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      if (this.bulk) {
        await restoreIndexes(this.db);
        this.bulk = false;
      }
    }
  }

  private async applyHistory(): Promise<number> {
    const committed = await this.loaded();
    let applied = 0;
    for (const { name, address } of this.programs) {
      const history = transactionsSince(this.connection, address, committed.cursors.get(name), this.retryDelaysMs);
      applied += await this.applyStream(committed, name, history);
    }
    return applied;
  }

  private async loaded(): Promise<Committed> {
    return this.committed ?? (this.committed = await this.load());
  }

  /** Binds the store to this chain (refusing another's), then reads its keys, seqs and cursors. */
  private async load(): Promise<Committed> {
    const genesis = await this.connection.getGenesisHash();
    await this.db.transaction(async (tx) => {
      const bound = await tx.get<{ value: string }>("SELECT value FROM indexer_meta WHERE key = ?", [GENESIS_KEY]);
      if (!bound) await tx.run("INSERT INTO indexer_meta (key, value) VALUES (?, ?)", [GENESIS_KEY, genesis]);
      else if (bound.value !== genesis) throw new StoreChainMismatch(bound.value, genesis);
    });
    // A bulk load interrupted by a crash left the secondary indexes dropped.
    await restoreIndexes(this.db);
    const last = await this.db.get("SELECT MAX(position) AS last FROM events");
    const seqs = await this.db.all<{ entity: string; seq: bigint }>("SELECT entity, seq FROM indexer_seqs");
    const cursors = await this.db.all<{ program: ProgramName; signature: string }>("SELECT program, signature FROM indexer_cursors");
    return {
      keys: await readTableKeys(this.db),
      types: this.db.dialect === "postgres" ? await readColumnTypes(this.db) : undefined,
      seqs: new Map(seqs.map((row) => [row.entity, BigInt(row.seq)])),
      cursors: new Map(cursors.map((row) => [row.program, row.signature])),
      lastPosition: toNum(last?.last),
    };
  }

  /** `name`'s transactions in batches, each committed with its seqs and the cursor. */
  private async applyStream(
    committed: Committed,
    name: ProgramName,
    transactions: AsyncIterable<ChainTransaction> | Iterable<ChainTransaction>,
  ): Promise<number> {
    const fresh = (): Pending => ({ batch: new Batch(committed.keys, committed.types), seqs: new Map(), events: [], transactions: 0, lastSlot: 0 });
    let pending = fresh();
    let applied = 0;
    let fullBatches = 0;
    for await (const tx of transactions) {
      for (const event of tx.events) {
        if (event.program !== name) continue;
        this.checkSequence(committed, pending, event);
        this.options.project(event, pending.batch);
        pending.batch.append("events", EVENT_COLUMNS, eventValues(event, committed.lastPosition + pending.events.length + 1));
        if (event.entity) pending.seqs.set(event.entity, event.seq);
        pending.events.push(event);
        pending.lastSlot = Math.max(pending.lastSlot, event.slot);
      }
      pending.transactions++;
      pending.lastSignature = tx.signature;
      if (this.bulk ? pending.events.length >= this.bulkBatchEvents : pending.transactions >= this.batchTransactions) {
        if (++fullBatches >= BULK_AFTER_FULL_BATCHES && !this.bulk) {
          await deferIndexes(this.db);
          this.bulk = true;
        }
        applied += await this.commit(committed, name, pending);
        pending = fresh();
      }
    }
    if (pending.transactions > 0) applied += await this.commit(committed, name, pending);
    return applied;
  }

  /**
   * Exact history numbers an entity's events 1, 2, 3...; sequence 1 again is a new incarnation
   * (an account closed and created again at its address). An entity first seen past 1 is
   * accepted (history pruned before it).
   */
  private checkSequence(committed: Committed, pending: Pending, event: ChainEvent): void {
    if (!event.entity) return;
    const last = pending.seqs.get(event.entity) ?? committed.seqs.get(event.entity) ?? 0n;
    if (last > 0n && event.seq !== 1n && event.seq !== last + 1n) throw new SequenceGap(event.entity, last + 1n, event.seq);
  }

  /** Writes a batch with its seqs and the cursor atomically, then tells the listeners. */
  private async commit(committed: Committed, name: ProgramName, pending: Pending): Promise<number> {
    for (const [entity, seq] of pending.seqs) pending.batch.upsert("indexer_seqs", { entity }, { seq });
    pending.batch.upsert("indexer_cursors", { program: name }, { signature: pending.lastSignature! });
    await this.db.transaction((tx) => pending.batch.flush(tx));
    for (const [entity, seq] of pending.seqs) committed.seqs.set(entity, seq);
    committed.cursors.set(name, pending.lastSignature!);
    const first = committed.lastPosition + 1;
    committed.lastPosition += pending.events.length;
    this.counters.events += pending.events.length;
    this.counters.batches++;
    this.counters.lastSlot = Math.max(this.counters.lastSlot, pending.lastSlot);
    if (pending.events.length > 0 && this.listeners.size > 0) {
      // As JSON only for listeners: the log itself keeps the payloads.
      const rows = pending.events.map((event, i) => toEventRow(event, first + i));
      for (const listener of this.listeners) {
        try {
          listener(rows);
        } catch (error) {
          this.listenerErrors.push(error);
        }
      }
    }
    return pending.events.length;
  }
}
