/**
 * Client of `io_rewards`: worker weights (for the weight authority), claims, the crank, the
 * governed parameters, and views (`pendingRewards`, `status`) computed locally with the same
 * math as the program, without sending a transaction. The facade over `instructions.ts`: builds,
 * sends, and reads the config and reward accounts.
 */
import { Program, Provider } from "@coral-xyz/anchor";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { PublicKey, Signer, SYSVAR_CLOCK_PUBKEY, TransactionInstruction } from "@solana/web3.js";

import { toBigInt } from "../codec.js";
import type { IoRewards } from "../idl/io_rewards.js";
import { releasedAt } from "../math/emission.js";
import {
  accrueRewardPool,
  IndexCheckpointState,
  pendingSplitAt,
  REWARD_INDEX_SCALE,
  RewardPoolState,
  WeightClassName,
  WorkerShareState,
} from "../math/rewards.js";
import type { IdeHourState, IdeParamsState, IdeState, RewardModeName } from "../math/ide.js";
import { ioMintPda } from "../pda.js";
import { ioPrograms } from "../programs.js";
import { sendInstructions, TxResult } from "../tx.js";
import * as ix from "./instructions.js";
import { rewardsConfigPda, workerRewardPda } from "./pda.js";

export type { RewardModeInput, WorkerRewardInput } from "./instructions.js";

export interface RewardsStatus {
  /** Clock time of the view. */
  now: bigint;
  /** What the schedule has released by now (before the emission scale). */
  released: bigint;
  /** Put into the reward indices, ever (claimed + claimable). */
  distributed: bigint;
  /** Released while no worker had weight, waiting for weight. */
  unallocated: bigint;
  /** Withheld by an emission scale below 100%. */
  forgone: bigint;
  claimed: bigint;
  /** Busy-boost earnings above workers' allowances, never paid (base units). */
  boostWithheld: bigint;
  registeredWorkers: bigint;
  emissionScaleBps: bigint;
  busyBoostBps: bigint;
  /** The Incentive Dynamic Engine as the same accrual leaves it (mode, price, vaults, last hours). */
  ide: IdeState;
}

const hourState = (h: any): IdeHourState => ({
  hour: toBigInt(h.hour),
  usdDue: toBigInt(h.usdDue),
  ioNeeded: toBigInt(h.ioNeeded),
  ioPaid: toBigInt(h.ioPaid),
  fromFees: toBigInt(h.fromFees),
  retired: toBigInt(h.retired),
  usdUnpaid: toBigInt(h.usdUnpaid),
});

const paramsState = (p: any): IdeParamsState => ({
  mode: Object.keys(p.mode)[0] as RewardModeName,
  usdPerGpuHour: toBigInt(p.usdPerGpuHour),
  retireBps: p.retireBps,
  feeBuffer: toBigInt(p.feeBuffer),
});

/** The on-chain `Ide` (the config's or an event's) as bigints. */
export function ideState(ide: any): IdeState {
  return {
    params: paramsState(ide.params),
    pending: paramsState(ide.pending),
    pendingHour: toBigInt(ide.pendingHour),
    price: toBigInt(ide.price),
    priceExponent: ide.priceExponent,
    priceTime: toBigInt(ide.priceTime),
    reserve: toBigInt(ide.reserve),
    retired: toBigInt(ide.retired),
    retiredReported: toBigInt(ide.retiredReported),
    feeAvailable: toBigInt(ide.feeAvailable),
    feeDrawn: toBigInt(ide.feeDrawn),
    feeDistributed: toBigInt(ide.feeDistributed),
    feePaid: toBigInt(ide.feePaid),
    feeBurned: toBigInt(ide.feeBurned),
    totals: hourState(ide.totals),
    usdUnpaidReported: toBigInt(ide.usdUnpaidReported),
    current: hourState(ide.current),
    previous: hourState(ide.previous),
  };
}

/** The on-chain `RewardPool` as bigints. */
export function poolState(pool: any): RewardPoolState {
  return {
    startTime: toBigInt(pool.startTime),
    lastAccrual: toBigInt(pool.lastAccrual),
    scheduleReleased: toBigInt(pool.scheduleReleased),
    distributed: toBigInt(pool.distributed),
    unallocated: toBigInt(pool.unallocated),
    forgone: toBigInt(pool.forgone),
    claimed: toBigInt(pool.claimed),
    idleWeight: toBigInt(pool.idleWeight),
    busyWeight: toBigInt(pool.busyWeight),
    indexIdle: toBigInt(pool.indexIdle),
    indexBusy: toBigInt(pool.indexBusy),
    dust: toBigInt(pool.dust),
    boostWithheld: toBigInt(pool.boostWithheld),
    emissionScaleBps: toBigInt(pool.emissionScaleBps),
    busyBoostBps: toBigInt(pool.busyBoostBps),
    expiring: pool.expiring.map((e: any) => ({ hour: toBigInt(e.hour), idle: toBigInt(e.idle), busy: toBigInt(e.busy) })),
  };
}

