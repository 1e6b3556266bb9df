/**
 * The indexer's suites, run against each store (SQLite in indexer.test.ts, a real PostgreSQL
 * server in indexer_postgres.test.ts): the batch writer's semantics, then the indexer on the
 * embedded harness with the economy deployed and real activity: exactly once, resume, a crash
 * mid-batch, a sequence gap and its repair, rebuilt equals live, another chain refused.
 */
import { expect } from "chai";

import { PROGRAM_IDS } from "@ionet/sdk";
import type { ChainEvent } from "../sdk/src/events/chain_event.js";
import type { EventRow } from "../sdk/src/indexer/api_types.js";
import { AddToNonInteger, Batch, InvalidIdentifier, KeyMismatch, readColumnTypes, readTableKeys, UnknownTable } from "../sdk/src/indexer/batch.js";
import { IndexDb, toBig, toNum, withTransaction } from "../sdk/src/indexer/db.js";
import { deferIndexes } from "../sdk/src/indexer/deferred_indexes.js";
import { Indexer, IndexerOptions } from "../sdk/src/indexer/indexer.js";
import type { Migration } from "../sdk/src/indexer/migrations.js";
import { ALL_MIGRATIONS, openIndexDb } from "../sdk/src/indexer/open_db.js";
import { project } from "../sdk/src/indexer/projection.js";
import type { RowWriter } from "../sdk/src/indexer/rows.js";
import { SequenceGap } from "../sdk/src/lifecycle/event_log.js";
import { StoreChainMismatch } from "../sdk/src/lifecycle/store.js";

import {
  activityRound,
  createSandbox,
  eventKeys,
  historyEvents,
  omittingOnce,
  otherChain,
  Sandbox,
  snapshotTables,
} from "./support_indexer.js";

/** Where each test's fresh store lives: a new SQLite file, a new PostgreSQL database. */
export interface StoreTargets {
  fresh(): Promise<string>;
}

/** The tables the tests write besides the projection's: events counted per name, batch fixtures. */
const TEST_MIGRATIONS: Migration[] = [
  {
    id: 900,
    name: "test: event counts and batch fixtures",
    sql: () => `
      CREATE TABLE test_event_counts (name TEXT PRIMARY KEY, n BIGINT NOT NULL DEFAULT 0);
      CREATE TABLE test_rows (k TEXT PRIMARY KEY, a BIGINT, b BIGINT DEFAULT 0, c TEXT, f INTEGER);
      CREATE TABLE test_pairs (k1 TEXT NOT NULL, k2 BIGINT NOT NULL, v BIGINT, PRIMARY KEY (k1, k2));
    `,
  },
];

const openTest = (target: string) => openIndexDb(target, [...ALL_MIGRATIONS, ...TEST_MIGRATIONS]);

/** The real projection, and each event counted under its name (a check of exactly once). */
const counting = (event: ChainEvent, rows: RowWriter) => {
  project(event, rows);
  rows.add("test_event_counts", { name: event.name }, { n: 1n });
};

/** Short retries, and small batches in a backlog too (the histories here are short). */
const fast = (options: Partial<IndexerOptions> = {}): IndexerOptions => ({ project: counting, retryDelaysMs: [5, 10, 20], bulkBatchEvents: 10, ...options });

async function eventCount(db: IndexDb): Promise<number> {
  return toNum((await db.get("SELECT count(*) AS n FROM events"))?.n);
}

async function countedTotal(db: IndexDb): Promise<bigint> {
  return toBig((await db.get("SELECT sum(n) AS n FROM test_event_counts"))?.n);
}

async function storedKeys(db: IndexDb): Promise<string[]> {
  return eventKeys((await db.all<{ signature: string; idx: bigint }>("SELECT signature, idx FROM events")).map((row) => ({ signature: row.signature, index: row.idx })));
}

