/**
 * Pure instruction builders of `io_dao`, one per instruction and named after it: each takes what
 * the instruction needs (nothing is fetched; a new proposal's id is the config's `proposalCount`,
 * read by the caller); the accounts the IDL fixes (config, the lock vault at initialize, token and
 * system programs) are filled by `buildInstruction`.
 */
import type { IdlTypes } from "@coral-xyz/anchor";
import { AccountMeta, PublicKey, TransactionInstruction } from "@solana/web3.js";

import { u64 } from "../codec.js";
import type { IoDao } from "../idl/io_dao.js";
import { AccountsInput, buildInstruction } from "../instruction.js";
import { programDataPda } from "../pda.js";
import { lockVaultPda, positionPda, proposalPda, votePda } from "./pda.js";

export type LockKindName = "cliff" | "constant";
export type VoteSideName = "yes" | "no" | "abstain";

/**
 * A change as Anchor encodes the `ParamChange` enum: one variant with its fields, e.g.
 * `{ daoQuorum: { bps: 2000 } }` or `{ cloudRole: { role: { orchestrator: {} }, authority } }`.
 */
export type ParamChangeInput = IdlTypes<IoDao>["paramChange"];

export interface DaoParamsInput {
  votingPeriodSecs: number;
  timelockSecs: number;
  quorumBps: number;
  minProposalPower: bigint;
}

const dao = (name: string, args: Record<string, unknown>, accounts: AccountsInput, remaining?: AccountMeta[]): TransactionInstruction =>
  buildInstruction("io_dao", name, args, accounts, remaining);

/** A position of `owner`, by its nonce. */
const ownedPosition = (owner: PublicKey, nonce: number) => ({ owner, position: positionPda(owner, nonce) });

/** Creates the config and the lock vault; `vetoAuthority` default none (`PublicKey.default`). */
export const daoInitialize = (input: {
  payer: PublicKey;
  ioMint: PublicKey;
  params: DaoParamsInput;
  vetoAuthority?: PublicKey;
}): TransactionInstruction =>
  dao(
    "daoInitialize",
    {
      args: {
        params: {
          votingPeriodSecs: u64(input.params.votingPeriodSecs),
          timelockSecs: u64(input.params.timelockSecs),
          quorumBps: input.params.quorumBps,
          minProposalPower: u64(input.params.minProposalPower),
        },
        vetoAuthority: input.vetoAuthority ?? PublicKey.default,
      },
    },
    { payer: input.payer, ioMint: input.ioMint, programData: programDataPda("io_dao") },
  );

/** Locks `amount` IO from `source` into position `nonce` of `owner`. */
export const positionLock = (input: {
  owner: PublicKey;
  nonce: number;
  amount: bigint;
  kind: LockKindName;
  lockSecs: number;
  source: PublicKey;
  ioMint: PublicKey;
}): TransactionInstruction =>
  dao(
    "positionLock",
    { args: { nonce: u64(input.nonce), amount: u64(input.amount), kind: { [input.kind]: {} }, lockSecs: u64(input.lockSecs) } },
    { ...ownedPosition(input.owner, input.nonce), ioMint: input.ioMint, lockVault: lockVaultPda(), source: input.source },
  );

export const positionExtend = (input: { owner: PublicKey; nonce: number; lockSecs: number }): TransactionInstruction =>
  dao("positionExtend", { args: { lockSecs: u64(input.lockSecs) } }, ownedPosition(input.owner, input.nonce));

export const positionStartUnlock = (input: { owner: PublicKey; nonce: number }): TransactionInstruction =>
  dao("positionStartUnlock", {}, ownedPosition(input.owner, input.nonce));

/** Pays an unlocked position's IO into `destination`. */
export const positionWithdraw = (input: { owner: PublicKey; nonce: number; destination: PublicKey; ioMint: PublicKey }): TransactionInstruction =>
  dao(
    "positionWithdraw",
    {},
    { ...ownedPosition(input.owner, input.nonce), ioMint: input.ioMint, lockVault: lockVaultPda(), destination: input.destination },
  );

/** Proposes `change` with the power of position `nonce`; `id` is the config's `proposalCount`. */
export const proposalCreate = (input: {
  proposer: PublicKey;
  nonce: number;
  id: bigint;
  change: ParamChangeInput;
  descriptionHash?: Uint8Array;
}): TransactionInstruction =>
  dao(
    "proposalCreate",
    { args: { change: input.change, descriptionHash: [...(input.descriptionHash ?? new Uint8Array(32))] } },
    { proposer: input.proposer, position: positionPda(input.proposer, input.nonce), proposal: proposalPda(input.id) },
  );

export function proposalVote(input: { voter: PublicKey; nonce: number; id: bigint; side: VoteSideName }): TransactionInstruction {
  const proposal = proposalPda(input.id);
  const position = positionPda(input.voter, input.nonce);
  return dao("proposalVote", { args: { side: { [input.side]: {} } } }, { voter: input.voter, position, proposal, vote: votePda(proposal, position) });
}

export const proposalFinalize = (input: { id: bigint }): TransactionInstruction =>
  dao("proposalFinalize", {}, { proposal: proposalPda(input.id) });

export const proposalVeto = (input: { vetoAuthority: PublicKey; id: bigint }): TransactionInstruction =>
  dao("proposalVeto", {}, { vetoAuthority: input.vetoAuthority, proposal: proposalPda(input.id) });

/** Executes a passed proposal; `targetAccounts` are the target program and its accounts. */
export const proposalExecute = (input: { executor: PublicKey; id: bigint; targetAccounts?: AccountMeta[] }): TransactionInstruction =>
  dao("proposalExecute", {}, { executor: input.executor, proposal: proposalPda(input.id) }, input.targetAccounts);
