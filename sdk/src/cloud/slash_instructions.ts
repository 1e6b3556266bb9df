/**
 * Builders of `io_cloud`'s slashing: a slash opens a case whose IO waits in the stake vault for
 * the reconsideration window; the owner may appeal, the slashing authority or governance decides
 * within the window, anyone finalises after it (`SlashResolution`'s accounts).
 */
import { PublicKey, TransactionInstruction } from "@solana/web3.js";

import { u64 } from "../codec.js";
import { buildInstruction } from "../instruction.js";
import { workerRewards } from "./accounts.js";
import { slashCasePda, stakeVaultPda } from "./pda.js";

export interface SlashInput {
  amount: bigint;
  reasonCode: number;
  evidenceHash: Uint8Array;
}

/** The case a slash opens: the worker's `slashCases` count is its id. */
export const workerSlash = (input: { slashingAuthority: PublicKey; worker: PublicKey; caseId: number } & SlashInput): TransactionInstruction =>
  buildInstruction(
    "io_cloud",
    "workerSlash",
    { args: { amount: u64(input.amount), reasonCode: input.reasonCode, evidenceHash: Array.from(input.evidenceHash) } },
    {
      slashingAuthority: input.slashingAuthority,
      worker: input.worker,
      case: slashCasePda(input.worker, input.caseId),
      rewards: workerRewards(input.worker),
    },
  );

export const slashAppeal = (input: { owner: PublicKey; worker: PublicKey; case: PublicKey; evidenceHash: Uint8Array }): TransactionInstruction =>
  buildInstruction(
    "io_cloud",
    "slashAppeal",
    { args: { evidenceHash: Array.from(input.evidenceHash) } },
    { owner: input.owner, worker: input.worker, case: input.case },
  );

/** What resolving a case needs: `payer` gets the case's rent back; `treasury` when the config sends slashed IO there. */
export interface ResolutionInput {
  case: PublicKey;
  worker: PublicKey;
  payer: PublicKey;
  ioMint: PublicKey;
  treasury: PublicKey | null;
}

const resolution = (input: ResolutionInput) => ({
  worker: input.worker,
  case: input.case,
  payer: input.payer,
  stakeVault: stakeVaultPda(input.worker),
  ioMint: input.ioMint,
  treasury: input.treasury,
  rewards: workerRewards(input.worker),
});

export const slashDecide = (input: { decider: PublicKey; uphold: boolean } & ResolutionInput): TransactionInstruction =>
  buildInstruction("io_cloud", "slashDecide", { args: { uphold: input.uphold } }, { decider: input.decider, resolution: resolution(input) });

export const slashFinalize = (input: ResolutionInput): TransactionInstruction =>
  buildInstruction("io_cloud", "slashFinalize", {}, { resolution: resolution(input) });

/** Seconds slashed IO waits for an appeal and a decision (1 to 90 days). */
export const configSetAppealWindow = (input: { governance: PublicKey; appealWindowSecs: number }): TransactionInstruction =>
  buildInstruction("io_cloud", "configSetAppealWindow", { args: { appealWindowSecs: input.appealWindowSecs } }, { governance: input.governance });
