/** PDAs of `io_rewards`; seeds read from the program's IDL constants. */
import { PublicKey } from "@solana/web3.js";

import { programPda, seed } from "../pda.js";

export const REWARDS_SEEDS = {
  config: seed("io_rewards", "REWARDS_CONFIG_SEED"),
  workerReward: seed("io_rewards", "WORKER_REWARD_SEED"),
  feeReserve: seed("io_rewards", "FEE_RESERVE_SEED"),
};

const pda = (seeds: (Buffer | Uint8Array)[]): PublicKey => programPda("io_rewards", seeds);

/** The rewards config; also the emission authority io_token must register. */
export const rewardsConfigPda = (): PublicKey => pda([REWARDS_SEEDS.config]);

/** A worker's reward account: `[WORKER_REWARD_SEED, worker]` (worker = io_cloud's worker account). */
export const workerRewardPda = (worker: PublicKey): PublicKey => pda([REWARDS_SEEDS.workerReward, worker.toBuffer()]);

/** The fee reserve: the config's IO account holding the fees the Incentive Dynamic Engine draws. */
export const feeReservePda = (): PublicKey => pda([REWARDS_SEEDS.feeReserve]);
