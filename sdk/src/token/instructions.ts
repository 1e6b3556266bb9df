/**
 * Pure instruction builders of `io_token`, one per instruction and named after it: each takes what
 * the instruction needs (nothing is fetched); the accounts the IDL fixes (config, the IO mint at
 * initialize, token and system programs) are filled by `buildInstruction`.
 */
import { PublicKey, TransactionInstruction } from "@solana/web3.js";

import { u64 } from "../codec.js";
import { AccountsInput, buildInstruction } from "../instruction.js";
import { AllocationName, ioMintPda, programDataPda, vestingPda, vestingVaultPda } from "../pda.js";

export interface GenesisBeneficiaries {
  seedInvestors: PublicKey;
  seriesA: PublicKey;
  coreContributors: PublicKey;
}

export type AuthorityRoleName = "admin" | "emission";

const token = (name: string, args: Record<string, unknown>, accounts: AccountsInput): TransactionInstruction =>
  buildInstruction("io_token", name, args, accounts);

/** A vested allocation's schedule and vault, as genesis names them (`seedInvestorsVesting`, ...). */
function schedule(allocation: AllocationName) {
  const vesting = vestingPda(allocation);
  return { [`${allocation}Vesting`]: vesting, [`${allocation}Vault`]: vestingVaultPda(vesting) };
}

/** Creates the IO mint (8 decimals, the config PDA as mint authority) and the config. */
export const initialize = (input: { payer: PublicKey; authority: PublicKey }): TransactionInstruction =>
  token("initialize", {}, { payer: input.payer, authority: input.authority, programData: programDataPda("io_token") });

/** Mints the 500M genesis supply once: community and ecosystem paid out, the rest vested. */
export const genesis = (input: {
  payer: PublicKey;
  authority: PublicKey;
  beneficiaries: GenesisBeneficiaries;
  communityDestination: PublicKey;
  treasuryDestination: PublicKey;
}): TransactionInstruction =>
  token(
    "genesis",
    { args: { ...input.beneficiaries } },
    {
      payer: input.payer,
      authority: input.authority,
      mint: ioMintPda(),
      communityDestination: input.communityDestination,
      treasuryDestination: input.treasuryDestination,
      ...schedule("seedInvestors"),
      ...schedule("seriesA"),
      ...schedule("coreContributors"),
    },
  );

/** Pays `beneficiary` what its schedule has unlocked, into `destination` (an IO account). */
export function vestingClaim(input: { allocation: AllocationName; beneficiary: PublicKey; destination: PublicKey }): TransactionInstruction {
  const vesting = vestingPda(input.allocation);
  return token(
    "vestingClaim",
    {},
    { beneficiary: input.beneficiary, mint: ioMintPda(), vesting, vault: vestingVaultPda(vesting), destination: input.destination },
  );
}

/** Hands a schedule's claim right to `newBeneficiary`. */
export const vestingSetBeneficiary = (input: {
  allocation: AllocationName;
  beneficiary: PublicKey;
  newBeneficiary: PublicKey;
}): TransactionInstruction =>
  token(
    "vestingSetBeneficiary",
    { args: { newBeneficiary: input.newBeneficiary } },
    { beneficiary: input.beneficiary, vesting: vestingPda(input.allocation) },
  );

/** The emission gate: only the registered emission authority's signature mints. */
export const mintEmission = (input: { emissionAuthority: PublicKey; destination: PublicKey; amount: bigint }): TransactionInstruction =>
  token(
    "mintEmission",
    { args: { amount: u64(input.amount) } },
    { emissionAuthority: input.emissionAuthority, mint: ioMintPda(), destination: input.destination },
  );

/** Retires `amount` of emission room for good; only the emission authority (io_rewards' config, through its IDE crank). */
export const retireEmission = (input: { emissionAuthority: PublicKey; amount: bigint }): TransactionInstruction =>
  token("retireEmission", { args: { amount: u64(input.amount) } }, { emissionAuthority: input.emissionAuthority });

/** Changes the admin (`"admin"`) or registers the emission authority (`"emission"`). */
export const configSetAuthority = (input: { authority: PublicKey; role: AuthorityRoleName; newAuthority: PublicKey }): TransactionInstruction =>
  token("configSetAuthority", { args: { role: { [input.role]: {} }, newAuthority: input.newAuthority } }, { authority: input.authority });
