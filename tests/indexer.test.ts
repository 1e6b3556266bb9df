/**
 * The indexer on the embedded SQLite store: the store itself (transactions, integers,
 * migrations), events as JSON, the batch writer, then the indexer's rules on the harness
 * (indexer_scenarios.ts; the same suites run on PostgreSQL in indexer_postgres.test.ts).
 */
import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BN from "bn.js";
import { Keypair, PublicKey } from "@solana/web3.js";

import type { ChainEvent } from "../sdk/src/events/chain_event.js";
import { base58, base58Of32 } from "../sdk/src/base58.js";
import { toEventRow } from "../sdk/src/indexer/event_row.js";
import { INDEXER_MIGRATIONS, migrate, Migration, MigrationMismatch, MigrationOrderError } from "../sdk/src/indexer/migrations.js";
import { openIndexDb } from "../sdk/src/indexer/open_db.js";
import { numberPlaceholders } from "../sdk/src/indexer/postgres_db.js";
import { big, text } from "../sdk/src/indexer/project_fields.js";
import { SqliteDb } from "../sdk/src/indexer/sqlite_db.js";

import { batchScenarios, indexerScenarios, StoreTargets } from "./indexer_scenarios.js";

const dir = mkdtempSync(path.join(tmpdir(), "ionet-indexer-"));
let files = 0;
const sqliteFiles: StoreTargets = { fresh: async () => path.join(dir, `store-${++files}.db`) };

describe("indexer: SQLite store", () => {
  it("runs a transaction's statements without others interleaving, and rolls back on a throw", async () => {
    const db = new SqliteDb();
    await db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v BIGINT)");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = db.transaction(async (tx) => {
      await tx.run("INSERT INTO t VALUES (?, ?)", ["a", 1n]);
      await held;
      throw new Error("abandoned");
    });
    // Queued behind the open transaction: it must not see (or commit) the row inserted there.
    const read = db.all("SELECT k FROM t");
    release();
    await first.catch(() => undefined);
    expect(await read).to.deep.equal([]);
    await db.transaction(async (tx) => tx.run("INSERT INTO t VALUES (?, ?)", ["b", 2n ** 60n]));
    expect(await db.all("SELECT k, v FROM t")).to.deep.equal([{ k: "b", v: 2n ** 60n }]);
    await db.close();
  });

  it("creates a store with 64 KiB pages, and keeps the page size of a store made before", async () => {
    const fresh = new SqliteDb(await sqliteFiles.fresh());
    expect(await fresh.get("PRAGMA page_size")).to.deep.equal({ page_size: 65_536n });
    await fresh.close();
    // A store of 4 KiB pages, as SQLite's default made them (VACUUM rewrites it; not in WAL mode).
    const older = await sqliteFiles.fresh();
    const made = new SqliteDb(older);
    await made.exec("CREATE TABLE t (k TEXT PRIMARY KEY); PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM");
    expect(await made.get("PRAGMA page_size")).to.deep.equal({ page_size: 4_096n });
    await made.close();
    const reopened = new SqliteDb(older);
    expect(await reopened.get("PRAGMA page_size")).to.deep.equal({ page_size: 4_096n });
    expect(await reopened.get("PRAGMA journal_mode")).to.deep.equal({ journal_mode: "wal" });
    await reopened.close();
  });

  it("numbers `?` placeholders for PostgreSQL, leaving literals, identifiers and comments alone", () => {
    expect(numberPlaceholders("SELECT ? , '?', 'it''s ?', \"a?\" -- why?\n, ? /* ? */ FROM t WHERE x = ?")).to.equal(
      "SELECT $1 , '?', 'it''s ?', \"a?\" -- why?\n, $2 /* ? */ FROM t WHERE x = $3",
    );
  });
});