/** The on-chain index checkpoints as bigints. */
export function checkpointStates(checkpoints: any[]): IndexCheckpointState[] {
  return checkpoints.map((c) => ({ hour: toBigInt(c.hour), indexIdle: toBigInt(c.indexIdle), indexBusy: toBigInt(c.indexBusy) }));
}

/** The on-chain `WorkerShare` as bigints. */
export function shareState(share: any): WorkerShareState {
  return {
    baseWeight: toBigInt(share.baseWeight),
    class: Object.keys(share.class)[0] as WeightClassName,
    indexSnapshot: toBigInt(share.indexSnapshot),
    idleSnapshot: toBigInt(share.idleSnapshot),
    accrued: toBigInt(share.accrued),
    leaseEndHour: toBigInt(share.leaseEndHour),
    boostAllowance: toBigInt(share.boostAllowance),
  };
}

/** Unix time of the cluster's Clock sysvar (`unix_timestamp` sits at byte 32). */
export async function clusterTime(provider: Provider): Promise<bigint> {
  const info = await provider.connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY);
  if (!info) throw new Error("no Clock sysvar");
  return info.data.readBigInt64LE(32);
}

export class IoRewardsClient {
  readonly program: Program<IoRewards>;
  /** The rewards config PDA, which io_token registers as its emission authority. */
  readonly config: PublicKey = rewardsConfigPda();

  constructor(readonly provider: Provider) {
    this.program = ioPrograms(provider).rewards;
  }

  private get payer(): PublicKey {
    if (!this.provider.publicKey) throw new Error("provider has no wallet");
    return this.provider.publicKey;
  }

  /** Creates the config; the schedule's hour 1 starts at `startTime` (default: the cluster's now). */
  async initialize(governance: PublicKey, weightAuthority: PublicKey, startTime?: bigint): Promise<TxResult> {
    const start = startTime ?? (await clusterTime(this.provider));
    return sendInstructions(this.provider, [ix.initialize({ payer: this.payer, governance, weightAuthority, startTime: start })]);
  }

  /** `rewards_register_worker`: creates the worker's reward account (weight authority signs). */
  async registerWorkerIx(
    weightAuthority: PublicKey,
    worker: PublicKey,
    owner: PublicKey,
    payer: PublicKey = this.payer,
  ): Promise<TransactionInstruction> {
    return ix.rewardsRegisterWorker({ payer, weightAuthority, worker, owner });
  }

  /** `rewards_update_worker`: grants a worker's weight until `leaseEndHour`. */
  async updateWorkerIx(weightAuthority: PublicKey, worker: PublicKey, input: ix.WorkerRewardInput): Promise<TransactionInstruction> {
    return ix.rewardsUpdateWorker({ ...input, weightAuthority, worker });
  }

  /**
   * Grants a worker's reward state (settling it first), creating its reward account on the
   * first call; only the weight authority signs.
   */
  async updateWorker(weightAuthority: Signer, worker: PublicKey, input: ix.WorkerRewardInput): Promise<TxResult> {
    const authority = weightAuthority.publicKey;
    const registered = Boolean(await this.fetchWorkerReward(worker));
    const ixs = registered ? [] : [ix.rewardsRegisterWorker({ payer: this.payer, weightAuthority: authority, worker, owner: input.owner })];
    ixs.push(ix.rewardsUpdateWorker({ ...input, weightAuthority: authority, worker }));
    return sendInstructions(this.provider, ixs, [weightAuthority]);
  }

  async claimIx(owner: PublicKey, worker: PublicKey, destination: PublicKey): Promise<TransactionInstruction> {
    return ix.rewardsClaim({ owner, worker, destination });
  }

