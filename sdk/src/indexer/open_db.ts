/**
 * Opens an indexer store by its target and brings its schema up to date: a `postgres://` or
 * `postgresql://` URL is a PostgreSQL server, anything else an SQLite file (or `:memory:`).
 */
import type { IndexDb } from "./db.js";
import { INDEXER_MIGRATIONS, migrate, Migration } from "./migrations.js";
import { PostgresDb } from "./postgres_db.js";
import { PROJECTION_MIGRATIONS } from "./schema.js";
import { SqliteDb } from "./sqlite_db.js";

/** The indexer's bookkeeping (1) and the projection's tables (100+), in order. */
export const ALL_MIGRATIONS: readonly Migration[] = [...INDEXER_MIGRATIONS, ...PROJECTION_MIGRATIONS];

/** The PostgreSQL server of a `--db` URL refused or could not be reached. */
export class IndexDbUnreachable extends Error {
  override readonly name = "IndexDbUnreachable";

  constructor(readonly target: string, override readonly cause: unknown) {
    super(`cannot open the PostgreSQL store ${target}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** `url` without its password, for messages. */
const redacted = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export const isPostgresUrl = (target: string): boolean => POSTGRES_URL.test(target);

export async function openIndexDb(target: string, migrations: readonly Migration[] = ALL_MIGRATIONS): Promise<IndexDb> {
  let db: IndexDb;
  if (isPostgresUrl(target)) {
    const postgres = new PostgresDb(target);
    db = postgres;
    await postgres.connect().catch(async (error) => {
      await postgres.close();
      throw new IndexDbUnreachable(redacted(target), error);
    });
  } else db = new SqliteDb(target);
  try {
    await migrate(db, migrations);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
