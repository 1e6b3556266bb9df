/**
 * The reward-per-weight accumulator, bit for bit as `io_rewards` computes it
 * (programs/io_rewards/src/math/accumulator.rs): leases that lapse at hour boundaries, index
 * checkpoints, the busy-boost allowance. What a crank would record and what a claim would pay
 * at a given time, without sending a transaction.
 */
import { releasedAt } from "./emission.js";
import { applyPendingIde, copyIde, fundSegment, hourOfTime, ideChangeDue, IdeState, idleIde } from "./ide.js";

/** Basis points: 100% or 1×. */
export const REWARD_BPS = 10_000n;
/** Scale of the reward-per-weight indices. */
export const REWARD_INDEX_SCALE = 10n ** 18n;
/** Hour boundaries whose indices io_rewards keeps for lapsed shares. */
export const REWARD_CHECKPOINT_SLOTS = 48n;
const HOUR = 3_600n;

export type WeightClassName = "none" | "idle" | "busy";

export interface LeaseExpiryState {
  hour: bigint;
  idle: bigint;
  busy: bigint;
}

export interface IndexCheckpointState {
  hour: bigint;
  indexIdle: bigint;
  indexBusy: bigint;
}

/** The on-chain `RewardPool` with bigint fields. */
export interface RewardPoolState {
  startTime: bigint;
  lastAccrual: bigint;
  scheduleReleased: bigint;
  distributed: bigint;
  unallocated: bigint;
  forgone: bigint;
  claimed: bigint;
  idleWeight: bigint;
  busyWeight: bigint;
  indexIdle: bigint;
  indexBusy: bigint;
  dust: bigint;
  boostWithheld: bigint;
  emissionScaleBps: bigint;
  busyBoostBps: bigint;
  expiring: LeaseExpiryState[];
}

/** The on-chain `WorkerShare` with bigint fields. */
export interface WorkerShareState {
  baseWeight: bigint;
  class: WeightClassName;
  indexSnapshot: bigint;
  idleSnapshot: bigint;
  /** Earned and unclaimed, × REWARD_INDEX_SCALE. */
  accrued: bigint;
  leaseEndHour: bigint;
  boostAllowance: bigint;
}

export function rewardWeightClass(eligible: boolean, busy: boolean): WeightClassName {
  return !eligible ? "none" : busy ? "busy" : "idle";
}

export { hourOfTime };

const slotOf = (hour: bigint, slots: bigint): number => Number(((hour % slots) + slots) % slots);

/** Σ weights with their class factors (basis-point units). */
export function rewardTotalWeight(pool: RewardPoolState): bigint {
  return pool.idleWeight * REWARD_BPS + pool.busyWeight * pool.busyBoostBps;
}

export function rewardIndexOf(pool: RewardPoolState, cls: WeightClassName): bigint {
  return cls === "idle" ? pool.indexIdle : cls === "busy" ? pool.indexBusy : 0n;
}

function accrueTo(pool: RewardPoolState, now: bigint, ide: IdeState): void {
  if (now > pool.lastAccrual) {
    const released = releasedAt(pool.startTime, now);
    const fresh = released - pool.scheduleReleased;
    const emitted = (fresh * pool.emissionScaleBps) / REWARD_BPS;
    pool.forgone += fresh - emitted;
    pool.unallocated += ide.params.mode === "ide" ? fundSegment(ide, emitted, rewardTotalWeight(pool), now - pool.lastAccrual, now) : emitted;
    pool.scheduleReleased = released;
    pool.lastAccrual = now;
  }
  const weight = rewardTotalWeight(pool);
  if (weight > 0n && pool.unallocated > 0n) {
    const numerator = pool.unallocated * REWARD_INDEX_SCALE + pool.dust;
    const step = numerator / weight;
    pool.dust = numerator - step * weight;
    pool.indexIdle += step * REWARD_BPS;
    pool.indexBusy += step * pool.busyBoostBps;
    pool.distributed += pool.unallocated;
    pool.unallocated = 0n;
  }
}

/**
 * The pool, checkpoints and engine brought to `now` (copies; the arguments are unchanged):
 * leases ending on the way drop out at their boundary, each recorded as a checkpoint; a pending
 * mode change takes effect at its boundary; in IDE mode the engine funds every segment.
 */
