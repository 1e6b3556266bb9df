/**
 * Client of `io_cloud`: the GPU market. Governance sets device classes (tenders are io_credits'); workers
 * register, stake and prove uptime; renters book clusters whose escrow streams per second to the
 * workers the orchestrator assigns. Prices are per GPU-hour in the tender's base units
 * (micro-USD for USDC; for IO convert a USD price at the oracle price first).
 */
import { Provider } from "@coral-xyz/anchor";
import { getAssociatedTokenAddressSync, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { AccountMeta, PublicKey, Signer, SystemProgram, TransactionInstruction } from "@solana/web3.js";

import { regionCode, u64 } from "../codec.js";
import { creditsConfigPda, feeVaultPda, iosdMintPda, tenderPda } from "../credits/pda.js";
import { rewardsConfigPda, workerRewardPda } from "../rewards/pda.js";
import { ioPrograms, PROGRAM_IDS } from "../programs.js";
import { sendInstructions, TxResult } from "../tx.js";
import {
  cloudConfigPda,
  cloudRewardsAuthorityPda,
  deviceClassPda,
  escrowPda,
  rentalPda,
  stakeVaultPda,
  workerPda,
} from "./pda.js";
import { CloudFetchers } from "./fetchers.js";

export type CloudRoleName = "governance" | "orchestrator" | "uptimeVerifier" | "slashingAuthority";
export type SlashDestinationName = "burn" | "treasury";

export interface CloudRoles {
  governance: PublicKey;
  orchestrator: PublicKey;
  uptimeVerifier: PublicKey;
  slashingAuthority: PublicKey;
}

export interface DeviceClassInput {
  classId: number;
  name: string;
  /** Basis points: H100 = 100,000 (10x), RTX 4070 = 2,500 (0.25x). */
  multiplierBps: number;
  enabled?: boolean;
}

export interface WorkerRegisterInput {
  deviceId: Uint8Array;
  deviceClass: number;
  gpus: number;
  /** Region code, at most 8 ASCII bytes. */
  region: string;
  /** Asked price per GPU-hour, micro-USD (rentals in USD-pegged tenders). */
  pricePerGpuHour: bigint;
  /** Asked price per GPU-hour in IO base units (rentals paid in IO). */
  askIoPerGpuHour: bigint;
}

export interface WorkerUpdateInput {
  gpus?: number;
  region?: string;
  pricePerGpuHour?: bigint;
  askIoPerGpuHour?: bigint;
}

export interface SlashInput {
  amount: bigint;
  reasonCode: number;
  evidenceHash: Uint8Array;
}

export interface UptimeInput {
  /** Hour index: Unix time / 3600. */
  hour: bigint;
  ok: boolean;
  resultHash: Uint8Array;
}

export interface RentalBookInput {
  nonce: bigint;
  deviceClass: number;
  gpus: number;
  hours: number;
  /** Per GPU-hour in the tender's base units. */
  pricePerGpuHour: bigint;
  tenderMint: PublicKey;
  /** The renter's account of the tender; default its associated token account. */
  renterToken?: PublicKey;
  /** Preferred region; empty = any. */
  region?: string;
  /** Pay the reservation fee (io_credits' governed rate) in IOSD (burned) instead of the tender. */
  reservationInIosd?: boolean;
  /** The renter's IOSD account; default its associated Token-2022 account. */
  renterIosd?: PublicKey;
}

export interface IosdOption {
  reservationInIosd?: boolean;
  renterIosd?: PublicKey;
}

const asEnum = (name: string) => ({ [name]: {} }) as never;

/**
 * The accounts of a payment for GPU time (`RentalPayment`): the tender in io_credits' registry,
 * its fee vault, the renter's account of it, io_credits' config and program, and the accounts
 * of an IOSD reservation fee (null when paid in the tender).
 */
function rentalPayment(renter: PublicKey, tenderMint: PublicKey, renterToken: PublicKey | undefined, option: IosdOption) {
  const inIosd = option.reservationInIosd ?? false;
  return {
    tender: tenderPda(tenderMint),
    renterToken: renterToken ?? getAssociatedTokenAddressSync(tenderMint, renter, true),
    feeVault: feeVaultPda(tenderMint),
    creditsConfig: creditsConfigPda(),
    creditsProgram: PROGRAM_IDS.io_credits,
    renterIosd: inIosd ? (option.renterIosd ?? getAssociatedTokenAddressSync(iosdMintPda(), renter, true, TOKEN_2022_PROGRAM_ID)) : null,
    iosdMint: inIosd ? iosdMintPda() : null,
    token2022Program: inIosd ? TOKEN_2022_PROGRAM_ID : null,
  };
}

const writable = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: true });

