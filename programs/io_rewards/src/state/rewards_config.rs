use anchor_lang::prelude::*;

use crate::math::accumulator::RewardPool;

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
}

impl RewardsConfig {
    /// A config is initialized once its first event has been emitted.
    pub fn is_initialized(&self) -> bool {
        self.seq > 0
    }
}
