/**
 * Row operations of a batch of transactions, collapsed per row in memory and written with a few
 * multi-row statements. Each row (table and primary key) holds what the operations on it add up
 * to, applied as if run one by one:
 * - `insert` on a row the batch has not touched yet records it as created (kept if the table
 *   already has it); on a row already touched it changes nothing (the row exists by then);
 * - `upsert` sets columns: a later set wins, and a set replaces earlier adds to that column;
 * - `add` sums deltas; after a set of the column in the batch it adds to that value.
 * `append` adds a row to a log keyed by its position (never one the table or batch has), with no
 * collapsing at all.
 * `flush` first appends, then inserts the created rows (`ON CONFLICT DO NOTHING`), then upserts the others
 * (`DO UPDATE SET c = excluded.c` for sets, `c = coalesce(t.c, 0) + excluded.c` for adds), one
 * statement per table and column set: on SQLite one prepared single-row statement run per row
 * (better-sqlite3's fastest write); on PostgreSQL, given the column types,
 * `SELECT * FROM unnest($1::type[], ...)` with one array per column (one short statement,
 * prepared once, whatever the row count), else multi-row `VALUES` under the parameter limit.
 */
import type { IndexDb, SqlValue } from "./db.js";
import type { RowWriter } from "./rows.js";

/** Primary key columns of each table, in key order. */
export type TableKeys = ReadonlyMap<string, readonly string[]>;
/** PostgreSQL type of each column of each table (`bigint`, `text`...). */
export type ColumnTypes = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The projection wrote to a table the store does not have. */
export class UnknownTable extends Error {
  override readonly name = "UnknownTable";

  constructor(readonly table: string) {
    super(`no table ${table} in the store (is its migration missing?)`);
  }
}

/** A row operation did not name the table's primary key exactly. */
export class KeyMismatch extends Error {
  override readonly name = "KeyMismatch";

  constructor(readonly table: string, readonly expected: readonly string[], readonly got: readonly string[]) {
    super(`table ${table}: the key is (${expected.join(", ")}), the operation gave (${got.join(", ")})`);
  }
}

/** An `add` to a column the batch set to something that is not an integer. */
export class AddToNonInteger extends Error {
  override readonly name = "AddToNonInteger";

  constructor(readonly table: string, readonly column: string, readonly value: SqlValue) {
    super(`table ${table}: cannot add to column ${column}, set to ${String(value)} in the same batch`);
  }
}

/** A table or column name that is not a plain identifier (never quoted into SQL). */
export class InvalidIdentifier extends Error {
  override readonly name = "InvalidIdentifier";

  constructor(readonly identifier: string) {
    super(`"${identifier}" is not a valid table or column name (letters, digits, underscores)`);
  }
}

/** Bound parameters per statement: SQLite's limit (32,766), PostgreSQL's (65,535). */
const PARAMETER_LIMITS = { sqlite: 32_766, postgres: 65_535 } as const;
/** Rows per statement at most: larger statements stop paying off and cost memory. */
const MAX_ROWS_PER_STATEMENT = 1_000;
/** Rows per `unnest` statement (its parameters are arrays: no limit but memory). */
const MAX_ROWS_PER_UNNEST = 20_000;

