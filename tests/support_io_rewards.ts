/** Shared setup for the io_rewards suites: IO, the rewards config, workers, leases, clock warps. */
import { Keypair, PublicKey } from "@solana/web3.js";

import { clusterTime, IoRewardsClient, toBigInt, TxResult, workerRewardPda } from "@ionet/sdk";

import { funded, HOUR, hourOf, initializedToken, setUnixTime, TokenWorld, tokenAccount } from "./support.js";

/** A weight's lease ends at one of the next two hour boundaries (io_rewards' MAX_LEASE_HOURS). */
export const MAX_LEASE_HOURS = 2n;
/** An allowance so large the busy boost is never capped. */
export const UNCAPPED = 10n ** 18n;

export interface RewardsWorld extends TokenWorld {
  rewards: IoRewardsClient;
  governance: Keypair;
  weightAuthority: Keypair;
  /** Clock time at which hour 1 of the schedule starts: an hour boundary of the clock. */
  start: bigint;
}

export interface WorkerState {
  baseWeight: bigint;
  busy?: boolean;
  eligible?: boolean;
  /** Default: the furthest allowed, hour_of(now) + 2 (0 when ineligible, where it is ignored). */
  leaseEndHour?: bigint;
  /** Base units added to the busy-boost allowance (default none). */
  allowanceAdd?: bigint;
  allowanceReset?: boolean;
}

export interface TestWorker {
  /** Stands for io_cloud's worker account. */
  worker: PublicKey;
  owner: Keypair;
  /** The owner's IO account. */
  destination: PublicKey;
  /** Its reward account. */
  reward: PublicKey;
  /** Weight, class and eligibility last granted (what a renewal grants again), if any. */
  granted?: { baseWeight: bigint; busy: boolean; eligible: boolean };
}

/**
 * A bank with IO initialized, io_rewards initialized (the clock moved to the next hour boundary
 * and the schedule starting there, keypairs as governance and weight authority) and, unless
 * `registerEmitter` is false, the rewards config registered as io_token's emission authority.
 * With the schedule's hours on the clock's, `setTime(world, k × HOUR)` is a lease boundary.
 */
export async function rewardsWorld(registerEmitter = true): Promise<RewardsWorld> {
  const world = await initializedToken();
  const rewards = new IoRewardsClient(world.provider);
  const governance = await funded(world.provider);
  const weightAuthority = await funded(world.provider);
  const start = (hourOf(await clusterTime(world.provider)) + 1n) * HOUR;
  await setUnixTime(world.context, start);
  await rewards.initialize(governance.publicKey, weightAuthority.publicKey, start);
  if (registerEmitter) await world.token.setAuthority(world.admin, "emission", rewards.config);
  return { ...world, rewards, governance, weightAuthority, start };
}

/** The cluster's Unix time. */
export const now = (world: RewardsWorld): Promise<bigint> => clusterTime(world.provider);

/**
 * Sets the clock to `seconds` after the schedule's start. The workers in `renew` keep their
 * weight on the way: at every hour boundary passed (the target included) each of them still
 * granted an eligible weight is granted it again, leased until two boundaries later, as
 * io_cloud's hourly uptime proofs do. Workers left out lapse at their lease's end.
 */
export async function setTime(world: RewardsWorld, seconds: bigint, renew: TestWorker[] = []): Promise<void> {
  const target = world.start + seconds;
  if (renew.length > 0) {
    for (let boundary = (hourOf(await now(world)) + 1n) * HOUR; boundary <= target; boundary += HOUR) {
      await setUnixTime(world.context, boundary);
      await renewLeases(world, renew);
    }
  }
  await setUnixTime(world.context, target);
}

/** Grants each still-weighted worker of `workers` its weight again, leased for two more boundaries. */
export async function renewLeases(world: RewardsWorld, workers: TestWorker[]): Promise<void> {
  for (const worker of workers) {
    const granted = worker.granted;
    if (granted && granted.eligible && granted.baseWeight > 0n) await report(world, worker, granted);
  }
}

/** Grants a worker's state as the weight authority (registering it on the first grant). */
export async function report(world: RewardsWorld, worker: TestWorker, state: WorkerState): Promise<TxResult> {
  const eligible = state.eligible ?? true;
  const busy = state.busy ?? false;
  const leaseEndHour = state.leaseEndHour ?? (eligible ? hourOf(await now(world)) + MAX_LEASE_HOURS : 0n);
  const result = await world.rewards.updateWorker(world.weightAuthority, worker.worker, {
    owner: worker.owner.publicKey,
    baseWeight: state.baseWeight,
    busy,
    eligible,
    leaseEndHour,
    allowanceAdd: state.allowanceAdd,
    allowanceReset: state.allowanceReset,
  });
  worker.granted = { baseWeight: state.baseWeight, busy, eligible };
  return result;
}

/** A new worker (with a funded owner and its IO account), reported with `state` unless null. */
export async function newWorker(world: RewardsWorld, state: WorkerState | null): Promise<TestWorker> {
  const owner = await funded(world.provider);
  const worker = Keypair.generate().publicKey;
  const destination = await tokenAccount(world.provider, world.token.mint, owner.publicKey);
  const created: TestWorker = { worker, owner, destination, reward: workerRewardPda(worker) };
  if (state) await report(world, created, state);
  return created;
}

/** Claims for `worker` and returns the amount the `rewardsClaimed` event reports. */
export async function claim(world: RewardsWorld, worker: TestWorker): Promise<bigint> {
  const result = await world.rewards.claim(worker.owner, worker.worker, worker.destination);
  const event = result.events.find((e) => e.name === "rewardsClaimed");
  if (!event) throw new Error("no rewardsClaimed event");
  return toBigInt(event.data.amount);
}

export const abs = (x: bigint): bigint => (x < 0n ? -x : x);
