/**
 * The job lifecycle under the faults a review reproduced: missed live notifications, RPC lag
 * and rate limits, refusals, re-created accounts, restarts, a store of another chain, crashes
 * between sending and recording. Faults are injected into real components (a connection that
 * drops or fails calls on cue, a client whose send hangs like a killed process).
 */
import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Connection, Keypair, PublicKey } from "@solana/web3.js";

import { decodeEvents, IoCloudClient, toBigInt, USDC } from "@ionet/sdk";
import type { OrchestratorOptions } from "../sdk/src/lifecycle/orchestrator.js";
import { ActionRecord, SqliteStore } from "../sdk/src/lifecycle/store.js";

import { clockNow, funded, HOUR, hourOf, setUnixTime } from "./support.js";
import { CloudWorld, cloudWorld, fundUsdc, H100, prove, readyWorker } from "./support_io_cloud.js";
import { orchestratorFor as sharedOrchestratorFor } from "./support_lifecycle.js";

const DAY = 86_400;
const MINUTE = 60n;

/** What the faulty connection does wrong next: each counter is how many more times. */
interface Faults {
  /** Live notifications not delivered. */
  dropNotifications: number;
  /** `getTransaction` answers null (the node has not caught up yet). */
  nullTransactions: number;
  /** Transactions `getTransaction` answers null for until removed. */
  unavailable: Set<string>;
  /** Any history call fails as a rate-limited RPC does. */
  rateLimited: number;
}

/** Whether the fault counted by `name` happens now (using one up). */
function due(faults: Faults, name: "dropNotifications" | "nullTransactions" | "rateLimited"): boolean {
  if (faults[name] <= 0) return false;
  faults[name]--;
  return true;
}

