/**
 * The indexer on PostgreSQL, a real server started by the suite (support_postgres.ts): the
 * store's own behaviour, then the same batch and indexer suites as on SQLite.
 */
import { expect } from "chai";
import pg from "pg";

import { IndexDbUnreachable, openIndexDb } from "../sdk/src/indexer/open_db.js";
import { PostgresDb } from "../sdk/src/indexer/postgres_db.js";

import { batchScenarios, indexerScenarios, StoreTargets } from "./indexer_scenarios.js";
import { describeWithPostgres } from "./support_postgres.js";

describeWithPostgres("indexer on PostgreSQL", (server) => {
  let databases = 0;
  const targets: StoreTargets = { fresh: () => server().createDatabase(`store_${++databases}`) };

  describe("PostgreSQL store", () => {
    it("reads int8 as bigint through its own pool only, binds booleans as 0/1 and `?` placeholders", async () => {
      const db = new PostgresDb(await targets.fresh());
      await db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v BIGINT, f INTEGER)");
      await db.run("INSERT INTO t (k, v, f) VALUES (?, ?, ?)", ["it's ?", 2n ** 63n - 1n, true]);
      expect(await db.get("SELECT k, v, f FROM t WHERE k = ? AND f = ?", ["it's ?", true])).to.deep.equal({ k: "it's ?", v: 2n ** 63n - 1n, f: 1 });
      expect(pg.types.getTypeParser(20, "text")("5"), "the global parser is untouched").to.equal("5");
      await db.close();
    });

    it("reads outside a transaction see committed rows only, and transactions run one at a time", async () => {
      const db = new PostgresDb(await targets.fresh());
      await db.exec("CREATE TABLE t (k TEXT PRIMARY KEY)");
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const order: string[] = [];
      const first = db.transaction(async (tx) => {
        await tx.run("INSERT INTO t VALUES (?)", ["a"]);
        order.push("first wrote");
        await held;
        order.push("first commits");
      });
      const second = db.transaction(async (tx) => {
        order.push("second starts");
        await tx.run("INSERT INTO t VALUES (?)", ["b"]);
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await db.all("SELECT k FROM t"), "uncommitted").to.deep.equal([]);
      release();
      await Promise.all([first, second]);
      expect(order).to.deep.equal(["first wrote", "first commits", "second starts"]);
      expect((await db.all("SELECT k FROM t ORDER BY k")).map((row) => row.k)).to.deep.equal(["a", "b"]);
      await db.close();
    });

    it("openIndexDb names an unreachable server, without the password", async () => {
      let caught: unknown;
      await openIndexDb("postgresql://postgres:secret@/nowhere?host=/nonexistent-socket-dir").catch((error) => (caught = error));
      expect(caught).to.be.instanceOf(IndexDbUnreachable);
      expect((caught as Error).message).to.contain("postgres:***@").and.not.contain("secret");
    });

    it("openIndexDb applies every migration to a new database", async () => {
      const db = await openIndexDb(await targets.fresh());
      const tables = await db.all("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
      expect(tables.map((row) => row.table_name)).to.include.members(["events", "indexer_cursors", "indexer_seqs", "indexer_meta", "schema_migrations"]);
      await db.close();
    });
  });

  batchScenarios(targets);
  indexerScenarios(targets);
});
