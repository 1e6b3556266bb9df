/**
 * Builders of `io_cloud`'s co-staking: the owner offers up to half of its device's minimum stake
 * for a share of its block rewards; one co-staker takes the offer, exits with 7 days' notice
 * (earning nothing) and withdraws after the 14-day cooldown.
 */
import { PublicKey, TransactionInstruction } from "@solana/web3.js";

import { u64 } from "../codec.js";
import { buildInstruction } from "../instruction.js";
import { workerRewards } from "./accounts.js";
import { stakeVaultPda } from "./pda.js";

export interface CoStakeOfferInput {
  /** Most IO (base units) the co-staker may deposit: at most half of the device's minimum stake. */
  maxAmount: bigint;
  /** The co-staker's share of the worker's block rewards, basis points (0..=10,000). */
  shareBps: number;
}

export const coStakeOffer = (input: { authority: PublicKey; worker: PublicKey } & CoStakeOfferInput): TransactionInstruction =>
  buildInstruction(
    "io_cloud",
    "coStakeOffer",
    { args: { maxAmount: u64(input.maxAmount), shareBps: input.shareBps } },
    { authority: input.authority, worker: input.worker },
  );

export const coStakeCancel = (input: { authority: PublicKey; worker: PublicKey }): TransactionInstruction =>
  buildInstruction("io_cloud", "coStakeCancel", {}, { authority: input.authority, worker: input.worker });

/** `shareBps` is the share the co-staker accepts: refused if the offer's differs. */
export const coStakeAccept = (input: {
  coStaker: PublicKey;
  worker: PublicKey;
  source: PublicKey;
  ioMint: PublicKey;
  amount: bigint;
  shareBps: number;
}): TransactionInstruction =>
  buildInstruction(
    "io_cloud",
    "coStakeAccept",
    { args: { amount: u64(input.amount), shareBps: input.shareBps } },
    {
      coStaker: input.coStaker,
      worker: input.worker,
      stakeVault: stakeVaultPda(input.worker),
      source: input.source,
      ioMint: input.ioMint,
      rewards: workerRewards(input.worker),
    },
  );

export const coStakeExit = (input: { coStaker: PublicKey; worker: PublicKey }): TransactionInstruction =>
  buildInstruction("io_cloud", "coStakeExit", {}, { coStaker: input.coStaker, worker: input.worker, rewards: workerRewards(input.worker) });

export const coStakeWithdraw = (input: {
  coStaker: PublicKey;
  worker: PublicKey;
  destination: PublicKey;
  ioMint: PublicKey;
}): TransactionInstruction =>
  buildInstruction(
    "io_cloud",
    "coStakeWithdraw",
    {},
    { coStaker: input.coStaker, worker: input.worker, stakeVault: stakeVaultPda(input.worker), destination: input.destination, ioMint: input.ioMint },
  );
