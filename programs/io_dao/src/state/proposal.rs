use anchor_lang::prelude::*;

use super::ParamChange;
use crate::math::tally::Tally;

/// Where a proposal stands.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum ProposalState {
    Voting,
    Succeeded,
    Defeated,
    Executed,
    Vetoed,
}

/// A proposal to change one governed parameter (PDA `[PROPOSAL_SEED, id]`).
#[account]
#[derive(InitSpace)]
pub struct Proposal {
    pub id: u64,
    pub proposer: Pubkey,
    /// The position whose power allowed the proposal.
    pub proposer_position: Pubkey,
    pub change: ParamChange,
    /// Hash of the off-chain description.
    pub description_hash: [u8; 32],
    pub created_at: i64,
    pub voting_ends_at: i64,
    /// Set when it passes: the earliest execution time.
    pub executable_at: i64,
    /// IO locked in the DAO when the proposal was created: the quorum base.
    pub total_locked_at_creation: u64,
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    /// IO locked in the positions that voted.
    pub participating_io: u64,
    pub state: ProposalState,
    pub seq: u64,
    pub bump: u8,
}

impl Proposal {
    pub fn tally(&self) -> Tally {
        Tally {
            yes: self.yes,
            no: self.no,
            abstain: self.abstain,
            participating_io: self.participating_io,
        }
    }
}
