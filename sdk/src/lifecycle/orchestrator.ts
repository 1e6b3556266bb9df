/**
 * The orchestrator (io.net's "IO Cloud" backend role), driven only by io_cloud's events: it keeps
 * workers, rentals and heartbeats in a durable store, matches booked rentals to assignable idle
 * workers from an index, replaces workers that miss heartbeats (reports them down while no
 * worker is free, and up when they return), settles running rentals each hour and closes ended
 * and cancelled ones. It assigns a worker only to rentals paying at least its ask in the rental's
 * tender (the program refuses the rest). Every transaction it sends is recorded as an action
 * first, keyed by what it does to which booking (a rental's address and the signature that
 * booked it: an address reused by a new booking is a new rental); an action a crash left
 * `pending` is resolved from what the chain shows, so a restart never sends it twice.
 */
import type { Connection, PublicKey, Signer } from "@solana/web3.js";
import { PublicKey as Key } from "@solana/web3.js";

import type { IoCloudClient } from "../cloud/client.js";
import { regionName, toBigInt } from "../codec.js";
import type { ChainEvent } from "../events/chain_event.js";
import { STREAM_SECONDS_PER_HOUR as SECONDS_PER_HOUR } from "../math/streaming.js";
import { PROGRAM_IDS } from "../programs.js";
import { EventLog, EventLogOptions } from "./event_log.js";
import { ActionRecord, LifecycleStore } from "./store.js";
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
  /** May be assigned now (io_cloud's `WorkerWeightChanged.assignable`: stake, class, uptime). */
  assignable: boolean;
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
  /** Workers reported down (not streaming). */
  down: string[];
  /** Chain time of its last hourly settle (0 if none). */
  settledAt: bigint;
  endTime: bigint;
  deposited: bigint;
  /** Paid to the workers, net of their supplier fees. */
  paid: bigint;
  supplierFees: bigint;
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
  /**
   * A busy worker not heard from for longer than this (counted from its last heartbeat, or from
   * its assignment) is replaced by an idle worker heard from within it, or reported down while
   * no such worker is free.
   */
  heartbeatTimeoutSecs?: bigint;
  /** The IO mint: rentals in it are matched on workers' IO asks, others on their USD asks. */
  ioMint: PublicKey;
  /**
   * A fresh Pyth price update of the IO/USD feed to pass at assignment, so that USD fees fund
   * the workers' busy boost (none without it).
   */
  priceUpdate?: () => Promise<PublicKey | undefined>;
  eventLog?: EventLogOptions;
}

/** What an action does, recorded with it: how one a crash left `pending` is resolved. */
type Intent =
  | { kind: "assign" | "close"; rental: string; booking: string }
  | { kind: "settle"; rental: string; booking: string; hour: bigint }
  /** `since`: the last sign of life the worker's silence (or return) is counted from. */
  | { kind: "replace" | "down" | "up"; rental: string; booking: string; worker: string; since: bigint };

/** What the chain shows of an action: it landed, it became moot, or nothing shows it yet. */
type Outcome = "landed" | "moot" | "unknown";

function actionKey(intent: Intent): string {
  const { kind, rental, booking, ...detail } = intent;
  return [kind, rental, booking, ...Object.values(detail)].join(":");
}

const HEARTBEAT = "heartbeat";

type AssignmentView = { worker: Key; down: boolean };
const workerOf = (view: AssignmentView) => view.worker.toBase58();

/** A rental's workers and those down after an event's assignment views. */
function slotsAfter(rental: RentalView, d: Record<string, any>): Pick<RentalView, "workers" | "down"> {
  if (d.workers) return { workers: d.workers.map(workerOf), down: d.workers.filter((w: AssignmentView) => w.down).map(workerOf) };
  let { workers, down } = rental;
  if (d.outgoing && d.incoming) {
    workers = workers.map((w) => (w === workerOf(d.outgoing) ? workerOf(d.incoming) : w));
    down = down.filter((w) => w !== workerOf(d.outgoing));
  }
  if (d.worker) {
    down = down.filter((w) => w !== workerOf(d.worker));
    if (d.worker.down) down.push(workerOf(d.worker));
  }
  return { workers, down };
}