  /** Mints what `worker` has earned into `destination` (an IO account); only its owner signs. */
  async claim(owner: Signer, worker: PublicKey, destination: PublicKey): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.rewardsClaim({ owner: owner.publicKey, worker, destination })], [owner]);
  }

  /**
   * Mints `worker`'s co-staker's share into `destination`, an IO account the co-staker owns
   * (default its associated account, which must exist); anyone may send it.
   */
  async claimCoStakeIx(worker: PublicKey, destination?: PublicKey): Promise<TransactionInstruction> {
    const reward = await this.fetchWorkerReward(worker);
    if (!reward || reward.coStaker.equals(PublicKey.default)) throw new Error(`worker ${worker.toBase58()} has no co-staker`);
    return ix.rewardsClaimCoStake({ worker, destination: destination ?? getAssociatedTokenAddressSync(ioMintPda(), reward.coStaker, true) });
  }

  async claimCoStake(worker: PublicKey, destination?: PublicKey): Promise<TxResult> {
    return sendInstructions(this.provider, [await this.claimCoStakeIx(worker, destination)]);
  }

  async crankIx(): Promise<TransactionInstruction> {
    return ix.rewardsCrank();
  }

  /** Brings the accumulator to now; anyone may. */
  async crank(): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.rewardsCrank()]);
  }

  async setEmissionScaleIx(governance: PublicKey, emissionScaleBps: number): Promise<TransactionInstruction> {
    return ix.configSetEmissionScale({ governance, emissionScaleBps });
  }

  /** Share of the schedule emitted, in basis points (0..=10,000); only governance. */
  async setEmissionScale(governance: Signer, emissionScaleBps: number): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.configSetEmissionScale({ governance: governance.publicKey, emissionScaleBps })], [governance]);
  }

  async setBusyBoostIx(governance: PublicKey, busyBoostBps: number): Promise<TransactionInstruction> {
    return ix.configSetBusyBoost({ governance, busyBoostBps });
  }

  /** Weight factor of busy workers, in basis points (10,000..=50,000); only governance. */
  async setBusyBoost(governance: Signer, busyBoostBps: number): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.configSetBusyBoost({ governance: governance.publicKey, busyBoostBps })], [governance]);
  }

  /** Schedules the reward mode and the engine's parameters from the next hour boundary; only governance. */
  async setRewardMode(governance: Signer, input: ix.RewardModeInput): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.configSetRewardMode({ governance: governance.publicKey, ...input })], [governance]);
  }

  /** The engine's hourly crank with the IO/USD price account `priceUpdate`; anyone may. */
  async ideCrank(priceUpdate: PublicKey): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.rewardsIdeCrank({ priceUpdate })]);
  }

  async setWeightAuthorityIx(governance: PublicKey, weightAuthority: PublicKey): Promise<TransactionInstruction> {
    return ix.configSetWeightAuthority({ governance, weightAuthority });
  }

  /** Registers a new weight authority (io_cloud's PDA); only governance. */
  async setWeightAuthority(governance: Signer, weightAuthority: PublicKey): Promise<TxResult> {
    const built = ix.configSetWeightAuthority({ governance: governance.publicKey, weightAuthority });
    return sendInstructions(this.provider, [built], [governance]);
  }

  /** The rewards config, or null before `initialize`. */
  async fetchConfig() {
    return this.program.account.rewardsConfig.fetchNullable(this.config);
  }

  /** A worker's reward account, or null before it is registered (io_cloud's worker registration). */
  async fetchWorkerReward(worker: PublicKey) {
    return this.program.account.workerReward.fetchNullable(workerRewardPda(worker));
  }

  /**
   * What `rewards_claim` (the owner) and `rewards_claim_co_stake` (its co-staker) would pay
   * `worker` now (or at `at`), in base units: the pool brought to that time and the worker settled
   * and split, locally, with the program's math. No transaction.
   */
  async pendingSplit(worker: PublicKey, at?: bigint): Promise<{ owner: bigint; coStaker: bigint }> {
    const [config, reward] = await Promise.all([this.fetchConfig(), this.fetchWorkerReward(worker)]);
    if (!config) throw new Error("io_rewards is not initialized");
    if (!reward) return { owner: 0n, coStaker: 0n };
    const now = at ?? (await clusterTime(this.provider));
    const co = { coShareBps: reward.coShareBps, coAccrued: toBigInt(reward.coAccrued) };
    return pendingSplitAt(poolState(config.pool), checkpointStates(config.checkpoints), shareState(reward.share), co, now, ideState(config.ide));
  }

  /** What `rewards_claim` would pay `worker`'s owner now (or at `at`), in base units. */
  async pendingRewards(worker: PublicKey, at?: bigint): Promise<bigint> {
    return (await this.pendingSplit(worker, at)).owner;
  }

  /** The network's emission ledger as a crank would leave it now (or at `at`). */
  async status(at?: bigint): Promise<RewardsStatus> {
    const config = await this.fetchConfig();
    if (!config) throw new Error("io_rewards is not initialized");
    const now = at ?? (await clusterTime(this.provider));
    const { pool, ide } = accrueRewardPool(poolState(config.pool), checkpointStates(config.checkpoints), now, ideState(config.ide));
    return {
      now,
      released: releasedAt(pool.startTime, now),
      distributed: pool.distributed,
      unallocated: pool.unallocated,
      forgone: pool.forgone,
      claimed: pool.claimed,
      boostWithheld: pool.boostWithheld / REWARD_INDEX_SCALE,
      registeredWorkers: toBigInt(config.registeredWorkers),
      emissionScaleBps: pool.emissionScaleBps,
      busyBoostBps: pool.busyBoostBps,
      ide,
    };
  }
}