/** The io_rewards accounts every io_cloud instruction that changes a weight carries. */
export const rewardsSyncAccounts = () => ({
  rewardsAuthority: cloudRewardsAuthorityPda(),
  rewardsConfig: rewardsConfigPda(),
  rewardsProgram: PROGRAM_IDS.io_rewards,
});

/** A worker's own io_rewards accounts, as the instructions that change its weight name them. */
const workerRewards = (worker: PublicKey) => ({ rewards: { workerReward: workerRewardPda(worker), rewards: rewardsSyncAccounts() } });

/** `remaining_accounts` of assign / terminate: each worker, then its io_rewards account. */
const workerPairs = (workers: PublicKey[]): AccountMeta[] =>
  workers.flatMap((worker) => [writable(worker), writable(workerRewardPda(worker))]);

export interface AssignOptions {
  /**
   * A Pyth price update of the IO/USD feed io_credits checks: converts the rental's USD fees
   * into the IO that funds its workers' busy boost (without it those fees fund none).
   */
  priceUpdate?: PublicKey;
}

export class IoCloudClient extends CloudFetchers {
  readonly config: PublicKey = cloudConfigPda();

  /**
   * Every instruction that changes a worker's rewards weight grants it to io_rewards itself
   * (io_rewards must be initialized with io_cloud's PDA as weight authority).
   */
  constructor(readonly provider: Provider) {
    super(ioPrograms(provider).cloud);
  }

  private get payer(): PublicKey {
    if (!this.provider.publicKey) throw new Error("provider has no wallet");
    return this.provider.publicKey;
  }

  private send(ixs: TransactionInstruction[], signers: Signer[]): Promise<TxResult> {
    return sendInstructions(this.provider, ixs, signers);
  }

  // ---- config ---------------------------------------------------------------------------------

  /** Creates the config with its roles and the IO mint (8 decimals). */
  async initialize(roles: CloudRoles, ioMint: PublicKey): Promise<TxResult> {
    const ix = await this.program.methods
      .cloudInitialize(roles)
      .accountsPartial({ payer: this.payer, config: this.config, ioMint, systemProgram: SystemProgram.programId })
      .instruction();
    return this.send([ix], []);
  }

  async setRole(governance: Signer, role: CloudRoleName, authority: PublicKey): Promise<TxResult> {
    const ix = await this.program.methods
      .configSetRole({ role: asEnum(role), authority })
      .accountsPartial({ governance: governance.publicKey, config: this.config })
      .instruction();
    return this.send([ix], [governance]);
  }

  async setSlashDestination(
    governance: Signer,
    destination: SlashDestinationName,
    treasury: PublicKey | null = null,
  ): Promise<TxResult> {
    const ix = await this.program.methods
      .configSetSlashDestination({ destination: asEnum(destination) })
      .accountsPartial({ governance: governance.publicKey, config: this.config, treasury })
      .instruction();
    return this.send([ix], [governance]);
  }