/** What every rental event's `totals` says of the rental. */
function totalsView(totals: Record<string, any>): Pick<RentalView, "state" | "endTime" | "deposited" | "paid" | "supplierFees" | "refunded" | "fees"> {
  return {
    state: Object.keys(totals.state)[0] as RentalView["state"],
    endTime: toBigInt(totals.endTime),
    deposited: toBigInt(totals.deposited),
    paid: toBigInt(totals.paid),
    supplierFees: toBigInt(totals.supplierFees),
    refunded: toBigInt(totals.refunded),
    fees: toBigInt(totals.fees),
  };
}

export class Orchestrator {
  readonly log: EventLog;
  /** Eligible idle workers with their asks (matching reads no store). */
  readonly index = new WorkerIndex<IndexedWorker & Pick<WorkerView, "askUsd" | "askIo">>();
  /** Events applied by this process. */
  eventsApplied = 0;
  /** Transactions sent by this process (for the no-double-send checks). */
  readonly sent: string[] = [];
  /** Refusals met (e.g. a worker that stopped being assignable between match and assignment). */
  readonly refusals: { key: string; error: string }[] = [];
  /** The end of the steps and settles, run one at a time (an action is never pending in flight when resolved). */
  private running: Promise<unknown> = Promise.resolve();

  constructor(readonly options: OrchestratorOptions) {
    this.log = new EventLog(options.connection, PROGRAM_IDS.io_cloud, options.store, "io_cloud", (e) => this.apply(e), options.eventLog);
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

  /** A worker agent's liveness signal (off-chain), kept in the store. */
  heartbeat(worker: PublicKey, at: bigint): void {
    this.noteAlive(worker.toBase58(), at);
  }

  /** The last sign of life of a worker: its latest heartbeat, or its assignment if later. */
  lastHeartbeat(worker: string): bigint | undefined {
    return this.store.get<bigint>(HEARTBEAT, worker);
  }

  /** Whether `worker` was heard from (or assigned) at most `timeout` seconds before `now`. */
  private heardWithin(worker: string, now: bigint, timeout: bigint): boolean {
    const last = this.lastHeartbeat(worker);
    return last !== undefined && now - last <= timeout;
  }

  private noteAlive(worker: string, at: bigint): void {
    const last = this.lastHeartbeat(worker);
    if (last === undefined || at > last) this.store.put(HEARTBEAT, worker, at);
  }

  /** Applies new events, acts on the state, then applies what its own actions caused. */
  step(): Promise<void> {
    return this.exclusive(async () => {
      await this.act(await this.prepare());
      await this.log.catchUp();
    });
  }

  /** Settles every running rental not settled yet this hour (the timer's job). */
  settleAll(): Promise<void> {
    return this.exclusive(async () => {
      const hour = (await this.prepare()) / SECONDS_PER_HOUR;
      for (const rental of this.rentals().filter((r) => r.state === "active" && r.settledAt / SECONDS_PER_HOUR !== hour)) {
        const intent: Intent = { kind: "settle", rental: rental.id, booking: rental.booking, hour };
        await this.once(intent, () => this.options.cloud.settle(new Key(rental.id)), "skip");
      }
      await this.log.catchUp();
    });
  }

  private exclusive(work: () => Promise<void>): Promise<void> {
    const run = this.running.then(work);
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Catches up, then resolves the actions a crash or a store error left pending. Returns the chain time. */
  private async prepare(): Promise<bigint> {
    await this.log.catchUp();
    const now = await this.options.now();
    for (const [key, record] of this.store.actions("pending")) this.resolve(key, record, now);
    return now;
  }

  // ---- state from events (deterministic: a replay from history rebuilds the same) ----

  private apply(event: ChainEvent): void {
    this.eventsApplied++;
    const d = event.data;
    const at = BigInt(event.blockTime);
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
          assignable: false,
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
        this.patchWorker(event.entity, { assignable: d.assignable });
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
          down: [],
          settledAt: 0n,
          ...totalsView(d.totals),
        });
        break;
      case "rentalAssigned":
        // The assignment is a worker's first sign of life in the rental.
        for (const w of d.workers) {
          this.patchWorker(workerOf(w), { busy: true });
          this.noteAlive(workerOf(w), at);
        }
        this.patchRental(event.entity, d);
        break;
      case "rentalWorkerReplaced":
        this.patchWorker(workerOf(d.outgoing), { busy: false });
        this.patchWorker(workerOf(d.incoming), { busy: true });
        this.noteAlive(workerOf(d.incoming), at);
        this.patchRental(event.entity, d);
        break;
      case "rentalSettled":
        this.patchRental(event.entity, d, { settledAt: at });
        break;
      case "rentalExtended":
      case "rentalTerminated":
      case "rentalWorkerStatus":
        this.patchRental(event.entity, d);
        break;
      case "rentalClosed":
        for (const w of d.workers) this.patchWorker(workerOf(w), { busy: false });
        this.patchRental(event.entity, d, { state: "closed" });
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
    if (worker.assignable && !worker.busy) {
      const { id, deviceClass, region, gpus, askUsd, askIo } = worker;
      this.index.add({ id, deviceClass, region, gpus, askUsd, askIo });
    } else {
      this.index.remove(worker.id);
    }
  }

