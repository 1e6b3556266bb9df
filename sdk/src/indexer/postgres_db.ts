/**
 * The server store: PostgreSQL through node-postgres. A small pool: reads outside a transaction
 * take any connection (several can run at once, e.g. the explorer's API while the indexer
 * writes, and they see committed data only); `transaction` holds one connection from BEGIN to
 * COMMIT, and transactions are queued one at a time (the indexer is the only writer). SQL is
 * written with `?` placeholders, numbered `$1..$n` here; int8 comes back as `bigint` (a type
 * parser of this pool only), booleans are bound as 0/1. Statements run more than once are
 * prepared once per connection (named), as the batch writer's multi-row upserts are.
 */
import pg from "pg";

import type { IndexDb, Row, SqlValue } from "./db.js";

const INT8_OID = 20;
/** Connections of the pool: one writer and a few concurrent readers. */
const POOL_SIZE = 4;
/** Distinct statements given a server-side name (beyond it, they are parsed on each run). */
const NAMED_STATEMENTS = 1_000;

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID ? (text: string) => BigInt(text) : pg.types.getTypeParser(oid, format as any)) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * `sql` with each `?` outside string literals, quoted identifiers and comments replaced by
 * `$1`, `$2`...
 */
export function numberPlaceholders(sql: string): string {
  let out = "";
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    const skipTo = (end: string, from: number) => {
      const at = sql.indexOf(end, from);
      return at < 0 ? sql.length : at + end.length;
    };
    let next = i + 1;
    if (c === "'" || c === '"') {
      // A doubled quote inside is an escaped quote: keep scanning past it.
      next = skipTo(c, i + 1);
      while (sql[next] === c) next = skipTo(c, next + 1);
    } else if (c === "-" && sql[i + 1] === "-") next = skipTo("\n", i);
    else if (c === "/" && sql[i + 1] === "*") next = skipTo("*/", i + 2);
    else if (c === "?") {
      out += `$${++n}`;
      continue;
    }
    out += sql.slice(i, next);
    i = next - 1;
  }
  return out;
}

const bindable = (params: readonly SqlValue[]) => params.map((value) => (typeof value === "boolean" ? (value ? 1 : 0) : value));

/** `?` SQL turned into pg query configs, named once seen twice. */
class PgStatements {
  private readonly texts = new Map<string, { text: string; runs: number; name?: string }>();
  private named = 0;

  config(sql: string, params: readonly SqlValue[]): pg.QueryConfig {
    let entry = this.texts.get(sql);
    if (!entry) {
      entry = { text: numberPlaceholders(sql), runs: 0 };
      if (this.texts.size < NAMED_STATEMENTS) this.texts.set(sql, entry);
    }
    if (++entry.runs === 2 && params.length > 0 && this.texts.has(sql)) entry.name = `ionet_${++this.named}`;
    return { text: entry.text, values: bindable(params), name: entry.name };
  }
}

/** Connections (a pool or one client in a transaction) as an `IndexDb`. */
class PgScope implements IndexDb {
  readonly dialect = "postgres" as const;

  constructor(private readonly target: pg.Pool | pg.PoolClient, private readonly statements: PgStatements) {}

  async exec(sql: string): Promise<void> {
    await this.target.query(sql);
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await this.target.query(this.statements.config(sql, params))).rows as T[];
  }

  async get<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.target.query(this.statements.config(sql, params));
  }

  async runEach(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    for (const params of rows) await this.run(sql, params);
  }

  /** Nested: part of the transaction already open. */
  transaction<T>(work: (db: IndexDb) => Promise<T>): Promise<T> {
    return work(this);
  }

  close(): Promise<void> {
    throw new Error("close the PostgresDb, not a transaction's scope");
  }
}

export class PostgresDb implements IndexDb {
  readonly dialect = "postgres" as const;
  private readonly pool: pg.Pool;
  private readonly statements = new PgStatements();
  private readonly reads: PgScope;
  /** The end of the queued transactions; never rejected. */
  private tail: Promise<unknown> = Promise.resolve();

  /** `url`: `postgres://` or `postgresql://` (a unix socket as `?host=/dir`). */
  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types });
    this.reads = new PgScope(this.pool, this.statements);
  }

  /** Connects once, so that a wrong URL fails here with the server's message. */
  async connect(): Promise<void> {
    (await this.pool.connect()).release();
  }

  exec(sql: string): Promise<void> {
    return this.reads.exec(sql);
  }

  all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.reads.all<T>(sql, params);
  }

  get<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.reads.get<T>(sql, params);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    return this.reads.run(sql, params);
  }

  runEach(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    return this.reads.runEach(sql, rows);
  }

  transaction<T>(work: (db: IndexDb) => Promise<T>): Promise<T> {
    const run = this.tail.then(async () => {
      const client = await this.pool.connect();
      let broken = false;
      try {
        await client.query("BEGIN");
        const result = await work(new PgScope(client, this.statements));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => (broken = true));
        throw error;
      } finally {
        // A connection that cannot even roll back is dropped, not returned to the pool.
        client.release(broken);
      }
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.tail;
    await this.pool.end();
  }
}