  async setDeviceClass(governance: Signer, input: DeviceClassInput): Promise<TxResult> {
    const ix = await this.program.methods
      .deviceClassSet({
        classId: input.classId,
        name: input.name,
        multiplierBps: input.multiplierBps,
        enabled: input.enabled ?? true,
      })
      .accountsPartial({
        payer: this.payer,
        governance: governance.publicKey,
        config: this.config,
        deviceClass: deviceClassPda(input.classId),
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return this.send([ix], [governance]);
  }

  // ---- workers --------------------------------------------------------------------------------

  async registerWorker(authority: Signer, input: WorkerRegisterInput): Promise<{ worker: PublicKey; result: TxResult }> {
    const worker = workerPda(authority.publicKey, input.deviceId);
    const config = await this.fetchConfigOrThrow();
    const ix = await this.program.methods
      .workerRegister({
        deviceId: Array.from(input.deviceId),
        gpus: input.gpus,
        region: regionCode(input.region),
        pricePerGpuHour: u64(input.pricePerGpuHour),
        askIoPerGpuHour: u64(input.askIoPerGpuHour),
      })
      .accountsPartial({
        authority: authority.publicKey,
        config: this.config,
        deviceClass: deviceClassPda(input.deviceClass),
        worker,
        stakeVault: stakeVaultPda(worker),
        ioMint: config.ioMint,
        ...workerRewards(worker),
        tokenProgram: TOKEN_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return { worker, result: await this.send([ix], [authority]) };
  }

  async updateWorker(authority: Signer, worker: PublicKey, input: WorkerUpdateInput): Promise<TxResult> {
    const ix = await this.program.methods
      .workerUpdate({
        gpus: input.gpus ?? null,
        region: input.region === undefined ? null : regionCode(input.region),
        pricePerGpuHour: input.pricePerGpuHour === undefined ? null : u64(input.pricePerGpuHour),
        askIoPerGpuHour: input.askIoPerGpuHour === undefined ? null : u64(input.askIoPerGpuHour),
      })
      .accountsPartial({ authority: authority.publicKey, worker, ...workerRewards(worker) })
      .instruction();
    return this.send([ix], [authority]);
  }

  async refreshWorkerIx(worker: PublicKey): Promise<TransactionInstruction> {
    const account = await this.fetchWorkerOrThrow(worker);
    return this.program.methods
      .workerRefresh()
      .accountsPartial({ worker, deviceClass: deviceClassPda(account.deviceClass), ...workerRewards(worker) })
      .instruction();
  }

  /** Permissionless: picks up a new class multiplier and grants io_rewards the weight of now. */
  async refreshWorker(worker: PublicKey): Promise<TxResult> {
    return this.send([await this.refreshWorkerIx(worker)], []);
  }

  /**
   * Permissionless: grants io_rewards the worker's weight as of now (settling it first). Every
   * weight change already does this; use it for a worker nobody else touches.
   */
  async syncRewardsIx(worker: PublicKey): Promise<TransactionInstruction> {
    return this.program.methods.workerSyncRewards().accountsPartial({ worker, ...workerRewards(worker) }).instruction();
  }

  /** Syncs `workers` in as few transactions as fit (4 per transaction); returns the last. */
  async syncRewards(workers: PublicKey[]): Promise<TxResult> {
    let last: TxResult | undefined;
    for (let i = 0; i < workers.length; i += 4) {
      const batch = await Promise.all(workers.slice(i, i + 4).map((worker) => this.syncRewardsIx(worker)));
      last = await this.send(batch, []);
    }
    if (!last) throw new Error("no workers to sync");
    return last;
  }

  async stake(authority: Signer, worker: PublicKey, source: PublicKey, amount: bigint): Promise<TxResult> {
    const config = await this.fetchConfigOrThrow();
    const ix = await this.program.methods
      .workerStake({ amount: u64(amount) })
      .accountsPartial({
        authority: authority.publicKey,
        config: this.config,
        worker,
        stakeVault: stakeVaultPda(worker),
        source,
        ioMint: config.ioMint,
        ...workerRewards(worker),
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .instruction();
    return this.send([ix], [authority]);
  }

  async unstake(authority: Signer, worker: PublicKey, amount: bigint): Promise<TxResult> {
    const ix = await this.program.methods
      .workerUnstake({ amount: u64(amount) })
      .accountsPartial({ authority: authority.publicKey, worker, ...workerRewards(worker) })
      .instruction();
    return this.send([ix], [authority]);
  }

  async withdraw(authority: Signer, worker: PublicKey, destination: PublicKey): Promise<TxResult> {
    const config = await this.fetchConfigOrThrow();
    const ix = await this.program.methods
      .workerWithdraw()
      .accountsPartial({
        authority: authority.publicKey,
        config: this.config,
        worker,
        stakeVault: stakeVaultPda(worker),
        destination,
        ioMint: config.ioMint,
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .instruction();
    return this.send([ix], [authority]);
  }

  /** Slashes; the IO goes where the config says (pass the treasury account when it is there). */
  async slash(slashingAuthority: Signer, worker: PublicKey, input: SlashInput, treasury?: PublicKey): Promise<TxResult> {
    const config = await this.fetchConfigOrThrow();
    const toTreasury = treasury ?? ("treasury" in config.slashDestination ? config.treasury : null);
    const ix = await this.program.methods
      .workerSlash({ amount: u64(input.amount), reasonCode: input.reasonCode, evidenceHash: Array.from(input.evidenceHash) })
      .accountsPartial({
        slashingAuthority: slashingAuthority.publicKey,
        config: this.config,
        worker,
        stakeVault: stakeVaultPda(worker),
        ioMint: config.ioMint,
        treasury: toTreasury,
        ...workerRewards(worker),
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .instruction();
    return this.send([ix], [slashingAuthority]);
  }

  /**
   * Removes an idle, unstaked worker; IO sent to its stake vault from outside goes to
   * `dustDestination` (default the authority's associated IO account, which must exist).
   */
  async deregister(authority: Signer, worker: PublicKey, dustDestination?: PublicKey): Promise<TxResult> {
    const config = await this.fetchConfigOrThrow();
    const ix = await this.program.methods
      .workerDeregister()
      .accountsPartial({
        authority: authority.publicKey,
        worker,
        stakeVault: stakeVaultPda(worker),
        config: this.config,
        ioMint: config.ioMint,
        dustDestination: dustDestination ?? getAssociatedTokenAddressSync(config.ioMint, authority.publicKey, true),
        ...workerRewards(worker),
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .instruction();
    return this.send([ix], [authority]);
  }

  /** The verifier records a proof: the worker's hourly sync point (class, rental, lease). */
  async recordUptime(verifier: Signer, worker: PublicKey, input: UptimeInput): Promise<TxResult> {
    const account = await this.fetchWorkerOrThrow(worker);
    const ix = await this.program.methods
      .uptimeRecord({ hour: u64(input.hour), ok: input.ok, resultHash: Array.from(input.resultHash) })
      .accountsPartial({
        uptimeVerifier: verifier.publicKey,
        config: this.config,
        worker,
        deviceClass: deviceClassPda(account.deviceClass),
        rental: account.rental.equals(PublicKey.default) ? null : account.rental,
        ...workerRewards(worker),
      })
      .instruction();
    return this.send([ix], [verifier]);
  }

  // ---- rentals --------------------------------------------------------------------------------

  async book(renter: Signer, input: RentalBookInput): Promise<{ rental: PublicKey; result: TxResult }> {
    const rental = rentalPda(renter.publicKey, input.nonce);
    const ix = await this.program.methods
      .rentalBook({
        nonce: u64(input.nonce),
        deviceClass: input.deviceClass,
        gpus: input.gpus,
        hours: input.hours,
        pricePerGpuHour: u64(input.pricePerGpuHour),
        region: regionCode(input.region ?? ""),
        reservationInIosd: input.reservationInIosd ?? false,
      })
      .accountsPartial({
        renter: renter.publicKey,
        deviceClass: deviceClassPda(input.deviceClass),
        rental,
        escrow: escrowPda(rental),
        payment: rentalPayment(renter.publicKey, input.tenderMint, input.renterToken, input),
        tenderMint: input.tenderMint,
        tokenProgram: TOKEN_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return { rental, result: await this.send([ix], [renter]) };
  }

  async assignIx(
    orchestrator: PublicKey,
    rental: PublicKey,
    workers: PublicKey[],
    options: AssignOptions = {},
  ): Promise<TransactionInstruction> {
    const account = await this.fetchRentalOrThrow(rental);
    return this.program.methods
      .rentalAssign()
      .accountsPartial({
        orchestrator,
        config: this.config,
        rental,
        tender: tenderPda(account.tenderMint),
        tenderMint: account.tenderMint,
        creditsConfig: options.priceUpdate ? creditsConfigPda() : null,
        priceUpdate: options.priceUpdate ?? null,
        rewards: rewardsSyncAccounts(),
      })
      .remainingAccounts(workerPairs(workers))
      .instruction();
  }

  /**
   * The orchestrator assigns `workers` (their GPUs add up to the rental's, each asking at most
   * the rental's price); streaming starts.
   */
  async assign(orchestrator: Signer, rental: PublicKey, workers: PublicKey[], options: AssignOptions = {}): Promise<TxResult> {
    return this.send([await this.assignIx(orchestrator.publicKey, rental, workers, options)], [orchestrator]);
  }

  /** Each slot's payout account: default the worker authority's associated token account. */
  async payoutAccounts(rental: PublicKey): Promise<PublicKey[]> {
    const account = await this.fetchRentalOrThrow(rental);
    return account.assignments.map((slot) => getAssociatedTokenAddressSync(account.tenderMint, slot.owner, true));
  }

  async settleIx(rental: PublicKey, payouts?: PublicKey[]): Promise<TransactionInstruction> {
    const account = await this.fetchRentalOrThrow(rental);
    return this.program.methods
      .rentalSettle()
      .accountsPartial({ rental, escrow: account.escrow, tenderMint: account.tenderMint, tokenProgram: TOKEN_PROGRAM_ID })
      .remainingAccounts((payouts ?? (await this.payoutAccounts(rental))).map(writable))
      .instruction();
  }

  /** Permissionless: pays each worker what has streamed to it. */
  async settle(rental: PublicKey, payouts?: PublicKey[]): Promise<TxResult> {
    return this.send([await this.settleIx(rental, payouts)], []);
  }

  async extend(
    renter: Signer,
    rental: PublicKey,
    extraHours: number,
    renterToken?: PublicKey,
    iosd: IosdOption = {},
  ): Promise<TxResult> {
    const account = await this.fetchRentalOrThrow(rental);
    const ix = await this.program.methods
      .rentalExtend({ extraHours, reservationInIosd: iosd.reservationInIosd ?? false })
      .accountsPartial({
        renter: renter.publicKey,
        rental,
        escrow: account.escrow,
        payment: rentalPayment(renter.publicKey, account.tenderMint, renterToken, iosd),
        tenderMint: account.tenderMint,
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .instruction();
    return this.send([ix], [renter]);
  }

  async terminate(renter: Signer, rental: PublicKey, renterToken?: PublicKey): Promise<TxResult> {
    const account = await this.fetchRentalOrThrow(rental);
    const ix = await this.program.methods
      .rentalTerminate()
      .accountsPartial({
        renter: renter.publicKey,
        rental,
        tenderMint: account.tenderMint,
        escrow: account.escrow,
        renterToken: renterToken ?? getAssociatedTokenAddressSync(account.tenderMint, account.renter, true),
        rewards: rewardsSyncAccounts(),
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .remainingAccounts(workerPairs(account.assignments.map((slot) => slot.worker)))
      .instruction();
    return this.send([ix], [renter]);
  }

  async reportDown(orchestrator: Signer, rental: PublicKey, worker: PublicKey): Promise<TxResult> {
    const ix = await this.program.methods
      .rentalReportDown()
      .accountsPartial({ orchestrator: orchestrator.publicKey, config: this.config, rental, worker, ...workerRewards(worker) })
      .instruction();
    return this.send([ix], [orchestrator]);
  }

  async reportUp(orchestrator: Signer, rental: PublicKey, worker: PublicKey): Promise<TxResult> {
    const ix = await this.program.methods
      .rentalReportUp()
      .accountsPartial({ orchestrator: orchestrator.publicKey, config: this.config, rental, worker, ...workerRewards(worker) })
      .instruction();
    return this.send([ix], [orchestrator]);
  }

  async replaceWorker(
    orchestrator: Signer,
    rental: PublicKey,
    outgoing: PublicKey,
    incoming: PublicKey,
    outgoingPayout?: PublicKey,
  ): Promise<TxResult> {
    const account = await this.fetchRentalOrThrow(rental);
    const old = await this.fetchWorkerOrThrow(outgoing);
    const ix = await this.program.methods
      .rentalReplaceWorker()
      .accountsPartial({
        orchestrator: orchestrator.publicKey,
        config: this.config,
        rental,
        outgoing,
        incoming,
        outgoingPayout: outgoingPayout ?? getAssociatedTokenAddressSync(account.tenderMint, old.authority, true),
        escrow: account.escrow,
        tenderMint: account.tenderMint,
        tender: tenderPda(account.tenderMint),
        outgoingReward: workerRewardPda(outgoing),
        incomingReward: workerRewardPda(incoming),
        rewards: rewardsSyncAccounts(),
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .instruction();
    return this.send([ix], [orchestrator]);
  }

  async closeIx(rental: PublicKey, options: { renterToken?: PublicKey; payouts?: PublicKey[] } = {}): Promise<TransactionInstruction> {
    const account = await this.fetchRentalOrThrow(rental);
    const payouts = options.payouts ?? (await this.payoutAccounts(rental));
    const remaining = account.assignments.flatMap((slot, i) => [writable(slot.worker), writable(payouts[i])]);
    return this.program.methods
      .rentalClose()
      .accountsPartial({
        rental,
        renter: account.renter,
        escrow: account.escrow,
        renterToken: options.renterToken ?? getAssociatedTokenAddressSync(account.tenderMint, account.renter, true),
        tenderMint: account.tenderMint,
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .remainingAccounts(remaining)
      .instruction();
  }

  /** Permissionless, after the end: final settle, refund, accounts closed, rent to the renter. */
  async close(rental: PublicKey, options: { renterToken?: PublicKey; payouts?: PublicKey[] } = {}): Promise<TxResult> {
    return this.send([await this.closeIx(rental, options)], []);
  }
}