/** The store holds every event of `history` once, and the projection saw each once. */
async function expectComplete(db: IndexDb, history: ChainEvent[]): Promise<void> {
  expect(await storedKeys(db)).to.deep.equal(eventKeys(history));
  expect(await countedTotal(db)).to.equal(BigInt(history.length));
  const lastSeq = new Map<string, bigint>();
  for (const event of history) if (event.entity) lastSeq.set(event.entity, event.seq);
  const seqs = await db.all<{ entity: string; seq: bigint }>("SELECT entity, seq FROM indexer_seqs");
  expect(new Map(seqs.map((row) => [row.entity, toBig(row.seq)]))).to.deep.equal(lastSeq);
}

export function batchScenarios(targets: StoreTargets): void {
  describe("Batch (row operations collapsed, written in a few statements)", () => {
    let db: IndexDb;
    let batch: Batch;

    beforeEach(async () => {
      db = await openTest(await targets.fresh());
      // On PostgreSQL with the column types: the indexer's path (unnest).
      batch = new Batch(await readTableKeys(db), db.dialect === "postgres" ? await readColumnTypes(db) : undefined);
    });
    afterEach(() => db.close());

    const flush = () => db.transaction((tx) => batch.flush(tx));
    const row = (k: string) => db.get("SELECT a, b, c, f FROM test_rows WHERE k = ?", [k]);
    const seed = async (k: string, a: bigint, b: bigint, c: string) => {
      await db.run("INSERT INTO test_rows (k, a, b, c) VALUES (?, ?, ?, ?)", [k, a, b, c]);
    };

    it("insert keeps the first row, in the batch and in the table", async () => {
      await seed("old", 1n, 1n, "kept");
      batch.insert("test_rows", { k: "new", a: 1n, c: "first" });
      batch.insert("test_rows", { k: "new", a: 2n, c: "second" });
      batch.insert("test_rows", { k: "old", a: 9n, c: "ignored" });
      await flush();
      expect(await row("new")).to.deep.include({ a: 1n, c: "first" });
      expect(await row("old")).to.deep.include({ a: 1n, c: "kept" });
    });

    it("upserts merge their columns; an existing row changes only in the columns set", async () => {
      await seed("old", 5n, 6n, "before");
      for (const k of ["new", "old"]) {
        batch.upsert("test_rows", { k }, { a: 1n });
        batch.upsert("test_rows", { k }, { c: "x" });
        batch.upsert("test_rows", { k }, { a: 2n });
      }
      await flush();
      expect(await row("new")).to.deep.equal({ a: 2n, b: 0n, c: "x", f: null });
      expect(await row("old")).to.deep.equal({ a: 2n, b: 6n, c: "x", f: null });
    });

    it("adds sum, onto the table's value or from 0", async () => {
      await seed("old", 10n, 0n, "");
      for (const k of ["new", "old"]) {
        batch.add("test_rows", { k }, { a: 2n });
        batch.add("test_rows", { k }, { a: 3n, b: -1n });
      }
      await flush();
      expect(await row("new")).to.deep.include({ a: 5n, b: -1n });
      expect(await row("old")).to.deep.include({ a: 15n, b: -1n });
    });

    it("a set then an add adds to the value set; an add then a set keeps the set and the other adds", async () => {
      await seed("s", 100n, 100n, "");
      await seed("t", 100n, 100n, "");
      batch.upsert("test_rows", { k: "s" }, { a: 1n });
      batch.add("test_rows", { k: "s" }, { a: 2n, b: 3n });
      batch.add("test_rows", { k: "t" }, { a: 5n, b: 2n });
      batch.upsert("test_rows", { k: "t" }, { a: 1n });
      await flush();
      expect(await row("s")).to.deep.include({ a: 3n, b: 103n });
      expect(await row("t")).to.deep.include({ a: 1n, b: 102n });
    });

    it("an insert then an add adds to the inserted row (or the existing one); an insert after an upsert changes nothing", async () => {
      await seed("old", 50n, 0n, "");
      for (const k of ["new", "old"]) {
        batch.insert("test_rows", { k, a: 10n, c: "inserted" });
        batch.add("test_rows", { k }, { a: 1n });
      }
      batch.upsert("test_rows", { k: "late" }, { c: "upserted" });
      batch.insert("test_rows", { k: "late", a: 7n, c: "ignored" });
      await flush();
      expect(await row("new")).to.deep.include({ a: 11n, c: "inserted" });
      expect(await row("old")).to.deep.include({ a: 51n, c: "" });
      expect(await row("late")).to.deep.equal({ a: null, b: 0n, c: "upserted", f: null });
    });

    it("binds booleans as 0/1 and round-trips integers past 2^53", async () => {
      const big = 2n ** 62n + 3n;
      batch.upsert("test_rows", { k: "x" }, { a: big, f: true });
      batch.upsert("test_pairs", { k1: "x", k2: big }, { v: -big });
      await flush();
      expect(await row("x")).to.deep.include({ a: big });
      expect(toNum((await row("x"))!.f)).to.equal(1);
      expect(await db.get("SELECT v FROM test_pairs WHERE k1 = ? AND k2 = ?", ["x", big])).to.deep.equal({ v: -big });
    });

    it("writes 30,000 rows with a few statements per shape (one prepared statement on SQLite, under the parameter limit)", async () => {
      const statements: string[] = [];
      const counting = (tx: IndexDb) =>
        ({
          dialect: tx.dialect,
          run: (sql: string, params?: any[]) => (statements.push(sql), tx.run(sql, params)),
          runEach: (sql: string, rows: any[][]) => (statements.push(sql), tx.runEach(sql, rows)),
        }) as IndexDb;
      for (let i = 0; i < 30_000; i++) {
        batch.add("test_pairs", { k1: `w${i % 10_000}`, k2: BigInt(i % 3) }, { v: 1n });
        batch.upsert("test_rows", { k: `r${i}` }, { a: BigInt(i), c: "c" });
      }
      expect(batch.size).to.equal(60_000);
      await db.transaction((tx) => batch.flush(counting(tx)));
      expect(statements.length).to.be.at.most(60);
      expect(batch.size).to.equal(0);
      expect(await db.get("SELECT count(*) AS n, sum(v) AS s FROM test_pairs")).to.satisfy((r: any) => toNum(r.n) === 30_000 && toBig(r.s) === 30_000n);
      expect(toNum((await db.get("SELECT sum(a) AS s FROM test_rows"))!.s)).to.equal((29_999 * 30_000) / 2);
    });

    it("names what a projection got wrong", () => {
      expect(() => batch.upsert("no_such_table", { k: "x" }, {})).to.throw(UnknownTable);
      expect(() => batch.upsert("test_pairs", { k1: "x" }, { v: 1n })).to.throw(KeyMismatch, "(k1, k2)");
      expect(() => batch.insert("test_rows", { a: 1n })).to.throw(KeyMismatch);
      batch.upsert("test_rows", { k: "x" }, { c: "text" });
      expect(() => batch.add("test_rows", { k: "x" }, { c: 1n })).to.throw(AddToNonInteger);
    });

    it("refuses a column name that is not a plain identifier", async () => {
      batch.upsert("test_rows", { k: "x" }, { 'c" = 1; DROP TABLE events; --': "x" });
      let caught: unknown;
      await flush().catch((error) => (caught = error));
      expect(caught).to.be.instanceOf(InvalidIdentifier);
      expect(await eventCount(db)).to.equal(0);
    });

    it("a failed flush rolls the whole transaction back", async () => {
      batch.upsert("test_rows", { k: "ok" }, { a: 1n });
      batch.upsert("test_rows", { k: "bad" }, { nope: 1n });
      let caught: unknown;
      await flush().catch((error) => (caught = error));
      expect(caught).to.be.instanceOf(Error);
      expect(await row("ok")).to.equal(undefined);
    });
  });
}

