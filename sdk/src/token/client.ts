/** Client of `io_token`: the IO mint, genesis, vesting, the emission gate and supply status. */
import { Program, Provider } from "@coral-xyz/anchor";
import { getAccount, getMint, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey, Signer, SystemProgram, TransactionInstruction } from "@solana/web3.js";

import { toBigInt, u64 } from "../codec.js";
import type { IoToken } from "../idl/io_token.js";
import { ALLOCATIONS, AllocationName, ioMintPda, tokenConfigPda, vestingPda, vestingVaultPda } from "../pda.js";
import { ioPrograms } from "../programs.js";
import { sendInstructions, TxResult } from "../tx.js";
import { SupplyStatus, supplyStatus } from "./supply.js";

export interface GenesisBeneficiaries {
  seedInvestors: PublicKey;
  seriesA: PublicKey;
  coreContributors: PublicKey;
}

export type AuthorityRoleName = "admin" | "emission";

const asEnum = <T extends string>(name: T) => ({ [name]: {} }) as never;

export class IoTokenClient {
  readonly program: Program<IoToken>;
  readonly config: PublicKey = tokenConfigPda();
  readonly mint: PublicKey = ioMintPda();

  constructor(readonly provider: Provider) {
    this.program = ioPrograms(provider).token;
  }

  private get payer(): PublicKey {
    if (!this.provider.publicKey) throw new Error("provider has no wallet");
    return this.provider.publicKey;
  }

  /** Creates the IO mint (8 decimals, the config PDA as mint authority) and the config. */
  async initialize(authority: Signer): Promise<TxResult> {
    const ix = await this.program.methods
      .initialize()
      .accountsPartial({
        payer: this.payer,
        authority: authority.publicKey,
        config: this.config,
        mint: this.mint,
        tokenProgram: TOKEN_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return sendInstructions(this.provider, [ix], [authority]);
  }

  async genesisIx(
    authority: PublicKey,
    beneficiaries: GenesisBeneficiaries,
    communityDestination: PublicKey,
    treasuryDestination: PublicKey,
  ): Promise<TransactionInstruction> {
    const schedule = (allocation: AllocationName) => vestingPda(allocation);
    return this.program.methods
      .genesis({
        seedInvestors: beneficiaries.seedInvestors,
        seriesA: beneficiaries.seriesA,
        coreContributors: beneficiaries.coreContributors,
      })
      .accountsPartial({
        payer: this.payer,
        authority,
        config: this.config,
        mint: this.mint,
        communityDestination,
        treasuryDestination,
        seedInvestorsVesting: schedule("seedInvestors"),
        seedInvestorsVault: vestingVaultPda(schedule("seedInvestors")),
        seriesAVesting: schedule("seriesA"),
        seriesAVault: vestingVaultPda(schedule("seriesA")),
        coreContributorsVesting: schedule("coreContributors"),
        coreContributorsVault: vestingVaultPda(schedule("coreContributors")),
        tokenProgram: TOKEN_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
  }

  /** Mints the 500M genesis supply once: community and ecosystem paid out, the rest vested. */
  async genesis(
    authority: Signer,
    beneficiaries: GenesisBeneficiaries,
    communityDestination: PublicKey,
    treasuryDestination: PublicKey,
  ): Promise<TxResult> {
    const ix = await this.genesisIx(authority.publicKey, beneficiaries, communityDestination, treasuryDestination);
    return sendInstructions(this.provider, [ix], [authority]);
  }

  /** Pays `beneficiary` what its schedule has unlocked, into `destination` (an IO account). */
  async vestingClaim(allocation: AllocationName, beneficiary: Signer, destination: PublicKey): Promise<TxResult> {
    const vesting = vestingPda(allocation);
    const ix = await this.program.methods
      .vestingClaim()
      .accountsPartial({
        beneficiary: beneficiary.publicKey,
        config: this.config,
        mint: this.mint,
        vesting,
        vault: vestingVaultPda(vesting),
        destination,
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .instruction();
    return sendInstructions(this.provider, [ix], [beneficiary]);
  }

  /** Hands a schedule's claim right to `newBeneficiary`. */
  async vestingSetBeneficiary(
    allocation: AllocationName,
    beneficiary: Signer,
    newBeneficiary: PublicKey,
  ): Promise<TxResult> {
    const ix = await this.program.methods
      .vestingSetBeneficiary({ newBeneficiary })
      .accountsPartial({ beneficiary: beneficiary.publicKey, vesting: vestingPda(allocation) })
      .instruction();
    return sendInstructions(this.provider, [ix], [beneficiary]);
  }

  /** The emission gate: only the registered emission authority's signature mints. */
  async mintEmissionIx(emissionAuthority: PublicKey, destination: PublicKey, amount: bigint): Promise<TransactionInstruction> {
    return this.program.methods
      .mintEmission({ amount: u64(amount) })
      .accountsPartial({
        emissionAuthority,
        config: this.config,
        mint: this.mint,
        destination,
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .instruction();
  }

  async mintEmission(emissionAuthority: Signer, destination: PublicKey, amount: bigint): Promise<TxResult> {
    const ix = await this.mintEmissionIx(emissionAuthority.publicKey, destination, amount);
    return sendInstructions(this.provider, [ix], [emissionAuthority]);
  }

  /** Changes the admin (`"admin"`) or registers the emission authority (`"emission"`). */
  async setAuthority(authority: Signer, role: AuthorityRoleName, newAuthority: PublicKey): Promise<TxResult> {
    const ix = await this.program.methods
      .configSetAuthority({ role: asEnum(role), newAuthority })
      .accountsPartial({ authority: authority.publicKey, config: this.config })
      .instruction();
    return sendInstructions(this.provider, [ix], [authority]);
  }

  /** The token config, or null before `initialize`. */
  async fetchConfig() {
    return this.program.account.tokenConfig.fetchNullable(this.config);
  }

  /** A vesting schedule, or null before genesis. */
  async fetchVesting(allocation: AllocationName) {
    return this.program.account.vestingSchedule.fetchNullable(vestingPda(allocation));
  }

  /** Cap, minted (genesis / emissions), burned, locked in vesting, circulating, room left. */
  async getSupplyStatus(): Promise<SupplyStatus> {
    const config = await this.fetchConfig();
    if (!config) throw new Error("io_token is not initialized");
    const mint = await getMint(this.provider.connection, this.mint);
    const locked: bigint[] = [];
    for (const allocation of ALLOCATIONS) {
      const vault = vestingVaultPda(vestingPda(allocation));
      const info = await this.provider.connection.getAccountInfo(vault);
      locked.push(info ? (await getAccount(this.provider.connection, vault)).amount : 0n);
    }
    return supplyStatus({
      genesisMinted: toBigInt(config.genesisMinted),
      emissionMinted: toBigInt(config.emissionMinted),
      supply: mint.supply,
      lockedInVesting: locked.reduce((a, b) => a + b, 0n),
    });
  }
}
