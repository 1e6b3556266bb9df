/**
 * The orchestrator (io.net's "IO Cloud" backend role), driven only by io_cloud's events: it keeps
 * workers and rentals in a durable store, matches booked rentals to eligible idle workers from an
 * index, reports workers that miss heartbeats and replaces them, settles running rentals and
 * closes finished ones. Every transaction it sends is recorded as an action first, keyed by what
 * it does, so a restart never sends it twice.
 */
import type { Connection, PublicKey, Signer } from "@solana/web3.js";
import { PublicKey as Key } from "@solana/web3.js";

import { type IoCloudClient, regionName } from "../cloud/client.js";
import type { ChainEvent } from "../events/chain_event.js";
import { PROGRAM_IDS } from "../programs.js";
import { EventLog, EventLogHooks } from "./event_log.js";
import { LifecycleStore } from "./store.js";
import { WorkerIndex } from "./worker_index.js";

export interface WorkerView {
  id: string;
  authority: string;
  deviceClass: number;
  region: string;
  gpus: number;
  eligible: boolean;
  busy: boolean;
}

export interface RentalView {
  id: string;
  renter: string;
  deviceClass: number;
  gpus: number;
  region: string;
  state: "booked" | "active" | "terminated" | "cancelled" | "closed";
  workers: string[];
  endTime: bigint;
  deposited: bigint;
  paid: bigint;
  refunded: bigint;
  fees: bigint;
}

export interface OrchestratorOptions {
  connection: Connection;
  cloud: IoCloudClient;
  orchestrator: Signer;
  store: LifecycleStore;
  /** Chain time in unix seconds. */
  now(): Promise<bigint>;
  /** A busy worker silent for longer than this is reported down and replaced. */
  heartbeatTimeoutSecs?: bigint;
  /** Also send each touched worker's weight to io_rewards (when io_rewards is wired). */
  syncRewards?: boolean;
  hooks?: EventLogHooks;
}

const big = (value: { toString(): string }) => BigInt(value.toString());

export class Orchestrator {
  readonly log: EventLog;
  readonly index = new WorkerIndex();
  private readonly heartbeats = new Map<string, bigint>();
  /** Events applied by this process. */
  eventsApplied = 0;
  /** Transactions sent by this process (for the no-double-send checks). */
  readonly sent: string[] = [];

  constructor(readonly options: OrchestratorOptions) {
    this.log = new EventLog(options.connection, PROGRAM_IDS.io_cloud, options.store, "io_cloud", (e) => this.apply(e), options.hooks);
    for (const worker of options.store.list<WorkerView>("worker")) this.indexWorker(worker);
  }

  get store(): LifecycleStore {
    return this.options.store;
  }

  workers(): WorkerView[] {
    return this.store.list<WorkerView>("worker");
  }

  rentals(): RentalView[] {
    return this.store.list<RentalView>("rental");
  }

  /** A worker agent's liveness signal (off-chain). */
  heartbeat(worker: PublicKey, at: bigint): void {
    this.heartbeats.set(worker.toBase58(), at);
  }

  /** Applies new events, acts on the state, then applies what its own actions caused. */
  async step(): Promise<void> {
    await this.log.catchUp();
    await this.act();
    await this.log.catchUp();
  }

  // ---- state from events (deterministic: a replay from history rebuilds the same) ----

  private apply(event: ChainEvent): void {
    this.eventsApplied++;
    const d = event.data;
    switch (event.name) {
      case "workerRegistered":
        this.putWorker({
          id: event.entity,
          authority: d.authority.toBase58(),
          deviceClass: d.deviceClass,
          region: regionName(d.region),
          gpus: d.gpus,
          eligible: false,
          busy: false,
        });
        break;
      case "workerUpdated":
        this.patchWorker(event.entity, { gpus: d.gpus, region: regionName(d.region) });
        break;
      case "workerWeightChanged":
        this.patchWorker(event.entity, { eligible: d.weight.eligible, busy: d.weight.busy });
        break;
      case "workerDeregistered":
        this.store.remove("worker", event.entity);
        this.index.remove(event.entity);
        break;
      case "rentalBooked":
        this.store.put<RentalView>("rental", event.entity, {
          id: event.entity,
          renter: d.renter.toBase58(),
          deviceClass: d.deviceClass,
          gpus: d.gpus,
          region: regionName(d.region),
          state: "booked",
          workers: [],
          endTime: 0n,
          deposited: big(d.deposited),
          paid: 0n,
          refunded: 0n,
          fees: big(d.tenderFee) + big(d.reservationFee),
        });
        break;
      case "rentalAssigned":
      case "rentalSettled":
      case "rentalExtended":
      case "rentalTerminated":
      case "rentalWorkerStatus":
      case "rentalWorkerReplaced":
        this.patchRental(event.entity, d);
        break;
      case "rentalClosed":
        this.patchRental(event.entity, d);
        this.patchRentalState(event.entity, "closed");
        break;
    }
  }

  private putWorker(worker: WorkerView): void {
    this.store.put("worker", worker.id, worker);
    this.indexWorker(worker);
  }

  private patchWorker(id: string, patch: Partial<WorkerView>): void {
    const worker = this.store.get<WorkerView>("worker", id);
    if (worker) this.putWorker({ ...worker, ...patch });
  }

