/**
 * Pure instruction builders of `io_cloud`, one per instruction and named after it: each takes what
 * the instruction needs (nothing is fetched) and returns it built; the accounts the IDL fixes
 * (config, programs, io_rewards' sync accounts) are filled by `buildInstruction`.
 */
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { AccountMeta, PublicKey, TransactionInstruction } from "@solana/web3.js";

import { regionCode, u64 } from "../codec.js";
import { creditsConfigPda, tenderPda } from "../credits/pda.js";
import { AccountsInput, buildInstruction, writableMeta } from "../instruction.js";
import { programDataPda } from "../pda.js";
import { workerRewardPda } from "../rewards/pda.js";
import { IosdOption, rentalPayment, slotPayoutPairs, supplierFee, workerPairs, workerRewards } from "./accounts.js";
import { deviceClassPda, escrowPda, rentalPda, stakeVaultPda, workerPda } from "./pda.js";

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

export interface UptimeInput {
  /** Hour index: Unix time / 3600. */
  hour: bigint;
  ok: boolean;
  resultHash: Uint8Array;
}

export interface RentalBookInput extends IosdOption {
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
}

const asEnum = (name: string) => ({ [name]: {} });

const cloud = (name: string, args: Record<string, unknown>, accounts: AccountsInput, remaining: AccountMeta[] = []) =>
  buildInstruction("io_cloud", name, args, accounts, remaining);

// ---- config -----------------------------------------------------------------------------------

export const cloudInitialize = (input: { payer: PublicKey; ioMint: PublicKey; roles: CloudRoles }): TransactionInstruction =>
  cloud("cloudInitialize", { args: input.roles }, { payer: input.payer, ioMint: input.ioMint, programData: programDataPda("io_cloud") });

export const configSetRole = (input: { governance: PublicKey; role: CloudRoleName; authority: PublicKey }): TransactionInstruction =>
  cloud("configSetRole", { args: { role: asEnum(input.role), authority: input.authority } }, { governance: input.governance });

/** Consecutive good hourly proofs a worker needs to earn block rewards (1..24). */
export const configSetEligibilityHours = (input: { governance: PublicKey; eligibilityHours: number }): TransactionInstruction =>
  cloud("configSetEligibilityHours", { args: { eligibilityHours: input.eligibilityHours } }, { governance: input.governance });

export const configSetSlashDestination = (input: {
  governance: PublicKey;
  destination: SlashDestinationName;
  treasury: PublicKey | null;
}): TransactionInstruction =>
  cloud(
    "configSetSlashDestination",
    { args: { destination: asEnum(input.destination) } },
    { governance: input.governance, treasury: input.treasury },
  );

export const deviceClassSet = (input: { payer: PublicKey; governance: PublicKey } & DeviceClassInput): TransactionInstruction =>
  cloud(
    "deviceClassSet",
    { args: { classId: input.classId, name: input.name, multiplierBps: input.multiplierBps, enabled: input.enabled ?? true } },
    { payer: input.payer, governance: input.governance, deviceClass: deviceClassPda(input.classId) },
  );

// ---- workers ----------------------------------------------------------------------------------

export function workerRegister(input: { authority: PublicKey; ioMint: PublicKey } & WorkerRegisterInput): TransactionInstruction {
  const worker = workerPda(input.authority, input.deviceId);
  const args = {
    deviceId: Array.from(input.deviceId),
    gpus: input.gpus,
    region: regionCode(input.region),
    pricePerGpuHour: u64(input.pricePerGpuHour),
    askIoPerGpuHour: u64(input.askIoPerGpuHour),
  };
  return cloud(
    "workerRegister",
    { args },
    {
      authority: input.authority,
      deviceClass: deviceClassPda(input.deviceClass),
      worker,
      stakeVault: stakeVaultPda(worker),
      ioMint: input.ioMint,
      rewards: workerRewards(worker),
    },
  );
}

export function workerUpdate(input: { authority: PublicKey; worker: PublicKey } & WorkerUpdateInput): TransactionInstruction {
  const args = {
    gpus: input.gpus ?? null,
    region: input.region === undefined ? null : regionCode(input.region),
    pricePerGpuHour: input.pricePerGpuHour === undefined ? null : u64(input.pricePerGpuHour),
    askIoPerGpuHour: input.askIoPerGpuHour === undefined ? null : u64(input.askIoPerGpuHour),
  };
  return cloud("workerUpdate", { args }, { authority: input.authority, worker: input.worker, rewards: workerRewards(input.worker) });
}

