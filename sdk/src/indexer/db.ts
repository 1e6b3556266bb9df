/**
 * The indexer's database, one interface over embedded SQLite (better-sqlite3, the default) and
 * PostgreSQL (node-postgres, the server store). SQL is written once with `?` placeholders and
 * the portable subset both speak (`INSERT ... ON CONFLICT`, `BIGINT`, `TEXT`); each driver turns
 * it into its dialect. Amounts are 64-bit integers: they arrive and leave as `bigint`; bytes
 * (`BLOB` / `BYTEA`) as `Uint8Array` (Buffer when read).
 */
export type SqlValue = string | number | bigint | boolean | Uint8Array | null;
export type Row = Record<string, SqlValue>;

export type Dialect = "sqlite" | "postgres";

export interface IndexDb {
  readonly dialect: Dialect;
  /** Runs statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Rows of a query; BIGINT columns come back as `bigint`. */
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Runs one statement once per row of parameters (SQLite's fastest way to write many rows). */
  runEach(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void>;
  /** Runs `work` in one database transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (db: IndexDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `db` with its `transaction` replaced: benchmarks time commits, tests make them fail. */
export function withTransaction(db: IndexDb, transaction: IndexDb["transaction"]): IndexDb {
  return {
    dialect: db.dialect,
    exec: (sql) => db.exec(sql),
    all: (sql, params) => db.all(sql, params),
    get: (sql, params) => db.get(sql, params),
    run: (sql, params) => db.run(sql, params),
    runEach: (sql, rows) => db.runEach(sql, rows),
    close: () => db.close(),
    transaction,
  };
}

/** The store's tables, by name. */
export async function tableNames(db: IndexDb): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    db.dialect === "sqlite"
      ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name",
  );
  return rows.map((row) => row.name);
}

/**
 * Integers read back: SQLite (safe integers) gives `bigint` for every integer column,
 * PostgreSQL `bigint` for BIGINT and `number` for INTEGER. Read them through these.
 */
export const toNum = (value: SqlValue | undefined): number => (value === null || value === undefined ? 0 : Number(value));
export function toBig(value: SqlValue | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === "bigint") return value;
  if (value instanceof Uint8Array) throw new TypeError("a byte column read as an integer");
  return BigInt(typeof value === "boolean" ? Number(value) : value);
}
/** Flags are stored as INTEGER 0/1 in both dialects (drivers bind booleans as 0/1). */
export const toBool = (value: SqlValue | undefined): boolean => value !== null && value !== undefined && Number(value) !== 0;
