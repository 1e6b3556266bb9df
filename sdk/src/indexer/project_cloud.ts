/**
 * io_cloud's events → cloud_config, device_classes, workers (its own columns), worker_uptime,
 * rentals, rental_workers, authority_changes, totals (workers, eligible workers, IO in stake
 * vaults, IO burned by slashing, rentals, active rentals).
 */
import type { ChainEvent } from "../events/chain_event.js";
import { regionName } from "../codec.js";
import { authorityChange, big, count, flag, Handler, hex, key, sortable, text, variant } from "./project_fields.js";
import type { RowWriter } from "./rows.js";

/** The default key (all zeros) in base58: no co-staker. */
const DEFAULT_KEY = "11111111111111111111111111111111";

const CLOUD_ROLES = ["governance", "orchestrator", "uptimeVerifier", "slashingAuthority"] as const;
const ROLE_COLUMNS: Record<string, string> = {
  governance: "governance",
  orchestrator: "orchestrator",
  uptimeVerifier: "uptime_verifier",
  slashingAuthority: "slashing_authority",
};

/** The worker columns WorkerRegistered and WorkerUpdated both carry. */
const workerTerms = (data: ChainEvent["data"]) => ({
  gpus: data.gpus,
  multiplier_bps: data.multiplierBps,
  region: regionName(data.region),
  price_per_gpu_hour: text(data.pricePerGpuHour),
  price_sort: sortable(data.pricePerGpuHour),
  ask_io_per_gpu_hour: text(data.askIoPerGpuHour),
  min_stake: big(data.minStake),
});

/** A rental's accounting totals after a change (`closed` once RentalClosed). */
function rentalTotals(rows: RowWriter, rental: string, totals: ChainEvent["data"], state = variant(totals.state)): void {
  rows.upsert("rentals", { address: rental }, {
    state,
    start_time: big(totals.startTime),
    end_time: big(totals.endTime),
    hours: totals.hours,
    deposited: big(totals.deposited),
    fees: big(totals.fees),
    paid: big(totals.paid),
    supplier_fees: big(totals.supplierFees),
    refunded: big(totals.refunded),
    escrow: big(totals.escrow),
  });
}

/** A worker's stake by state after a slash or its resolution. */
const slashBalances = (rows: RowWriter, worker: string, data: ChainEvent["data"]) =>
  rows.upsert("workers", { address: worker }, {
    staked: big(data.staked),
    unstaking: big(data.unstaking),
    in_appeal: big(data.inAppeal),
    slashed_total: big(data.slashedTotal),
    co_staked: big(data.coStaked),
  });

/** One worker of a rental as the event reports it. */
function assignment(rows: RowWriter, rental: string, view: ChainEvent["data"], membership: { current: number; seq?: bigint } | undefined) {
  rows.upsert("rental_workers", { rental, worker: key(view.worker) }, {
    gpus: view.gpus,
    active_seconds: big(view.activeSeconds),
    down_seconds: big(view.downSeconds),
    forfeited_seconds: big(view.forfeitedSeconds),
    paid: big(view.paid),
    fees: big(view.fees),
    down: flag(view.down),
    ...(membership ? { current: membership.current, ...(membership.seq !== undefined ? { assigned_seq: membership.seq } : {}) } : {}),
  });
}

const assignments = (rows: RowWriter, rental: string, views: ChainEvent["data"][]) => {
  for (const view of views) assignment(rows, rental, view, undefined);
};

/** Fees a booking or an extension paid, summed on the rental. */
const rentalFees = (rows: RowWriter, rental: string, data: ChainEvent["data"]) =>
  rows.add("rentals", { address: rental }, {
    principal: big(data.principal),
    tender_fee: big(data.tenderFee),
    reservation_fee: big(data.reservationFee),
    reservation_fee_iosd: big(data.reservationFeeIosd),
  });

