/**
 * The orchestrator (io.net's "IO Cloud" backend role), driven only by io_cloud's events: it keeps
 * workers and rentals in a durable store, matches booked rentals to eligible idle workers from an
 * index, reports workers that miss heartbeats and replaces them, settles running rentals and
 * closes finished ones. It assigns a worker only to rentals paying at least its ask in the
 * rental's tender (the program refuses the rest). Every transaction it sends is recorded as an
 * action first, keyed by what it does to which booking (a rental's address and the signature
 * that booked it: an address reused by a new booking is a new rental), so a restart never sends
 * it twice.
 */
import type { Connection, PublicKey, Signer } from "@solana/web3.js";
import { PublicKey as Key } from "@solana/web3.js";

import type { IoCloudClient } from "../cloud/client.js";
import { regionName, toBigInt } from "../codec.js";
import type { ChainEvent } from "../events/chain_event.js";
import { PROGRAM_IDS } from "../programs.js";
import { EventLog, EventLogHooks } from "./event_log.js";
import { LifecycleStore } from "./store.js";
import { IndexedWorker, WorkerIndex } from "./worker_index.js";

export interface WorkerView {
  id: string;
  authority: string;
  deviceClass: number;
  region: string;
  gpus: number;
  /** Asks per GPU-hour: micro-USD (USD-pegged tenders) and IO base units. */
  askUsd: bigint;
  askIo: bigint;
  eligible: boolean;
  busy: boolean;
}

export interface RentalView {
  id: string;
  renter: string;
  deviceClass: number;
  gpus: number;
  region: string;
  /** The transaction that booked it: with the address, what identifies this booking. */
  booking: string;
  tenderMint: string;
  pricePerGpuHour: bigint;
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
  /** The IO mint: rentals in it are matched on workers' IO asks, others on their USD asks. */
  ioMint: PublicKey;
  /**
   * A fresh Pyth price update of the IO/USD feed to pass at assignment, so that USD fees fund
   * the workers' busy boost (none without it).
   */
  priceUpdate?: () => Promise<PublicKey | undefined>;
  hooks?: EventLogHooks;
}

/** What every rental event's `totals` says of the rental. */
function totalsView(totals: Record<string, any>): Pick<RentalView, "state" | "endTime" | "deposited" | "paid" | "refunded" | "fees"> {
  return {
    state: Object.keys(totals.state)[0] as RentalView["state"],
    endTime: toBigInt(totals.endTime),
    deposited: toBigInt(totals.deposited),
    paid: toBigInt(totals.paid),
    refunded: toBigInt(totals.refunded),
    fees: toBigInt(totals.fees),
  };
}

export class Orchestrator {
  readonly log: EventLog;
  /** Eligible idle workers with their asks (matching reads no store). */
  readonly index = new WorkerIndex<IndexedWorker & Pick<WorkerView, "askUsd" | "askIo">>();
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
          askUsd: toBigInt(d.pricePerGpuHour),
          askIo: toBigInt(d.askIoPerGpuHour),
          eligible: false,
          busy: false,
        });
        break;
      case "workerUpdated":
        this.patchWorker(event.entity, {
          gpus: d.gpus,
          region: regionName(d.region),
          askUsd: toBigInt(d.pricePerGpuHour),
          askIo: toBigInt(d.askIoPerGpuHour),
        });
        break;
      case "workerWeightChanged":
        // `weight.busy` is the boost io_rewards counts, not whether the worker is rented.
        this.patchWorker(event.entity, { eligible: d.weight.eligible });
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
          booking: event.signature,
          tenderMint: d.tenderMint.toBase58(),
          pricePerGpuHour: toBigInt(d.pricePerGpuHour),
          workers: [],
          ...totalsView(d.totals),
        });
        break;
      case "rentalAssigned":
        for (const w of d.workers) this.patchWorker(w.worker.toBase58(), { busy: true });
        this.patchRental(event.entity, d);
        break;
      case "rentalWorkerReplaced":
        this.patchWorker(d.outgoing.worker.toBase58(), { busy: false });
        this.patchWorker(d.incoming.worker.toBase58(), { busy: true });
        this.patchRental(event.entity, d);
        break;
      case "rentalSettled":
      case "rentalExtended":
      case "rentalTerminated":
      case "rentalWorkerStatus":
        this.patchRental(event.entity, d);
        break;
      case "rentalClosed":
        for (const w of d.workers) this.patchWorker(w.worker.toBase58(), { busy: false });
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
      const { id, deviceClass, region, gpus, askUsd, askIo } = worker;
      this.index.add({ id, deviceClass, region, gpus, askUsd, askIo });
    } else {
      this.index.remove(worker.id);
    }
  }

  private patchRental(id: string, data: Record<string, any>): void {
    const rental = this.store.get<RentalView>("rental", id);
    if (!rental) return;
    const workers = data.workers;
    const next: RentalView = { ...rental, ...totalsView(data.totals) };
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
          await this.once(`close:${this.bookingKey(rental)}`, () => this.options.cloud.close(new Key(rental.id)), "retry");
        }
        else await this.replaceSilent(rental, now);
      }
    }
  }

  /** What identifies one booking across reuses of its address. */
  private bookingKey(rental: RentalView): string {
    return `${rental.id}:${rental.booking}`;
  }

  /** Whether `rental` pays at least a worker's ask (USD-pegged tenders: micro-USD units). */
  private accepts(rental: RentalView): (worker: Pick<WorkerView, "askUsd" | "askIo">) => boolean {
    const inIo = rental.tenderMint === this.options.ioMint.toBase58();
    return (worker) => rental.pricePerGpuHour >= (inIo ? worker.askIo : worker.askUsd);
  }

  private async assign(rental: RentalView): Promise<void> {
    const accepts = this.accepts(rental);
    const chosen = this.index.match(rental.deviceClass, rental.gpus, rental.region || undefined, accepts)
      ?? this.index.match(rental.deviceClass, rental.gpus, undefined, accepts);
    if (!chosen) return;
    const workers = chosen.map((w) => new Key(w.id));
    await this.once(
      `assign:${this.bookingKey(rental)}`,
      async () => {
        const priceUpdate = await this.options.priceUpdate?.();
        return this.options.cloud.assign(this.options.orchestrator, new Key(rental.id), workers, { priceUpdate });
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
      const [incoming] = this.index.match(worker.deviceClass, worker.gpus, undefined, this.accepts(rental)) ?? [];
      if (!incoming) continue;
      await this.once(
        `replace:${this.bookingKey(rental)}:${id}`,
        async () => {
          await this.options.cloud.reportDown(this.options.orchestrator, new Key(rental.id), new Key(id)).catch(() => undefined);
          return this.options.cloud.replaceWorker(this.options.orchestrator, new Key(rental.id), new Key(id), new Key(incoming.id));
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
      await this.once(`settle:${this.bookingKey(rental)}:${hour}`, () => this.options.cloud.settle(new Key(rental.id)), "skip");
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
