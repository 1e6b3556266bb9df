/**
 * io_rewards' events → rewards_config, reward_hours, worker_reward_hours, the workers' rewards_*
 * columns, authority_changes.
 *
 * Hour attribution: a schedule hour is `floor((last_accrual − start_time) / 3600) + 1` of the
 * pool a RewardsAccrued carries. Every WorkerRewardUpdated and RewardsClaimed is emitted right
 * after the RewardsAccrued of the same instruction (the pool brought to now), so it belongs to
 * that accrual's hour: the projection remembers the hour of the last RewardsAccrued with the
 * transaction's signature and refuses a worker event without one (it can't be attributed).
 * What a worker earned in an hour is the growth of its pending + claimed from its last reward
 * event of an earlier hour to its last one in this hour; the schedule's release, the pool's
 * distribution and claims are attributed the same way, to the hour of the accrual that saw them.
 */
import type { ChainEvent } from "../events/chain_event.js";
import { authorityChange, big, Handler, key, text } from "./project_fields.js";
import type { RowWriter } from "./rows.js";

const HOUR = 3_600;

export class UnattributedRewardEvent extends Error {
  override readonly name = "UnattributedRewardEvent";

  constructor(readonly event: Pick<ChainEvent, "signature" | "index" | "name">) {
    super(`${event.name} ${event.signature}#${event.index} has no RewardsAccrued before it in its transaction`);
  }
}

/** The schedule hour of the latest accrual, by transaction. */
let lastAccrual: { signature: string; hour: number } | undefined;

export const scheduleHour = (startTime: number, time: number): number => Math.floor((time - startTime) / HOUR) + 1;

function accrualHour(event: ChainEvent): number {
  if (lastAccrual?.signature !== event.signature) throw new UnattributedRewardEvent(event);
  return lastAccrual.hour;
}

/** The pool as it stands after the change (with `extra` columns of the same config row). */
function pool(rows: RowWriter, config: string, data: ChainEvent["data"], extra: Record<string, bigint> = {}): void {
  rows.upsert("rewards_config", { address: config }, {
    start_time: big(data.startTime),
    last_accrual: big(data.lastAccrual),
    schedule_released: big(data.scheduleReleased),
    distributed: big(data.distributed),
    unallocated: big(data.unallocated),
    forgone: big(data.forgone),
    claimed: big(data.claimed),
    idle_weight: big(data.idleWeight),
    busy_weight: big(data.busyWeight),
    index_idle: text(data.indexIdle),
    index_busy: text(data.indexBusy),
    dust: text(data.dust),
    boost_withheld: text(data.boostWithheld),
    emission_scale_bps: data.emissionScaleBps,
    busy_boost_bps: data.busyBoostBps,
    ...extra,
  });
}

/** A worker's claimable and claimed, its owner's and its co-staker's, after an event. */
interface RewardTotals {
  pending: bigint;
  claimed: bigint;
  coPending: bigint;
  coClaimed: bigint;
}

/** The totals an event carries; a claim event leaves out the side it just emptied (`emptied`: nothing pending). */
const totalsOf = (data: ChainEvent["data"], emptied?: "owner" | "coStaker"): RewardTotals => ({
  pending: emptied === "owner" ? 0n : big(data.pending),
  claimed: big(data.claimed),
  coPending: emptied === "coStaker" ? 0n : big(data.coPending),
  coClaimed: big(data.coClaimed),
});

/** A worker's rewards after the event, on its row and in the hour's; `owner` (when the event names it) on both. */
function workerRewards(rows: RowWriter, event: ChainEvent, totals: RewardTotals, owner: string | undefined, extra: Record<string, bigint | number | string>) {
  const worker = key(event.data.worker);
  const earned = totals.pending + totals.claimed + totals.coPending + totals.coClaimed;
  rows.upsert("workers", { address: worker }, {
    rewards_account: event.entity,
    rewards_pending: totals.pending,
    rewards_claimed: totals.claimed,
    rewards_co_pending: totals.coPending,
    rewards_co_claimed: totals.coClaimed,
    rewards_total: earned,
    ...(owner === undefined ? {} : { rewards_owner: owner }),
    ...extra,
  });
  rows.upsert("worker_reward_hours", { hour: accrualHour(event), worker }, { earned_total: earned, ...(owner === undefined ? {} : { owner }) });
}

/** A claim of `amount` in the hour's ledger. */
function claimed(rows: RowWriter, event: ChainEvent, amount: bigint) {
  const hour = accrualHour(event);
  rows.add("worker_reward_hours", { hour, worker: key(event.data.worker) }, { claimed: amount });
  rows.add("reward_hours", { hour }, { claimed: amount });
}

