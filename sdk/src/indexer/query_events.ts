/** The raw event log as the API shows it: feeds, an entity's events, transactions, search. */
import type { EventRow, SearchHit, TransactionView } from "./api_types.js";
import { IndexDb, Row, SqlValue, toNum } from "./db.js";
import { EVENT_COLUMNS, payloadData } from "./event_row.js";

const DEFAULT_LIMIT = 50;
const COLUMNS = EVENT_COLUMNS.join(", ");
const NEWEST_FIRST = "ORDER BY position DESC";

export const toEvent = (row: Row): EventRow => ({
  position: toNum(row.position),
  signature: String(row.signature),
  index: toNum(row.idx),
  slot: toNum(row.slot),
  blockTime: toNum(row.block_time),
  program: String(row.program),
  name: String(row.name),
  entity: String(row.entity),
  seq: String(row.seq),
  data: payloadData(String(row.program), String(row.payload), toNum(row.position)),
});

/** The newest event by chain time (its slot and time), or null before any. */
export async function head(db: IndexDb): Promise<{ slot: number; blockTime: number } | null> {
  const row = await db.get(`SELECT slot, block_time FROM events ORDER BY block_time DESC, slot DESC LIMIT 1`);
  return row ? { slot: toNum(row.slot), blockTime: toNum(row.block_time) } : null;
}

/**
 * An entity's events oldest first (transitions) or its newest `newest`: one program's events,
 * so the log's order is the chain's (and its sequence numbers').
 */
export async function entityEvents(db: IndexDb, entity: string, newest?: number): Promise<EventRow[]> {
  const rows = newest
    ? await db.all(`SELECT ${COLUMNS} FROM events WHERE entity = ? ${NEWEST_FIRST} LIMIT ?`, [entity, newest])
    : await db.all(`SELECT ${COLUMNS} FROM events WHERE entity = ? ORDER BY position`, [entity]);
  return rows.map(toEvent);
}

/** The newest events, before position `before` (exclusive) when given. */
export async function feed(db: IndexDb, query: { limit?: number; before?: number }): Promise<EventRow[]> {
  const where = query.before === undefined ? "" : "WHERE position < ?";
  const params: SqlValue[] = query.before === undefined ? [] : [query.before];
  const rows = await db.all(`SELECT ${COLUMNS} FROM events ${where} ${NEWEST_FIRST} LIMIT ?`, [...params, query.limit ?? DEFAULT_LIMIT]);
  return rows.map(toEvent);
}

/** Entities whose events concern `address`: what it owns, rents, votes with, serves (workers: their rentals and reward account). */
const RELATED_ENTITIES = [
  `SELECT address AS entity FROM workers WHERE authority = ? OR rewards_owner = ?`,
  `SELECT rewards_account AS entity FROM workers WHERE (address = ? OR authority = ? OR rewards_owner = ?) AND rewards_account IS NOT NULL`,
  `SELECT rental AS entity FROM rental_workers WHERE worker = ? ORDER BY assigned_seq DESC LIMIT 200`,
  `SELECT address AS entity FROM rentals WHERE renter = ? ORDER BY booked_slot DESC LIMIT 200`,
  `SELECT address AS entity FROM positions WHERE owner = ?`,
  `SELECT proposal AS entity FROM votes WHERE voter = ?`,
  `SELECT address AS entity FROM vesting WHERE beneficiary = ?`,
];

/** Log tables naming `address` as a party to one event of a busy entity (a config, a tender). */
const PARTY_LOGS = [
  `SELECT signature, idx FROM iosd_buys WHERE buyer = ?`,
  `SELECT signature, idx FROM iosd_spends WHERE holder = ?`,
  `SELECT signature, idx FROM fee_events WHERE counterparty = ?`,
  `SELECT signature, idx FROM authority_changes WHERE authority = ? OR previous = ?`,
];

const placeholders = (sql: string) => sql.split("?").length - 1;
const newestFirst = (a: Row, b: Row) => toNum(b.position) - toNum(a.position);

