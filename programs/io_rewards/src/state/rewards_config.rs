use anchor_lang::prelude::*;

use io_common::{SafeCast, SafeMath};

use crate::constants::INDEX_SCALE;
use crate::math::accumulator::{IndexCheckpoint, RewardPool, WeightGrant, CHECKPOINT_SLOTS};
use crate::math::ide::Ide;
use crate::state::WorkerReward;

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
    /// The Incentive Dynamic Engine (off, in schedule mode, by default).
    pub ide: Ide,
}

impl RewardsConfig {
    /// A config is initialized once its first event has been emitted.
    pub fn is_initialized(&self) -> bool {
        self.seq > 0
    }

    /// Brings the pool to `now`, recording the boundaries where leases end, funded by the
    /// schedule or the engine as the mode in effect says.
    pub fn accrue(&mut self, now: i64) -> Result<()> {
        self.pool
            .accrue_funded(now, &mut self.checkpoints, &mut self.ide)
    }

    /// Settles the worker (the pool accrued to now) and splits what it earned since its last
    /// settlement between its owner and its co-staker.
    pub fn settle(&mut self, reward: &mut WorkerReward) -> Result<()> {
        let before = reward.share.accrued;
        self.pool.settle(&mut reward.share, &self.checkpoints)?;
        reward.split_since(before)
    }

    /// Settles the worker, splitting what it earned, and applies `grant` (the pool accrued to now).
    pub fn set_worker(&mut self, reward: &mut WorkerReward, grant: WeightGrant) -> Result<()> {
        let before = reward.share.accrued;
        self.pool
            .set_worker(&mut reward.share, grant, &self.checkpoints)?;
        reward.split_since(before)
    }

    /// Settles the worker and takes its owner's whole base units (the pool accrued to now).
    pub fn claim_owner(&mut self, reward: &mut WorkerReward) -> Result<u64> {
        self.settle(reward)?;
        let amount = self.pool.take_whole(&mut reward.share.accrued)?;
        reward.claimed = reward.claimed.safe_add(amount)?;
        Ok(amount)
    }

    /// Settles the worker and takes its co-staker's whole base units (the pool accrued to now).
    pub fn claim_co_staker(&mut self, reward: &mut WorkerReward) -> Result<u64> {
        self.settle(reward)?;
        let amount = self.pool.take_whole(&mut reward.co_accrued)?;
        reward.co_claimed = reward.co_claimed.safe_add(amount)?;
        Ok(amount)
    }

    /// Whole base units the owner and the co-staker could each claim now (the pool accrued to
    /// now), without changing state: a copy settled and split as `settle` would.
    pub fn pending(&self, reward: &WorkerReward) -> Result<(u64, u64)> {
        let (mut pool, mut copy) = (self.pool, reward.clone());
        let before = copy.share.accrued;
        pool.settle(&mut copy.share, &self.checkpoints)?;
        copy.split_since(before)?;
        let owner = copy.share.accrued.safe_div(INDEX_SCALE)?;
        let co = copy.co_accrued.safe_div(INDEX_SCALE)?;
        Ok((owner.safe_cast()?, co.safe_cast()?))
    }
}