/** `deviceClass`: the worker's class id. */
export const workerRefresh = (input: { worker: PublicKey; deviceClass: number }): TransactionInstruction =>
  cloud("workerRefresh", {}, { worker: input.worker, deviceClass: deviceClassPda(input.deviceClass), rewards: workerRewards(input.worker) });

export const workerSyncRewards = (input: { worker: PublicKey }): TransactionInstruction =>
  cloud("workerSyncRewards", {}, { worker: input.worker, rewards: workerRewards(input.worker) });

export const workerStake = (input: {
  authority: PublicKey;
  worker: PublicKey;
  source: PublicKey;
  ioMint: PublicKey;
  amount: bigint;
}): TransactionInstruction =>
  cloud(
    "workerStake",
    { args: { amount: u64(input.amount) } },
    {
      authority: input.authority,
      worker: input.worker,
      stakeVault: stakeVaultPda(input.worker),
      source: input.source,
      ioMint: input.ioMint,
      rewards: workerRewards(input.worker),
    },
  );

export const workerUnstake = (input: { authority: PublicKey; worker: PublicKey; amount: bigint }): TransactionInstruction =>
  cloud(
    "workerUnstake",
    { args: { amount: u64(input.amount) } },
    { authority: input.authority, worker: input.worker, rewards: workerRewards(input.worker) },
  );

export const workerWithdraw = (input: {
  authority: PublicKey;
  worker: PublicKey;
  destination: PublicKey;
  ioMint: PublicKey;
}): TransactionInstruction =>
  cloud(
    "workerWithdraw",
    {},
    {
      authority: input.authority,
      worker: input.worker,
      stakeVault: stakeVaultPda(input.worker),
      destination: input.destination,
      ioMint: input.ioMint,
    },
  );

/** `dustDestination`: default the authority's associated IO account. */
export const workerDeregister = (input: {
  authority: PublicKey;
  worker: PublicKey;
  ioMint: PublicKey;
  dustDestination?: PublicKey;
}): TransactionInstruction =>
  cloud(
    "workerDeregister",
    {},
    {
      authority: input.authority,
      worker: input.worker,
      stakeVault: stakeVaultPda(input.worker),
      ioMint: input.ioMint,
      dustDestination: input.dustDestination ?? getAssociatedTokenAddressSync(input.ioMint, input.authority, true),
      rewards: workerRewards(input.worker),
    },
  );

/** `deviceClass`: the worker's class id; `rental`: the one it serves, `null` when idle. */
export const uptimeRecord = (
  input: { uptimeVerifier: PublicKey; worker: PublicKey; deviceClass: number; rental: PublicKey | null } & UptimeInput,
): TransactionInstruction =>
  cloud(
    "uptimeRecord",
    { args: { hour: u64(input.hour), ok: input.ok, resultHash: Array.from(input.resultHash) } },
    {
      uptimeVerifier: input.uptimeVerifier,
      worker: input.worker,
      deviceClass: deviceClassPda(input.deviceClass),
      rental: input.rental,
      rewards: workerRewards(input.worker),
    },
  );

// ---- rentals ----------------------------------------------------------------------------------

export function rentalBook(input: { renter: PublicKey } & RentalBookInput): TransactionInstruction {
  const rental = rentalPda(input.renter, input.nonce);
  const args = {
    nonce: u64(input.nonce),
    deviceClass: input.deviceClass,
    gpus: input.gpus,
    hours: input.hours,
    pricePerGpuHour: u64(input.pricePerGpuHour),
    region: regionCode(input.region ?? ""),
    reservationInIosd: input.reservationInIosd ?? false,
  };
  return cloud(
    "rentalBook",
    { args },
    {
      renter: input.renter,
      deviceClass: deviceClassPda(input.deviceClass),
      rental,
      escrow: escrowPda(rental),
      payment: rentalPayment(input.renter, input.tenderMint, input.renterToken, input),
      tenderMint: input.tenderMint,
    },
  );
}

/**
 * `workers` go in as remaining accounts with their io_rewards accounts; `priceUpdate` (a Pyth
 * update of the IO/USD feed) converts USD fees into the IO that funds the busy boost.
 */
