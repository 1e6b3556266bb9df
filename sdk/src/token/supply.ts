/** Supply accounting of IO, mirroring `io_token`'s cap ledger (programs/io_token/src/math/cap.rs). */
import { ONE_IO } from "../units.js";

/** Everything ever minted stays at or below this: 800,000,000 IO. */
export const MAX_SUPPLY = 800_000_000n * ONE_IO;
export const GENESIS_SUPPLY = 500_000_000n * ONE_IO;
export const EMISSION_POOL = 300_000_000n * ONE_IO;

export interface SupplyStatus {
  /** 800M IO. */
  cap: bigint;
  genesisMinted: bigint;
  emissionMinted: bigint;
  /** genesis + emissions: what the cap counts. */
  totalMinted: bigint;
  /** The mint's current supply. */
  supply: bigint;
  /** Minted and since burned (total minted − supply). Burning never reopens room. */
  burned: bigint;
  /** Unclaimed IO in the vesting vaults. */
  lockedInVesting: bigint;
  /** Supply outside the vesting vaults. */
  circulating: bigint;
  /** Emission room retired for good by io_rewards' Incentive Dynamic Engine: never mintable. */
  retired: bigint;
  /** What may still be minted (cap − total minted − retired). */
  roomLeft: bigint;
}

export function supplyStatus(input: {
  genesisMinted: bigint;
  emissionMinted: bigint;
  supply: bigint;
  lockedInVesting: bigint;
  retired: bigint;
}): SupplyStatus {
  const retired = input.retired;
  const totalMinted = input.genesisMinted + input.emissionMinted;
  return {
    cap: MAX_SUPPLY,
    genesisMinted: input.genesisMinted,
    emissionMinted: input.emissionMinted,
    totalMinted,
    supply: input.supply,
    burned: totalMinted - input.supply,
    lockedInVesting: input.lockedInVesting,
    circulating: input.supply - input.lockedInVesting,
    retired,
    roomLeft: MAX_SUPPLY - totalMinted - retired,
  };
}
