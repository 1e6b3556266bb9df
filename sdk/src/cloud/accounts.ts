/**
 * The account groups of `io_cloud`'s instructions that the IDL can't fill alone: a worker's own
 * io_rewards account, a rental's payment (`RentalPayment`), and the `remaining_accounts` lists.
 */
import { getAssociatedTokenAddressSync, TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { AccountMeta, PublicKey } from "@solana/web3.js";

import { feeVaultPda, iosdMintPda, tenderPda } from "../credits/pda.js";
import { writableMeta } from "../instruction.js";
import { PROGRAM_IDS } from "../programs.js";
import { rewardsConfigPda, workerRewardPda } from "../rewards/pda.js";
import { cloudRewardsAuthorityPda } from "./pda.js";

/**
 * The io_rewards accounts every io_cloud instruction that changes a weight carries (all fixed by
 * the IDL: the builders leave them out; this spells them out for `program.methods`).
 */
export const rewardsSyncAccounts = () => ({
  rewardsAuthority: cloudRewardsAuthorityPda(),
  rewardsConfig: rewardsConfigPda(),
  rewardsProgram: PROGRAM_IDS.io_rewards,
});

/** A worker's own `rewards` group (its io_rewards account; the sync accounts are the IDL's). */
export const workerRewards = (worker: PublicKey) => ({ workerReward: workerRewardPda(worker) });

/** Paying the reservation fee in IOSD (burned) instead of the tender. */
export interface IosdOption {
  reservationInIosd?: boolean;
  /** The renter's IOSD account; default its associated Token-2022 account. */
  renterIosd?: PublicKey;
}

/**
 * The `payment` group of book / extend (`RentalPayment`): the tender in io_credits' registry, the
 * renter's account of it (default its associated token account), its fee vault, and the IOSD
 * accounts when the reservation fee is paid in IOSD (absent otherwise). io_credits' config and
 * program are the IDL's.
 */
export function rentalPayment(renter: PublicKey, tenderMint: PublicKey, renterToken: PublicKey | undefined, option: IosdOption) {
  const inIosd = option.reservationInIosd ?? false;
  const iosd = inIosd
    ? { renterIosd: option.renterIosd ?? getAssociatedTokenAddressSync(iosdMintPda(), renter, true, TOKEN_2022_PROGRAM_ID), iosdMint: iosdMintPda() }
    : { renterIosd: null, iosdMint: null, token2022Program: null };
  return {
    tender: tenderPda(tenderMint),
    renterToken: renterToken ?? getAssociatedTokenAddressSync(tenderMint, renter, true),
    feeVault: feeVaultPda(tenderMint),
    ...iosd,
  };
}

/**
 * The `supplierFee` group of settle / replace / close (`SupplierFee`): the rental's tender in
 * io_credits' registry and its fee vault, where the workers' supplier fees go. io_credits' config
 * and program are the IDL's.
 */
export const supplierFee = (tenderMint: PublicKey) => ({ tender: tenderPda(tenderMint), feeVault: feeVaultPda(tenderMint) });

/** `remaining_accounts` of assign / terminate: each worker, then its io_rewards account. */
export const workerPairs = (workers: PublicKey[]): AccountMeta[] =>
  workers.flatMap((worker) => [writableMeta(worker), writableMeta(workerRewardPda(worker))]);

/** `remaining_accounts` of close: each slot's worker, then its payout account. */
export const slotPayoutPairs = (workers: PublicKey[], payouts: PublicKey[]): AccountMeta[] =>
  workers.flatMap((worker, i) => [writableMeta(worker), writableMeta(payouts[i])]);
