use anchor_lang::prelude::*;

/// How a position voted.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum VoteSide {
    Yes,
    No,
    Abstain,
}

/// One position's vote on one proposal (PDA `[VOTE_SEED, proposal, position]`): at most one.
#[account]
#[derive(InitSpace)]
pub struct VoteRecord {
    pub proposal: Pubkey,
    pub position: Pubkey,
    pub side: VoteSide,
    /// Voting power, fixed at the time of the vote.
    pub power: u64,
    pub voted_at: i64,
    pub bump: u8,
}

impl VoteRecord {
    pub fn is_cast(&self) -> bool {
        self.proposal != Pubkey::default()
    }
}