const modeOf = (mode: object) => Object.keys(mode)[0];

/** The engine's state on the config row, and its last two hours in `ide_hours`. */
function engine(rows: RowWriter, config: string, ide: ChainEvent["data"]): void {
  rows.upsert("rewards_config", { address: config }, {
    reward_mode: modeOf(ide.params.mode),
    ide_usd_per_gpu_hour: big(ide.params.usdPerGpuHour),
    ide_retire_bps: ide.params.retireBps,
    ide_fee_buffer: big(ide.params.feeBuffer),
    ide_pending_mode: big(ide.pendingHour) > 0n ? modeOf(ide.pending.mode) : null,
    ide_pending_hour: big(ide.pendingHour),
    ide_price: text(ide.price),
    ide_price_exponent: ide.priceExponent,
    ide_reserve: big(ide.reserve),
    ide_retired: big(ide.retired),
    ide_fee_available: big(ide.feeAvailable),
    ide_fee_burned: big(ide.feeBurned),
    ide_usd_unpaid: big(ide.totals.usdUnpaid),
  });
  for (const h of [ide.previous, ide.current]) {
    if (big(h.hour) === 0n) continue;
    rows.upsert("ide_hours", { hour: big(h.hour) }, {
      usd_due: big(h.usdDue),
      io_needed: big(h.ioNeeded),
      io_paid: big(h.ioPaid),
      from_fees: big(h.fromFees),
      retired: big(h.retired),
      usd_unpaid: big(h.usdUnpaid),
    });
  }
}

export const REWARDS_HANDLERS: Record<string, Handler> = {
  rewardsInitialized(event, rows) {
    const { data } = event;
    rows.upsert("rewards_config", { address: event.entity }, {
      governance: key(data.governance),
      weight_authority: key(data.weightAuthority),
      token_config: key(data.tokenConfig),
      mint: key(data.mint),
    });
    pool(rows, event.entity, data.pool);
    authorityChange(event, rows, "governance", data.governance);
    authorityChange(event, rows, "weightAuthority", data.weightAuthority);
  },
  rewardsAccrued(event, rows) {
    const p = event.data.pool;
    pool(rows, event.entity, p, { registered_workers: big(event.data.registeredWorkers) });
    const hour = scheduleHour(p.startTime.toNumber(), p.lastAccrual.toNumber());
    lastAccrual = { signature: event.signature, hour };
    rows.upsert("reward_hours", { hour }, {
      // Emitted = released by the schedule less what the emission scale withheld.
      emitted_total: big(p.scheduleReleased) - big(p.forgone),
      distributed_total: big(p.distributed),
      claimed_total: big(p.claimed),
      last_accrual: big(p.lastAccrual),
    });
  },
  emissionScaleChanged({ entity, data }, rows) {
    pool(rows, entity, data.pool);
  },
  busyBoostChanged({ entity, data }, rows) {
    pool(rows, entity, data.pool);
  },
  rewardModeScheduled({ entity, data }, rows) {
    rows.upsert("rewards_config", { address: entity }, { ide_pending_mode: modeOf(data.scheduled.mode), ide_pending_hour: big(data.fromHour) });
  },
  ideCranked({ entity, data }, rows) {
    engine(rows, entity, data.ide);
  },
  // The shortfall's figures are in the IdeCranked of the same transaction.
  ideShortfall() {},
  weightAuthorityChanged(event, rows) {
    rows.upsert("rewards_config", { address: event.entity }, { weight_authority: key(event.data.weightAuthority) });
    authorityChange(event, rows, "weightAuthority", event.data.weightAuthority, event.data.previous);
  },
  workerRewardUpdated(event, rows) {
    const { data } = event;
    workerRewards(rows, event, totalsOf(data), key(data.owner), {
      rewards_weight: text(data.weight),
      rewards_lease_end_hour: big(data.leaseEndHour),
      rewards_boost_allowance: big(data.boostAllowance),
      rewards_co_staker: key(data.coStaker),
    });
  },
  // A claim mints the whole claimable amount: nothing is pending after it.
  rewardsClaimed(event, rows) {
    workerRewards(rows, event, totalsOf(event.data, "owner"), key(event.data.owner), {});
    claimed(rows, event, big(event.data.amount));
  },
  coStakerRewardsClaimed(event, rows) {
    workerRewards(rows, event, totalsOf(event.data, "coStaker"), undefined, { rewards_co_staker: key(event.data.coStaker) });
    claimed(rows, event, big(event.data.amount));
  },
};
