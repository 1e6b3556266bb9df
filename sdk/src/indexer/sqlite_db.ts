/**
 * The embedded store: SQLite through better-sqlite3, a file or `:memory:`. Journal in WAL mode
 * with `synchronous = NORMAL`: a commit is atomic and survives a crash of the process; a power
 * loss can lose the last commits (never part of one), and since the cursors are committed with
 * the rows, the indexer then reads those transactions again (FULL would fsync each commit
 * against power loss too, which an index rebuilt from the chain does not need).
 * Integers come back as `bigint` (safe integers), booleans are bound as 0/1. The driver is
 * synchronous; calls are queued so that a transaction's statements never interleave with others.
 */
import Database from "better-sqlite3";

import type { IndexDb, Row, SqlValue } from "./db.js";

/** Page cache (KiB): a whole batch's pages and the hot parts of the indexes. */
const CACHE_KIB = 256 * 1024;
/**
 * Page size of a new store (SQLite's largest): a batch's commit writes a tenth of the pages
 * 4 KiB pages take, and the log's B-tree is shallower (the bulk catch-up's commits cost ~half).
 * A store keeps the page size it was created with.
 */
const PAGE_BYTES = 65_536;
/** WAL bytes between checkpoints. */
const CHECKPOINT_BYTES = 40 * 1024 * 1024;
/** Prepared statements kept per connection (the batch writer reuses a handful of shapes). */
const STATEMENT_CACHE_SIZE = 256;

const bindable = (params: readonly SqlValue[]) => params.map((value) => (typeof value === "boolean" ? (value ? 1 : 0) : value));

/** Statements of one connection, prepared once per SQL text. */
class SqliteStatements {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  prepare(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      if (this.cache.size >= STATEMENT_CACHE_SIZE) this.cache.clear();
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }

  all<T extends Row>(sql: string, params: readonly SqlValue[]): T[] {
    return this.prepare(sql).all(...bindable(params)) as T[];
  }

  get<T extends Row>(sql: string, params: readonly SqlValue[]): T | undefined {
    return this.prepare(sql).get(...bindable(params)) as T | undefined;
  }

  run(sql: string, params: readonly SqlValue[]): void {
    this.prepare(sql).run(...bindable(params));
  }

  runEach(sql: string, rows: readonly (readonly SqlValue[])[]): void {
    const statement = this.prepare(sql);
    for (const row of rows) statement.run(row.includes(true) || row.includes(false) ? bindable(row) : row);
  }
}

/** The connection as seen inside `transaction`: statements run directly, in the open transaction. */
class SqliteScope implements IndexDb {
  readonly dialect = "sqlite" as const;

  constructor(private readonly db: Database.Database, private readonly statements: SqliteStatements) {}

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.statements.all<T>(sql, params);
  }

  async get<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.statements.get<T>(sql, params);
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    this.statements.run(sql, params);
  }

  async runEach(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    this.statements.runEach(sql, rows);
  }

  /** Nested: part of the transaction already open. */
  transaction<T>(work: (db: IndexDb) => Promise<T>): Promise<T> {
    return work(this);
  }

  close(): Promise<void> {
    throw new Error("close the SqliteDb, not a transaction's scope");
  }
}

export class SqliteDb implements IndexDb {
  readonly dialect = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly scope: SqliteScope;
  /** The end of the queued calls; never rejected. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(path = ":memory:") {
    this.db = new Database(path);
    this.db.pragma(`page_size = ${PAGE_BYTES}`); // before WAL: only an empty store takes it
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    // A batch's pages stay in memory until its commit writes them to the WAL once, and the WAL
    // is copied back into the database (fsynced) every few batches rather than every batch.
    this.db.pragma(`cache_size = -${CACHE_KIB}`);
    const pageBytes = Number(this.db.pragma("page_size", { simple: true }));
    this.db.pragma(`wal_autocheckpoint = ${Math.max(1, Math.round(CHECKPOINT_BYTES / pageBytes))}`);
    this.db.defaultSafeIntegers(true);
    this.scope = new SqliteScope(this.db, new SqliteStatements(this.db));
  }

  exec(sql: string): Promise<void> {
    return this.serial(() => this.scope.exec(sql));
  }

  all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.serial(() => this.scope.all<T>(sql, params));
  }

  get<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.serial(() => this.scope.get<T>(sql, params));
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    return this.serial(() => this.scope.run(sql, params));
  }

  runEach(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    return this.serial(() => this.scope.runEach(sql, rows));
  }

  transaction<T>(work: (db: IndexDb) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const result = await work(this.scope);
        this.db.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.serial(async () => void this.db.close());
  }

  /** Runs `work` after every call before it. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
