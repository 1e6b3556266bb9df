/**
 * Pure instruction builders of `io_credits`, one per instruction and named after it: each takes what
 * the instruction needs (nothing is fetched); the accounts the IDL fixes (config, IOSD mint at
 * initialize, token programs) are filled by `buildInstruction`. IO and IOSD are the protocol's
 * mints (io_token's and io_credits' PDAs).
 */
import { getAssociatedTokenAddressSync, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey, TransactionInstruction } from "@solana/web3.js";

import { u64 } from "../codec.js";
import { AccountsInput, buildInstruction } from "../instruction.js";
import { ioMintPda, programDataPda } from "../pda.js";
import { feeVaultPda, iosdMintPda, tenderPda } from "./pda.js";

/** The governed parameters (`CreditsParams` on-chain). */
export interface CreditsParams {
  priceFeedId: Uint8Array | number[];
  maxAgeS: number;
  maxConfBps: number;
  breakerWindowS: number;
  breakerLimit: bigint;
  ioFeeBurnBps: number;
  reservationFeeBps: number;
}

/** One typed parameter change (`CreditsParam` on-chain). */
export type CreditsParamChange =
  | { kind: "priceFeedId"; feedId: Uint8Array | number[] }
  | { kind: "maxAgeS"; value: number }
  | { kind: "maxConfBps"; value: number }
  | { kind: "breakerWindowS"; value: number }
  | { kind: "breakerLimit"; value: bigint }
  | { kind: "ioFeeBurnBps"; value: number }
  | { kind: "reservationFeeBps"; value: number }
  | { kind: "governance"; governance: PublicKey };

export interface CreditsBuyRequest {
  buyer: PublicKey;
  /** The buyer's IO token account (IO is burned from it). */
  buyerIo: PublicKey;
  /** The IOSD account credited; defaults to the buyer's associated IOSD account. */
  destination?: PublicKey;
  /** The Pyth `PriceUpdateV2` account of the IO/USD feed. */
  priceUpdate: PublicKey;
  ioAmount: bigint;
  minIosdOut: bigint;
}

function paramsToIdl(params: CreditsParams) {
  return {
    priceFeedId: Array.from(params.priceFeedId),
    maxAgeS: params.maxAgeS,
    maxConfBps: params.maxConfBps,
    breakerWindowS: params.breakerWindowS,
    breakerLimit: u64(params.breakerLimit),
    ioFeeBurnBps: params.ioFeeBurnBps,
    reservationFeeBps: params.reservationFeeBps,
  };
}

function changeToIdl(change: CreditsParamChange) {
  switch (change.kind) {
    case "priceFeedId":
      return { priceFeedId: { feedId: Array.from(change.feedId) } };
    case "breakerLimit":
      return { breakerLimit: { value: u64(change.value) } };
    case "governance":
      return { governance: { governance: change.governance } };
    default:
      return { [change.kind]: { value: change.value } };
  }
}

/** The associated IOSD (Token-2022) account of `owner`. */
export const iosdAccount = (owner: PublicKey): PublicKey =>
  getAssociatedTokenAddressSync(iosdMintPda(), owner, true, TOKEN_2022_PROGRAM_ID);

const credits = (name: string, args: Record<string, unknown>, accounts: AccountsInput): TransactionInstruction =>
  buildInstruction("io_credits", name, args, accounts);

/** Creates IOSD and the config; `governance` (the DAO's PDA) sets everything afterwards. */
export const initialize = (input: { payer: PublicKey; governance: PublicKey; params: CreditsParams }): TransactionInstruction =>
  credits("initialize", { args: { governance: input.governance, params: paramsToIdl(input.params) } }, { payer: input.payer, ioMint: ioMintPda(), programData: programDataPda("io_credits") });

export const creditsBuy = (request: CreditsBuyRequest): TransactionInstruction =>
  credits(
    "creditsBuy",
    { args: { ioAmount: u64(request.ioAmount), minIosdOut: u64(request.minIosdOut) } },
    {
      buyer: request.buyer,
      ioMint: ioMintPda(),
      buyerIo: request.buyerIo,
      iosdMint: iosdMintPda(),
      iosdDestination: request.destination ?? iosdAccount(request.buyer),
      priceUpdate: request.priceUpdate,
    },
  );