export function indexerScenarios(targets: StoreTargets): void {
  describe("Indexer on the harness (economy deployed, real activity)", function () {
    let sandbox: Sandbox;
    const open: IndexDb[] = [];
    const fresh = async () => {
      const db = await openTest(await targets.fresh());
      open.push(db);
      return db;
    };

    before(async () => {
      sandbox = await createSandbox();
      await activityRound(sandbox);
      await activityRound(sandbox);
    });
    after(async () => {
      for (const db of open) await db.close();
    });

    const connection = () => sandbox.provider.connection;

    it("indexes every event of the five programs exactly once, in batches", async () => {
      const db = await fresh();
      const history = await historyEvents(connection());
      expect(new Set(history.map((event) => event.program)).size, "events of all five programs").to.equal(5);
      const indexer = new Indexer(connection(), db, fast({ batchTransactions: 7 }));
      expect(await indexer.catchUp()).to.equal(history.length);
      await expectComplete(db, history);
      const stats = indexer.stats();
      expect(stats.events).to.equal(history.length);
      expect(stats.batches).to.be.greaterThan(5);
      expect(stats.lastSlot).to.equal(Math.max(...history.map((event) => event.slot)));
      expect(await indexer.catchUp(), "nothing new").to.equal(0);
    });

    it("resumes from its cursors after a stop, applying nothing twice", async () => {
      const target = await targets.fresh();
      const first = await openTest(target);
      await new Indexer(connection(), first, fast()).catchUp();
      const before = await eventCount(first);
      await first.close();
      await activityRound(sandbox);
      const history = await historyEvents(connection());
      const db = await openTest(target);
      open.push(db);
      const applied = await new Indexer(connection(), db, fast({ batchTransactions: 3 })).catchUp();
      expect(applied).to.equal(history.length - before).and.to.be.greaterThan(0);
      await expectComplete(db, history);
    });

    it("a projection crashing mid-batch leaves the last committed batch; the next catch-up completes it", async () => {
      const db = await fresh();
      const history = await historyEvents(connection());
      let seen = 0;
      const crashing = (event: ChainEvent, rows: RowWriter) => {
        if (++seen === 20) throw new Error("crash at the 20th event");
        counting(event, rows);
      };
      let caught: unknown;
      await new Indexer(connection(), db, fast({ project: crashing, batchTransactions: 3 })).catchUp().catch((error) => (caught = error));
      expect((caught as Error)?.message).to.equal("crash at the 20th event");
      const kept = await eventCount(db);
      expect(kept).to.be.greaterThan(0).and.lessThan(20);
      expect(await countedTotal(db), "projection and events committed together").to.equal(BigInt(kept));
      expect(await new Indexer(connection(), db, fast()).catchUp()).to.equal(history.length - kept);
      await expectComplete(db, history);
    });

    it("a backlog is bulk-loaded: every secondary index is dropped while it is written and built again after, even after a crash", async () => {
      const secondaryIndexes = async (db: IndexDb) => {
        const rows = await db.all<{ name: string }>(
          db.dialect === "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
            : "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey' ORDER BY indexname",
        );
        return rows.map((row) => row.name);
      };
      const db = await fresh();
      const history = await historyEvents(connection());
      const migrated = await secondaryIndexes(db);
      expect(migrated).to.include.members(["events_entity", "events_signature", "events_time", "worker_reward_hours_worker"]);
      const indexer = new Indexer(connection(), db, fast({ batchTransactions: 2 }));
      const seen: Promise<string[]>[] = [];
      indexer.onApplied(() => void seen.push(secondaryIndexes(db)));
      await indexer.catchUp();
      expect((await Promise.all(seen)).some((names) => names.length === 0), "no secondary index while the backlog was written").to.equal(true);
      expect(await secondaryIndexes(db), "built again at the end").to.deep.equal(migrated);
      await expectComplete(db, history);

      // A crash in a bulk load leaves them dropped, their definitions kept: the next indexer
      // builds them before anything.
      const crashed = await fresh();
      await deferIndexes(crashed);
      expect(await secondaryIndexes(crashed)).to.deep.equal([]);
      await new Indexer(connection(), crashed, fast()).catchUp();
      expect(await secondaryIndexes(crashed)).to.deep.equal(migrated);
    });

    it("a commit that fails is rolled back and retried by the same indexer", async () => {
      const db = await fresh();
      const history = await historyEvents(connection());
      let commits = 0;
      // The 4th commit writes its batch, then fails (as a full disk would) and is rolled back.
      const failing = withTransaction(db, <T>(work: (tx: IndexDb) => Promise<T>) =>
        ++commits === 4 ? db.transaction(async (tx) => (await work(tx), Promise.reject(new Error("disk full")))) : db.transaction(work),
      );
      const indexer = new Indexer(connection(), failing, fast({ batchTransactions: 4 }));
      let caught: unknown;
      await indexer.catchUp().catch((error) => (caught = error));
      expect((caught as Error)?.message).to.equal("disk full");
      expect(await countedTotal(db)).to.equal(BigInt(await eventCount(db)));
      await indexer.catchUp();
      await expectComplete(db, history);
    });

    it("detects a sequence gap in an incomplete history, writes nothing past the last good batch, and repairs it on a re-read", async () => {
      const history = await historyEvents(connection());
      // A worker's stake (its 2nd transaction) left out of io_cloud's history: its proof (3rd) shows the gap.
      const cloud = history.filter((event) => event.program === "io_cloud");
      const worker = cloud.find((event) => event.name === "workerRegistered")!;
      const stake = cloud.find((event) => event.entity === worker.entity && event.signature !== worker.signature)!;
      const omitted = stake.signature;
      const before = history.filter((event) => event.program === "io_token" || event.program === "io_credits");

      const db = await fresh();
      const incomplete = omittingOnce(connection(), PROGRAM_IDS.io_cloud, omitted);
      const indexer = new Indexer(incomplete, db, fast());
      let caught: unknown;
      await indexer.catchUp().catch((error) => (caught = error));
      expect(caught).to.be.instanceOf(SequenceGap);
      expect((caught as SequenceGap).entity).to.equal(worker.entity);
      expect((caught as SequenceGap).expected).to.equal(stake.seq);
      expect(await storedKeys(db), "only the programs before io_cloud").to.deep.equal(eventKeys(before));
      expect(await indexer.catchUp()).to.equal(history.length - before.length);
      await expectComplete(db, history);

      // Following, the gap is a failed live catch-up: retried with backoff until the re-read is whole.
      const followed = await fresh();
      const live = new Indexer(omittingOnce(connection(), PROGRAM_IDS.io_cloud, omitted), followed, fast());
      live.follow();
      await live.drain();
      await live.stop();
      expect(live.liveErrors.some((error) => error instanceof SequenceGap)).to.equal(true);
      await expectComplete(followed, history);
    });

    it("rebuilt from history equals the store followed live while activity happened", async () => {
      const live = await fresh();
      const indexer = new Indexer(connection(), live, fast({ batchTransactions: 5 }));
      const fed: EventRow[] = [];
      indexer.onApplied((rows) => fed.push(...rows));
      indexer.follow();
      await indexer.drain();
      const caughtUp = fed.length;
      await activityRound(sandbox);
      await activityRound(sandbox);
      const history = await historyEvents(connection());
      for (let waited = 0; (await eventCount(live)) < history.length && waited < 10_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await indexer.drain();
      await indexer.stop();
      expect(fed.length).to.equal(history.length);
      expect(fed.length - caughtUp, "new events fed live").to.be.greaterThan(10);
      expect(eventKeys(fed)).to.deep.equal(eventKeys(history));
      await expectComplete(live, history);

      const rebuilt = await fresh();
      await new Indexer(connection(), rebuilt, fast({ batchTransactions: 500 })).catchUp();
      const [a, b] = [await snapshotTables(live), await snapshotTables(rebuilt)];
      expect(Object.keys(a).length).to.be.greaterThan(10);
      for (const table of Object.keys(a)) expect(b[table], table).to.deep.equal(a[table]);
      expect(Object.keys(b)).to.deep.equal(Object.keys(a));
    });

    it("refuses a store filled from another chain", async () => {
      const db = await fresh();
      await new Indexer(connection(), db, fast()).catchUp();
      const before = await snapshotTables(db);
      let caught: unknown;
      await new Indexer(otherChain(connection()), db, fast()).catchUp().catch((error) => (caught = error));
      expect(caught).to.be.instanceOf(StoreChainMismatch);
      expect(await snapshotTables(db)).to.deep.equal(before);
    });
  });
}
