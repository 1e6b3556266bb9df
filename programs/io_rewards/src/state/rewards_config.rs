use anchor_lang::prelude::*;

use crate::math::accumulator::{
    IndexCheckpoint, RewardPool, WeightGrant, WorkerShare, CHECKPOINT_SLOTS,
};

/// The rewards program's single config (PDA `[REWARDS_CONFIG_SEED]`). It also signs
/// `io_token::mint_emission`, so io_token registers it as its emission authority.
#[account]
#[derive(InitSpace)]
pub struct RewardsConfig {
    /// Sets the governed parameters (the DAO's PDA `[b"governance"]` of io_dao in production).
    pub governance: Pubkey,
    /// The only signer `rewards_update_worker` accepts (io_cloud's PDA `[b"rewards_authority"]`
    /// in production).
    pub weight_authority: Pubkey,
    /// io_token's config (PDA `[b"config"]` of io_token), passed to the emission gate.
    pub token_config: Pubkey,
    /// The IO mint rewards are minted in.
    pub mint: Pubkey,
    /// Worker reward accounts ever created.
    pub registered_workers: u64,
    /// The schedule, the accumulator and the governed parameters.
    pub pool: RewardPool,
    /// Event sequence number of this config; 0 until initialized.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
    /// Both indices at the latest boundaries where leases ended (see `math::accumulator`).
    pub checkpoints: [IndexCheckpoint; CHECKPOINT_SLOTS],
}

impl RewardsConfig {
    /// A config is initialized once its first event has been emitted.
    pub fn is_initialized(&self) -> bool {
        self.seq > 0
    }

    /// Brings the pool to `now`, recording the boundaries where leases end.
    pub fn accrue(&mut self, now: i64) -> Result<()> {
        self.pool.accrue(now, &mut self.checkpoints)
    }

    /// Settles `share` and applies `grant` (the pool accrued to now).
    pub fn set_worker(&mut self, share: &mut WorkerShare, grant: WeightGrant) -> Result<()> {
        self.pool.set_worker(share, grant, &self.checkpoints)
    }

    /// Settles `share` and takes its whole base units (the pool accrued to now).
    pub fn claim(&mut self, share: &mut WorkerShare) -> Result<u64> {
        self.pool.claim(share, &self.checkpoints)
    }

    /// Whole base units `share` could claim now (the pool accrued to now).
    pub fn pending(&self, share: &WorkerShare) -> Result<u64> {
        self.pool.pending(share, &self.checkpoints)
    }
}
