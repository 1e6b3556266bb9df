use anchor_lang::prelude::*;
use io_common::BPS;

use crate::constants::*;
use crate::errors::IoDaoError;

/// The DAO's parameters; they change only through its own proposals.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub struct DaoParams {
    /// How long a proposal takes votes.
    pub voting_period_secs: i64,
    /// Delay between a proposal passing and its execution.
    pub timelock_secs: i64,
    /// Quorum: share of locked IO (basis points) that must take part.
    pub quorum_bps: u16,
    /// Voting power a position needs to propose.
    pub min_proposal_power: u64,
}

impl DaoParams {
    pub fn validate(&self) -> Result<()> {
        require!(
            (MIN_VOTING_PERIOD_SECS..=MAX_VOTING_PERIOD_SECS).contains(&self.voting_period_secs),
            IoDaoError::InvalidParameter
        );
        require!(
            (0..=MAX_TIMELOCK_SECS).contains(&self.timelock_secs),
            IoDaoError::InvalidParameter
        );
        require!(
            self.quorum_bps > 0 && u64::from(self.quorum_bps) <= BPS,
            IoDaoError::InvalidParameter
        );
        Ok(())
    }
}

/// The DAO (PDA `[DAO_CONFIG_SEED]`); it owns the lock vault.
#[account]
#[derive(InitSpace)]
pub struct DaoConfig {
    /// The IO mint positions lock.
    pub io_mint: Pubkey,
    /// The token account holding all locked IO (PDA `[LOCK_VAULT_SEED]`).
    pub lock_vault: Pubkey,
    /// May veto a proposal before it executes (default key: nobody).
    pub veto_authority: Pubkey,
    pub params: DaoParams,
    /// IO locked in all positions.
    pub total_locked: u64,
    /// Proposals created so far (the next proposal's id).
    pub proposal_count: u64,
    pub seq: u64,
    pub bump: u8,
    pub lock_vault_bump: u8,
    /// Bump of the governance signer PDA `[GOVERNANCE_SEED]`.
    pub governance_bump: u8,
}
