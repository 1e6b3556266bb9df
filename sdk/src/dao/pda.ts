/** PDAs of io_dao; seeds from its IDL constants. */
import { PublicKey } from "@solana/web3.js";

import { programPda, seed, u64le } from "../pda.js";

const pda = (seeds: (Buffer | Uint8Array)[]) => programPda("io_dao", seeds);

export const DAO_SEEDS = {
  config: seed("io_dao", "DAO_CONFIG_SEED"),
  governance: seed("io_dao", "GOVERNANCE_SEED"),
  lockVault: seed("io_dao", "LOCK_VAULT_SEED"),
  position: seed("io_dao", "POSITION_SEED"),
  proposal: seed("io_dao", "PROPOSAL_SEED"),
  vote: seed("io_dao", "VOTE_SEED"),
};

export const daoConfigPda = (): PublicKey => pda([DAO_SEEDS.config]);
/** The DAO's signer: the `governance` key governed programs accept parameter changes from. */
export const governancePda = (): PublicKey => pda([DAO_SEEDS.governance]);
export const lockVaultPda = (): PublicKey => pda([DAO_SEEDS.lockVault]);
export const positionPda = (owner: PublicKey, nonce: number | bigint): PublicKey =>
  pda([DAO_SEEDS.position, owner.toBuffer(), u64le(nonce)]);
export const proposalPda = (id: number | bigint): PublicKey => pda([DAO_SEEDS.proposal, u64le(id)]);
export const votePda = (proposal: PublicKey, position: PublicKey): PublicKey =>
  pda([DAO_SEEDS.vote, proposal.toBuffer(), position.toBuffer()]);
