/**
 * Client of `io_token`: the IO mint, genesis, vesting, the emission gate and supply status. The
 * facade over `instructions.ts`: builds, sends, and reads the config, schedules and supply.
 */
import { Program, Provider } from "@coral-xyz/anchor";
import { getAccount, getMint } from "@solana/spl-token";
import { PublicKey, Signer, TransactionInstruction } from "@solana/web3.js";

import { toBigInt } from "../codec.js";
import type { IoToken } from "../idl/io_token.js";
import { ALLOCATIONS, AllocationName, ioMintPda, tokenConfigPda, vestingPda, vestingVaultPda } from "../pda.js";
import { ioPrograms } from "../programs.js";
import { sendInstructions, TxResult } from "../tx.js";
import * as ix from "./instructions.js";
import { SupplyStatus, supplyStatus } from "./supply.js";

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
    return sendInstructions(this.provider, [ix.initialize({ payer: this.payer, authority: authority.publicKey })], [authority]);
  }

  async genesisIx(
    authority: PublicKey,
    beneficiaries: ix.GenesisBeneficiaries,
    communityDestination: PublicKey,
    treasuryDestination: PublicKey,
  ): Promise<TransactionInstruction> {
    return ix.genesis({ payer: this.payer, authority, beneficiaries, communityDestination, treasuryDestination });
  }

  /** Mints the 500M genesis supply once: community and ecosystem paid out, the rest vested. */
  async genesis(
    authority: Signer,
    beneficiaries: ix.GenesisBeneficiaries,
    communityDestination: PublicKey,
    treasuryDestination: PublicKey,
  ): Promise<TxResult> {
    const built = ix.genesis({ payer: this.payer, authority: authority.publicKey, beneficiaries, communityDestination, treasuryDestination });
    return sendInstructions(this.provider, [built], [authority]);
  }

  /** Pays `beneficiary` what its schedule has unlocked, into `destination` (an IO account). */
  async claimVesting(allocation: AllocationName, beneficiary: Signer, destination: PublicKey): Promise<TxResult> {
    const built = ix.vestingClaim({ allocation, beneficiary: beneficiary.publicKey, destination });
    return sendInstructions(this.provider, [built], [beneficiary]);
  }

  /** Hands a schedule's claim right to `newBeneficiary`. */
  async setVestingBeneficiary(allocation: AllocationName, beneficiary: Signer, newBeneficiary: PublicKey): Promise<TxResult> {
    const built = ix.vestingSetBeneficiary({ allocation, beneficiary: beneficiary.publicKey, newBeneficiary });
    return sendInstructions(this.provider, [built], [beneficiary]);
  }

  /** The emission gate: only the registered emission authority's signature mints. */
  async mintEmissionIx(emissionAuthority: PublicKey, destination: PublicKey, amount: bigint): Promise<TransactionInstruction> {
    return ix.mintEmission({ emissionAuthority, destination, amount });
  }

  async mintEmission(emissionAuthority: Signer, destination: PublicKey, amount: bigint): Promise<TxResult> {
    const built = ix.mintEmission({ emissionAuthority: emissionAuthority.publicKey, destination, amount });
    return sendInstructions(this.provider, [built], [emissionAuthority]);
  }

  /** Changes the admin (`"admin"`) or registers the emission authority (`"emission"`). */
  async setAuthority(authority: Signer, role: ix.AuthorityRoleName, newAuthority: PublicKey): Promise<TxResult> {
    const built = ix.configSetAuthority({ authority: authority.publicKey, role, newAuthority });
    return sendInstructions(this.provider, [built], [authority]);
  }

  /** The token config, or null before `initialize`. */
  async fetchConfig() {
    return this.program.account.tokenConfig.fetchNullable(this.config);
  }

  /** A vesting schedule, or null before genesis. */
  async fetchVesting(allocation: AllocationName) {
    return this.program.account.vestingSchedule.fetchNullable(vestingPda(allocation));
  }

  /** Cap, minted (genesis / emissions), burned, locked in vesting, circulating, retired, room left. */
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
      retired: toBigInt(config.emissionRetired),
    });
  }
}
