/** Shared setup for the io_rewards suites: IO, the rewards config, workers, clock warps. */
import { Keypair, PublicKey } from "@solana/web3.js";

import { clusterTime, IoRewardsClient, TxResult, workerRewardPda } from "@ionet/sdk";

import { funded, initializedToken, TokenWorld, tokenAccount } from "./support.js";

export const HOUR = 3_600n;

export interface RewardsWorld extends TokenWorld {
  rewards: IoRewardsClient;
  governance: Keypair;
  weightAuthority: Keypair;
  /** Clock time at which hour 1 of the schedule starts. */
  start: bigint;
}

export interface TestWorker {
  /** Stands for io_cloud's worker account. */
  worker: PublicKey;
  owner: Keypair;
  /** The owner's IO account. */
  destination: PublicKey;
  /** Its reward account. */
  reward: PublicKey;
}

export interface WorkerState {
  baseWeight: bigint;
  busy?: boolean;
  eligible?: boolean;
}

/**
 * A bank with IO initialized, io_rewards initialized (schedule starting now, keypairs as
 * governance and weight authority) and, unless `registerEmitter` is false, the rewards config
 * registered as io_token's emission authority.
 */
export async function rewardsWorld(registerEmitter = true): Promise<RewardsWorld> {
  const world = await initializedToken();
  const rewards = new IoRewardsClient(world.provider);
  const governance = await funded(world.provider);
  const weightAuthority = await funded(world.provider);
  const start = await clusterTime(world.provider);
  await rewards.initialize(governance.publicKey, weightAuthority.publicKey, start);
  if (registerEmitter) await world.token.setAuthority(world.admin, "emission", rewards.config);
  return { ...world, rewards, governance, weightAuthority, start };
}

/** Sets the clock to `seconds` after the schedule's start. */
export async function setTime(world: RewardsWorld, seconds: bigint): Promise<void> {
  const clock = await world.context.banksClient.getClock();
  world.context.setClock({ ...clock, unixTimestamp: world.start + seconds });
}

/** Reports a worker's state as the weight authority. */
export async function report(world: RewardsWorld, worker: TestWorker, state: WorkerState): Promise<TxResult> {
  return world.rewards.updateWorker(world.weightAuthority, worker.worker, {
    owner: worker.owner.publicKey,
    baseWeight: state.baseWeight,
    busy: state.busy ?? false,
    eligible: state.eligible ?? true,
  });
}

/** A new worker (with a funded owner and its IO account), reported with `state` unless null. */
export async function newWorker(world: RewardsWorld, state: WorkerState | null): Promise<TestWorker> {
  const owner = await funded(world.provider);
  const worker = Keypair.generate().publicKey;
  const destination = await tokenAccount(world.provider, world.token.mint, owner.publicKey);
  const created = { worker, owner, destination, reward: workerRewardPda(worker) };
  if (state) await report(world, created, state);
  return created;
}

/** Claims for `worker` and returns the amount the `rewardsClaimed` event reports. */
export async function claim(world: RewardsWorld, worker: TestWorker): Promise<bigint> {
  const result = await world.rewards.claim(worker.owner, worker.worker, worker.destination);
  const event = result.events.find((e) => e.name === "rewardsClaimed");
  if (!event) throw new Error("no rewardsClaimed event");
  return BigInt(event.data.amount.toString());
}

export const abs = (x: bigint): bigint => (x < 0n ? -x : x);