/** PostgreSQL column types written through `unnest($n::type[])`; others through `VALUES`. */
const ARRAY_CASTABLE = new Set(["bigint", "integer", "smallint", "text", "bytea", "boolean", "numeric", "double precision", "real"]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const quoted = new Map<string, string>();
function quote(identifier: string): string {
  let q = quoted.get(identifier);
  if (q === undefined) {
    if (!IDENTIFIER.test(identifier)) throw new InvalidIdentifier(identifier);
    q = `"${identifier}"`;
    quoted.set(identifier, q);
  }
  return q;
}

interface PendingRow {
  table: string;
  key: SqlValue[];
  /** The whole row, if the batch's first operation on it was an insert. */
  created?: Record<string, SqlValue>;
  /** Set by the batch's upserts (and adds folded into them). */
  set: Map<string, SqlValue>;
  /** Summed by the batch's adds (made at the first). */
  add?: Map<string, bigint>;
  /** An upsert or add reached it: it is written by the upsert stage. */
  upserted: boolean;
}

/**
 * A key value as told apart in the batch's maps: strings as they are, integers (1 and 1n are the
 * same row) and null behind a control character no text key starts with.
 */
const keyPart = (value: SqlValue) =>
  typeof value === "string" ? value : value === null ? "\u0001z" : typeof value === "boolean" ? `\u0001${value ? 1 : 0}` : `\u0001${value}`;

export class Batch implements RowWriter {
  /** Pending rows by table, then by key. */
  private readonly tables = new Map<string, Map<string, PendingRow>>();
  /** Appended rows by table, as values in the order of the table's first appended row's columns. */
  private readonly appended = new Map<string, { columns: readonly string[]; rows: SqlValue[][] }>();
  private rowCount = 0;

  /** `types`: on PostgreSQL, the column types that let `flush` write with `unnest`. */
  constructor(private readonly keys: TableKeys, private readonly types?: ColumnTypes) {}

  /** Rows the batch will write. */
  get size(): number {
    return this.rowCount;
  }

  insert(table: string, row: Record<string, SqlValue>): void {
    const columns = this.keyColumns(table);
    const key = columns.map((column) => {
      if (!(column in row)) throw new KeyMismatch(table, columns, Object.keys(row));
      return row[column];
    });
    const rows = this.rowsOf(table);
    const id = rowId(key);
    if (!rows.has(id)) {
      rows.set(id, { table, key, created: row, set: new Map(), upserted: false });
      this.rowCount++;
    }
  }

  /**
   * Adds a new row to a log (its key is new by construction: a plain INSERT writes it), as its
   * values in `columns`' order (the same columns for every row of the table in a batch).
   */
  append(table: string, columns: readonly string[], values: SqlValue[]): void {
    let log = this.appended.get(table);
    if (!log) {
      this.keyColumns(table);
      log = { columns, rows: [] };
      this.appended.set(table, log);
    }
    if (columns !== log.columns || values.length !== columns.length) throw new KeyMismatch(table, log.columns, columns);
    log.rows.push(values);
    this.rowCount++;
  }

  upsert(table: string, key: Record<string, SqlValue>, set: Record<string, SqlValue>): void {
    const row = this.touch(table, key);
    const adds = row.add;
    for (const column in set) {
      adds?.delete(column);
      row.set.set(column, set[column]);
    }
  }

  add(table: string, key: Record<string, SqlValue>, deltas: Record<string, bigint>): void {
    const row = this.touch(table, key);
    for (const column in deltas) {
      const delta = deltas[column];
      if (row.set.has(column)) {
        const value = row.set.get(column)!;
        if (typeof value !== "bigint" && !(typeof value === "number" && Number.isInteger(value))) throw new AddToNonInteger(table, column, value);
        row.set.set(column, BigInt(value) + delta);
      } else {
        const adds = (row.add ??= new Map());
        adds.set(column, (adds.get(column) ?? 0n) + delta);
      }
    }
  }

  /** Writes every row (inside the caller's transaction) and empties the batch. */
  async flush(db: IndexDb): Promise<void> {
    const created = new Map<string, { table: string; columns: string[]; rows: SqlValue[][] }>();
    const upserts = new Map<string, { table: string; set: string[]; add: string[]; rows: SqlValue[][] }>();
    for (const row of this.pendingRows()) {
      if (row.created) {
        const columns = Object.keys(row.created);
        const group = groupOf(created, `${row.table}|${columns.join(",")}`, () => ({ table: row.table, columns, rows: [] }));
        group.rows.push(columns.map((column) => row.created![column]));
      }
      if (row.upserted) {
        const set = [...row.set.keys()];
        const add = row.add ? [...row.add.keys()] : [];
        const group = groupOf(upserts, `${row.table}|${set.join(",")}|${add.join(",")}`, () => ({ table: row.table, set, add, rows: [] }));
        group.rows.push([...row.key, ...row.set.values(), ...(row.add?.values() ?? [])]);
      }
    }
    const appended = [...this.appended];
    this.clear();
    for (const [table, { columns, rows }] of appended) await this.write(db, table, columns, "", rows);
    for (const { table, columns, rows } of created.values()) {
      await this.write(db, table, columns, " ON CONFLICT DO NOTHING", rows);
    }
    for (const { table, set, add, rows } of upserts.values()) {
      const keyColumns = this.keyColumns(table);
      const columns = [...keyColumns, ...set, ...add];
      const updates = [
        ...set.map((c) => `${quote(c)} = excluded.${quote(c)}`),
        ...add.map((c) => `${quote(c)} = coalesce(${quote(table)}.${quote(c)}, 0) + excluded.${quote(c)}`),
      ];
      const conflict = ` ON CONFLICT (${keyColumns.map(quote).join(", ")}) DO ${updates.length ? `UPDATE SET ${updates.join(", ")}` : "NOTHING"}`;
      await this.write(db, table, columns, conflict, rows);
    }
  }

  /** `INSERT INTO table (columns) <rows> conflict`, in as few statements as the store allows. */
  private async write(db: IndexDb, table: string, columns: readonly string[], conflict: string, rows: SqlValue[][]): Promise<void> {
    const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) `;
    const types = db.dialect === "postgres" ? this.types?.get(table) : undefined;
    if (types && columns.every((column) => types.has(column))) {
      const arrays = columns.map((column) => `?::${types.get(column)}[]`).join(", ");
      for (let start = 0; start < rows.length; start += MAX_ROWS_PER_UNNEST) {
        const chunk = rows.slice(start, start + MAX_ROWS_PER_UNNEST);
        const perColumn = columns.map((_, i) => chunk.map((row) => (typeof row[i] === "boolean" ? Number(row[i]) : row[i])));
        await db.run(`${head}SELECT * FROM unnest(${arrays})${conflict}`, perColumn as unknown as SqlValue[]);
      }
      return;
    }
    const tuple = `(${Array(columns.length).fill("?").join(", ")})`;
    // better-sqlite3 runs one prepared single-row statement faster than multi-row VALUES.
    if (db.dialect === "sqlite") return db.runEach(`${head}VALUES ${tuple}${conflict}`, rows);
    const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(PARAMETER_LIMITS[db.dialect] / columns.length)));
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      await db.run(`${head}VALUES ${Array(chunk.length).fill(tuple).join(", ")}${conflict}`, chunk.flat());
    }
  }

  /** Empties the batch without writing. */
  clear(): void {
    this.tables.clear();
    this.appended.clear();
    this.rowCount = 0;
  }

  private *pendingRows(): Generator<PendingRow> {
    for (const rows of this.tables.values()) yield* rows.values();
  }

  private rowsOf(table: string): Map<string, PendingRow> {
    let rows = this.tables.get(table);
    if (!rows) {
      rows = new Map();
      this.tables.set(table, rows);
    }
    return rows;
  }

  private keyColumns(table: string): readonly string[] {
    const columns = this.keys.get(table);
    if (!columns) throw new UnknownTable(table);
    return columns;
  }

  /** The pending row of an upsert or add, its key checked against the table's. */
  private touch(table: string, key: Record<string, SqlValue>): PendingRow {
    const values = exactValues(table, this.keyColumns(table), key);
    const rows = this.rowsOf(table);
    const id = rowId(values);
    let row = rows.get(id);
    if (!row) {
      row = { table, key: values, set: new Map(), upserted: true };
      rows.set(id, row);
      this.rowCount++;
    }
    row.upserted = true;
    return row;
  }
}

/** `record`'s values in `columns`' order (a key's); it must hold exactly those columns. */
function exactValues(table: string, columns: readonly string[], record: Record<string, SqlValue>): SqlValue[] {
  const values: SqlValue[] = new Array(columns.length);
  let given = 0;
  for (const _ in record) given++;
  for (let i = 0; i < columns.length; i++) {
    const value = record[columns[i]];
    if (value === undefined || given !== columns.length) throw new KeyMismatch(table, columns, Object.keys(record));
    values[i] = value;
  }
  return values;
}

/** A row's key within its table's map. */
const rowId = (key: readonly SqlValue[]): string => (key.length === 1 ? keyPart(key[0]) : key.map(keyPart).join("\u0000"));

function groupOf<G>(groups: Map<string, G>, shape: string, create: () => G): G {
  let group = groups.get(shape);
  if (!group) {
    group = create();
    groups.set(shape, group);
  }
  return group;
}

/** The primary key columns of every table of the store, read from its catalog. */
export async function readTableKeys(db: IndexDb): Promise<TableKeys> {
  const rows = await db.all<{ tbl: string; col: string }>(
    db.dialect === "sqlite"
      ? `SELECT m.name AS tbl, p.name AS col FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND p.pk > 0 ORDER BY m.name, p.pk`
      : `SELECT tc.table_name AS tbl, kcu.column_name AS col
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu
           ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name
         WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()
         ORDER BY tc.table_name, kcu.ordinal_position`,
  );
  const keys = new Map<string, string[]>();
  for (const { tbl, col } of rows) groupOf(keys, tbl, () => []).push(col);
  return keys;
}

/** The type of every column of every table of a PostgreSQL store (for `unnest`'s array casts). */
export async function readColumnTypes(db: IndexDb): Promise<ColumnTypes> {
  const rows = await db.all<{ tbl: string; col: string; type: string }>(
    `SELECT table_name AS tbl, column_name AS col, data_type AS type FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const types = new Map<string, Map<string, string>>();
  for (const { tbl, col, type } of rows) if (ARRAY_CASTABLE.has(type)) groupOf(types, tbl, () => new Map()).set(col, type);
  return types;
}