  private indexWorker(worker: WorkerView): void {
    if (worker.eligible && !worker.busy) {
      this.index.add({ id: worker.id, deviceClass: worker.deviceClass, region: worker.region, gpus: worker.gpus });
    } else {
      this.index.remove(worker.id);
    }
  }

  private patchRental(id: string, data: Record<string, any>): void {
    const rental = this.store.get<RentalView>("rental", id);
    if (!rental) return;
    const totals = data.totals;
    const workers = data.workers;
    const next: RentalView = {
      ...rental,
      state: Object.keys(totals.state)[0] as RentalView["state"],
      endTime: big(totals.endTime),
      deposited: big(totals.deposited),
      paid: big(totals.paid),
      refunded: big(totals.refunded),
      fees: big(totals.fees),
    };
    if (workers) next.workers = workers.map((w: { worker: Key }) => w.worker.toBase58());
    if (data.incoming && data.outgoing) {
      const out = data.outgoing.worker.toBase58();
      next.workers = next.workers.map((w) => (w === out ? data.incoming.worker.toBase58() : w));
    }
    this.store.put("rental", id, next);
  }

  private patchRentalState(id: string, state: RentalView["state"]): void {
    const rental = this.store.get<RentalView>("rental", id);
    if (rental) this.store.put("rental", id, { ...rental, state });
  }

  // ---- decisions ----

  private async act(): Promise<void> {
    const now = await this.options.now();
    for (const rental of this.rentals()) {
      if (rental.state === "booked") await this.assign(rental);
      else if (rental.state === "active" || rental.state === "terminated") {
        if (now >= rental.endTime) {
          await this.once(`close:${rental.id}`, async () => {
            const result = await this.options.cloud.close(new Key(rental.id));
            if (this.options.syncRewards) await this.options.cloud.syncRewards(rental.workers.map((w) => new Key(w)));
            return result;
          }, "retry");
        }
        else await this.replaceSilent(rental, now);
      }
    }
  }

  private async assign(rental: RentalView): Promise<void> {
    const chosen = this.index.match(rental.deviceClass, rental.gpus, rental.region || undefined)
      ?? this.index.match(rental.deviceClass, rental.gpus);
    if (!chosen) return;
    const workers = chosen.map((w) => new Key(w.id));
    await this.once(
      `assign:${rental.id}`,
      async () => {
        const result = await this.options.cloud.assign(this.options.orchestrator, new Key(rental.id), workers);
        if (this.options.syncRewards) await this.options.cloud.syncRewards(workers);
        return result;
      },
      "retry",
    );
    for (const w of chosen) this.index.remove(w.id);
  }

  private async replaceSilent(rental: RentalView, now: bigint): Promise<void> {
    const timeout = this.options.heartbeatTimeoutSecs;
    if (timeout === undefined) return;
    for (const id of rental.workers) {
      const last = this.heartbeats.get(id);
      if (last === undefined || now - last <= timeout) continue;
      const worker = this.store.get<WorkerView>("worker", id);
      if (!worker) continue;
      const [incoming] = this.index.match(worker.deviceClass, worker.gpus) ?? [];
      if (!incoming) continue;
      await this.once(
        `replace:${rental.id}:${id}`,
        async () => {
          await this.options.cloud.reportDown(this.options.orchestrator, new Key(rental.id), new Key(id)).catch(() => undefined);
          const result = await this.options.cloud.replaceWorker(this.options.orchestrator, new Key(rental.id), new Key(id), new Key(incoming.id));
          if (this.options.syncRewards) await this.options.cloud.syncRewards([new Key(id), new Key(incoming.id)]);
          return result;
        },
        "retry",
      );
      this.index.remove(incoming.id);
      this.heartbeats.set(incoming.id, now);
    }
  }

  /** Settles every running rental (the timer's job). */
  async settleAll(): Promise<void> {
    const hour = (await this.options.now()) / 3_600n;
    for (const rental of this.rentals().filter((r) => r.state === "active")) {
      await this.once(`settle:${rental.id}:${hour}`, () => this.options.cloud.settle(new Key(rental.id)), "skip");
    }
    await this.log.catchUp();
  }

  /** Refusals met (e.g. a worker that became ineligible between match and assignment). */
  readonly refusals: { key: string; error: string }[] = [];

  /**
   * Sends a transaction at most once for `key`: the intent is committed before sending and the
   * outcome after. On a refusal, `skip` records the key as done (e.g. nothing to settle this
   * hour) and `retry` forgets it so a later step decides again. A crash between sending and
   * recording leaves it `pending`; the retry is then refused on-chain (the state moved on).
   */
  private async once(key: string, send: () => Promise<{ signature: string }>, onRefusal: "skip" | "retry"): Promise<void> {
    const known = this.store.action(key);
    if (known && known.status !== "pending") return;
    this.store.setAction(key, { status: "pending" });
    try {
      const { signature } = await send();
      this.sent.push(key);
      this.store.setAction(key, { status: "sent", signature });
    } catch (err) {
      const error = String((err as Error).message ?? err);
      this.refusals.push({ key, error });
      if (onRefusal === "skip") this.store.setAction(key, { status: "skipped", detail: error });
      else this.store.removeAction(key);
    }
  }
}
