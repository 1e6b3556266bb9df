import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { ONE_IO, PROGRAM_IDS } from "@ionet/sdk";
import { ChainEvent } from "../sdk/src/events/chain_event.js";
import { EventLog } from "../sdk/src/lifecycle/event_log.js";
import { CpuHashExecutor } from "../sdk/src/lifecycle/executor.js";
import { SqliteStore } from "../sdk/src/lifecycle/store.js";
import { WorkerIndex } from "../sdk/src/lifecycle/worker_index.js";

import { daoWorld, DaoWorld, YEAR } from "./support_io_dao.js";

describe("lifecycle: worker index", () => {
  it("matches exactly the requested GPUs, by class and region, largest first", () => {
    const index = new WorkerIndex();
    index.add({ id: "a", deviceClass: 1, region: "us-east", gpus: 8 });
    index.add({ id: "b", deviceClass: 1, region: "us-east", gpus: 4 });
    index.add({ id: "c", deviceClass: 1, region: "eu-west", gpus: 2 });
    index.add({ id: "d", deviceClass: 2, region: "us-east", gpus: 8 });
    expect(index.match(1, 12)!.map((w) => w.id)).to.deep.equal(["a", "b"]);
    expect(index.match(1, 14)!.map((w) => w.id)).to.deep.equal(["a", "b", "c"]);
    expect(index.match(1, 14, "us-east")).to.equal(undefined);
    expect(index.match(1, 3)).to.equal(undefined);
    index.remove("a");
    expect(index.match(1, 8)).to.equal(undefined);
    expect(index.match(2, 8)!.map((w) => w.id)).to.deep.equal(["d"]);
  });
});

describe("lifecycle: sqlite store", () => {
  it("commits state, marks and cursor together, or none of them", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ionet-")), "state.db");
    const store = new SqliteStore(file);
    store.transaction(() => {
      store.put("rental", "r1", { paid: 12n });
      store.markProcessed("sig#0");
      store.setCursor("cloud", "sig");
    });
    expect(() =>
      store.transaction(() => {
        store.put("rental", "r1", { paid: 99n });
        store.markProcessed("sig2#0");
        throw new Error("crash");
      }),
    ).to.throw("crash");
    store.close();

    const reopened = new SqliteStore(file);
    expect(reopened.get<{ paid: bigint }>("rental", "r1")).to.deep.equal({ paid: 12n });
    expect(reopened.isProcessed("sig#0")).to.equal(true);
    expect(reopened.isProcessed("sig2#0")).to.equal(false);
    expect(reopened.cursor("cloud")).to.equal("sig");
    reopened.close();
  });
});

describe("lifecycle: event log over chain history", () => {
  let w: DaoWorld;

  const positionsLog = (store: SqliteStore, seen: ChainEvent[], hooks = {}) =>
    new EventLog(w.provider.connection, PROGRAM_IDS.io_dao, store, "dao", (e) => seen.push(e), hooks);

  beforeEach(async () => {
    w = await daoWorld();
    for (let i = 0; i < 3; i++) {
      const holder = await w.holder(1_000n * ONE_IO);
      await w.dao.lock(holder.keypair, 0, 500n * ONE_IO, "cliff", YEAR, holder.io, w.token.mint);
    }
  });

  it("applies each event once, in order, and resumes from its cursor", async () => {
    const store = new SqliteStore();
    const seen: ChainEvent[] = [];
    const log = positionsLog(store, seen);
    expect(await log.catchUp()).to.equal(4); // DaoInitialized + 3 PositionLocked
    expect(seen.map((e) => e.name)).to.deep.equal(["daoInitialized", "positionLocked", "positionLocked", "positionLocked"]);
    expect(await log.catchUp()).to.equal(0);
    const holder = await w.holder(100n * ONE_IO);
    await w.dao.lock(holder.keypair, 7, 10n * ONE_IO, "constant", YEAR, holder.io, w.token.mint);
    expect(await log.catchUp()).to.equal(1);
  });

  it("rolls a crashed event back and applies it after a restart", async () => {
    const store = new SqliteStore();
    const seen: ChainEvent[] = [];
    let crashes = 1;
    const crashing = positionsLog(store, seen, {
      beforeCommit: (e: ChainEvent) => {
        if (e.name === "positionLocked" && crashes-- > 0) throw new Error("killed");
      },
    });
    await crashing.catchUp().catch(() => undefined);
    const committed = seen.length - 1; // the crashed event was seen but not committed
    const after: ChainEvent[] = [];
    await positionsLog(store, after).catchUp();
    expect(committed + after.length).to.equal(4); // DaoInitialized + 3 PositionLocked, each once
    expect(after[0].name).to.equal("positionLocked");
  });

  it("follows live after applying what landed before it subscribed, each event once and in order", async () => {
    const store = new SqliteStore();
    const seen: ChainEvent[] = [];
    const log = positionsLog(store, seen);
    await log.catchUp();
    const holder = await w.holder(100n * ONE_IO);
    await w.dao.lock(holder.keypair, 1, 10n * ONE_IO, "cliff", YEAR, holder.io, w.token.mint);
    log.follow(); // subscribed after the lock: it is applied from history first
    await w.dao.extend(holder.keypair, 1, 2 * YEAR);
    await log.stop();
    expect(seen.slice(-2).map((e) => [e.name, e.seq])).to.deep.equal([
      ["positionLocked", 1n],
      ["positionExtended", 2n],
    ]);
    expect(seen.length).to.equal(6); // DaoInitialized + 4 PositionLocked + PositionExtended
  });
});

describe("lifecycle: default executor", () => {
  it("does real CPU work and returns a deterministic result hash", async () => {
    const executor = new CpuHashExecutor();
    const a = await executor.run({ rental: "r", worker: "w", units: 2 });
    const b = await executor.run({ rental: "r", worker: "w", units: 2 });
    expect(a.resultHash).to.equal(b.resultHash).and.to.have.length(64);
    expect((await executor.run({ rental: "r", worker: "w", units: 3 })).resultHash).to.not.equal(a.resultHash);
  });
});