/** Burns `amount` IOSD of `holder` (from its associated IOSD account unless `holderIosd`). */
export const creditsSpend = (input: { holder: PublicKey; amount: bigint; holderIosd?: PublicKey }): TransactionInstruction =>
  credits(
    "creditsSpend",
    { args: { amount: u64(input.amount) } },
    { holder: input.holder, holderIosd: input.holderIosd ?? iosdAccount(input.holder), iosdMint: iosdMintPda() },
  );

export const configSetParam = (input: { governance: PublicKey; change: CreditsParamChange }): TransactionInstruction =>
  credits("configSetParam", { args: { param: changeToIdl(input.change) } }, { governance: input.governance });

/** `tokenProgram`: the mint's (default SPL Token). */
export const tenderRegister = (input: {
  payer: PublicKey;
  governance: PublicKey;
  mint: PublicKey;
  feeBps: number;
  usdPegged?: boolean;
  tokenProgram?: PublicKey;
}): TransactionInstruction =>
  credits(
    "tenderRegister",
    { args: { feeBps: input.feeBps, usdPegged: input.usdPegged ?? false } },
    {
      payer: input.payer,
      governance: input.governance,
      mint: input.mint,
      tender: tenderPda(input.mint),
      vault: feeVaultPda(input.mint),
      tokenProgram: input.tokenProgram ?? TOKEN_PROGRAM_ID,
    },
  );

export const tenderSet = (input: { governance: PublicKey; mint: PublicKey; feeBps: number; enabled: boolean }): TransactionInstruction =>
  credits("tenderSet", { args: { feeBps: input.feeBps, enabled: input.enabled } }, { governance: input.governance, tender: tenderPda(input.mint) });

/** `tokenProgram`: the mint's (default SPL Token); `vault`: default the tender's fee vault. */
export const feePay = (input: {
  payer: PublicKey;
  mint: PublicKey;
  source: PublicKey;
  amount: bigint;
  tokenProgram?: PublicKey;
  vault?: PublicKey;
}): TransactionInstruction =>
  credits(
    "feePay",
    { args: { amount: u64(input.amount) } },
    {
      payer: input.payer,
      tender: tenderPda(input.mint),
      mint: input.mint,
      source: input.source,
      vault: input.vault ?? feeVaultPda(input.mint),
      tokenProgram: input.tokenProgram ?? TOKEN_PROGRAM_ID,
    },
  );

/** `tokenProgram`: the mint's (default SPL Token). */
export const feeWithdraw = (input: {
  governance: PublicKey;
  mint: PublicKey;
  destination: PublicKey;
  amount: bigint;
  tokenProgram?: PublicKey;
}): TransactionInstruction =>
  credits(
    "feeWithdraw",
    { args: { amount: u64(input.amount) } },
    { governance: input.governance, payout: feeVaultPayout(input.mint, input.destination, input.tokenProgram ?? TOKEN_PROGRAM_ID) },
  );

/** The `payout` group of a payment out of `mint`'s fee vault (io_credits' `FeeVaultPayout`). */
const feeVaultPayout = (mint: PublicKey, destination: PublicKey, tokenProgram: PublicKey) => ({
  tender: tenderPda(mint),
  mint,
  vault: feeVaultPda(mint),
  destination,
  tokenProgram,
});

/**
 * Moves IO fees from the IO tender's vault into io_rewards' fee reserve. Only io_rewards' config
 * PDA can sign it (through `rewards_ide_crank`); built here for completeness and for tests that
 * show anyone else is refused.
 */
export const feeRelease = (input: { rewardsConfig: PublicKey; mint: PublicKey; destination: PublicKey; amount: bigint }): TransactionInstruction =>
  credits(
    "feeRelease",
    { args: { amount: u64(input.amount) } },
    { rewardsConfig: input.rewardsConfig, payout: feeVaultPayout(input.mint, input.destination, TOKEN_PROGRAM_ID) },
  );