describe("indexer: migrations", () => {
  const extra: Migration = { id: 2, name: "extra", sql: () => "CREATE TABLE extra (k TEXT PRIMARY KEY)" };

  it("applies each missing migration once, in order", async () => {
    const db = new SqliteDb();
    expect(await migrate(db, INDEXER_MIGRATIONS)).to.deep.equal([1]);
    expect(await migrate(db, [...INDEXER_MIGRATIONS, extra])).to.deep.equal([2]);
    expect(await migrate(db, [...INDEXER_MIGRATIONS, extra])).to.deep.equal([]);
    expect((await db.all("SELECT id FROM schema_migrations ORDER BY id")).map((row) => row.id)).to.deep.equal([1n, 2n]);
    await db.close();
  });

  it("rolls a failing migration back whole", async () => {
    const db = new SqliteDb();
    const broken: Migration = { id: 2, name: "broken", sql: () => "CREATE TABLE half (k TEXT); CREATE TABLE oops (" };
    let caught: unknown;
    await migrate(db, [...INDEXER_MIGRATIONS, broken]).catch((error) => (caught = error));
    expect(caught).to.be.instanceOf(Error);
    expect(await db.all("SELECT name FROM sqlite_master WHERE name = 'half'")).to.deep.equal([]);
    expect(await migrate(db, INDEXER_MIGRATIONS)).to.deep.equal([]);
    await db.close();
  });

  it("refuses migrations out of order, and a store migrated by other or newer code", async () => {
    const db = new SqliteDb();
    let caught: unknown;
    await migrate(db, [extra, ...INDEXER_MIGRATIONS]).catch((error) => (caught = error));
    expect(caught).to.be.instanceOf(MigrationOrderError);
    await migrate(db, [...INDEXER_MIGRATIONS, extra]);
    await migrate(db, [...INDEXER_MIGRATIONS, { ...extra, name: "renamed" }]).catch((error) => (caught = error));
    expect(caught).to.be.instanceOf(MigrationMismatch).with.property("message").that.contains("other code");
    await migrate(db, INDEXER_MIGRATIONS).catch((error) => (caught = error));
    expect(caught).to.be.instanceOf(MigrationMismatch).with.property("message").that.contains("newer version");
    await db.close();
  });

  it("openIndexDb opens an SQLite file with every migration applied", async () => {
    const target = await sqliteFiles.fresh();
    const db = await openIndexDb(target);
    const tables = (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((row) => row.name);
    expect(tables).to.include.members(["events", "indexer_cursors", "indexer_seqs", "indexer_meta", "schema_migrations"]);
    expect(tables.length).to.be.greaterThan(10);
    await db.close();
  });
});

describe("indexer: events as JSON", () => {
  it("turns keys, integers, byte arrays and enums into JSON values, recursively", () => {
    const key = Keypair.generate().publicKey;
    const event: ChainEvent = {
      signature: "sig",
      slot: 7,
      blockTime: 1_700_000_000,
      index: 2,
      program: "io_cloud",
      name: "rentalClosed",
      entity: key.toBase58(),
      seq: 3n,
      payload: "",
      data: {
        header: { entity: key, seq: new BN(3) },
        region: [117, 115, 0, 0],
        hash: Uint8Array.from([0xde, 0xad]),
        state: { closed: {} },
        change: { rewardsBusyBoost: { busyBoostBps: 30_000 } },
        payments: [new BN("18446744073709551615"), new BN(0)],
        workers: [{ worker: key, paid: 5n, down: false }],
        empty: [],
        missing: null,
      },
    };
    const row = toEventRow(event, 9);
    expect(row).to.deep.include({ position: 9, signature: "sig", index: 2, slot: 7, blockTime: 1_700_000_000, program: "io_cloud", name: "rentalClosed", seq: "3" });
    expect(row.data).to.deep.equal({
      header: { entity: key.toBase58(), seq: "3" },
      region: "75730000",
      hash: "dead",
      state: "closed",
      change: { rewardsBusyBoost: { busyBoostBps: 30_000 } },
      payments: ["18446744073709551615", "0"],
      workers: [{ worker: key.toBase58(), paid: "5", down: false }],
      empty: [],
      missing: null,
    });
    expect(JSON.parse(JSON.stringify(row))).to.deep.equal(row);
  });
});

describe("indexer on SQLite", () => {
  batchScenarios(sqliteFiles);
  indexerScenarios(sqliteFiles);
});

describe("indexer: fast conversions of decoded values", () => {
  it("base58 of a key equals web3.js's, through bn.js's limbs and through the bytes", () => {
    const keys = [new PublicKey(new Uint8Array(32)), new PublicKey(new Uint8Array(32).fill(255)), ...Array.from({ length: 300 }, () => Keypair.generate().publicKey)];
    for (let zeros = 1; zeros < 32; zeros += 3) {
      const bytes = Keypair.generate().publicKey.toBytes();
      bytes.fill(0, 0, zeros);
      keys.push(new PublicKey(bytes));
    }
    for (const key of keys) {
      expect(base58(key), key.toBase58()).to.equal(key.toBase58());
      expect(base58Of32(key.toBytes())).to.equal(key.toBase58());
    }
  });

  it("big() of a BN equals BigInt of its decimal text, to 128 bits and negative", () => {
    const values = [0n, 1n, 2n ** 26n - 1n, 2n ** 26n, 2n ** 52n - 1n, 2n ** 52n, 2n ** 53n + 1n, 2n ** 64n - 1n, 2n ** 128n - 1n, -(2n ** 70n) - 5n];
    for (let i = 0; i < 500; i++) values.push(BigInt.asUintN(1 + (i % 128), BigInt(`0x${Buffer.from(Keypair.generate().publicKey.toBytes()).toString("hex")}`)));
    for (const value of values) {
      expect(big(new BN(value.toString())), value.toString()).to.equal(value);
      expect(text(new BN(value.toString()))).to.equal(value.toString());
    }
  });
});
