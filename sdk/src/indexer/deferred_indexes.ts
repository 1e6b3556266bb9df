/**
 * Secondary indexes deferred while a backlog is caught up. Every index of the store that is not
 * a key (the primary keys the batch's upserts resolve conflicts on stay) is dropped, its
 * definition kept in `indexer_meta` in the same transaction; once the backlog ends they are built
 * again from those definitions, or at the next start if a crash interrupted the backlog. Built
 * at once from a full table, an index costs a fraction of what maintaining it row by row does
 * under random-order writes.
 */
import type { IndexDb } from "./db.js";

const META_KEY = "deferred_indexes";

interface IndexDefinition {
  name: string;
  /** The `CREATE INDEX` statement, as the store's catalog gives it. */
  sql: string;
}

const SECONDARY_INDEXES = {
  sqlite: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
  postgres: `SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i
    WHERE i.schemaname = current_schema()
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = to_regnamespace(i.schemaname))
    ORDER BY i.indexname`,
} as const;

async function deferred(db: IndexDb): Promise<IndexDefinition[]> {
  const row = await db.get<{ value: string }>("SELECT value FROM indexer_meta WHERE key = ?", [META_KEY]);
  return row ? (JSON.parse(row.value) as IndexDefinition[]) : [];
}

/** Drops every secondary index, keeping their definitions to build them again. */
export async function deferIndexes(db: IndexDb): Promise<void> {
  await db.transaction(async (tx) => {
    const indexes = await tx.all<{ name: string; sql: string }>(SECONDARY_INDEXES[tx.dialect]);
    if (indexes.length === 0) return;
    const all = [...(await deferred(tx)), ...indexes.map(({ name, sql }) => ({ name: String(name), sql: String(sql) }))];
    await tx.run("DELETE FROM indexer_meta WHERE key = ?", [META_KEY]);
    await tx.run("INSERT INTO indexer_meta (key, value) VALUES (?, ?)", [META_KEY, JSON.stringify(all)]);
    for (const { name } of indexes) await tx.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  });
}

/** Builds the deferred indexes again (none if nothing was deferred). Returns how many. */
export async function restoreIndexes(db: IndexDb): Promise<number> {
  return db.transaction(async (tx) => {
    const indexes = await deferred(tx);
    for (const { sql } of indexes) await tx.exec(sql);
    await tx.run("DELETE FROM indexer_meta WHERE key = ?", [META_KEY]);
    return indexes.length;
  });
}