  private patchRental(id: string, data: Record<string, any>, patch: Partial<RentalView> = {}): void {
    const rental = this.store.get<RentalView>("rental", id);
    if (!rental) return;
    this.store.put<RentalView>("rental", id, { ...rental, ...totalsView(data.totals), ...slotsAfter(rental, data), ...patch });
  }

  // ---- decisions ----

  private async act(now: bigint): Promise<void> {
    for (const rental of this.rentals()) {
      const running = rental.state === "active" || rental.state === "terminated";
      if (rental.state === "booked") await this.assign(rental);
      else if (rental.state === "cancelled" || (running && now >= rental.endTime)) {
        await this.once({ kind: "close", rental: rental.id, booking: rental.booking }, () => this.options.cloud.close(new Key(rental.id)), "retry");
      } else if (running) await this.watch(rental, now);
    }
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
    const sent = await this.once(
      { kind: "assign", rental: rental.id, booking: rental.booking },
      async () => {
        const priceUpdate = await this.options.priceUpdate?.();
        return this.options.cloud.assign(this.options.orchestrator, new Key(rental.id), workers, { priceUpdate });
      },
      "retry",
    );
    // Taken once sent; a refusal (the renter cancelled meanwhile) leaves them idle.
    if (sent) for (const w of chosen) this.index.remove(w.id);
  }

  /**
   * Each silent worker of a running rental is replaced, or reported down while no worker is
   * free (once per silence); a worker reported down that is heard from again is reported up.
   */
  private async watch(rental: RentalView, now: bigint): Promise<void> {
    const timeout = this.options.heartbeatTimeoutSecs;
    if (timeout === undefined) return;
    const target = new Key(rental.id);
    const cloud = this.options.cloud;
    const signer = this.options.orchestrator;
    for (const worker of rental.workers) {
      const since = this.lastHeartbeat(worker);
      // A store older than heartbeats: start counting now.
      if (since === undefined) {
        this.noteAlive(worker, now);
        continue;
      }
      const about = { rental: rental.id, booking: rental.booking, worker, since };
      const isDown = rental.down.includes(worker);
      if (now - since <= timeout) {
        if (isDown) await this.once({ kind: "up", ...about }, () => cloud.reportUp(signer, target, new Key(worker)), "retry");
      } else if (!(await this.replace(rental, worker, since, (w) => this.heardWithin(w, now, timeout))) && !isDown) {
        await this.once({ kind: "down", ...about }, () => cloud.reportDown(signer, target, new Key(worker)), "retry");
      }
    }
  }

