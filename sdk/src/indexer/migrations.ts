/**
 * Schema migrations of an indexer store, numbered and applied in order, each in its own
 * transaction with its row in `schema_migrations`. Migration 1 holds the indexer's own
 * bookkeeping (cursors, sequence numbers, the chain it is bound to) and the raw `events`; the
 * projection's tables follow from 100 on (`PROJECTION_MIGRATIONS` in schema.ts).
 */
import { Dialect, IndexDb, toNum } from "./db.js";

export interface Migration {
  id: number;
  name: string;
  /** The DDL to run, possibly several statements separated by `;`. */
  sql: (dialect: Dialect) => string;
}

/** The migrations given are not numbered strictly increasing. */
export class MigrationOrderError extends Error {
  override readonly name = "MigrationOrderError";

  constructor(readonly previous: number, readonly id: number) {
    super(`migration ${id} follows ${previous}: migrations must be numbered strictly increasing`);
  }
}

/** The store was migrated by other code: a migration applied under another name, or unknown here. */
export class MigrationMismatch extends Error {
  override readonly name = "MigrationMismatch";

  constructor(readonly id: number, readonly applied: string, readonly expected: string | undefined) {
    super(
      expected === undefined
        ? `the store has migration ${id} (${applied}), which this version does not know: it was written by a newer version`
        : `the store's migration ${id} is "${applied}", this version's is "${expected}": it was written by other code`,
    );
  }
}

export const INDEXER_MIGRATIONS: Migration[] = [
  {
    id: 1,
    name: "indexer bookkeeping and events",
    // The log's key is its position, so a batch appends at its end (SQLite: the rowid itself).
    // `payload` is the event as its program logged it (the base64 of `Program data:`), decoded
    // when read; text rather than bytes, since the log line already is base64 and better-sqlite3
    // binds a string faster than a Buffer.
    sql: (dialect) => `
      CREATE TABLE indexer_cursors (program TEXT PRIMARY KEY, signature TEXT NOT NULL);
      CREATE TABLE indexer_seqs (entity TEXT PRIMARY KEY, seq BIGINT NOT NULL);
      CREATE TABLE indexer_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE events (
        position ${dialect === "sqlite" ? "INTEGER" : "BIGINT"} PRIMARY KEY,
        signature TEXT NOT NULL,
        idx INTEGER NOT NULL,
        slot BIGINT NOT NULL,
        block_time BIGINT NOT NULL,
        program TEXT NOT NULL,
        name TEXT NOT NULL,
        entity TEXT NOT NULL,
        seq BIGINT NOT NULL,
        payload TEXT NOT NULL
      );
      CREATE UNIQUE INDEX events_signature ON events (signature, idx);
      CREATE INDEX events_entity ON events (entity, position);
      CREATE INDEX events_time ON events (block_time, slot);
    `,
  },
];

const CREATE_MIGRATIONS_TABLE = "CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";

/** Applies each of `migrations` the store does not have yet, in order. Returns the ids applied. */
export async function migrate(db: IndexDb, migrations: readonly Migration[]): Promise<number[]> {
  migrations.reduce((previous, migration) => {
    if (migration.id <= previous) throw new MigrationOrderError(previous, migration.id);
    return migration.id;
  }, 0);
  await db.exec(CREATE_MIGRATIONS_TABLE);
  const rows = await db.all<{ id: bigint | number; name: string }>("SELECT id, name FROM schema_migrations ORDER BY id");
  const applied = new Map(rows.map((row) => [toNum(row.id), row.name]));
  const known = new Map(migrations.map((migration) => [migration.id, migration.name]));
  for (const [id, name] of applied) {
    if (known.get(id) !== name) throw new MigrationMismatch(id, name, known.get(id));
  }
  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(migration.sql(db.dialect));
      await tx.run("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)", [migration.id, migration.name, BigInt(Date.now())]);
    });
    done.push(migration.id);
  }
  return done;
}