/** `connection`, misbehaving as `faults` says. */
function faulty(connection: Connection, faults: Faults): Connection {
  const rateLimit = () => {
    if (due(faults, "rateLimited")) throw new Error("429 Too Many Requests");
  };
  return new Proxy(connection, {
    get(target, property) {
      switch (property) {
        case "onLogs":
          return (filter: PublicKey, callback: (...args: any[]) => void, commitment?: unknown) =>
            target.onLogs(filter, (...args) => (due(faults, "dropNotifications") ? undefined : callback(...args)), commitment as any);
        case "getTransaction":
          return async (signature: string, config?: any) => {
            rateLimit();
            if (faults.unavailable.has(signature) || due(faults, "nullTransactions")) return null;
            return target.getTransaction(signature, config);
          };
        case "getSignaturesForAddress":
          return async (...args: Parameters<Connection["getSignaturesForAddress"]>) => {
            rateLimit();
            return target.getSignaturesForAddress(...args);
          };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const noFaults = (): Faults => ({ dropNotifications: 0, nullTransactions: 0, unavailable: new Set(), rateLimited: 0 });

/** Short retry delays, so that fault tests run in milliseconds. */
const orchestratorFor = (world: CloudWorld, store: SqliteStore, options: Partial<OrchestratorOptions> = {}) =>
  sharedOrchestratorFor(world, store, { eventLog: { retryDelaysMs: [5, 10, 20] }, ...options });

interface Booked {
  renter: Keypair;
  rental: PublicKey;
  signature: string;
}

/** A renter booking `gpus` H100s for `hours` at 2 USDC per GPU-hour. */
async function book(world: CloudWorld, { gpus = 1, hours = 3, nonce = 1n, renter }: { gpus?: number; hours?: number; nonce?: bigint; renter?: Keypair } = {}): Promise<Booked> {
  renter ??= await funded(world.provider, 2);
  const renterToken = await fundUsdc(world, renter.publicKey, USDC(1_000));
  const { rental, result } = await world.cloud.book(renter, { nonce, deviceClass: H100, gpus, hours, pricePerGpuHour: USDC(2), tenderMint: world.usdcMint, renterToken });
  return { renter, rental, signature: result.signature };
}

let nextClassId = 10;

/** A new device class: a new entity whose one event has sequence 1 (and no other program's event). */
async function unrelatedNewEntity(world: CloudWorld): Promise<void> {
  const classId = nextClassId++;
  await world.cloud.setDeviceClass(world.governance, { classId, name: `class ${classId}`, multiplierBps: 1_000 });
}

/** The names of the events of every transaction that touched `address`, oldest first. */
async function eventNames(world: CloudWorld, address: PublicKey): Promise<string[]> {
  const names: string[] = [];
  const history = await world.provider.connection.getSignaturesForAddress(address);
  for (const { signature } of history.reverse()) {
    const tx = await world.provider.connection.getTransaction(signature, { maxSupportedTransactionVersion: 0 });
    names.push(...decodeEvents(tx!.meta!.logMessages!).map((e) => e.name));
  }
  return names;
}

type CloudMethod = "assign" | "replaceWorker" | "settle";

/** `cloud` whose methods named in `before` first run it with their arguments (what happens meanwhile), then send. */
function meanwhile(cloud: IoCloudClient, before: Partial<Record<CloudMethod, (...args: any[]) => Promise<unknown>>>): IoCloudClient {
  const wrapped = Object.create(cloud) as IoCloudClient;
  for (const [method, happen] of Object.entries(before)) {
    (wrapped as any)[method] = async (...args: unknown[]) => {
      await happen(...args);
      return (cloud as any)[method](...args);
    };
  }
  return wrapped;
}

/** `cloud` whose `method` sends, then never returns: the process died right after sending. */
function crashingAfterSend(cloud: IoCloudClient, method: CloudMethod): { cloud: IoCloudClient; sent: Promise<void> } {
  let done!: () => void;
  const sent = new Promise<void>((resolve) => (done = resolve));
  const wrapped = Object.create(cloud) as IoCloudClient;
  (wrapped as any)[method] = async (...args: unknown[]) => {
    await (cloud as any)[method](...args);
    done();
    return new Promise(() => undefined);
  };
  return { cloud: wrapped, sent };
}

/** A store whose next write of a `sent` record fails (a full disk), after the send succeeded. */
class FailingStore extends SqliteStore {
  failNextSent = false;

  override setAction(key: string, record: ActionRecord): void {
    if (this.failNextSent && record.status === "sent") {
      this.failNextSent = false;
      throw new Error("SQLITE_FULL: database or disk is full");
    }
    super.setAction(key, record);
  }
}

const caught = (work: Promise<unknown>): Promise<unknown> => work.then(() => undefined, (error: unknown) => error);
const tempDb = () => path.join(mkdtempSync(path.join(tmpdir(), "ionet-reliability-")), "state.db");

describe("lifecycle: reliability under faults", () => {
  it("1. the cursor is exact, not a high-water mark: a missed live transaction and what landed while down are applied", async () => {
    const world = await cloudWorld();
    const faults = noFaults();
    const connection = faulty(world.provider.connection, faults);
    const store = new SqliteStore();
    const live = orchestratorFor(world, store, { connection });
    await live.step();
    live.log.follow();
    faults.dropNotifications = 1;
    const missed = await book(world); // its notification never arrives
    await unrelatedNewEntity(world); // a new entity at sequence 1: no gap to see
    await live.log.drain();
    await live.log.catchUp();
    const missedApplied = live.rentals().some((r) => r.id === missed.rental.toBase58());
    await live.log.stop();

    const whileDown = await book(world);
    const restarted = orchestratorFor(world, store, { connection });
    restarted.log.follow(); // subscribes first; must not skip what landed while it was down
    await unrelatedNewEntity(world);
    await restarted.log.drain();
    await restarted.log.stop();
    expect({ missedApplied, whileDownApplied: restarted.rentals().some((r) => r.id === whileDown.rental.toBase58()) }).to.deep.equal({
      missedApplied: true,
      whileDownApplied: true,
    });
  });

  it("2. a getTransaction that answers null (RPC lag) is asked again, never skipped; if it stays null the cursor holds", async () => {
    const world = await cloudWorld();
    const faults = noFaults();
    const store = new SqliteStore();
    const orchestrator = orchestratorFor(world, store, { connection: faulty(world.provider.connection, faults) });
    await orchestrator.step();
    const lagged = await book(world);
    const later = await book(world);
    faults.nullTransactions = 1; // the lagged booking's first fetch
    await orchestrator.log.catchUp();
    await orchestrator.log.catchUp();
    const applied = (...bookings: Booked[]) => bookings.every((b) => orchestrator.rentals().some((r) => r.id === b.rental.toBase58()));
    const laggedApplied = applied(lagged, later);

    const missing = await book(world);
    const after = await book(world);
    const cursor = store.cursor("io_cloud");
    faults.unavailable.add(missing.signature);
    const error = await caught(orchestrator.log.catchUp());
    const cursorHeld = store.cursor("io_cloud") === cursor;
    faults.unavailable.clear();
    await orchestrator.log.catchUp();
    expect({
      laggedApplied,
      error: (error as Error | undefined)?.name,
      cursorHeld,
      appliedOnceAvailable: applied(missing, after),
    }).to.deep.equal({ laggedApplied: true, error: "TransactionUnavailable", cursorHeld: true, appliedOnceAvailable: true });
  });

  it("3. one transient RPC error (HTTP 429) while repairing the live path is retried and does not poison it", async () => {
    const world = await cloudWorld();
    const faults = noFaults();
    const orchestrator = orchestratorFor(world, new SqliteStore(), { connection: faulty(world.provider.connection, faults) });
    await orchestrator.step();
    orchestrator.log.follow();
    const first = await book(world);
    await orchestrator.log.drain();
    faults.dropNotifications = 1;
    await world.cloud.terminate(first.renter, first.rental); // missed: the next event of this rental shows a gap
    faults.rateLimited = 1;
    await world.cloud.close(first.rental);
    const second = await book(world);
    const drainError = await caught(orchestrator.log.drain());
    await orchestrator.log.stop();
    expect({
      drainError: drainError === undefined ? "none" : String(drainError),
      retriedAfter: orchestrator.log.liveErrors.map(String),
      first: orchestrator.rentals().find((r) => r.id === first.rental.toBase58())?.state,
      second: orchestrator.rentals().find((r) => r.id === second.rental.toBase58())?.state,
    }).to.deep.equal({ drainError: "none", retriedAfter: ["Error: 429 Too Many Requests"], first: "closed", second: "booked" });
  });

  it("4. a refused assignment or replacement puts the chosen idle workers back in the index", async () => {
    const world = await cloudWorld();
    const spares = [await readyWorker(world), await readyWorker(world)];
    const silent = await readyWorker(world);
    // A rental the silent worker serves (assigned by hand), and one the renter cancels meanwhile.
    const served = await book(world, { hours: 3 });
    await world.cloud.assign(world.orchestrator, served.rental, [silent.worker]);
    const cancelled = await book(world);
    let chosen: PublicKey[] = [];
    let incoming: PublicKey | undefined;
    const cloud = meanwhile(world.cloud, {
      assign: async (_signer, _rental, workers: PublicKey[]) => {
        chosen = workers;
        await world.cloud.terminate(cancelled.renter, cancelled.rental);
      },
      // Two hours on, replacing the silent worker is refused: the renter terminated meanwhile.
      replaceWorker: async (_signer, _rental, _outgoing, next: PublicKey) => {
        incoming = next;
        await world.cloud.terminate(served.renter, served.rental);
      },
    });
    const orchestrator = orchestratorFor(world, new SqliteStore(), { cloud });
    orchestrator.heartbeat(silent.worker, await clockNow(world.context));
    await orchestrator.step();
    const keptAfterRefusedAssign = chosen.length > 0 && chosen.every((w) => orchestrator.index.has(w.toBase58()));

    await world.context.advanceSeconds(2 * Number(HOUR));
    for (const spare of spares) {
      await prove(world, spare.worker);
      orchestrator.heartbeat(spare.worker, await clockNow(world.context));
    }
    await orchestrator.step();
    expect({
      keptAfterRefusedAssign,
      replacementTried: incoming !== undefined,
      keptAfterRefusedReplace: incoming !== undefined && orchestrator.index.has(incoming.toBase58()),
    }).to.deep.equal({ keptAfterRefusedAssign: true, replacementTried: true, keptAfterRefusedReplace: true });
  });

  it("5. a re-created account (worker registered again, rental booked again at a closed rental's address) is applied as a new incarnation", async () => {
    const world = await cloudWorld();
    const faults = noFaults();
    const orchestrator = orchestratorFor(world, new SqliteStore(), { connection: faulty(world.provider.connection, faults) });
    await orchestrator.step();
    orchestrator.log.follow();

    // The worker leaves and registers again: the same address, sequence 1 again.
    const w = await readyWorker(world);
    const staked = toBigInt((await world.cloud.fetchWorkerOrThrow(w.worker)).staked);
    await world.cloud.unstake(w.authority, w.worker, staked);
    await world.context.advanceSeconds(14 * DAY);
    await world.cloud.withdraw(w.authority, w.worker, w.io);
    await world.cloud.deregister(w.authority, w.worker, w.io);
    await world.cloud.registerWorker(w.authority, { deviceId: w.deviceId, deviceClass: H100, gpus: 1, region: "us-east", pricePerGpuHour: USDC(2), askIoPerGpuHour: 1n });
    await world.cloud.stake(w.authority, w.worker, w.io, staked);
    await prove(world, w.worker);

    // A rental booked, cancelled and closed (sequence 1..3), then booked again at its address; the
    // new incarnation's first three notifications are missed, its fourth (sequence 4) arrives.
    const old = await book(world, { nonce: 7n });
    await world.cloud.terminate(old.renter, old.rental);
    await world.cloud.close(old.rental);
    await orchestrator.log.drain();
    faults.dropNotifications = 3;
    const again = await book(world, { nonce: 7n, renter: old.renter });
    await world.cloud.assign(world.orchestrator, again.rental, [w.worker]);
    await world.context.advanceSeconds(Number(HOUR + 10n * MINUTE));
    await world.cloud.settle(again.rental);
    await world.context.advanceSeconds(Number(10n * MINUTE));
    await world.cloud.settle(again.rental);
    await orchestrator.log.drain();
    await orchestrator.log.stop();

    const replay = orchestratorFor(world, new SqliteStore());
    await replay.log.catchUp();
    const rental = orchestrator.rentals().find((r) => r.id === again.rental.toBase58());
    expect({ booking: rental?.booking, workers: rental?.workers }).to.deep.equal({ booking: again.signature, workers: [w.worker.toBase58()] });
    expect(orchestrator.rentals()).to.deep.equal(replay.rentals());
    expect(orchestrator.workers()).to.deep.equal(replay.workers());
    expect(orchestrator.workers().find((x) => x.id === w.worker.toBase58())).to.include({ assignable: true, busy: true });
  });

  it("6. heartbeats survive a restart: a worker that died around it is replaced once its timeout passes", async () => {
    const world = await cloudWorld();
    const workers = [await readyWorker(world), await readyWorker(world)];
    const { rental } = await book(world, { hours: 6 });
    const store = new SqliteStore();
    const before = orchestratorFor(world, store);
    const start = await clockNow(world.context);
    await before.step();
    const [assigned] = before.rentals()[0].workers;
    const spare = workers.find((w) => w.worker.toBase58() !== assigned)!;
    await setUnixTime(world.context, start + 30n * MINUTE);
    before.heartbeat(workers.find((w) => w.worker.toBase58() === assigned)!.worker, start + 30n * MINUTE);

    // Restarted; the assigned worker is never heard from again, the spare keeps heartbeating.
    const after = orchestratorFor(world, store);
    const proven = new Set([hourOf(start)]);
    const stepAt = async (minutes: bigint) => {
      await setUnixTime(world.context, start + minutes * MINUTE);
      const hour = hourOf(start + minutes * MINUTE);
      if (!proven.has(hour)) await prove(world, spare.worker);
      proven.add(hour);
      after.heartbeat(spare.worker, start + minutes * MINUTE);
      await after.step();
      return after.rentals().find((r) => r.id === rental.toBase58())!.workers;
    };
    const at80 = await stepAt(80n); // 50 minutes since its last heartbeat: not silent yet
    const at100 = await stepAt(100n); // 70 minutes: silent
    expect({ at80, at100 }).to.deep.equal({ at80: [assigned], at100: [spare.worker.toBase58()] });
  });

  it("7. a store of another chain (another genesis) is refused, not merged", async () => {
    const file = tempDb();
    const chain = await cloudWorld();
    await readyWorker(chain);
    const first = orchestratorFor(chain, new SqliteStore(file));
    await first.step();
    const workers = first.workers();
    first.store.close();

    const other = await cloudWorld();
    await readyWorker(other);
    const wrong = orchestratorFor(other, new SqliteStore(file));
    const error = await caught(wrong.step());
    wrong.store.close();
    const reopened = orchestratorFor(chain, new SqliteStore(file));
    await reopened.step();
    expect({ error: (error as Error | undefined)?.name, unchanged: reopened.workers() }).to.deep.equal({ error: "StoreChainMismatch", unchanged: workers });
  });

  it("8. actions are resolved by what happened on-chain: after a crash, on a cancellation, on a store error", async () => {
    const world = await cloudWorld();
    const hourStart = ((await clockNow(world.context)) / HOUR + 1n) * HOUR;
    await setUnixTime(world.context, hourStart + MINUTE);
    const first = await readyWorker(world);
    const store = new FailingStore();
    const assigned = await book(world, { hours: 3 });
    const assignKey = `assign:${assigned.rental.toBase58()}:${assigned.signature}`;
    // Heartbeats play no part here (the idle worker must not become a replacement).
    const restart = (options: Partial<OrchestratorOptions> = {}) => orchestratorFor(world, store, { heartbeatTimeoutSecs: undefined, ...options });

    // Killed right after sending the assignment: its record says `pending`.
    const crashAssign = crashingAfterSend(world.cloud, "assign");
    void restart({ cloud: crashAssign.cloud }).step();
    await crashAssign.sent;
    await restart().step();
    const assignAfterRestart = store.action(assignKey)?.status;

    // Killed right after sending this hour's settle; restarted later in the same hour.
    await setUnixTime(world.context, hourStart + HOUR + 2n * MINUTE);
    await prove(world, first.worker);
    const crashSettle = crashingAfterSend(world.cloud, "settle");
    void restart({ cloud: crashSettle.cloud }).settleAll();
    await crashSettle.sent;
    await setUnixTime(world.context, hourStart + HOUR + 5n * MINUTE);
    await restart().settleAll();
    const settlesThisHour = (await eventNames(world, assigned.rental)).filter((n) => n === "rentalSettled").length;

    // A booking cancelled before any worker was free: closed (its rent back to the renter).
    const cancelled = await book(world, { gpus: 8 });
    await restart().step();
    await world.cloud.terminate(cancelled.renter, cancelled.rental);
    const closer = restart();
    await closer.step();
    const cancelledState = closer.rentals().find((r) => r.id === cancelled.rental.toBase58())?.state;
    const cancelledAccount = await world.cloud.fetchRental(cancelled.rental);

    // The store fails right after a successful send: not a refusal, and the send stands.
    const second = await readyWorker(world);
    const afterStoreError = await book(world);
    store.failNextSent = true;
    const failing = restart();
    const storeError = await caught(failing.step());
    await restart().step();
    const assignments = (await eventNames(world, afterStoreError.rental)).filter((n) => n === "rentalAssigned").length;

    expect({
      assignAfterRestart,
      settlesThisHour,
      cancelledState,
      cancelledAccountClosed: cancelledAccount === null,
      storeError: String(storeError),
      refusalsRecorded: failing.refusals.length,
      assignments,
      secondAssigned: (await world.cloud.fetchRentalOrThrow(afterStoreError.rental)).assignments.map((a) => a.worker.toBase58()),
    }).to.deep.equal({
      assignAfterRestart: "sent",
      settlesThisHour: 1,
      cancelledState: "closed",
      cancelledAccountClosed: true,
      storeError: "Error: SQLITE_FULL: database or disk is full",
      refusalsRecorded: 0,
      assignments: 1,
      secondAssigned: [second.worker.toBase58()],
    });
  });

  it("9. a silent worker with no replacement is reported down, once per silence", async () => {
    const world = await cloudWorld();
    const only = await readyWorker(world);
    const { rental } = await book(world, { hours: 8 });
    const orchestrator = orchestratorFor(world, new SqliteStore());
    await orchestrator.step();
    const isDown = async () => (await world.cloud.fetchRentalOrThrow(rental)).assignments[0].down;

    await world.context.advanceSeconds(2 * Number(HOUR));
    await orchestrator.step();
    const downAfterSilence = await isDown();
    await world.context.advanceSeconds(Number(10n * MINUTE));
    await orchestrator.step(); // the same silence: no second report
    const reports = orchestrator.sent.filter((k) => k.startsWith("down:")).length;

    // It comes back (reported up), then goes silent again (a new silence, reported again).
    await prove(world, only.worker);
    orchestrator.heartbeat(only.worker, await clockNow(world.context));
    await orchestrator.step();
    const downAfterReturn = await isDown();
    await world.context.advanceSeconds(2 * Number(HOUR));
    await orchestrator.step();
    expect({
      downAfterSilence,
      reports,
      downAfterReturn,
      downAgain: await isDown(),
      sent: orchestrator.sent.map((k) => k.split(":")[0]),
    }).to.deep.equal({ downAfterSilence: true, reports: 1, downAfterReturn: false, downAgain: true, sent: ["assign", "down", "up", "down"] });
  });

  it("10. a silent worker is replaced only by an idle worker heard from within the timeout: one silent as long is passed over", async () => {
    const world = await cloudWorld();
    const serving = await readyWorker(world);
    const { rental } = await book(world, { hours: 8 });
    const orchestrator = orchestratorFor(world, new SqliteStore());
    await orchestrator.step();
    // Two idle workers, both heard from now; then only `live` goes on heartbeating.
    const [stale, live] = [await readyWorker(world), await readyWorker(world)];
    for (const w of [stale, live]) orchestrator.heartbeat(w.worker, await clockNow(world.context));
    const workersOf = async () => (await world.cloud.fetchRentalOrThrow(rental)).assignments.map((a) => a.worker.toBase58());

    await world.context.advanceSeconds(2 * Number(HOUR));
    for (const w of [stale, live]) await prove(world, w.worker);
    await orchestrator.step(); // nobody heard from within the hour: reported down, not replaced by `stale`
    const whileNoneHeard = { workers: await workersOf(), down: (await world.cloud.fetchRentalOrThrow(rental)).assignments[0].down };
    orchestrator.heartbeat(live.worker, await clockNow(world.context));
    await orchestrator.step();
    expect({ whileNoneHeard, afterLiveHeard: await workersOf(), sent: orchestrator.sent.map((k) => k.split(":")[0]) }).to.deep.equal({
      whileNoneHeard: { workers: [serving.worker.toBase58()], down: true },
      afterLiveHeard: [live.worker.toBase58()],
      sent: ["assign", "down", "replace"],
    });
  });
});
