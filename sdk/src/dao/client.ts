/**
 * Client of `io_dao`: veIO positions, proposals, votes, execution. The facade over
 * `instructions.ts`: builds, sends, and reads the config, positions and proposals.
 */
import { Program, Provider } from "@coral-xyz/anchor";
import BN from "bn.js";
import { AccountMeta, PublicKey, Signer } from "@solana/web3.js";

import { toBigInt } from "../codec.js";
import type { IoDao } from "../idl/io_dao.js";
import { LockShape, votingPowerOf } from "../math/voting_power.js";
import { ioPrograms } from "../programs.js";
import { sendInstructions, TxResult } from "../tx.js";
import * as ix from "./instructions.js";
import { executionAccounts } from "./targets.js";
import { daoConfigPda, lockVaultPda, positionPda, proposalPda } from "./pda.js";

export type { DaoParamsInput, LockKindName, ParamChangeInput, VoteSideName } from "./instructions.js";

/** What a proposal looks like to a holder now (on-chain state plus the derived `expired`). */
export type ProposalStatus = "voting" | "succeeded" | "defeated" | "executed" | "vetoed" | "expired";

const EXECUTION_WINDOW_SECS = 14n * 86_400n;
const variant = (e: object) => Object.keys(e)[0];

export class IoDaoClient {
  readonly program: Program<IoDao>;
  readonly config = daoConfigPda();
  readonly lockVault = lockVaultPda();

  constructor(readonly provider: Provider) {
    this.program = ioPrograms(provider).dao;
  }

  private get payer(): PublicKey {
    if (!this.provider.publicKey) throw new Error("provider has no wallet");
    return this.provider.publicKey;
  }

  async initialize(ioMint: PublicKey, params: ix.DaoParamsInput, vetoAuthority = PublicKey.default): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.daoInitialize({ payer: this.payer, ioMint, params, vetoAuthority })]);
  }

  /** Locks `amount` IO from `source` into position `nonce` of `owner`. */
  async lock(owner: Signer, nonce: number, amount: bigint, kind: ix.LockKindName, lockSecs: number, source: PublicKey, ioMint: PublicKey): Promise<TxResult> {
    const built = ix.positionLock({ owner: owner.publicKey, nonce, amount, kind, lockSecs, source, ioMint });
    return sendInstructions(this.provider, [built], [owner]);
  }

  async extend(owner: Signer, nonce: number, lockSecs: number): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.positionExtend({ owner: owner.publicKey, nonce, lockSecs })], [owner]);
  }

  async startUnlock(owner: Signer, nonce: number): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.positionStartUnlock({ owner: owner.publicKey, nonce })], [owner]);
  }

  async withdraw(owner: Signer, nonce: number, destination: PublicKey, ioMint: PublicKey): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.positionWithdraw({ owner: owner.publicKey, nonce, destination, ioMint })], [owner]);
  }

  /** Proposes `change` with the power of position `nonce`; returns the new proposal's id too. */
  async propose(proposer: Signer, nonce: number, change: ix.ParamChangeInput, descriptionHash = new Uint8Array(32)): Promise<TxResult & { id: bigint }> {
    const config = await this.program.account.daoConfig.fetch(this.config);
    const id = toBigInt(config.proposalCount);
    const built = ix.proposalCreate({ proposer: proposer.publicKey, nonce, id, change, descriptionHash });
    return { ...(await sendInstructions(this.provider, [built], [proposer])), id };
  }

  async vote(voter: Signer, nonce: number, id: bigint, side: ix.VoteSideName): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.proposalVote({ voter: voter.publicKey, nonce, id, side })], [voter]);
  }

  async finalize(id: bigint): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.proposalFinalize({ id })]);
  }

  async veto(vetoAuthority: Signer, id: bigint): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.proposalVeto({ vetoAuthority: vetoAuthority.publicKey, id })], [vetoAuthority]);
  }

  /**
   * Executes a passed proposal. The target program's accounts are derived from the proposal's
   * change (`executionAccounts`) unless `targetAccounts` names others; `executor` (default the
   * provider's wallet) pays any rent the target needs.
   */
  async execute(id: bigint, options: { executor?: Signer; targetAccounts?: AccountMeta[] } = {}): Promise<TxResult> {
    const { executor } = options;
    const targetAccounts = options.targetAccounts ?? (await this.executionAccounts(id));
    const built = ix.proposalExecute({ executor: executor?.publicKey ?? this.payer, id, targetAccounts });
    return sendInstructions(this.provider, [built], executor ? [executor] : []);
  }

  /** The accounts executing proposal `id` hands to its target program. */
  async executionAccounts(id: bigint): Promise<AccountMeta[]> {
    const proposal = await this.program.account.proposal.fetchNullable(proposalPda(id));
    if (!proposal) throw new Error(`no proposal ${id}`);
    return executionAccounts(this.provider.connection, proposal.change);
  }

  async fetchConfig() {
    return this.program.account.daoConfig.fetchNullable(this.config);
  }

  async fetchPosition(owner: PublicKey, nonce: number) {
    return this.program.account.position.fetchNullable(positionPda(owner, nonce));
  }

  async fetchProposal(id: bigint) {
    return this.program.account.proposal.fetchNullable(proposalPda(id));
  }

  /** Voting power of a position at `at` (unix seconds), as the program computes it. */
  async votingPower(owner: PublicKey, nonce: number, at: bigint): Promise<bigint> {
    const position = await this.fetchPosition(owner, nonce);
    if (!position) return 0n;
    return votingPowerOf(toBigInt(position.amount), positionShape(position), at);
  }

  /** Every proposal with its status at `now`, newest first. */
  async listProposals(now: bigint) {
    const all = await this.program.account.proposal.all();
    return all
      .map(({ publicKey, account }) => ({ address: publicKey, id: toBigInt(account.id), status: proposalStatus(account, now), account }))
      .sort((a, b) => (a.id < b.id ? 1 : -1));
  }
}

type PositionAccount = { kind: object; lockEnd: BN; lockSecs: BN };

export function positionShape(position: PositionAccount): LockShape {
  const lockEnd = toBigInt(position.lockEnd);
  return variant(position.kind) === "cliff"
    ? { kind: "cliff", end: lockEnd }
    : { kind: "constant", duration: toBigInt(position.lockSecs), unlockEnd: lockEnd > 0n ? lockEnd : null };
}

export function proposalStatus(proposal: { state: object; executableAt: BN }, now: bigint): ProposalStatus {
  const state = variant(proposal.state) as ProposalStatus;
  if (state === "succeeded" && now >= toBigInt(proposal.executableAt) + EXECUTION_WINDOW_SECS) return "expired";
  return state;
}