/**
 * Events of `address`, newest first: as an entity, of the entities it is a party to (its
 * workers, rentals, positions, votes, vesting; a worker's rentals and reward account), and the
 * config / tender events naming it (IOSD buys and spends, fees paid, authority changes). Each
 * source is read through an index, newest `limit` first, then merged: no scan of the log.
 */
export async function accountEvents(db: IndexDb, address: string, query: { limit?: number; before?: number }): Promise<EventRow[]> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const before = query.before === undefined ? "" : "AND e.position < ?";
  const beforeParams: SqlValue[] = query.before === undefined ? [] : [query.before];
  const related = await Promise.all(RELATED_ENTITIES.map((sql) => db.all(sql, Array(placeholders(sql)).fill(address))));
  const entities = [...new Set([address, ...related.flat().map((row) => String(row.entity))])];
  const order = "ORDER BY e.position DESC LIMIT ?";
  const columns = EVENT_COLUMNS.map((column) => `e.${column}`).join(", ");
  const batches = await Promise.all([
    ...entities.map((entity) => db.all(`SELECT ${columns} FROM events e WHERE e.entity = ? ${before} ${order}`, [entity, ...beforeParams, limit])),
    ...PARTY_LOGS.map((sql) =>
      db.all(`SELECT ${columns} FROM (${sql}) p JOIN events e ON e.signature = p.signature AND e.idx = p.idx WHERE 1 = 1 ${before} ${order}`, [
        ...Array(placeholders(sql)).fill(address),
        ...beforeParams,
        limit,
      ]),
    ),
  ]);
  const seen = new Set<string>();
  const rows = batches.flat().filter((row) => {
    const id = `${row.signature}#${row.idx}`;
    return !seen.has(id) && seen.add(id);
  });
  return rows.sort(newestFirst).slice(0, limit).map(toEvent);
}

export async function transaction(db: IndexDb, signature: string): Promise<TransactionView | undefined> {
  const rows = await db.all(`SELECT ${COLUMNS} FROM events WHERE signature = ? ORDER BY idx`, [signature]);
  if (rows.length === 0) return undefined;
  const events = rows.map(toEvent);
  return { signature, slot: events[0].slot, blockTime: events[0].blockTime, events };
}

/** Where an address can be, by kind: (table, column) pairs, each indexed. */
const ENTITY_TABLES: [SearchHit["kind"], string, string][] = [
  ["worker", "workers", "address"],
  ["rental", "rentals", "address"],
  ["proposal", "proposals", "address"],
  ["position", "positions", "address"],
  ["tender", "tenders", "address"],
  ["vesting", "vesting", "address"],
  ["config", "token_config", "address"],
  ["config", "credits_config", "address"],
  ["config", "cloud_config", "address"],
  ["config", "rewards_config", "address"],
  ["config", "dao_config", "address"],
  ["config", "device_classes", "address"],
];

/** Base58 of a 64-byte signature is 86–88 characters; an address (32 bytes) 32–44. */
const SIGNATURE = /^[1-9A-HJ-NP-Za-km-z]{64,90}$/;

export async function search(db: IndexDb, query: string): Promise<SearchHit | undefined> {
  const text = query.trim();
  if (SIGNATURE.test(text)) {
    const found = await db.get(`SELECT signature FROM events WHERE signature = ? LIMIT 1`, [text]);
    return found ? { kind: "transaction", signature: text } : undefined;
  }
  for (const [kind, table, column] of ENTITY_TABLES) {
    if (await db.get(`SELECT 1 AS hit FROM ${table} WHERE ${column} = ?`, [text])) return { kind, address: text } as SearchHit;
  }
  // A worker's io_rewards account leads to the worker.
  const worker = await db.get(`SELECT address FROM workers WHERE rewards_account = ?`, [text]);
  return worker ? { kind: "worker", address: String(worker.address) } : undefined;
}