export const rentalAssign = (input: {
  orchestrator: PublicKey;
  rental: PublicKey;
  tenderMint: PublicKey;
  workers: PublicKey[];
  priceUpdate?: PublicKey;
}): TransactionInstruction =>
  cloud(
    "rentalAssign",
    {},
    {
      orchestrator: input.orchestrator,
      rental: input.rental,
      tender: tenderPda(input.tenderMint),
      tenderMint: input.tenderMint,
      creditsConfig: input.priceUpdate ? creditsConfigPda() : null,
      priceUpdate: input.priceUpdate ?? null,
    },
    workerPairs(input.workers),
  );

/** `payouts`: each slot's payout account, in slot order. */
export const rentalSettle = (input: { rental: PublicKey; tenderMint: PublicKey; payouts: PublicKey[] }): TransactionInstruction =>
  cloud(
    "rentalSettle",
    {},
    { rental: input.rental, escrow: escrowPda(input.rental), tenderMint: input.tenderMint, supplierFee: supplierFee(input.tenderMint) },
    input.payouts.map(writableMeta),
  );

export const rentalExtend = (
  input: { renter: PublicKey; rental: PublicKey; tenderMint: PublicKey; extraHours: number; renterToken?: PublicKey } & IosdOption,
): TransactionInstruction =>
  cloud(
    "rentalExtend",
    { args: { extraHours: input.extraHours, reservationInIosd: input.reservationInIosd ?? false } },
    {
      renter: input.renter,
      rental: input.rental,
      escrow: escrowPda(input.rental),
      payment: rentalPayment(input.renter, input.tenderMint, input.renterToken, input),
      tenderMint: input.tenderMint,
    },
  );

/** `renterToken`: the rental renter's account of the tender (the refund); `workers`: its slots' workers. */
export const rentalTerminate = (input: {
  renter: PublicKey;
  rental: PublicKey;
  tenderMint: PublicKey;
  renterToken: PublicKey;
  workers: PublicKey[];
}): TransactionInstruction =>
  cloud(
    "rentalTerminate",
    {},
    {
      renter: input.renter,
      rental: input.rental,
      tenderMint: input.tenderMint,
      escrow: escrowPda(input.rental),
      renterToken: input.renterToken,
    },
    workerPairs(input.workers),
  );

type ReportInput = { orchestrator: PublicKey; rental: PublicKey; worker: PublicKey };

const report = (name: string, input: ReportInput): TransactionInstruction =>
  cloud(name, {}, { orchestrator: input.orchestrator, rental: input.rental, worker: input.worker, rewards: workerRewards(input.worker) });

export const rentalReportDown = (input: ReportInput): TransactionInstruction => report("rentalReportDown", input);

export const rentalReportUp = (input: ReportInput): TransactionInstruction => report("rentalReportUp", input);

/** `outgoingPayout`: where the outgoing worker's streamed share is paid. */
export const rentalReplaceWorker = (input: {
  orchestrator: PublicKey;
  rental: PublicKey;
  tenderMint: PublicKey;
  outgoing: PublicKey;
  incoming: PublicKey;
  outgoingPayout: PublicKey;
}): TransactionInstruction =>
  cloud(
    "rentalReplaceWorker",
    {},
    {
      orchestrator: input.orchestrator,
      rental: input.rental,
      outgoing: input.outgoing,
      incoming: input.incoming,
      outgoingPayout: input.outgoingPayout,
      escrow: escrowPda(input.rental),
      tenderMint: input.tenderMint,
      supplierFee: supplierFee(input.tenderMint),
      outgoingReward: workerRewardPda(input.outgoing),
      incomingReward: workerRewardPda(input.incoming),
    },
  );

/** `renter`: the rental's renter (gets the rent back); `workers` / `payouts`: each slot's, in order. */
export const rentalClose = (input: {
  rental: PublicKey;
  renter: PublicKey;
  tenderMint: PublicKey;
  renterToken: PublicKey;
  workers: PublicKey[];
  payouts: PublicKey[];
}): TransactionInstruction =>
  cloud(
    "rentalClose",
    {},
    {
      rental: input.rental,
      renter: input.renter,
      escrow: escrowPda(input.rental),
      renterToken: input.renterToken,
      tenderMint: input.tenderMint,
      supplierFee: supplierFee(input.tenderMint),
    },
    slotPayoutPairs(input.workers, input.payouts),
  );
