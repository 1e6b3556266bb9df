/**
 * The reward-per-weight accumulator, bit for bit as `io_rewards` computes it
 * (programs/io_rewards/src/math/accumulator.rs): what a crank would record and what a claim
 * would pay at a given time, without sending a transaction.
 */
import { releasedAt } from "./emission.js";

/** Basis points: 100% or 1×. */
export const REWARD_BPS = 10_000n;
/** Scale of the reward-per-weight indices. */
export const REWARD_INDEX_SCALE = 10n ** 18n;

export type WeightClassName = "none" | "idle" | "busy";

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
  emissionScaleBps: bigint;
  busyBoostBps: bigint;
}

/** The on-chain `WorkerShare` with bigint fields. */
export interface WorkerShareState {
  baseWeight: bigint;
  class: WeightClassName;
  indexSnapshot: bigint;
  /** Earned and unclaimed, × REWARD_INDEX_SCALE. */
  accrued: bigint;
}

export function rewardWeightClass(eligible: boolean, busy: boolean): WeightClassName {
  return !eligible ? "none" : busy ? "busy" : "idle";
}

/** Σ weights with their class factors (basis-point units). */
export function rewardTotalWeight(pool: RewardPoolState): bigint {
  return pool.idleWeight * REWARD_BPS + pool.busyWeight * pool.busyBoostBps;
}

export function rewardIndexOf(pool: RewardPoolState, cls: WeightClassName): bigint {
  return cls === "idle" ? pool.indexIdle : cls === "busy" ? pool.indexBusy : 0n;
}

/** The pool brought to `now` (a copy; the argument is unchanged). */
export function accrueRewardPool(pool: RewardPoolState, now: bigint): RewardPoolState {
  const next = { ...pool };
  if (now > next.lastAccrual) {
    const released = releasedAt(next.startTime, now);
    const fresh = released - next.scheduleReleased;
    const emitted = (fresh * next.emissionScaleBps) / REWARD_BPS;
    next.forgone += fresh - emitted;
    next.unallocated += emitted;
    next.scheduleReleased = released;
    next.lastAccrual = now;
  }
  const weight = rewardTotalWeight(next);
  if (weight > 0n && next.unallocated > 0n) {
    const numerator = next.unallocated * REWARD_INDEX_SCALE + next.dust;
    const step = numerator / weight;
    next.dust = numerator - step * weight;
    next.indexIdle += step * REWARD_BPS;
    next.indexBusy += step * next.busyBoostBps;
    next.distributed += next.unallocated;
    next.unallocated = 0n;
  }
  return next;
}

/** Earned and unclaimed (× REWARD_INDEX_SCALE) by `share` in an accrued `pool`. */
export function settledRewards(pool: RewardPoolState, share: WorkerShareState): bigint {
  if (share.class === "none") return share.accrued;
  return share.accrued + share.baseWeight * (rewardIndexOf(pool, share.class) - share.indexSnapshot);
}

/** Whole base units a claim at `now` would pay. */
export function pendingRewardsAt(pool: RewardPoolState, share: WorkerShareState, now: bigint): bigint {
  return settledRewards(accrueRewardPool(pool, now), share) / REWARD_INDEX_SCALE;
}
