/**
 * Pure instruction builders of `io_rewards`, one per instruction and named after it: each takes what
 * the instruction needs (nothing is fetched); the accounts the IDL fixes (config, io_token's config
 * at initialize, io_token, token and system programs) are filled by `buildInstruction`. The IO mint
 * and io_token's config at claim are the protocol's (io_token's PDAs).
 */
import { PublicKey, TransactionInstruction } from "@solana/web3.js";

import { u64 } from "../codec.js";
import { AccountsInput, buildInstruction } from "../instruction.js";
import { ioMintPda, programDataPda, tokenConfigPda } from "../pda.js";
import { feeVaultPda, tenderPda } from "../credits/pda.js";
import type { ParamChangeInput } from "../dao/instructions.js";
import type { RewardModeName } from "../math/ide.js";
import { workerRewardPda } from "./pda.js";

/** What the weight authority reports for a worker. */
export interface WorkerRewardInput {
  /** The wallet that may claim. */
  owner: PublicKey;
  /** Multiplier × GPUs in the weight authority's units (io_cloud: multiplier in basis points). */
  baseWeight: bigint;
  busy: boolean;
  eligible: boolean;
  /** Hour (Unix time / 3600) at whose start the weight lapses: one of the next two boundaries. */
  leaseEndHour: bigint;
  /** Base units added to the busy-boost allowance. */
  allowanceAdd?: bigint;
  /** Drop what is left of the allowance first. */
  allowanceReset?: boolean;
  /** The worker's co-staker (default: none earns) and its share from now on, basis points. */
  coStaker?: PublicKey;
  coShareBps?: number;
}

const rewards = (name: string, args: Record<string, unknown>, accounts: AccountsInput): TransactionInstruction =>
  buildInstruction("io_rewards", name, args, accounts);

/** Creates the config; the schedule's hour 1 starts at `startTime` (Unix seconds). */
export const initialize = (input: {
  payer: PublicKey;
  governance: PublicKey;
  weightAuthority: PublicKey;
  startTime: bigint;
}): TransactionInstruction =>
  rewards(
    "initialize",
    { args: { governance: input.governance, weightAuthority: input.weightAuthority, startTime: u64(input.startTime) } },
    { payer: input.payer, mint: ioMintPda(), programData: programDataPda("io_rewards") },
  );

/** Creates the worker's reward account (the weight authority signs). */
export const rewardsRegisterWorker = (input: {
  payer: PublicKey;
  weightAuthority: PublicKey;
  worker: PublicKey;
  owner: PublicKey;
}): TransactionInstruction =>
  rewards(
    "rewardsRegisterWorker",
    { args: { owner: input.owner } },
    { payer: input.payer, weightAuthority: input.weightAuthority, worker: input.worker, workerReward: workerRewardPda(input.worker) },
  );

/** Grants a worker's weight until `leaseEndHour` (settling it first). */
export const rewardsUpdateWorker = (input: { weightAuthority: PublicKey; worker: PublicKey } & WorkerRewardInput): TransactionInstruction =>
  rewards(
    "rewardsUpdateWorker",
    {
      args: {
        owner: input.owner,
        baseWeight: u64(input.baseWeight),
        busy: input.busy,
        eligible: input.eligible,
        leaseEndHour: u64(input.leaseEndHour),
        allowanceAdd: u64(input.allowanceAdd ?? 0n),
        allowanceReset: input.allowanceReset ?? false,
        coStaker: input.coStaker ?? PublicKey.default,
        coShareBps: input.coShareBps ?? 0,
      },
    },
    { weightAuthority: input.weightAuthority, workerReward: workerRewardPda(input.worker) },
  );

/** Mints what `worker` has earned into `destination` (an IO account); only its owner signs. */
export const rewardsClaim = (input: { owner: PublicKey; worker: PublicKey; destination: PublicKey }): TransactionInstruction =>
  rewards(
    "rewardsClaim",
    {},
    {
      owner: input.owner,
      workerReward: workerRewardPda(input.worker),
      tokenConfig: tokenConfigPda(),
      mint: ioMintPda(),
      destination: input.destination,
    },
  );

/** Mints the co-staker's share of `worker`'s rewards into `destination`, an IO account the co-staker owns; anyone may send it. */
export const rewardsClaimCoStake = (input: { worker: PublicKey; destination: PublicKey }): TransactionInstruction =>
  rewards(
    "rewardsClaimCoStake",
    {},
    { workerReward: workerRewardPda(input.worker), tokenConfig: tokenConfigPda(), mint: ioMintPda(), destination: input.destination },
  );

/** Brings the accumulator to now; anyone may. */
export const rewardsCrank = (): TransactionInstruction => rewards("rewardsCrank", {}, {});

/** The governed parameters of the Incentive Dynamic Engine (`math/ide.ts`). */
export interface RewardModeInput {
  mode: RewardModeName;
  /** USD target of one 1× GPU-hour, micro-USD (0 in schedule mode). */
  usdPerGpuHour: bigint;
  /** Share of the unneeded fresh schedule IO retired, basis points (5,000..=10,000). */
  retireBps: number;
  /** Undistributed fee reserve kept before IO fees are burned, base units. */
  feeBuffer: bigint;
}

/** The `IdeParams` argument as the IDL encodes it. */
export const rewardModeArgs = (input: RewardModeInput) => ({
  mode: input.mode === "ide" ? { ide: {} } : { schedule: {} },
  usdPerGpuHour: u64(input.usdPerGpuHour),
  retireBps: input.retireBps,
  feeBuffer: u64(input.feeBuffer),
});

/** The DAO's `RewardsMode` change carrying `input` (for `IoDaoClient.propose`). */
export const rewardModeChange = (input: RewardModeInput): ParamChangeInput =>
  ({ rewardsMode: { params: rewardModeArgs(input) } }) as unknown as ParamChangeInput;

/** In IDE mode: a fresh price from `priceUpdate`, the accrual, the IO fee draw and burn, retired IO reported; anyone may. */
export const rewardsIdeCrank = (input: { priceUpdate: PublicKey }): TransactionInstruction =>
  rewards(
    "rewardsIdeCrank",
    {},
    {
      priceUpdate: input.priceUpdate,
      ioTender: tenderPda(ioMintPda()),
      ioFeeVault: feeVaultPda(ioMintPda()),
      tokenConfig: tokenConfigPda(),
      mint: ioMintPda(),
    },
  );

/** Schedules the reward mode and the engine's parameters from the next hour boundary; only governance. */
export const configSetRewardMode = (input: { governance: PublicKey } & RewardModeInput): TransactionInstruction =>
  rewards("configSetRewardMode", { args: rewardModeArgs(input) }, { governance: input.governance });

/** Share of the schedule emitted, in basis points (0..=10,000); only governance. */
export const configSetEmissionScale = (input: { governance: PublicKey; emissionScaleBps: number }): TransactionInstruction =>
  rewards("configSetEmissionScale", { args: { emissionScaleBps: input.emissionScaleBps } }, { governance: input.governance });

/** Weight factor of busy workers, in basis points (10,000..=50,000); only governance. */
export const configSetBusyBoost = (input: { governance: PublicKey; busyBoostBps: number }): TransactionInstruction =>
  rewards("configSetBusyBoost", { args: { busyBoostBps: input.busyBoostBps } }, { governance: input.governance });

/** Registers a new weight authority (io_cloud's PDA); only governance. */
export const configSetWeightAuthority = (input: { governance: PublicKey; weightAuthority: PublicKey }): TransactionInstruction =>
  rewards("configSetWeightAuthority", { args: { weightAuthority: input.weightAuthority } }, { governance: input.governance });
