/**
 * What applying an event writes, as row operations on the indexer's tables. A projection
 * (events → rows) only calls these; the batch that implements them collapses operations on the
 * same row and writes a whole batch of transactions at once, with the cursors, in one database
 * transaction. Nothing here reads the database: every table is a function of the events alone.
 */
import type { SqlValue } from "./db.js";

export interface RowWriter {
  /** Inserts a row; a row with the same primary key already there (or in the batch) is kept. */
  insert(table: string, row: Record<string, SqlValue>): void;
  /** Creates the row with `key` and `set`, or sets those columns of the existing row. */
  upsert(table: string, key: Record<string, SqlValue>, set: Record<string, SqlValue>): void;
  /** Adds to integer columns of the row with `key` (created at 0 first). */
  add(table: string, key: Record<string, SqlValue>, deltas: Record<string, bigint>): void;
}
