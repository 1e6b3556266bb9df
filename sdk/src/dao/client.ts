/** Client of `io_dao`: veIO positions, proposals, votes, execution. */
import { Program, Provider } from "@coral-xyz/anchor";
import BN from "bn.js";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { AccountMeta, PublicKey, Signer, SystemProgram } from "@solana/web3.js";

import { toBigInt, u64 } from "../codec.js";
import type { IoDao } from "../idl/io_dao.js";
import { LockShape, votingPowerOf } from "../math/voting_power.js";
import { ioPrograms } from "../programs.js";
import { sendInstructions, TxResult } from "../tx.js";
import { daoConfigPda, lockVaultPda, positionPda, proposalPda, votePda } from "./pda.js";

export type LockKindName = "cliff" | "constant";
export type VoteSideName = "yes" | "no" | "abstain";

/** A parameter change as Anchor encodes the `ParamChange` enum, e.g. `{ daoQuorum: { bps: 2000 } }`. */
export type ParamChangeInput = Record<string, Record<string, BN | number | PublicKey>>;

export interface DaoParamsInput {
  votingPeriodSecs: number;
  timelockSecs: number;
  quorumBps: number;
  minProposalPower: bigint;
}

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

  async initialize(ioMint: PublicKey, params: DaoParamsInput, vetoAuthority = PublicKey.default): Promise<TxResult> {
    const ix = await this.program.methods
      .daoInitialize({
        params: {
          votingPeriodSecs: u64(params.votingPeriodSecs),
          timelockSecs: u64(params.timelockSecs),
          quorumBps: params.quorumBps,
          minProposalPower: u64(params.minProposalPower),
        },
        vetoAuthority,
      })
      .accountsPartial({
        payer: this.provider.publicKey!,
        config: this.config,
        ioMint,
        lockVault: this.lockVault,
        tokenProgram: TOKEN_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return sendInstructions(this.provider, [ix]);
  }

  /** Locks `amount` IO from `source` into position `nonce` of `owner`. */
  async lock(owner: Signer, nonce: number, amount: bigint, kind: LockKindName, lockSecs: number, source: PublicKey, ioMint: PublicKey): Promise<TxResult> {
    const ix = await this.program.methods
      .positionLock({ nonce: u64(nonce), amount: u64(amount), kind: { [kind]: {} } as never, lockSecs: u64(lockSecs) })
      .accountsPartial({
        owner: owner.publicKey,
        config: this.config,
        ioMint,
        lockVault: this.lockVault,
        source,
        position: positionPda(owner.publicKey, nonce),
        tokenProgram: TOKEN_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return sendInstructions(this.provider, [ix], [owner]);
  }

  async extend(owner: Signer, nonce: number, lockSecs: number): Promise<TxResult> {
    const ix = await this.program.methods
      .positionExtend({ lockSecs: u64(lockSecs) })
      .accountsPartial({ owner: owner.publicKey, position: positionPda(owner.publicKey, nonce) })
      .instruction();
    return sendInstructions(this.provider, [ix], [owner]);
  }

  async startUnlock(owner: Signer, nonce: number): Promise<TxResult> {
    const ix = await this.program.methods
      .positionStartUnlock()
      .accountsPartial({ owner: owner.publicKey, position: positionPda(owner.publicKey, nonce) })
      .instruction();
    return sendInstructions(this.provider, [ix], [owner]);
  }

  async withdraw(owner: Signer, nonce: number, destination: PublicKey, ioMint: PublicKey): Promise<TxResult> {
    const ix = await this.program.methods
      .positionWithdraw()
      .accountsPartial({
        owner: owner.publicKey,
        config: this.config,
        ioMint,
        lockVault: this.lockVault,
        destination,
        position: positionPda(owner.publicKey, nonce),
        tokenProgram: TOKEN_PROGRAM_ID,
      })
      .instruction();
    return sendInstructions(this.provider, [ix], [owner]);
  }

  /** Proposes `change` with the power of position `nonce`; returns the new proposal's id too. */
  async propose(proposer: Signer, nonce: number, change: ParamChangeInput, descriptionHash = new Uint8Array(32)): Promise<TxResult & { id: bigint }> {
    const config = await this.program.account.daoConfig.fetch(this.config);
    const id = toBigInt(config.proposalCount);
    const ix = await this.program.methods
      .proposalCreate({ change: change as never, descriptionHash: [...descriptionHash] })
      .accountsPartial({
        proposer: proposer.publicKey,
        config: this.config,
        position: positionPda(proposer.publicKey, nonce),
        proposal: proposalPda(id),
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return { ...(await sendInstructions(this.provider, [ix], [proposer])), id };
  }

  async vote(voter: Signer, nonce: number, id: bigint, side: VoteSideName): Promise<TxResult> {
    const proposal = proposalPda(id);
    const position = positionPda(voter.publicKey, nonce);
    const ix = await this.program.methods
      .proposalVote({ side: { [side]: {} } as never })
      .accountsPartial({
        voter: voter.publicKey,
        position,
        proposal,
        vote: votePda(proposal, position),
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return sendInstructions(this.provider, [ix], [voter]);
  }

  async finalize(id: bigint): Promise<TxResult> {
    const ix = await this.program.methods
      .proposalFinalize()
      .accountsPartial({ config: this.config, proposal: proposalPda(id) })
      .instruction();
    return sendInstructions(this.provider, [ix]);
  }

  async veto(vetoAuthority: Signer, id: bigint): Promise<TxResult> {
    const ix = await this.program.methods
      .proposalVeto()
      .accountsPartial({ vetoAuthority: vetoAuthority.publicKey, config: this.config, proposal: proposalPda(id) })
      .instruction();
    return sendInstructions(this.provider, [ix], [vetoAuthority]);
  }

  /** Executes a passed proposal; `targetAccounts` are the target program and its accounts. */
  async execute(id: bigint, targetAccounts: AccountMeta[] = [], executor?: Signer): Promise<TxResult> {
    const ix = await this.program.methods
      .proposalExecute()
      .accountsPartial({
        executor: executor?.publicKey ?? this.provider.publicKey!,
        config: this.config,
        proposal: proposalPda(id),
      })
      .remainingAccounts(targetAccounts)
      .instruction();
    return sendInstructions(this.provider, [ix], executor ? [executor] : []);
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