export function accrueRewardPool(
  pool: RewardPoolState,
  checkpoints: IndexCheckpointState[],
  now: bigint,
  engine: IdeState = idleIde(),
): { pool: RewardPoolState; checkpoints: IndexCheckpointState[]; ide: IdeState } {
  const next: RewardPoolState = { ...pool, expiring: pool.expiring.map((e) => ({ ...e })) };
  const marks = checkpoints.map((c) => ({ ...c }));
  const ide = copyIde(engine);
  const until = hourOfTime(now);
  for (;;) {
    const due = next.expiring
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => (e.idle > 0n || e.busy > 0n) && e.hour <= until)
      .sort((a, b) => (a.e.hour < b.e.hour ? -1 : a.e.hour > b.e.hour ? 1 : 0))[0];
    const change = ideChangeDue(ide, now);
    if (change !== undefined && (!due || change <= due.e.hour)) {
      accrueTo(next, change * HOUR, ide);
      next.unallocated += applyPendingIde(ide);
      continue;
    }
    if (!due) break;
    accrueTo(next, due.e.hour * HOUR, ide);
    next.idleWeight -= due.e.idle;
    next.busyWeight -= due.e.busy;
    marks[slotOf(due.e.hour, REWARD_CHECKPOINT_SLOTS)] = { hour: due.e.hour, indexIdle: next.indexIdle, indexBusy: next.indexBusy };
    next.expiring[due.i] = { hour: 0n, idle: 0n, busy: 0n };
  }
  accrueTo(next, now, ide);
  return { pool: next, checkpoints: marks, ide };
}

/** Earned and unclaimed (× REWARD_INDEX_SCALE) by `share` in an accrued `pool`. */
export function settledRewards(pool: RewardPoolState, checkpoints: IndexCheckpointState[], share: WorkerShareState): bigint {
  if (share.class === "none") return share.accrued;
  const lapsed = share.leaseEndHour * HOUR <= pool.lastAccrual;
  let idleIndex = pool.indexIdle;
  let busyIndex = pool.indexBusy;
  if (lapsed) {
    const mark = checkpoints[slotOf(share.leaseEndHour, REWARD_CHECKPOINT_SLOTS)];
    if (mark && mark.hour === share.leaseEndHour) [idleIndex, busyIndex] = [mark.indexIdle, mark.indexBusy];
    else [idleIndex, busyIndex] = [share.idleSnapshot, share.indexSnapshot];
  }
  const idleEarned = share.baseWeight * (idleIndex - share.idleSnapshot);
  if (share.class === "idle") return share.accrued + idleEarned;
  const busyEarned = share.baseWeight * (busyIndex - share.indexSnapshot);
  const extra = busyEarned > idleEarned ? busyEarned - idleEarned : 0n;
  const cap = share.boostAllowance * REWARD_INDEX_SCALE;
  return share.accrued + idleEarned + (extra < cap ? extra : cap);
}

/** Whole base units a claim at `now` would pay. */
export function pendingRewardsAt(
  pool: RewardPoolState,
  checkpoints: IndexCheckpointState[],
  share: WorkerShareState,
  now: bigint,
  ide?: IdeState,
): bigint {
  const accrued = accrueRewardPool(pool, checkpoints, now, ide);
  return settledRewards(accrued.pool, accrued.checkpoints, share) / REWARD_INDEX_SCALE;
}

/** A worker's co-staking terms in io_rewards: the co-staker's share from now on and its unclaimed earnings (× REWARD_INDEX_SCALE). */
export interface CoStakeShareState {
  coShareBps: number;
  coAccrued: bigint;
}

/**
 * Whole base units the owner's and the co-staker's claims at `now` would each pay: what the
 * worker earned since its last settlement splits at the co-staker's share, rounded down for the
 * co-staker (io_rewards' `math::co_stake`).
 */
export function pendingSplitAt(
  pool: RewardPoolState,
  checkpoints: IndexCheckpointState[],
  share: WorkerShareState,
  co: CoStakeShareState,
  now: bigint,
  ide?: IdeState,
): { owner: bigint; coStaker: bigint } {
  const accrued = accrueRewardPool(pool, checkpoints, now, ide);
  const settled = settledRewards(accrued.pool, accrued.checkpoints, share);
  const part = ((settled - share.accrued) * BigInt(co.coShareBps)) / REWARD_BPS;
  return { owner: (settled - part) / REWARD_INDEX_SCALE, coStaker: (co.coAccrued + part) / REWARD_INDEX_SCALE };
}
