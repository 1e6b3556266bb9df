/** PDAs of `io_cloud`; seeds come from the program's IDL constants (`programs/io_cloud/src/constants.rs`). */
import { PublicKey } from "@solana/web3.js";

import { programPda, seed, u16le, u32le, u64le } from "../pda.js";

export const CLOUD_SEEDS = {
  config: seed("io_cloud", "CONFIG_SEED"),
  deviceClass: seed("io_cloud", "DEVICE_CLASS_SEED"),
  worker: seed("io_cloud", "WORKER_SEED"),
  stakeVault: seed("io_cloud", "STAKE_VAULT_SEED"),
  rental: seed("io_cloud", "RENTAL_SEED"),
  escrow: seed("io_cloud", "ESCROW_SEED"),
  rewardsAuthority: seed("io_cloud", "REWARDS_AUTHORITY_SEED"),
  slashCase: seed("io_cloud", "SLASH_CASE_SEED"),
};

const cloudPda = (seeds: (Buffer | Uint8Array)[]): PublicKey => programPda("io_cloud", seeds);

/** The market's config (roles, IO mint, slash destination). */
export const cloudConfigPda = (): PublicKey => cloudPda([CLOUD_SEEDS.config]);

/** A device class of the governed table: `[DEVICE_CLASS_SEED, class id u16 LE]`. */
export const deviceClassPda = (classId: number): PublicKey => cloudPda([CLOUD_SEEDS.deviceClass, u16le(classId)]);

/** A worker: `[WORKER_SEED, authority, device id (16 bytes)]`. */
export function workerPda(authority: PublicKey, deviceId: Uint8Array): PublicKey {
  if (deviceId.length !== 16) throw new RangeError("a device id is 16 bytes");
  return cloudPda([CLOUD_SEEDS.worker, authority.toBuffer(), deviceId]);
}

/** A worker's IO stake vault (token account owned by the worker): `[STAKE_VAULT_SEED, worker]`. */
export const stakeVaultPda = (worker: PublicKey): PublicKey => cloudPda([CLOUD_SEEDS.stakeVault, worker.toBuffer()]);

/** A rental: `[RENTAL_SEED, renter, nonce u64 LE]`. */
export const rentalPda = (renter: PublicKey, nonce: bigint): PublicKey =>
  cloudPda([CLOUD_SEEDS.rental, renter.toBuffer(), u64le(nonce)]);

/** A rental's escrow (token account owned by the rental): `[ESCROW_SEED, rental]`. */
export const escrowPda = (rental: PublicKey): PublicKey => cloudPda([CLOUD_SEEDS.escrow, rental.toBuffer()]);

/** io_cloud's signer towards io_rewards: register it there as the weight authority. */
export const cloudRewardsAuthorityPda = (): PublicKey => cloudPda([CLOUD_SEEDS.rewardsAuthority]);

/** A slash under reconsideration: `[SLASH_CASE_SEED, worker, case id u32 LE]` (ids count from 0 per worker). */
export const slashCasePda = (worker: PublicKey, id: number): PublicKey => cloudPda([CLOUD_SEEDS.slashCase, worker.toBuffer(), u32le(id)]);