export const CLOUD_HANDLERS: Record<string, Handler> = {
  cloudInitialized(event, rows) {
    const { data } = event;
    rows.upsert("cloud_config", { address: event.entity }, {
      governance: key(data.governance),
      orchestrator: key(data.orchestrator),
      uptime_verifier: key(data.uptimeVerifier),
      slashing_authority: key(data.slashingAuthority),
      io_mint: key(data.ioMint),
      slash_destination: variant(data.slashDestination),
      eligibility_hours: data.eligibilityHours,
      appeal_window_secs: big(data.appealWindowSecs),
    });
    for (const role of CLOUD_ROLES) authorityChange(event, rows, role, data[role]);
  },
  cloudRoleChanged(event, rows) {
    const role = variant(event.data.role);
    rows.upsert("cloud_config", { address: event.entity }, { [ROLE_COLUMNS[role]]: key(event.data.authority) });
    authorityChange(event, rows, role, event.data.authority, event.data.previous);
  },
  eligibilityHoursChanged({ entity, data }, rows) {
    rows.upsert("cloud_config", { address: entity }, { eligibility_hours: data.eligibilityHours });
  },
  appealWindowChanged({ entity, data }, rows) {
    rows.upsert("cloud_config", { address: entity }, { appeal_window_secs: big(data.appealWindowSecs) });
  },
  slashDestinationChanged({ entity, data }, rows) {
    rows.upsert("cloud_config", { address: entity }, {
      slash_destination: variant(data.slashDestination),
      treasury: key(data.treasury),
    });
  },
  deviceClassSet({ entity, data }, rows) {
    rows.upsert("device_classes", { address: entity }, {
      class_id: data.classId,
      name: data.name,
      multiplier_bps: data.multiplierBps,
      enabled: flag(data.enabled),
    });
  },
  workerRegistered({ entity, data, blockTime }, rows) {
    rows.upsert("workers", { address: entity }, {
      authority: key(data.authority),
      device_id: hex(data.deviceId),
      device_class: data.deviceClass,
      stake_vault: key(data.stakeVault),
      staked: 0n,
      unstaking: 0n,
      unstake_available_at: 0n,
      slashed_total: 0n,
      registered: 1,
      registered_at: blockTime,
      deregistered_at: null,
      ...workerTerms(data),
    });
    count(rows, "workers", 1n);
  },
  workerUpdated({ entity, data }, rows) {
    rows.upsert("workers", { address: entity }, workerTerms(data));
  },
  workerDeregistered({ entity, data, blockTime }, rows) {
    rows.upsert("workers", { address: entity }, { registered: 0, deregistered_at: blockTime, dust_swept: big(data.dustSwept) });
    count(rows, "workers", -1n);
  },
  workerStakeChanged({ entity, data }, rows) {
    rows.upsert("workers", { address: entity }, {
      staked: big(data.staked),
      unstaking: big(data.unstaking),
      unstake_available_at: big(data.unstakeAvailableAt),
      min_stake: big(data.minStake),
    });
    // IO in stake vaults (staked + unstaking): an unstake request only moves it within.
    const change = variant(data.change);
    if (change === "staked") count(rows, "stake_vaults", big(data.amount));
    if (change === "withdrawn") count(rows, "stake_vaults", -big(data.amount));
  },
  // The co-staker's IO sits in the same stake vault as the owner's.
  coStakeChanged({ entity, data }, rows) {
    const change = variant(data.change);
    // A withdrawal's event still names the co-staker that left; the worker has none after it.
    const gone = change === "withdrawn";
    const coStaker = key(data.coStaker);
    rows.upsert("workers", { address: entity }, {
      co_staker: gone || coStaker === DEFAULT_KEY ? "" : coStaker,
      co_offer_max: big(data.offerMax),
      co_share_bps: gone ? 0 : data.shareBps,
      co_staked: big(data.coStaked),
      co_exit_at: gone ? 0n : big(data.exitAt),
      co_available_at: gone ? 0n : big(data.availableAt),
    });
    if (change === "accepted") count(rows, "stake_vaults", big(data.amount));
    if (change === "withdrawn") count(rows, "stake_vaults", -big(data.amount));
  },
  // Slashed IO waits in the stake vault (in appeal) until its case is resolved.
  workerSlashed({ entity, data, blockTime }, rows) {
    slashBalances(rows, entity, data);
    rows.upsert("workers", { address: entity }, { last_slash_at: blockTime });
    rows.upsert("slash_cases", { address: key(data.case) }, {
      worker: entity,
      case_id: data.caseId,
      amount: big(data.amount),
      reason_code: data.reasonCode,
      evidence_hash: hex(data.evidenceHash),
      slashed_at: blockTime,
      appeal_ends_at: big(data.appealEndsAt),
      state: "open",
    });
  },
  slashAppealed({ data, blockTime }, rows) {
    rows.upsert("slash_cases", { address: key(data.case) }, { state: "appealed", appeal_hash: hex(data.evidenceHash), appealed_at: blockTime });
  },
  slashResolved({ entity, data, blockTime }, rows) {
    slashBalances(rows, entity, data);
    const outcome = variant(data.outcome);
    const destination = data.destination ? variant(data.destination) : null;
    rows.upsert("slash_cases", { address: key(data.case) }, { state: outcome, decider: key(data.decider), destination, resolved_at: blockTime });
    const amount = big(data.amount);
    if (outcome !== "reversed") count(rows, "stake_vaults", -amount);
    if (destination === "burn") count(rows, "burned_slashed", amount);
  },
  uptimeRecorded({ entity, data, blockTime }, rows) {
    const hour = big(data.hour);
    rows.upsert("worker_uptime", { worker: entity, hour }, { ok: flag(data.ok), result_hash: hex(data.resultHash), block_time: blockTime });
    rows.upsert("workers", { address: entity }, {
      last_proof_hour: hour,
      last_proof_ok: flag(data.ok),
      good_hours: data.goodHours,
      good_hours_needed: data.goodHoursNeeded,
    });
  },
  workerWeightChanged({ entity, data }, rows) {
    const { previous, weight } = data;
    rows.upsert("workers", { address: entity }, {
      base_weight: big(weight.baseWeight),
      busy: flag(weight.busy),
      eligible: flag(weight.eligible),
      weight_reason: variant(data.reason),
    });
    if (weight.eligible !== previous.eligible) count(rows, "workers_eligible", weight.eligible ? 1n : -1n);
  },
  rentalBooked({ entity, data, blockTime, slot }, rows) {
    rows.upsert("rentals", { address: entity }, {
      renter: key(data.renter),
      nonce: text(data.nonce),
      device_class: data.deviceClass,
      gpus: data.gpus,
      price_per_gpu_hour: text(data.pricePerGpuHour),
      region: regionName(data.region),
      tender_mint: key(data.tenderMint),
      escrow_account: key(data.escrow),
      booked_at: blockTime,
      booked_slot: slot,
    });
    rentalFees(rows, entity, data);
    rentalTotals(rows, entity, data.totals);
    count(rows, "rentals", 1n);
  },
  rentalAssigned({ entity, data, seq }, rows) {
    rentalTotals(rows, entity, data.totals);
    for (const view of data.workers) assignment(rows, entity, view, { current: 1, seq });
    count(rows, "rentals_active", 1n);
  },
  rentalSettled({ entity, data }, rows) {
    rentalTotals(rows, entity, data.totals);
    assignments(rows, entity, data.workers);
  },
  rentalExtended({ entity, data }, rows) {
    rentalFees(rows, entity, data);
    rentalTotals(rows, entity, data.totals);
  },
  rentalTerminated({ entity, data }, rows) {
    rentalTotals(rows, entity, data.totals);
    // Terminated was active; cancelled was only booked.
    if (variant(data.totals.state) === "terminated") count(rows, "rentals_active", -1n);
  },
  rentalWorkerStatus({ entity, data }, rows) {
    rentalTotals(rows, entity, data.totals);
    assignment(rows, entity, data.worker, undefined);
  },
  rentalWorkerReplaced({ entity, data, seq }, rows) {
    rentalTotals(rows, entity, data.totals);
    assignment(rows, entity, data.outgoing, { current: 0 });
    assignment(rows, entity, data.incoming, { current: 1, seq });
  },
  rentalClosed({ entity, data, blockTime }, rows) {
    rentalTotals(rows, entity, data.totals, "closed");
    rows.upsert("rentals", { address: entity }, { closed_at: blockTime });
    assignments(rows, entity, data.workers);
    // A rental that ran to its end closes while still active.
    if (variant(data.totals.state) === "active") count(rows, "rentals_active", -1n);
  },
};