  /**
   * Replaces `outgoing` with an idle worker of the same GPUs heard from within the timeout (a
   * silent one, say a daemon that died after its last rental, would only be replaced in turn);
   * whether it was sent.
   */
  private async replace(rental: RentalView, outgoing: string, since: bigint, heard: (worker: string) => boolean): Promise<boolean> {
    const worker = this.store.get<WorkerView>("worker", outgoing);
    if (!worker) return false;
    const accepts = this.accepts(rental);
    const [incoming] = this.index.match(worker.deviceClass, worker.gpus, undefined, (w) => w.gpus === worker.gpus && heard(w.id) && accepts(w)) ?? [];
    if (!incoming) return false;
    const sent = await this.once(
      { kind: "replace", rental: rental.id, booking: rental.booking, worker: outgoing, since },
      () => this.options.cloud.replaceWorker(this.options.orchestrator, new Key(rental.id), new Key(outgoing), new Key(incoming.id)),
      "retry",
    );
    if (sent) this.index.remove(incoming.id);
    return sent;
  }

  // ---- actions ----

  /**
   * Sends a transaction at most once for `intent`: recorded `pending` before sending and `sent`
   * after. A refusal is recorded `skipped` (`skip`: moot, e.g. nothing to settle this hour) or
   * forgotten (`retry`: a later step decides again). A store error after the send is no
   * refusal: it propagates, and the next step resolves the `pending` record from the chain.
   * Returns whether the action is sent (now or before).
   */
  private async once(intent: Intent, send: () => Promise<{ signature: string }>, onRefusal: "skip" | "retry"): Promise<boolean> {
    const key = actionKey(intent);
    const known = this.store.action(key);
    if (known) return known.status === "sent";
    this.store.setAction(key, { status: "pending", intent });
    let signature: string;
    try {
      ({ signature } = await send());
    } catch (err) {
      const error = String((err as Error).message ?? err);
      this.refusals.push({ key, error });
      if (onRefusal === "skip") this.store.setAction(key, { status: "skipped", intent, detail: error });
      else this.store.removeAction(key);
      return false;
    }
    this.sent.push(key);
    this.store.setAction(key, { status: "sent", intent, signature });
    return true;
  }

  /** Records a pending action as the chain shows it; forgets it if nothing shows it (decided again, the program refusing a duplicate). */
  private resolve(key: string, record: ActionRecord, now: bigint): void {
    const outcome = record.intent ? this.outcome(record.intent as Intent, now) : "unknown";
    if (outcome === "unknown") this.store.removeAction(key);
    else this.store.setAction(key, { ...record, status: outcome === "landed" ? "sent" : "skipped", detail: `resolved from the chain: ${outcome}` });
  }

  /** What the applied events show of an action (they are the chain's state, caught up). */
  private outcome(intent: Intent, now: bigint): Outcome {
    const rental = this.store.get<RentalView>("rental", intent.rental);
    // Its address booked again: that booking was closed.
    if (!rental || rental.booking !== intent.booking) return intent.kind === "close" ? "landed" : "moot";
    const closed = rental.state === "closed";
    switch (intent.kind) {
      case "assign":
        return rental.workers.length > 0 ? "landed" : rental.state === "booked" ? "unknown" : "moot";
      case "close":
        return closed ? "landed" : "unknown";
      case "settle":
        if (rental.settledAt / SECONDS_PER_HOUR === intent.hour) return "landed";
        return rental.state === "active" && now / SECONDS_PER_HOUR === intent.hour ? "unknown" : "moot";
      case "replace":
        return !rental.workers.includes(intent.worker) ? "landed" : closed ? "moot" : "unknown";
      case "down":
        return rental.down.includes(intent.worker) ? "landed" : closed ? "moot" : "unknown";
      case "up":
        return !rental.down.includes(intent.worker) ? "landed" : closed ? "moot" : "unknown";
    }
  }
}
